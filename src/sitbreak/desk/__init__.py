"""The Qt-free application layer: performs what the desk rules in core/ decide.

`coordinator` records, schedules and presents the effects of `core.desk.Desk`; `commands`
answers the command line's remote commands; `routine_session` records a routine as it is
done. Nothing here imports Qt or storage: both are reached through `ports`.
"""
