"""Which language a Slack user reads: from users.info (include_locale), cached for a while.

Before a request is acknowledged the lookup may take at most `HASTY_TIMEOUT` seconds and is
not retried: Slack waits 3 seconds for the acknowledgement, so a slow answer falls back to
Dutch, everyone's default, rather than lose the answer itself.
"""

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

    def lang(self, client: WebClient, user_id: str, *, hasty: bool = False) -> Lang:
        """The person's language; `hasty` before an acknowledgement (see above)."""
        now = time.monotonic()
        with self._lock:
            cached = self._entries.get(user_id)
        if cached and now - cached[0] < self.ttl:
            return cached[1]
        lookup = _hasty(client) if hasty else client
        try:
            info = lookup.users_info(user=user_id, include_locale=True)
            lang = lang_for(info["user"].get("locale"))
        except OSError as exc:  # a timeout, or the connection failed
            log.warning("users.info for %s too slow before the acknowledgement: %s", user_id, exc)
            return DEFAULT_LANG
        except SlackApiError as exc:
            # Dutch is everyone's default; a lookup failure must not block the message itself.
            log.warning("users.info failed for %s: %s", user_id, exc.response.get("error"))
            return DEFAULT_LANG
        with self._lock:
            self._entries[user_id] = (now, lang)
        return lang


HASTY_TIMEOUT = 1  # seconds (slack_sdk takes whole seconds)


def _hasty(client: WebClient) -> WebClient:
    """The same workspace's client, with a short timeout and no retries."""
    return WebClient(token=client.token, base_url=client.base_url, timeout=HASTY_TIMEOUT,
                     retry_handlers=[])
