"""The domain: contacts, interviews and interactions derived from notes and the graph."""
