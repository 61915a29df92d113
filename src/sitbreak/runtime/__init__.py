"""Qt plumbing the app runs on: the scheduler glue, one instance and its command channel,
the settings-file watcher, Unix signals and logging. Decides nothing."""
