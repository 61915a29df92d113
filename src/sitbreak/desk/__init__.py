"""The Qt-free application layer: performs what the desk rules in core/ decide.

`coordinator` records, schedules and presents the effects of `core.desk.Desk`; `commands`
answers the command line's remote commands; `routine_session` records a routine as it is
done; `stats_reader` reads the records of local days for the stats window and the CLI.
Nothing here imports Qt or storage: what it needs from them is a small interface in
`ports`, which the app fills with the real things.
"""
