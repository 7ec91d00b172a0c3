"""Use cases: each takes a Session, validates, changes, and returns plain results."""
