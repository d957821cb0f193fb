"""The domain: facts read from notes and the graph, pure: contacts (their special dates and how
to address them), interviews, interactions and their channels, feedback items and the
classifier of their themes, and the value a relationship exchanges."""
