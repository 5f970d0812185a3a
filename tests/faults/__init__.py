"""A small HTTP server that misbehaves on request, for the runtime's fault tests."""
