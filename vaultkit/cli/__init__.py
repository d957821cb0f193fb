"""The command line: click and rich only, one module per command or group, one error handler."""
