"""Pure rules: each takes the graph (and `today`) and returns a report value; one per module."""
