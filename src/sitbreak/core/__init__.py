"""Pure decision logic: no Qt, no files. Time comes from an injected Clock."""
