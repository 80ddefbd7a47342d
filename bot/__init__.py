"""Leernet: a Slack bot that runs regional learning networks."""
