"""The command line: one registry of commands and exit codes (`registry`), the parser
(`main`), the remote commands sent to the running app (`remote`), and the commands that
read the database beside it (`stats`, `export`)."""
