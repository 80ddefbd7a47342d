"""Intervision: a case from the agenda run phase by phase in a thread in the channel."""
