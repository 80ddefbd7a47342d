"""Which language a person reads: the one place that decides it.

In this order: the language the person chose (`/leernet taal`, or on Home); the network the
message, command or click is about (a scheduled DM's network, the channel a command was typed
in, a modal whose metadata names a network); the network they most recently became an active
member of; Slack's locale, only for people with no choice and no network; `LEERNET_LANGUAGE`.
Slack has no Dutch, so Flemish people mostly run it in English: a Dutch network never turns
English because of a Slack locale.

Slack's locale is asked for (users.info) only after a request was acknowledged, and cached:
before the acknowledgement only what is cached counts.
"""

import logging
import threading
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang
from bot.domain.languages import Reader, Readers, as_lang
from bot.services.languages import LanguageService
from bot.text import lang_for

log = logging.getLogger(__name__)


class LocaleHints:
    """Slack's locale per person, as a hint: looked up once, kept for `ttl_seconds`."""

    def __init__(self, ttl_seconds: float = 3600) -> None:
        self.ttl = ttl_seconds
        self._entries: dict[str, tuple[float, Lang | None]] = {}
        self._lock = threading.Lock()

    def cached(self, user_id: str) -> tuple[bool, Lang | None]:
        """(known, hint): whether a lookup was made lately, and what it said."""
        with self._lock:
            entry = self._entries.get(user_id)
        if entry is None or time.monotonic() - entry[0] >= self.ttl:
            return False, None
        return True, entry[1]

    def lookup(self, client: WebClient, user_id: str) -> Lang | None:
        """Ask Slack (after an acknowledgement only); a failure is no hint, and is cached."""
        known, hint = self.cached(user_id)
        if known:
            return hint
        try:
            info = client.users_info(user=user_id, include_locale=True)
            hint = lang_for(info["user"].get("locale"))
        except (SlackApiError, OSError) as exc:  # a refusal, a timeout, no connection
            log.warning("users.info for %s failed: %s", user_id, type(exc).__name__)
            hint = None
        with self._lock:
            self._entries[user_id] = (time.monotonic(), hint)
        return hint


class Languages:
    def __init__(self, service: LanguageService, default: str) -> None:
        self.service = service
        self.default: Lang = as_lang(default) or "nl"
        self.hints = LocaleHints()
        # The language each person was last answered in, for when the database is away.
        self._last: dict[str, Lang] = {}

    def reader(self, team_id: str, user_id: str, *, network_id: int | None = None,
               channel_id: str | None = None) -> Reader:
        if not user_id:
            return Reader()
        return self.service.reader(team_id, user_id, network_id=network_id,
                                   channel_id=channel_id)

    def decide(self, reader: Reader, client: WebClient, user_id: str, *,
               may_call_slack: bool) -> Lang:
        """The reader's language; Slack's locale is asked only when `may_call_slack`."""
        lang = reader.known()
        if lang is None and user_id:
            if may_call_slack:
                lang = self.hints.lookup(client, user_id)
            else:
                lang = self.hints.cached(user_id)[1]
        lang = lang or self.default
        if user_id:
            self._last[user_id] = lang
        return lang

    def last_known(self, user_id: str) -> Lang:
        """The language the person was last answered in by this process, when their choice
        cannot be read now (the database is away)."""
        return self._last.get(user_id) or self.hints.cached(user_id)[1] or self.default

    def readers(self, network_id: int) -> Readers:
        """Everyone a message about this network goes to: their choice or its language."""
        return self.service.readers(network_id)
