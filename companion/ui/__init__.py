"""Everything Qt: windows, dialogs, table models. Calls the model; the model never imports this."""
