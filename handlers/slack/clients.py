"""The one place that knows which Slack client (which token) serves a workspace.

Listeners get theirs from Bolt, which asks `authorize` per request; scheduled senders ask
`for_team` with the delivery's team. Today one configured bot token serves every team; an
installation store (OAuth, several workspaces) only has to replace `_token_for`.
"""

import threading
from collections.abc import Callable

from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient

from bot.config import Settings
from bot.metrics import Metrics
from bot.slack_client import make_client


class SlackClients:
    def __init__(self, settings: Settings, metrics: Metrics | None = None) -> None:
        self.settings = settings
        self.metrics = metrics  # counts the 429s of every client made here
        self._clients: dict[tuple[str | None, str | None], WebClient] = {}
        self._lock = threading.Lock()

    def _token_for(self, enterprise_id: str | None, team_id: str | None) -> str:
        token = self.settings.bot_token
        if token is None:  # the configuration refuses to serve without one; a wiring mistake
            raise RuntimeError("no bot token configured")
        return token

    def for_team(self, team_id: str | None, enterprise_id: str | None = None) -> WebClient:
        """The client for a workspace's calls (one per workspace, reused: it is thread-safe)."""
        key = (enterprise_id, team_id)
        with self._lock:
            client = self._clients.get(key)
            if client is None:
                client = make_client(self.settings,
                                     token=self._token_for(enterprise_id, team_id),
                                     metrics=self.metrics)
                self._clients[key] = client
        return client

    def bolt_authorize(self) -> Callable[..., AuthorizeResult]:
        """Bolt's `authorize`: the token for the workspace a request comes from. No Slack call
        happens here, so it costs nothing before `ack()`. (A plain function: Bolt passes its
        arguments by the names it finds, and would pass `self` too.)"""

        def authorize(enterprise_id: str | None, team_id: str | None,
                      user_id: str | None) -> AuthorizeResult:
            return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id,
                                   user_id=user_id,
                                   bot_token=self._token_for(enterprise_id, team_id))

        return authorize
