"""The only code that touches the database: the connection and its pragmas, the peewee models,
the migration ladder, backups, import/export, settings, and the reads and writes the app makes.
The UI and the desktop integration get plain row values from here, never models."""
