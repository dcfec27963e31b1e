"""The model layer: pure Python and peewee. Nothing here imports Qt."""
