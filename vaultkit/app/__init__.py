"""The application: one build session (the cache, the render memo), the pipeline that runs a
rebuild, the freshness check, the daemon and the login service. All mutable state lives here."""
