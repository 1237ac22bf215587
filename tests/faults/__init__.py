"""The fault-injection and security suite (issue #9): see README.md for the scenario table."""
