"""Test helpers: loopback servers and mocks (never any address but 127.0.0.1)."""
