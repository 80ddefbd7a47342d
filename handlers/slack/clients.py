"""The one place that knows which Slack client (which token) serves a workspace.

Listeners get theirs from Bolt, which asks `authorize` per request; scheduled senders ask
`for_team` with the delivery's team. Both end in `_token_for`:

- single workspace (SLACK_BOT_TOKEN): the one configured bot token serves every team;
- distributed (SLACK_CLIENT_ID, OAuth): the bot token of the workspace's installation in the
  installation store, cached per process and re-read every CACHE_TTL (another process may
  have rotated it, or the workspace reinstalled). With token rotation on, a token that
  expires within LEERNET_TOKEN_REFRESH_BEFORE is refreshed first (oauth.v2.access with the
  refresh token) and the new one saved, before anything uses it.
"""

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, cast

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.authorize import Authorize
from slack_sdk import WebClient
from slack_sdk.errors import SlackTokenRotationError
from slack_sdk.oauth.installation_store import Bot, InstallationStore
from slack_sdk.oauth.token_rotation import TokenRotator

from bot.config import Settings
from bot.dispatch import Paused
from bot.metrics import Metrics
from bot.slack_client import make_client

log = logging.getLogger(__name__)

# How long a process trusts the installation it read (a reinstall, an uninstall or a rotation
# by another process is seen within this time; this process's own at once). A workspace
# without an installation is looked up again at every request.
CACHE_TTL = 60.0

Key = tuple[str | None, str | None]  # (enterprise_id, team_id)
DM_CHANNELS_KEPT = 10_000


class NotInstalled(Paused):
    """The workspace has no installation (never installed, uninstalled, token revoked)."""


class SlackClients:
    def __init__(self, settings: Settings, metrics: Metrics | None = None,
                 installations: InstallationStore | None = None) -> None:
        self.settings = settings
        self.metrics = metrics  # counts the 429s of every client made here
        # Distributed mode only: where each workspace's bot token is.
        self.installations = installations
        self._clients: dict[Key, WebClient] = {}
        self._bots: dict[Key, tuple[Bot | None, float]] = {}
        self._lock = threading.Lock()
        # conversations.open is Tier 3 (about 50 a minute) and a bot's DM with a person never
        # changes: opened once per process for every sender, by the token that opened it.
        self._dm_channels: OrderedDict[tuple[str, str], str] = OrderedDict()
        self._rotating = threading.Lock()  # one refresh at a time, so each token refreshes once
        self._rotator: TokenRotator | None = None
        if installations is not None and settings.client_id and settings.client_secret:
            self._rotator = TokenRotator(client_id=settings.client_id,
                                         client_secret=settings.client_secret,
                                         client=make_client(settings, metrics=metrics))

    def _token_for(self, enterprise_id: str | None, team_id: str | None) -> str:
        if self.installations is None:
            token = self.settings.bot_token
            if token is None:  # the configuration refuses to serve without one; a wiring mistake
                raise RuntimeError("no bot token configured")
            return token
        bot = self.bot((enterprise_id, team_id))
        if bot is None or not bot.bot_token:
            raise NotInstalled(f"Leernet is not installed in workspace {team_id}")
        return bot.bot_token

    # --- distributed mode: the installation store, cached ------------------------------------

    def bot(self, key: Key) -> Bot | None:
        """The workspace's bot installation, its token refreshed if it is about to expire."""
        with self._lock:
            cached = self._bots.get(key)
        if cached is None or time.monotonic() - cached[1] > CACHE_TTL:
            bot = self._load(key)
        else:
            bot = cached[0]
        if bot is not None and self._expiring(bot):
            bot = self._refresh(key)
        return bot

    def _load(self, key: Key) -> Bot | None:
        assert self.installations is not None
        bot = self.installations.find_bot(enterprise_id=key[0], team_id=key[1])
        with self._lock:
            if bot is None:  # asked again next time: an install elsewhere counts at once
                self._bots.pop(key, None)
            else:
                self._bots[key] = (bot, time.monotonic())
        return bot

    def _expiring(self, bot: Bot) -> bool:
        if bot.bot_refresh_token is None or bot.bot_token_expires_at is None:
            return False
        before = self.settings.token_refresh_before.total_seconds()
        return bot.bot_token_expires_at <= time.time() + before

    def _refresh(self, key: Key) -> Bot | None:
        """Refresh an expiring bot token, once: whoever waits here re-reads the store first
        (the token may just have been refreshed, here or by another process)."""
        assert self.installations is not None
        with self._rotating:
            bot = self._load(key)
            if bot is None or not self._expiring(bot):
                return bot
            if self._rotator is None:
                raise RuntimeError("token rotation needs SLACK_CLIENT_ID and SLACK_CLIENT_SECRET")
            minutes = int(self.settings.token_refresh_before.total_seconds() // 60)
            refreshed = self._rotator.perform_bot_token_rotation(
                bot=bot, minutes_before_expiration=minutes)
            if refreshed is None:
                return bot
            self.installations.save_bot(refreshed)
            with self._lock:
                self._bots[key] = (refreshed, time.monotonic())
            return refreshed

    def installed(self, enterprise_id: str | None, team_id: str | None) -> None:
        """A workspace (re)installed the app: read its new installation at the next use."""
        with self._lock:
            self._bots.pop((enterprise_id, team_id), None)

    def uninstalled(self, enterprise_id: str | None, team_id: str | None) -> None:
        """A workspace uninstalled the app or revoked its token: its installation goes."""
        if self.installations is not None:
            self.installations.delete_all(enterprise_id=enterprise_id, team_id=team_id)
        with self._lock:
            self._bots.pop((enterprise_id, team_id), None)
            self._clients.pop((enterprise_id, team_id), None)

    # --- what the rest of the bot asks ---------------------------------------------------------

    def dm_channel(self, client: WebClient, user_id: str) -> str:
        """The channel of the DM between `client`'s bot and `user_id`."""
        key = (str(client.token), user_id)
        with self._lock:
            channel = self._dm_channels.get(key)
        if channel is None:
            channel = str(client.conversations_open(users=user_id)["channel"]["id"])
            with self._lock:
                self._dm_channels[key] = channel
                while len(self._dm_channels) > DM_CHANNELS_KEPT:
                    self._dm_channels.popitem(last=False)
        return channel

    def for_team(self, team_id: str | None, enterprise_id: str | None = None) -> WebClient:
        """The client for a workspace's calls (one per workspace and token, reused: it is
        thread-safe). Distributed: raises NotInstalled (a Paused) for a workspace without an
        installation, so its scheduled deliveries pause."""
        key = (enterprise_id, team_id)
        token = self._token_for(enterprise_id, team_id)
        with self._lock:
            client = self._clients.get(key)
            if client is None or client.token != token:  # new, or its token was rotated
                client = make_client(self.settings, token=token, metrics=self.metrics)
                self._clients[key] = client
        return client

    def own_installation(self, network_team_id: str, person_team_id: str | None) -> str | None:
        """The workspace whose installation DMs a person of a network (and publishes their
        Home): their own when they are of another workspace that installed the app
        (distributed mode), so the DM lives in their own workspace and their clicks come back
        from it; None for the network's (theirs, or a Slack Connect DM from the network's
        workspace, allowed because they share its channel). Asks the installation store
        each time for a workspace without one: callers keep the answer for a fan-out."""
        if (self.installations is None or not person_team_id
                or person_team_id == network_team_id):
            return None
        try:
            bot = self.bot((None, person_team_id))
        except SlackTokenRotationError as error:  # as good as not installed
            log.error("could not refresh the token of workspace %s: %s", person_team_id, error)
            return None
        return person_team_id if bot is not None and bot.bot_token else None

    def bolt_authorize(self) -> Callable[..., AuthorizeResult]:
        """Bolt's `authorize`: the token for the workspace a request comes from. No Slack call
        happens here (but a token refresh when one is due), so it costs nothing before
        `ack()`. Single workspace: a plain function (Bolt passes its arguments by the names
        it finds, and would pass `self` too); distributed: an `Authorize`, which Bolt accepts
        next to its OAuth flow."""
        if self.installations is not None:
            # Bolt's hint says AuthorizeResult; its Authorize classes return None too.
            return cast(Callable[..., AuthorizeResult], StoreAuthorize(self))

        def authorize(enterprise_id: str | None, team_id: str | None,
                      user_id: str | None) -> AuthorizeResult:
            return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id,
                                   user_id=user_id,
                                   bot_token=self._token_for(enterprise_id, team_id))

        return authorize


class StoreAuthorize(Authorize):
    """Bolt's `authorize` in distributed mode: the installation's bot token through the
    clients' cache (None for a workspace without one: Bolt then answers that the app is not
    installed)."""

    def __init__(self, clients: SlackClients) -> None:
        super().__init__()
        self.clients = clients

    def __call__(self, *, context: Any, enterprise_id: str | None, team_id: str | None,
                 user_id: str | None, **_actor: Any) -> AuthorizeResult | None:
        try:
            bot = self.clients.bot((enterprise_id, team_id))
        except SlackTokenRotationError as error:  # refused by Slack: as good as not installed
            log.error("could not refresh the token of workspace %s: %s", team_id, error)
            return None
        if bot is None or not bot.bot_token:
            return None
        return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id,
                               bot_token=bot.bot_token, bot_id=bot.bot_id,
                               bot_user_id=bot.bot_user_id, bot_scopes=bot.bot_scopes)
