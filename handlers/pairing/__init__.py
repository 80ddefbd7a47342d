"""Pairing members of different organisations between sessions (informal contacts)."""
