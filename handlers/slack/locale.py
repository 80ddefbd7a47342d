"""Which language a Slack user reads: from users.info (include_locale), cached for a while."""

import logging
import threading
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import DEFAULT_LANG, Lang
from bot.text import lang_for

log = logging.getLogger(__name__)


class LocaleCache:
    def __init__(self, ttl_seconds: float = 3600) -> None:
        self.ttl = ttl_seconds
        self._entries: dict[str, tuple[float, Lang]] = {}
        self._lock = threading.Lock()

    def lang(self, client: WebClient, user_id: str) -> Lang:
        now = time.monotonic()
        with self._lock:
            cached = self._entries.get(user_id)
        if cached and now - cached[0] < self.ttl:
            return cached[1]
        try:
            info = client.users_info(user=user_id, include_locale=True)
            lang = lang_for(info["user"].get("locale"))
        except SlackApiError as exc:
            # Dutch is everyone's default; a lookup failure must not block the message itself.
            log.warning("users.info failed for %s: %s", user_id, exc.response.get("error"))
            return DEFAULT_LANG
        with self._lock:
            self._entries[user_id] = (now, lang)
        return lang
