"""Requests from Slack handled once: a modal submission per view id and hash, an event per
event_id. A replayed or double-clicked submission and Slack's event retries change nothing."""

from datetime import timedelta

from bot.services.core import Service
from storage import requests as store

# How long a handled request is remembered. Slack retries an event for about an hour (at once,
# after 1 and after 5 minutes) and a modal can stay open on a screen for a while; a signed
# request older than 5 minutes is refused anyway (bot/web.py), so a day is plenty.
REMEMBER = timedelta(days=1)
MAX_KEY = 200  # the column's length; Slack's ids are far shorter


class RequestService(Service):
    def claim(self, team_id: str, key: str) -> bool:
        """True when this request is new and now ours to handle; False when it was (or is
        being) handled already. Committed at once, so a double click waits for nothing."""
        with self.unit() as session:
            store.prune(session, self.now() - REMEMBER)
            return store.claim(session, team_id[:32], key[:MAX_KEY], self.now())

    def release(self, key: str) -> None:
        """The request changed nothing (a field error, a refusal): let it be sent again."""
        with self.unit() as session:
            store.release(session, key[:MAX_KEY])
