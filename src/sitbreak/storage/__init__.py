"""Files on disk: the SQLite database and the settings file."""
