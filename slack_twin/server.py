"""A local twin of Slack's Web API, served over HTTP on 127.0.0.1 for tests and the demo.

It answers the methods the bot uses with the shapes Slack documents, keeps the state those
methods change (messages, DMs, views, Home tabs, pins), and records every call so tests can
assert on what the bot asked Slack to do.
"""

from __future__ import annotations

import base64
import copy
import json
import math
import mimetypes
import secrets
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from .blockkit import validate_blocks, validate_view
from .openid import AUTHORIZE_PATH as OPENID_AUTHORIZE_PATH
from .openid import TOKEN_METHOD, USERINFO_METHOD, OpenIDConnect, OpenIDError

MAX_TEXT = 40_000
TRIGGER_TTL = 3.0
RESPONSE_URL_USES = 5
RESPONSE_URL_TTL = 30 * 60
HISTORY_LIMIT, HISTORY_MAX = 100, 999  # conversations.history: default and largest page
VIEW_STACK_LIMIT = 3
# OAuth (several workspaces): a code from the "Allow" step is good once, for ten minutes; a
# rotating bot token lives 12 hours (Slack's figures).
CODE_TTL = 10 * 60
TOKEN_LIFETIME = 12 * 60 * 60
# Sent as JSON strings in form posts, as objects in JSON bodies.
_JSON_ARGS = ("blocks", "attachments", "view", "metadata")

# Slack's rate limits, per method per app per workspace (docs.slack.dev "Rate limits";
# /work/shared/slack/LIMITS.md): calls per minute of each tier. Slack allows bursts above the
# rate; the twin allows a burst of one minute's calls (a token bucket holding a minute's worth,
# refilled at the tier's rate), and answers 429 with Retry-After (whole seconds) beyond it.
TIER_PER_MINUTE = {1: 1, 2: 20, 3: 50, 4: 100}
METHOD_TIERS = {
    "chat.postEphemeral": 4, "views.open": 4, "views.update": 4, "views.push": 4,
    "views.publish": 4, "users.info": 4, "conversations.members": 4,
    "files.getUploadURLExternal": 4, "files.completeUploadExternal": 4, "files.info": 4,
    "chat.update": 3, "chat.scheduleMessage": 3, "chat.delete": 3, "conversations.open": 3,
    "conversations.invite": 3, "conversations.kick": 3, "conversations.info": 3,
    "conversations.history": 3,
    "conversations.create": 2, "users.list": 2, "pins.add": 2, "pins.remove": 2,
}
# The scope a method needs, where the twin checks it (a token's scopes are narrowed with
# SlackTwin.set_scopes); downloading a file (url_private_download) needs files:read too.
METHOD_SCOPES = {"files.info": "files:read"}
FILE_SCOPE = "files:read"
# What Slack answers a download it does not authorise: its sign-in page, with 200.
SIGN_IN_PAGE = "<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in</body></html>"
# A file uploaded through a modal's file_input may be at most 10 MB (Block Kit's docs).
FILE_INPUT_MAX_BYTES = 10 * 1024 * 1024

# chat.postMessage is its own tier: "1 per second per channel, short bursts >1 allowed", and
# a workspace-wide limit of "several hundred per minute" (Slack gives no number: 300 is the
# low reading). auth.test and chat.getPermalink are special tiers with no published limit.
POST_PER_CHANNEL_PER_SECOND = 1.0
POST_CHANNEL_BURST = 5
POST_WORKSPACE_PER_MINUTE = 300


@dataclass
class _Bucket:
    """A token bucket: `capacity` calls at once, refilled at `rate` calls a second."""

    capacity: float
    rate: float
    tokens: float
    at: float

    def wait(self, now: float) -> float:
        """Seconds until a call may go through (0: now)."""
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.rate)
        self.at = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1


class RateLimiter:
    """Slack's rate-limit tiers per workspace (token) and method, as the twin enforces them.

    `floor(method, calls)` is the least time those calls can take from a full bucket: what
    benchmarks compare a run against.
    """

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, ...], _Bucket] = {}

    @staticmethod
    def limits(method: str) -> list[tuple[float, float]]:
        """(burst, calls per second) of each bucket a call of `method` must pass."""
        if method == "chat.postMessage":
            return [(POST_WORKSPACE_PER_MINUTE, POST_WORKSPACE_PER_MINUTE / 60)]
        tier = METHOD_TIERS.get(method)
        if tier is None:
            return []
        per_minute = TIER_PER_MINUTE[tier]
        return [(per_minute, per_minute / 60)]

    @classmethod
    def floor(cls, method: str, calls: int) -> float:
        """Seconds the fastest client needs for `calls` calls of `method` in one workspace
        (to different channels), starting with full buckets."""
        return max((max(0, calls - burst) / rate for burst, rate in cls.limits(method)),
                   default=0.0)

    def check(self, token: str, method: str, channel: str | None, now: float) -> None:
        """Count one call, or raise Slack's 429 if a bucket it needs is empty."""
        keys = [((token, method), burst, rate) for burst, rate in self.limits(method)]
        if method == "chat.postMessage" and channel:
            keys.append(((token, method, channel), POST_CHANNEL_BURST,
                         POST_PER_CHANNEL_PER_SECOND))
        buckets = []
        for key, burst, rate in keys:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket(burst, rate, burst, now)
            buckets.append(bucket)
        wait = max((b.wait(now) for b in buckets), default=0.0)
        if wait > 0:
            raise SlackError("ratelimited", status=429, retry_after=max(1, math.ceil(wait)))
        for bucket in buckets:
            bucket.take()


@dataclass
class Call:
    """One request the twin answered, as the bot sent it (token removed)."""

    method: str
    args: dict[str, Any]
    response: dict[str, Any]
    status: int
    at: float = field(default_factory=time.time)
    token: str | None = None  # the token it carried (kept apart from args)
    team_id: str | None = None  # the workspace of that token

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))


class SlackError(Exception):
    """An error answer: Slack's error code plus optional response_metadata messages."""

    def __init__(
        self,
        error: str,
        messages: Iterable[str] = (),
        status: int = 200,
        retry_after: int | None = None,
        **extra: str,
    ) -> None:
        super().__init__(error)
        self.extra = extra  # more fields of the answer (missing_scope: needed, provided)
        self.error = error
        self.errors = list(messages)
        self.messages = [f"[ERROR] {m}" for m in self.errors]
        self.status = status
        self.retry_after = retry_after

    def response(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error": self.error, **self.extra}
        if self.messages:
            body["errors"] = self.errors
            body["response_metadata"] = {"messages": self.messages}
        return body


@dataclass
class _Team:
    """A workspace, and the app's bot user in it."""

    id: str
    domain: str
    name: str
    bot_user_id: str
    bot_id: str


@dataclass
class _Token:
    """A bot token the twin issued: for one team, until uninstalled, revoked or expired."""

    token: str
    team_id: str
    expires_at: float | None = None  # on the twin's clock (advance_clock)
    refresh_token: str | None = None
    dead: str | None = None  # the error Slack answers once it no longer works
    # The bot scopes it was granted; None: every scope (the twin checks scopes only for the
    # methods in METHOD_SCOPES, as a test narrows them with `SlackTwin.set_scopes`).
    scopes: frozenset[str] | None = None


@dataclass
class _Code:
    team_id: str
    user_id: str
    redirect_uri: str | None
    created: float
    scope: str = ""
    used: bool = False


@dataclass
class _User:
    id: str
    name: str
    real_name: str
    locale: str
    is_bot: bool
    deleted: bool
    tz: str
    is_restricted: bool = False
    # Slack Connect and guests (docs/slack-connect.md): the user's home workspace, and a
    # single-channel guest (is_ultra_restricted implies is_restricted).
    team_id: str = ""
    is_ultra_restricted: bool = False
    # Workspace roles users.info reports (a coordinator is named by an admin or owner).
    is_admin: bool = False
    is_owner: bool = False


@dataclass
class _Channel:
    id: str
    name: str
    members: list[str]
    bot_is_member: bool = True
    im_user: str | None = None
    is_mpim: bool = False  # a group DM (conversations.open with several users)
    is_private: bool = False
    # Other workspaces this channel is shared with over Slack Connect (the host is the twin's).
    shared_team_ids: list[str] = field(default_factory=list)
    pins: set[str] = field(default_factory=set)
    messages: list[dict[str, Any]] = field(default_factory=list)
    team_id: str = ""  # set by add_channel / _open_dm
    # The workspace's #general (cant_archive_general); archived by conversations.archive:
    # nothing can be posted in it any more (is_archived).
    is_general: bool = False
    is_archived: bool = False


@dataclass
class _File:
    """A file from files.getUploadURLExternal (bytes once POSTed, shared once completed), or
    one a person uploaded through a modal's file_input (`SlackTwin.upload_file`)."""

    id: str
    filename: str
    length: int
    content: bytes | None = None
    title: str | None = None
    channel_id: str | None = None
    initial_comment: str | None = None
    user_id: str | None = None  # who uploaded it (a person, through a form)
    team_id: str = ""  # the workspace it lives in
    mimetype: str = "application/octet-stream"
    created: int = 0
    completed: bool = False  # completeUploadExternal finishes an upload once


@dataclass
class _Trigger:
    created: float
    view_id: str | None
    used: bool = False


@dataclass
class _ResponseUrl:
    created: float
    channel_id: str | None
    message_ts: str | None
    uses: int = 0


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("1", "true")


def _split_ids(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v.strip() for v in str(value or "").split(",") if v.strip()]


class SlackTwin:
    """Slack's Web API on 127.0.0.1; point ``WebClient(base_url=twin.api_url)`` at it."""

    def __init__(
        self,
        bot_token: str = "xoxb-twin",
        team_id: str = "T0TWIN",
        port: int = 0,
        *,
        bot_user_id: str = "UBOT",
        bot_id: str = "BTWIN",
        app_id: str = "ATWIN",
        team_domain: str = "twin",
        rate_limits: bool = True,
    ) -> None:
        """`rate_limits=False`: answer every call, however many (for a test that bursts on
        purpose); on by default, as at Slack."""
        self.bot_token = bot_token
        self.team_id = team_id
        self.team_domain = team_domain
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.app_id = app_id
        self.trigger_ttl = TRIGGER_TTL
        self._port = port
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._server: _TwinHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._clock_offset = 0.0
        self._last_ts = 0
        self._counter = 0
        self._calls: list[Call] = []
        self._injections: dict[str, deque[tuple[str, Any]]] = {}
        self._aimed: list[tuple[str, str, str]] = []  # (method, channel, error)
        self._delays: dict[str, deque[float]] = {}
        self._users: dict[str, _User] = {}
        self._channels: dict[str, _Channel] = {}
        # A DM is between one workspace's bot and a person: (bot's team, user) -> channel.
        self._dms: dict[tuple[str, str], str] = {}
        # A group DM is between one workspace's bot and 2-8 people: (team, people) -> channel.
        self._mpims: dict[tuple[str, frozenset[str]], str] = {}
        self._triggers: dict[str, _Trigger] = {}
        self._response_urls: dict[str, _ResponseUrl] = {}
        self._views: dict[str, dict[str, Any]] = {}
        self._stacks: dict[str, list[str]] = {}
        self._homes: dict[str, str] = {}
        self._files: dict[str, _File] = {}
        self.rate_limits = rate_limits
        self._limiter = RateLimiter()
        self.withheld_scopes: set[str] = set()  # see withhold_scope
        # Workspaces where the app is installed: only their people are offered our slash
        # command (a multi-workspace twin adds its installations here).
        self.app_team_ids: set[str] = {team_id}
        # Workspaces and tokens: the default team has `bot_token` (single-workspace mode);
        # add_team adds more, and OAuth installs (oauth.v2.access) issue tokens per team.
        self.client_id, self.client_secret = "twin-client-id", "twin-client-secret"
        self.redirect_uri: str | None = None  # the app's configured redirect URL, if any
        self.token_rotation = False  # rotating tokens (refresh_token, expires_in) on install
        self.token_lifetime = TOKEN_LIFETIME
        self._teams: dict[str, _Team] = {}
        self._tokens: dict[str, _Token] = {}
        self._refresh_tokens: dict[str, str] = {}  # refresh token -> team id
        self._codes: dict[str, _Code] = {}
        self._caller: _Team | None = None  # the team of the call being answered
        self._teams[team_id] = _Team(team_id, team_domain, team_domain, bot_user_id, bot_id)
        self._tokens[bot_token] = _Token(bot_token, team_id)
        self.add_user(bot_user_id, "leernet", real_name="Leernet", is_bot=True)
        self.openid = OpenIDConnect(self)  # "Sign in with Slack"

    # ----- lifecycle -------------------------------------------------------------------------

    def start(self) -> SlackTwin:
        self._server = _TwinHTTPServer(("127.0.0.1", self._port), _Handler)
        self._server.twin = self
        self._port = self._server.server_address[1]
        # A short poll interval keeps stop() fast; tests start and stop a twin per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="slack-twin", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> SlackTwin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("SlackTwin is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    @property
    def openid_authorize_url(self) -> str:
        """Slack's "Sign in with Slack" page (SLACK_SIGNIN_AUTHORIZE_URL): a GET there signs
        in whoever ``openid.sign_in_browser`` named, at once."""
        return f"{self.base_url}{OPENID_AUTHORIZE_PATH}"

    @property
    def authorize_url(self) -> str:
        """Slack's "Allow" page (SLACK_AUTHORIZE_URL); a GET there is allowed at once and
        redirected, or use ``authorize(url, team_id)``."""
        return f"{self.base_url}/oauth/v2/authorize"

    # ----- workspaces and installs ------------------------------------------------------------

    def add_team(self, team_id: str, domain: str | None = None, *, name: str | None = None,
                 install: bool = True) -> str | None:
        """Another workspace, with the app's bot user in it (id ``UB`` + team id). Installed
        (``install``): returns its bot token, as "Install to Workspace" gives it; else None
        (install it by OAuth: ``authorize`` then ``oauth.v2.access``)."""
        with self._lock:
            domain = domain or team_id.lower()
            team = _Team(team_id, domain, name or domain, f"UB{team_id}", f"BB{team_id}")
            self._teams[team_id] = team
            self.add_user(team.bot_user_id, "leernet", real_name="Leernet", is_bot=True,
                          team_id=team_id)
            return self.install(team_id) if install else None

    def install(self, team_id: str) -> str:
        """Install the app in a team without OAuth ("Install to Workspace"): its new bot
        token (a rotating one when ``token_rotation`` is on)."""
        with self._lock:
            return str(self._issue(team_id, self.token_rotation)["access_token"])

    def _issue(self, team_id: str, rotating: bool) -> dict[str, Any]:
        """A new bot token for a team, as oauth.v2.access answers it: with a refresh token
        and its lifetime (``token_lifetime`` seconds on the twin's clock) when rotating."""
        team = self._team(team_id)
        token = ("xoxe.xoxb-" if rotating else "xoxb-") + f"{team_id}-{secrets.token_hex(8)}"
        issued = _Token(token, team_id)
        answer: dict[str, Any] = {
            "app_id": self.app_id, "access_token": token, "token_type": "bot",
            "bot_user_id": team.bot_user_id, "team": {"id": team.id, "name": team.name},
            "enterprise": None, "is_enterprise_install": False,
        }
        if rotating:
            issued.expires_at = self._now() + self.token_lifetime
            issued.refresh_token = f"xoxe-1-{team_id}-{secrets.token_hex(8)}"
            self._refresh_tokens[issued.refresh_token] = team_id
            answer.update(refresh_token=issued.refresh_token, expires_in=self.token_lifetime)
        self._tokens[token] = issued
        self.app_team_ids.add(team_id)  # its people are offered the slash command now
        return answer

    def _token_error(self, issued: _Token) -> str | None:
        """Why Slack refuses a token it issued (None: it works)."""
        if issued.dead:
            return issued.dead
        if issued.expires_at is not None and self._now() >= issued.expires_at:
            return "token_expired"
        return None

    def _me(self) -> _Team:
        """The team of the call being answered (the default team outside a call)."""
        return self._caller or self._teams[self.team_id]

    def _sees(self, team_id: str) -> bool:
        """Whether the calling team may see a user or channel of `team_id` (outside a token
        call, e.g. a response_url, everything is visible)."""
        return self._caller is None or team_id == self._caller.id

    def _sees_channel(self, channel: _Channel) -> bool:
        """A channel is visible to its own workspace and to those it is shared with."""
        return self._sees(channel.team_id) or (
            self._caller is not None and self._caller.id in channel.shared_team_ids)

    def _sees_user(self, user: _User) -> bool:
        """A user is visible to their own workspace, and to a workspace connected with theirs
        by a Slack Connect channel (as a "stranger" when they share no channel with it)."""
        if self._sees(user.team_id):
            return True
        me = self._me().id
        return any({me, user.team_id} <= {c.team_id, *c.shared_team_ids}
                   for c in self._channels.values() if c.im_user is None and not c.is_mpim)

    def _oauth_v2_access(self, args: dict[str, Any], auth: str) -> dict[str, Any]:
        """Exchange an "Allow" code for a bot token, or (grant_type=refresh_token) a refresh
        token for a fresh one; the app authenticates with HTTP Basic (as slack_sdk does) or
        client_id/client_secret arguments."""
        client_id, secret = args.get("client_id"), args.get("client_secret")
        if auth.startswith("Basic "):
            try:
                client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
            except ValueError as exc:
                raise SlackError("invalid_client_id") from exc
        if client_id != self.client_id:
            raise SlackError("invalid_client_id")
        if secret != self.client_secret:
            raise SlackError("bad_client_secret")
        if args.get("grant_type") == "refresh_token":
            team_id = self._refresh_tokens.get(str(args.get("refresh_token") or ""))
            if team_id is None:
                raise SlackError("invalid_refresh_token")
            return self._issue(team_id, rotating=True)
        code = self._codes.get(str(args.get("code") or ""))
        if code is None or code.used or self._now() - code.created > CODE_TTL:
            raise SlackError("invalid_code")
        if code.redirect_uri and args.get("redirect_uri") != code.redirect_uri:
            raise SlackError("bad_redirect_uri")
        code.used = True
        answer = self._issue(code.team_id, self.token_rotation)
        answer.update(authed_user={"id": code.user_id}, scope=code.scope)
        return answer

    def uninstall(self, team_id: str) -> None:
        """The team removes the app: its tokens stop working (``account_inactive``), as at
        Slack. The events are the bot's to receive: ``SlackDriver.uninstall``."""
        with self._lock:
            self.app_team_ids.discard(team_id)
            for issued in self._tokens.values():
                if issued.team_id == team_id:
                    issued.dead = issued.dead or "account_inactive"
            for refresh, team in list(self._refresh_tokens.items()):
                if team == team_id:
                    del self._refresh_tokens[refresh]

    def set_scopes(self, token: str, scopes: Iterable[str] | None) -> None:
        """The bot scopes a token was granted (None: all of them); a method of METHOD_SCOPES
        called without its scope answers missing_scope, as Slack does."""
        with self._lock:
            self._tokens[token].scopes = None if scopes is None else frozenset(scopes)

    def upload_file(self, user_id: str, name: str, content: bytes,
                    mimetype: str | None = None) -> dict[str, Any]:
        """A person uploads a file through a modal's file_input: returns the file object
        Slack puts in the view_submission's state (``{"files": [it]}``); the submit_view
        value of a file_input block is a list of these."""
        if len(content) > FILE_INPUT_MAX_BYTES:
            raise AssertionError("Slack refuses a file over 10 MB in a file_input")
        with self._lock:
            user = self._users[user_id]
            file_id = self._next_id("F")
            guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
            self._files[file_id] = _File(
                file_id, name, len(content), content, title=name, user_id=user_id,
                team_id=user.team_id, mimetype=mimetype or guessed, created=int(time.time()))
            return self._file_dict(self._files[file_id])

    def file_download(self, path: str, token: str) -> tuple[int, str, bytes]:
        """A GET of a file's url_private_download: (status, content type, body). Slack
        serves the bytes to a token of the file's workspace with files:read, and its
        sign-in page (HTML, 200) to anyone else."""
        with self._lock:
            file_id = path.split("/", 1)[0].rsplit("-", 1)[-1]
            upload = self._files.get(file_id)
            issued = self._tokens.get(token)
            allowed = (upload is not None and upload.content is not None
                       and issued is not None and self._token_error(issued) is None
                       and issued.team_id == upload.team_id
                       and (issued.scopes is None or FILE_SCOPE in issued.scopes))
            self._record(Call("file_download", {"file": file_id}, {"ok": allowed}, 200,
                              token=token or None))
            if not allowed or upload is None or upload.content is None:
                return 200, "text/html; charset=utf-8", SIGN_IN_PAGE.encode()
            return 200, upload.mimetype, upload.content

    def revoke(self, token: str) -> None:
        """auth.revoke of one token: answered ``token_revoked`` from then on."""
        with self._lock:
            self._tokens[token].dead = "token_revoked"

    def tokens(self, team_id: str) -> list[str]:
        """The team's bot tokens that still work, oldest first."""
        with self._lock:
            return [t.token for t in self._tokens.values()
                    if t.team_id == team_id and self._token_error(t) is None]

    def team_of(self, token: str) -> str | None:
        with self._lock:
            issued = self._tokens.get(token)
            return issued.team_id if issued else None

    def team_domain_of(self, team_id: str) -> str:
        """A team's domain; a workspace the twin does not know (a forged request's) gets
        one made from its id."""
        with self._lock:
            team = self._teams.get(team_id)
            return team.domain if team else team_id.lower()

    def bot_user_of(self, team_id: str) -> str:
        """The app's bot user id in a team."""
        with self._lock:
            return self._team(team_id).bot_user_id

    def authorize(self, url: str, team_id: str | None = None, user_id: str = "UINSTALLER",
                  *, allow: bool = True) -> str:
        """An admin of ``team_id`` opens Slack's authorize URL (what /slack/install links to)
        and clicks "Allow" (or "Cancel"): returns the redirect URL Slack sends the browser
        to, with a code good once for oauth.v2.access, and the state."""
        query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        with self._lock:
            if query.get("client_id") != self.client_id:
                raise AssertionError(f"Slack shows an error page: unknown client_id in {url}")
            team = self._team(team_id or query.get("team") or self.team_id)
            redirect = query.get("redirect_uri") or self.redirect_uri
            if not redirect:
                raise AssertionError("no redirect_uri in the URL and none configured "
                                     "(twin.redirect_uri)")
            back: dict[str, str] = {"state": query.get("state", "")}
            if allow:
                code = f"{team.id}.{secrets.token_hex(12)}"
                self._codes[code] = _Code(team.id, user_id, query.get("redirect_uri"),
                                          self._now(), query.get("scope", ""))
                back = {"code": code, **back}
            else:
                back = {"error": "access_denied", **back}
            return f"{redirect}{'&' if '?' in redirect else '?'}{urlencode(back)}"

    def _team(self, team_id: str) -> _Team:
        team = self._teams.get(team_id)
        if team is None:
            raise AssertionError(f"no team {team_id} (twin.add_team)")
        return team

    # ----- fixtures --------------------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        name: str,
        real_name: str | None = None,
        locale: str = "nl-BE",
        is_bot: bool = False,
        deleted: bool = False,
        tz: str = "Europe/Brussels",
        is_restricted: bool = False,
        *,
        team_id: str | None = None,
        is_ultra_restricted: bool = False,
        is_admin: bool = False,
        is_owner: bool = False,
    ) -> None:
        """A workspace member; is_restricted makes them a (multi-channel) guest and
        is_ultra_restricted a single-channel guest, whom the bot cannot add to a channel.
        `team_id`: their home workspace, when it is not the twin's (a Slack Connect member)."""
        with self._lock:
            self._users[user_id] = _User(
                user_id, name, real_name or name, locale, is_bot, deleted, tz,
                is_restricted or is_ultra_restricted, team_id=team_id or self.team_id,
                is_ultra_restricted=is_ultra_restricted, is_admin=is_admin or is_owner,
                is_owner=is_owner,
            )

    def add_channel(
        self,
        channel_id: str,
        name: str,
        members: Iterable[str] = (),
        *,
        bot_is_member: bool = True,
        is_private: bool = False,
        shared_team_ids: Iterable[str] = (),
        team_id: str | None = None,
        is_general: bool = False,
    ) -> None:
        """Add a channel (public unless told otherwise) to a team (the default one unless
        told otherwise); the bot is a member unless told not. `shared_team_ids`: the other
        workspaces it is shared with over Slack Connect. `is_general`: the workspace's
        #general."""
        with self._lock:
            self._channels[channel_id] = _Channel(
                channel_id, name, list(members), bot_is_member=bot_is_member,
                is_private=is_private, shared_team_ids=list(shared_team_ids),
                team_id=team_id or self.team_id, is_general=is_general,
            )

    def change_channel(self, channel_id: str, **flags: Any) -> None:
        """Change a channel as someone in Slack would (the bot removed: bot_is_member=False;
        archived by hand: is_archived=True; hosted by another workspace: team_id=...,
        shared_team_ids=[...]; the workspace's #general: is_general=True)."""
        with self._lock:
            channel = self._channels[channel_id]
            for name, value in flags.items():
                if not hasattr(channel, name):
                    raise AttributeError(name)
                setattr(channel, name, value)

    def withhold_scope(self, scope: str) -> None:
        """The app was installed without this bot scope: methods needing it answer
        missing_scope (only conversations.archive checks, for now)."""
        with self._lock:
            self.withheld_scopes.add(scope)

    def is_archived(self, channel_id: str) -> bool:
        with self._lock:
            return self._channels[channel_id].is_archived

    def join_channel(self, channel_id: str, user_id: str) -> None:
        """A user joins a channel by themselves (a Slack Connect member joins the shared
        channel from their own workspace, which the host's bot cannot do for them)."""
        with self._lock:
            channel = self._channels[channel_id]
            if user_id not in channel.members:
                channel.members.append(user_id)

    def share_channel(self, channel_id: str, team_id: str) -> dict[str, Any]:
        """Share the channel with another workspace; returns the `channel_shared` event Slack
        sends (deliver it with the driver's `event`)."""
        with self._lock:
            channel = self._channels[channel_id]
            if team_id not in channel.shared_team_ids:
                channel.shared_team_ids.append(team_id)
            return {"type": "channel_shared", "connected_team_id": team_id,
                    "channel": channel_id}

    def unshare_channel(self, channel_id: str, team_id: str) -> dict[str, Any]:
        """Disconnect a workspace from the channel: its members leave it; returns the
        `channel_unshared` event."""
        with self._lock:
            channel = self._channels[channel_id]
            if team_id in channel.shared_team_ids:
                channel.shared_team_ids.remove(team_id)
            channel.members = [u for u in channel.members
                               if u not in self._users or self._users[u].team_id != team_id]
            return {"type": "channel_unshared", "previously_connected_team_id": team_id,
                    "channel": channel_id, "is_ext_shared": bool(channel.shared_team_ids)}

    def can_run_commands(self, user_id: str) -> bool:
        """Whether Slack offers the app's slash command to this user: only in a workspace
        where the app is installed, not to a Slack Connect member from elsewhere."""
        return self.user_team(user_id) in self.app_team_ids

    def user_team(self, user_id: str) -> str:
        """The user's home workspace (what Slack puts in `user.team_id` of their payloads)."""
        with self._lock:
            user = self._users.get(user_id)
            return user.team_id if user else self.team_id

    def advance_clock(self, seconds: float) -> None:
        """Move the twin's clock forward so triggers and response URLs expire without sleeping."""
        with self._lock:
            self._clock_offset += seconds

    def new_trigger_id(self, view_id: str | None = None) -> str:
        """A trigger valid for 3 s and one use; ``view_id`` ties it to a modal (views.push)."""
        with self._lock:
            self._counter += 1
            trigger_id = f"{self._counter}.{secrets.randbelow(10**9)}.{secrets.token_hex(16)}"
            self._triggers[trigger_id] = _Trigger(self._now(), view_id)
            return trigger_id

    def new_response_url(
        self, *, channel_id: str | None = None, message_ts: str | None = None
    ) -> str:
        """A response_url; with a channel it can post there, with a message it can replace it."""
        with self._lock:
            url_id = secrets.token_hex(12)
            self._response_urls[url_id] = _ResponseUrl(self._now(), channel_id, message_ts)
            return f"{self.base_url}/response/{url_id}"

    def fail_next(self, method: str, error: str = "channel_not_found", times: int = 1) -> None:
        with self._lock:
            self._injections.setdefault(method, deque()).extend([("fail", error)] * times)

    def fail_next_in(self, method: str, channel: str, error: str = "channel_not_found") -> None:
        """Refuse the next call of `method` in `channel` (others go on as usual)."""
        with self._lock:
            self._aimed.append((method, channel, error))

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """Answer the next calls of `method` only after `seconds` (a slow Slack)."""
        with self._lock:
            self._delays.setdefault(method, deque()).extend([seconds] * times)

    def set_rate_limits(self, enabled: bool) -> None:
        """Switch Slack's rate-limit tiers on or off (and start with full buckets)."""
        with self._lock:
            self.rate_limits = enabled
            self._limiter = RateLimiter()

    def rate_limit_next(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        with self._lock:
            self._injections.setdefault(method, deque()).extend(
                [("ratelimit", retry_after)] * times
            )

    # ----- inspection ------------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if c.method == method]

    def clear_calls(self) -> None:
        with self._lock:
            self._calls.clear()

    def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        count: int = 1,
        timeout: float = 5.0,
    ) -> list[Call]:
        """Wait for ``count`` successful calls to ``method`` matching ``predicate``; return all."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                matched = [
                    c
                    for c in self._calls
                    if c.method == method and c.ok and (predicate is None or predicate(c))
                ]
                if len(matched) >= count:
                    return matched
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(self._summary(method, count, len(matched), timeout))
                self._changed.wait(remaining)

    def messages(self, channel_id: str) -> list[dict[str, Any]]:
        with self._lock:
            channel = self._channels.get(channel_id)
            return copy.deepcopy(channel.messages) if channel else []

    def channel_members(self, channel_id: str) -> list[str]:
        with self._lock:
            channel = self._channels.get(channel_id)
            return list(channel.members) if channel else []

    def pins(self, channel_id: str) -> set[str]:
        """The ts of each message pinned in the channel."""
        with self._lock:
            channel = self._channels.get(channel_id)
            return set(channel.pins) if channel else set()

    def files(self, channel_id: str) -> list[dict[str, Any]]:
        """Files shared in a channel by files.completeUploadExternal, oldest first."""
        with self._lock:
            return [{"id": f.id, "name": f.filename, "title": f.title, "content": f.content,
                     "initial_comment": f.initial_comment}
                    for f in self._files.values() if f.channel_id == channel_id]

    def dm_channel(self, user_id: str, team_id: str | None = None) -> str | None:
        """The DM of the bot of `team_id` with the user; without it, the first DM any
        workspace's bot opened with them."""
        with self._lock:
            if team_id is not None:
                return self._dms.get((team_id, user_id))
            return next((c for (_, u), c in self._dms.items() if u == user_id), None)

    def group_dm(self, *user_ids: str, team_id: str | None = None) -> str | None:
        """The group DM the bot of `team_id` (the default team's) opened with these people."""
        with self._lock:
            return self._mpims.get((team_id or self.team_id, frozenset(user_ids)))

    def channel_team(self, channel_id: str) -> str | None:
        """The workspace of a channel (of a DM: the workspace whose bot is in it)."""
        with self._lock:
            channel = self._channels.get(channel_id)
            return channel.team_id if channel else None

    @property
    def views(self) -> dict[str, dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._views)

    def view_hash(self, view_id: object) -> str | None:
        """The hash a view has now (a new one after every update), as Slack sends it back."""
        with self._lock:
            view = self._views.get(view_id) if isinstance(view_id, str) else None
            return view["hash"] if view else None

    def home(self, user_id: str) -> dict[str, Any] | None:
        with self._lock:
            view_id = self._homes.get(user_id)
            return copy.deepcopy(self._views[view_id]) if view_id else None

    def user_locale(self, user_id: str) -> str | None:
        """The user's Slack locale (the language their Slack runs in)."""
        with self._lock:
            user = self._users.get(user_id)
            return user.locale if user else None

    def user_name(self, user_id: str) -> str | None:
        """The user's handle, for rendering mentions."""
        with self._lock:
            user = self._users.get(user_id)
            return user.name if user else None

    def channel_name(self, channel_id: str) -> str | None:
        """The channel's name as Slack puts it in payloads ("directmessage" for DMs)."""
        with self._lock:
            channel = self._channels.get(channel_id)
            if channel is None:
                return None
            return "directmessage" if channel.im_user else channel.name

    def apply_view_response(self, view_id: str, body: dict[str, Any] | None) -> None:
        """Do what Slack does with a view_submission answer's ``response_action``."""
        action = (body or {}).get("response_action")
        if action not in ("update", "push"):
            return
        view = body.get("view") if body else None
        errors = validate_view(view)
        if errors:
            raise AssertionError(f"Slack would refuse the {action} view: {errors}")
        with self._lock:
            if view_id not in self._views:
                raise AssertionError(f"unknown view {view_id}")
            if action == "update":
                self._replace_view(view_id, view)
            else:
                self._push_view(view, self._root_of(view_id))

    # ----- request handling ------------------------------------------------------------------

    def handle_api(
        self, method: str, args: dict[str, Any], token: str | None
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Answer one Web API call: (HTTP status, JSON body, extra headers)."""
        with self._lock:
            delays = self._delays.get(method)
            delay = delays.popleft() if delays else 0.0
        if delay:
            time.sleep(delay)  # outside the lock: other calls go on meanwhile, as at Slack
        with self._lock:
            status, headers = 200, {}
            try:
                response = self._dispatch(method, args, token)
            except SlackError as exc:
                status, response = exc.status, exc.response()
                if exc.retry_after is not None:
                    headers["Retry-After"] = str(exc.retry_after)
            finally:
                self._caller = None  # the next call (or response_url) is someone else's
            issued = self._tokens.get(token or "")
            shown = None if not token or token.startswith("Basic ") else token
            self._record(Call(method, args, response, status, token=shown,
                              team_id=issued.team_id if issued else None))
            return status, response, headers

    def handle_response_url(self, url_id: str, payload: dict[str, Any]) -> tuple[int, dict]:
        with self._lock:
            url = f"{self.base_url}/response/{url_id}"
            try:
                status, response = 200, self._respond(url_id, payload)
            except SlackError as exc:
                status, response = exc.status, exc.response()
            self._record(Call("response_url", {**payload, "url": url}, response, status))
            return status, response

    def handle_upload(self, file_id: str, data: bytes) -> tuple[int, str]:
        """The POST of a file's bytes to the upload_url (no token: the URL is the secret)."""
        with self._lock:
            url = f"{self.base_url}/upload/{file_id}"
            upload = self._files.get(file_id)
            status, body = (404, "Not Found") if upload is None else (200, f"OK - {len(data)}")
            if upload is not None and (upload.completed or len(data) != upload.length):
                # The URL takes the bytes announced to getUploadURLExternal, once, before the
                # upload is completed: anything else leaves the file without content.
                status, body = 400, "Bad Request"
            elif upload is not None:
                upload.content = data
            self._record(Call("upload", {"url": url, "length": len(data)}, {"ok": status == 200},
                              status))
            return status, body

    def _record(self, call: Call) -> None:
        self._calls.append(call)
        self._changed.notify_all()

    def _dispatch(self, method: str, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        for aimed in self._aimed:
            if aimed[:2] == (method, args.get("channel")):
                self._aimed.remove(aimed)
                raise SlackError(aimed[2])
        injected = self._injections.get(method)
        if injected:
            kind, value = injected.popleft()
            if kind == "ratelimit":
                raise SlackError("ratelimited", status=429, retry_after=value)
            raise SlackError(value)
        if method == "oauth.v2.access":  # the app's credentials, not a token
            return {"ok": True, **self._oauth_v2_access(args, token or "")}
        if method in (TOKEN_METHOD, USERINFO_METHOD):  # a sign-in's own credentials
            try:
                if method == TOKEN_METHOD:
                    return {"ok": True, **self.openid.token(args, token or "")}
                return {"ok": True, **self.openid.user_info(token or "")}
            except OpenIDError as exc:
                raise SlackError(exc.error) from None
        if not token:
            raise SlackError("not_authed")
        issued = self._tokens.get(token)
        if issued is None:
            raise SlackError("invalid_auth")
        refused = self._token_error(issued)
        if refused:
            raise SlackError(refused)
        self._caller = self._teams[issued.team_id]
        handler = _METHODS.get(method)
        if handler is None:
            raise SlackError("unknown_method")
        needed = METHOD_SCOPES.get(method)
        if needed and issued.scopes is not None and needed not in issued.scopes:
            raise SlackError("missing_scope", needed=needed,
                             provided=",".join(sorted(issued.scopes)))
        if self.rate_limits:  # per app per workspace
            channel = args.get("channel") if method == "chat.postMessage" else None
            self._limiter.check(issued.team_id, method, str(channel or "") or None,
                                self._now())
        for key in _JSON_ARGS:
            if isinstance(args.get(key), str):
                try:
                    args[key] = json.loads(args[key])
                except ValueError as exc:
                    error = "invalid_blocks_format" if key == "blocks" else "invalid_arguments"
                    raise SlackError(error, [f"invalid JSON in {key}"]) from exc
        return {"ok": True, **handler(self, args)}

    # ----- helpers ---------------------------------------------------------------------------

    def _now(self) -> float:
        return time.monotonic() + self._clock_offset

    def _next_id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter:08X}"

    def _next_ts(self) -> str:
        # Slack's ts is seconds.micros and unique per channel; keep it increasing globally.
        micros = max(int(time.time() * 1_000_000), self._last_ts + 1)
        self._last_ts = micros
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _summary(self, method: str, count: int, matched: int, timeout: float) -> str:
        lines = [
            f"expected {count} successful {method} call(s) matching the predicate within "
            f"{timeout}s, got {matched}. Recorded calls ({len(self._calls)}):"
        ]
        for call in self._calls[-40:]:
            outcome = "ok" if call.ok else call.response.get("error", "?")
            args = {k: v for k, v in call.args.items() if k not in ("blocks", "view")}
            shown = json.dumps(args, ensure_ascii=False, default=str)
            lines.append(f"  {call.method} [{call.status} {outcome}] {shown[:200]}")
        return "\n".join(lines)

    def _user(self, user_id: object) -> _User:
        user = self._users.get(str(user_id))
        if user is None or not self._sees_user(user):
            raise SlackError("user_not_found")
        return user

    def _open_dm(self, user_id: str) -> str:
        user = self._user(user_id)
        if user.deleted:
            raise SlackError("user_disabled")
        if user.is_bot:
            raise SlackError("cannot_dm_bot")
        if self._is_external(user) and not self._shares_channel(user):
            # conversations.open: "All external people must already be in at least one
            # channel together to send a message."
            raise SlackError("invalid_user_combination")
        key = (self._me().id, user_id)
        if key not in self._dms:
            channel_id = self._next_id("D")
            self._dms[key] = channel_id
            self._channels[channel_id] = _Channel(
                channel_id, user_id, [user_id, self._me().bot_user_id], im_user=user_id,
                team_id=self._me().id,  # the bot's workspace: an external member's DM too
            )
        return self._dms[key]

    def _open_mpim(self, user_ids: list[str]) -> str:
        """A bot's group DM holds people of its own workspace only: Slack Connect lets people
        of two organisations DM each other, but the twin, like the Slack we count on, refuses
        a bot's group DM with someone of another workspace (invalid_user_combination)."""
        for user_id in user_ids:
            user = self._user(user_id)
            if user.deleted:
                raise SlackError("user_disabled")
            if user.is_bot:
                raise SlackError("cannot_dm_bot")
            if self._is_external(user):
                raise SlackError("invalid_user_combination")
        key = (self._me().id, frozenset(user_ids))
        if key not in self._mpims:
            channel_id = self._next_id("G")
            names = "--".join(self._users[u].name for u in user_ids)
            self._mpims[key] = channel_id
            self._channels[channel_id] = _Channel(
                channel_id, f"mpdm-{names}-1", [*user_ids, self._me().bot_user_id],
                is_mpim=True, is_private=True, team_id=self._me().id)
        return self._mpims[key]

    def _channel(self, ref: object) -> _Channel:
        ref = str(ref or "")
        if ref in self._channels and self._sees_channel(self._channels[ref]):
            return self._channels[ref]
        name = ref.removeprefix("#")
        for channel in self._channels.values():
            if channel.im_user is None and channel.name == name and self._sees_channel(channel):
                return channel
        if ref in self._users:
            return self._channels[self._open_dm(ref)]
        raise SlackError("channel_not_found")

    def _message(self, channel: _Channel, ts: object) -> dict[str, Any]:
        for message in channel.messages:
            if message["ts"] == ts:
                return message
        raise SlackError("message_not_found")

    def _content(self, args: dict[str, Any], *, required: bool = True) -> dict[str, Any]:
        """Validated text/blocks of a message call; Slack truncates text rather than failing."""
        text, blocks = args.get("text"), args.get("blocks")
        if required and not text and not blocks and not args.get("attachments"):
            raise SlackError("no_text")
        content: dict[str, Any] = {}
        if blocks is not None:
            errors = validate_blocks(blocks, surface="message")
            if errors:
                raise SlackError("invalid_blocks", errors)
            content["blocks"] = blocks
        if text is not None:
            content["text"] = str(text)[:MAX_TEXT]
        if args.get("attachments") is not None:
            content["attachments"] = args["attachments"]
        return content

    def _post(self, channel: _Channel, content: dict[str, Any], thread_ts: object) -> dict:
        message: dict[str, Any] = {
            "type": "message",
            "ts": self._next_ts(),
            "text": content.get("text", ""),
            "blocks": content.get("blocks", []),
            "user": self._me().bot_user_id,
            "bot_id": self._me().bot_id,
            "app_id": self.app_id,
            "team": self._me().id,
            "channel": channel.id,
        }
        if "attachments" in content:
            message["attachments"] = content["attachments"]
        if thread_ts:
            message["thread_ts"] = str(thread_ts)
        if "metadata" in content:
            message["metadata"] = content["metadata"]
        channel.messages.append(message)
        return message

    @staticmethod
    def _metadata(args: dict[str, Any]) -> dict[str, Any] | None:
        """Message metadata as Slack takes it: an event_type string and an event_payload
        object; anything else is refused rather than silently dropped."""
        metadata = args.get("metadata")
        if metadata is None:
            return None
        if (not isinstance(metadata, dict) or not isinstance(metadata.get("event_type"), str)
                or not metadata["event_type"]
                or not isinstance(metadata.get("event_payload"), dict)):
            raise SlackError("invalid_metadata_format")
        return {"event_type": metadata["event_type"], "event_payload": metadata["event_payload"]}

    def _view_errors(self, view: object, expected_type: str) -> None:
        errors = validate_view(view)
        if not errors and isinstance(view, dict) and view.get("type") != expected_type:
            errors = [f"must be {expected_type} [json-pointer:/view/type]"]
        if errors:
            raise SlackError("invalid_arguments", errors)

    def _check_trigger(self, trigger_id: object) -> _Trigger:
        trigger = self._triggers.get(str(trigger_id or ""))
        if trigger is None:
            raise SlackError("invalid_trigger_id")
        if trigger.used:
            raise SlackError("exchanged_trigger_id")
        if self._now() - trigger.created > self.trigger_ttl:
            raise SlackError("expired_trigger_id")
        return trigger

    def _check_external_id(self, view: dict[str, Any], own_id: str | None = None) -> None:
        external_id = view.get("external_id")
        if external_id and any(
            v.get("external_id") == external_id and v["id"] != own_id for v in self._views.values()
        ):
            raise SlackError("duplicate_external_id")

    def _store_view(self, view: dict[str, Any], view_id: str, root: str, previous: str | None):
        stored = {
            "private_metadata": "",
            "callback_id": "",
            "external_id": "",
            "clear_on_close": False,
            "notify_on_close": False,
            "close": None,
            "submit": None,
            **copy.deepcopy(view),
            "id": view_id,
            "team_id": self._me().id,
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{secrets.token_hex(4)}",
            "root_view_id": root,
            "previous_view_id": previous,
            "app_id": self.app_id,
            "app_installed_team_id": self._me().id,
            "bot_id": self._me().bot_id,
        }
        self._views[view_id] = stored
        return copy.deepcopy(stored)

    def _replace_view(self, view_id: str, view: dict[str, Any]) -> dict[str, Any]:
        old = self._views[view_id]
        return self._store_view(view, view_id, old["root_view_id"], old["previous_view_id"])

    def _root_of(self, view_id: str) -> str:
        return self._views[view_id]["root_view_id"]

    def _push_view(self, view: dict[str, Any], root: str) -> dict[str, Any]:
        stack = self._stacks.setdefault(root, [root])
        if len(stack) >= VIEW_STACK_LIMIT:
            raise SlackError("push_limit_reached")
        view_id = self._next_id("V")
        stack.append(view_id)
        return self._store_view(view, view_id, root, stack[-2])

    def _respond(self, url_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        target = self._response_urls.get(url_id)
        if target is None:
            raise SlackError("no_service", status=404)
        if self._now() - target.created > RESPONSE_URL_TTL:
            raise SlackError("expired_url", status=404)
        if target.uses >= RESPONSE_URL_USES:
            raise SlackError("used_url", status=404)
        target.uses += 1
        if _truthy(payload.get("delete_original")):
            if target.channel_id and target.message_ts:
                channel = self._channel(target.channel_id)
                channel.messages = [m for m in channel.messages if m["ts"] != target.message_ts]
            return {"ok": True}
        try:
            content = self._content(payload)
        except SlackError as exc:
            exc.status = 400
            raise
        if _truthy(payload.get("replace_original")) and target.message_ts and target.channel_id:
            message = self._message(self._channel(target.channel_id), target.message_ts)
            message.update({"text": content.get("text", ""), "blocks": content.get("blocks", [])})
        elif payload.get("response_type") == "in_channel" and target.channel_id:
            self._post(self._channel(target.channel_id), content, payload.get("thread_ts"))
        return {"ok": True}

    # ----- Web API methods -------------------------------------------------------------------

    def _auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        team = self._me()  # the token's team
        return {
            "url": f"https://{team.domain}.slack.com/",
            "team": team.name,
            "user": self._users[team.bot_user_id].name,
            "team_id": team.id,
            "user_id": team.bot_user_id,
            "bot_id": team.bot_id,
            "is_enterprise_install": False,
        }

    def _user_dict(self, user: _User, include_locale: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": user.id,
            "team_id": user.team_id,  # an external member's is their own workspace's
            "name": user.name,
            "real_name": user.real_name,
            "deleted": user.deleted,
            "is_bot": user.is_bot,
            "is_restricted": user.is_restricted,
            "is_ultra_restricted": user.is_ultra_restricted,
            "is_admin": user.is_admin,
            "is_owner": user.is_owner,
            "tz": user.tz,
            "profile": {"real_name": user.real_name, "display_name": user.name,
                        "team": user.team_id},
        }
        if self._is_external(user):
            # users.info: "When looking up a user belonging to a foreign workspace party to a
            # shared channel, you'll find an is_stranger boolean attribute."
            data["is_stranger"] = not self._shares_channel(user)
        if include_locale:
            data["locale"] = user.locale
        return data

    def _shares_channel(self, user: _User) -> bool:
        """Whether an external user is in a channel the bot is in that is shared with their
        workspace: what Slack requires before the bot may open a DM with them."""
        me = self._me().id
        return any(user.id in c.members and c.bot_is_member and c.im_user is None
                   and not c.is_mpim and {me, user.team_id} <= {c.team_id, *c.shared_team_ids}
                   for c in self._channels.values())

    def _is_external(self, user: _User) -> bool:
        """Of another organisation than the calling bot's workspace."""
        return user.team_id != self._me().id

    def _users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self._user(args.get("user"))
        return {"user": self._user_dict(user, _truthy(args.get("include_locale")))}

    def _users_list(self, args: dict[str, Any]) -> dict[str, Any]:
        locale = _truthy(args.get("include_locale"))
        return {
            "members": [self._user_dict(u, locale) for u in self._users.values()
                        if u.team_id == self._me().id],
            "response_metadata": {"next_cursor": ""},
        }

    def _conversations_open(self, args: dict[str, Any]) -> dict[str, Any]:
        """One user: the DM with the bot. Two to eight: a group DM (mpim) with the bot in it;
        "Provide 1 to 8 user IDs" (Slack adds the caller itself)."""
        users = list(dict.fromkeys(_split_ids(args.get("users"))))
        if not users:
            raise SlackError("users_list_not_supplied")
        if len(users) > 8:
            raise SlackError("too_many_users")
        if len(users) == 1:
            return {"channel": {"id": self._open_dm(users[0])}}
        return {"channel": {"id": self._open_mpim(users)}}

    def _chat_post_message(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        if channel.is_archived:
            raise SlackError("is_archived")
        if not channel.bot_is_member:
            raise SlackError("not_in_channel")
        content = self._content(args)
        metadata = self._metadata(args)
        if metadata is not None:
            content["metadata"] = metadata
        message = self._post(channel, content, args.get("thread_ts"))
        shown = {k: v for k, v in message.items() if k not in ("channel", "metadata")}
        return {"channel": channel.id, "ts": message["ts"], "message": shown}

    def _conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        """Newest first; `oldest`/`latest` bound the window (exclusive unless `inclusive`);
        metadata only with `include_all_metadata`; pages of `limit` (default 100, max 999)
        with a cursor."""
        channel = self._channel(args.get("channel"))
        if not channel.bot_is_member:
            raise SlackError("not_in_channel")
        try:
            oldest = float(args.get("oldest") or 0)
            latest = float(args["latest"]) if args.get("latest") else float("inf")
            limit = min(int(args.get("limit") or HISTORY_LIMIT), HISTORY_MAX)
            start = int(args.get("cursor") or 0)
        except ValueError as exc:
            raise SlackError("invalid_arguments") from exc
        if limit < 1:
            raise SlackError("invalid_limit")
        inclusive = _truthy(args.get("inclusive"))
        with_metadata = _truthy(args.get("include_all_metadata"))

        def inside(ts: float) -> bool:
            if inclusive:
                return oldest <= ts <= latest
            return oldest < ts < latest

        found = [m for m in reversed(channel.messages) if inside(float(m["ts"]))]
        page = found[start:start + limit]
        more = start + limit < len(found)
        messages = [{k: copy.deepcopy(v) for k, v in m.items()
                     if k != "channel" and (with_metadata or k != "metadata")} for m in page]
        return {"messages": messages, "has_more": more, "pin_count": len(channel.pins),
                "response_metadata": {"next_cursor": str(start + limit) if more else ""}}

    def _chat_post_ephemeral(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        if channel.is_archived:
            raise SlackError("is_archived")
        user = str(args.get("user") or "")
        if user not in self._users or (channel.members and user not in channel.members):
            raise SlackError("user_not_in_channel")
        self._content(args)
        return {"message_ts": self._next_ts()}

    def _chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        if channel.is_archived:
            raise SlackError("is_archived")
        message = self._message(channel, args.get("ts"))
        if message.get("team", self._me().id) != self._me().id:
            # A bot may edit only its own messages: another workspace's installation of the
            # app is another bot user (a Slack Connect channel holds both).
            raise SlackError("cant_update_message")
        # Slack keeps the previous blocks when the update leaves them out.
        message.update(self._content(args))
        message["edited"] = {"user": self._me().bot_user_id, "ts": self._next_ts()}
        shown = {k: v for k, v in message.items() if k != "channel"}
        return {
            "channel": channel.id,
            "ts": message["ts"],
            "text": message["text"],
            "message": shown,
        }

    def _chat_delete(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        message = self._message(channel, args.get("ts"))
        if message.get("team", self._me().id) != self._me().id:
            raise SlackError("cant_delete_message")  # a bot deletes only its own messages
        channel.messages.remove(message)
        return {"channel": channel.id, "ts": message["ts"]}

    def _chat_get_permalink(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        message = self._message(channel, args.get("message_ts"))
        link = f"https://{self._me().domain}.slack.com/archives/{channel.id}/p"
        return {"channel": channel.id, "permalink": link + message["ts"].replace(".", "")}

    def _channel_dict(self, channel: _Channel) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": channel.id,
            "name": channel.name,
            "is_channel": channel.im_user is None,
            "is_im": channel.im_user is not None,
            "is_mpim": channel.is_mpim,
            "is_private": channel.is_private,
            "is_archived": channel.is_archived,
            "is_general": channel.is_general,
            "is_member": channel.bot_is_member,
            "num_members": len(channel.members),
        }
        if channel.im_user is None and not channel.is_mpim:
            # A Slack Connect channel names every workspace in it, the host's included.
            shared = bool(channel.shared_team_ids)
            data.update({
                "is_shared": shared,
                "is_ext_shared": shared,
                "context_team_id": self._me().id,
                "conversation_host_id": channel.team_id,
                "shared_team_ids": [channel.team_id, *channel.shared_team_ids],
                "connected_team_ids": list(channel.shared_team_ids),
            })
        if channel.im_user:
            data["user"] = channel.im_user
        return data

    def _conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"channel": self._channel_dict(self._channel(args.get("channel")))}

    def _conversations_archive(self, args: dict[str, Any]) -> dict[str, Any]:
        """As Slack answers a bot (docs.slack.dev, conversations.archive): channels:manage
        for a public channel, groups:write for a private one; not a DM; not twice; never
        #general; only a channel the bot is in; a Slack Connect channel only by its host's
        workspace (another organisation's is refused as a restricted action)."""
        channel = self._channel(args.get("channel"))
        if channel.im_user is not None:
            raise SlackError("method_not_supported_for_channel_type")
        needed = "groups:write" if channel.is_private else "channels:manage"
        if needed in self.withheld_scopes:
            raise SlackError("missing_scope")
        if channel.is_archived:
            raise SlackError("already_archived")
        if channel.is_general:
            raise SlackError("cant_archive_general")
        if not channel.bot_is_member:
            raise SlackError("not_in_channel")
        if channel.shared_team_ids and channel.team_id != self._me().id:
            raise SlackError("restricted_action")
        channel.is_archived = True
        return {}

    def _conversations_invite(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        users = _split_ids(args.get("users"))
        if not users:
            raise SlackError("no_user")
        if not channel.bot_is_member:
            raise SlackError("not_in_channel")
        if self._me().bot_user_id in users:
            raise SlackError("cant_invite_self")
        new = [u for u in users if u not in channel.members]
        for user_id in users:
            user = self._user(user_id)
            if user.deleted:
                raise SlackError("cant_invite")
            if user_id not in new:
                continue
            if self._is_external(user):
                # People of another organisation join a Slack Connect channel from their
                # own workspace; the host's bot may not add them.
                raise SlackError("no_external_invite_permission")
            if user.is_ultra_restricted:
                # A single-channel guest is in their one channel already.
                raise SlackError("ura_max_channels")
            if user.is_restricted:
                # Only a workspace admin adds a guest to a channel.
                raise SlackError("user_is_restricted")
        if not new:
            raise SlackError("already_in_channel")
        channel.members.extend(dict.fromkeys(new))
        return {"channel": self._channel_dict(channel)}

    def _conversations_kick(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        user_id = args.get("user")
        if not channel.bot_is_member:
            raise SlackError("not_in_channel")
        if user_id == self._me().bot_user_id:
            raise SlackError("cant_kick_self")
        self._user(user_id)
        if user_id not in channel.members:
            raise SlackError("not_in_channel")
        channel.members.remove(user_id)
        return {}

    def _conversations_members(self, args: dict[str, Any]) -> dict[str, Any]:
        """Members page by page (limit: default 100, at most 1000; an opaque cursor), as Slack
        answers it; a private channel the bot is not in does not exist for it."""
        channel = self._channel(args.get("channel"))
        if channel.is_private and not channel.bot_is_member:
            raise SlackError("channel_not_found")
        limit = str(args.get("limit") or "100")
        if not limit.isdigit() or not 1 <= int(limit) <= 1000:
            raise SlackError("invalid_limit")
        cursor = str(args.get("cursor") or "")
        start = 0
        if cursor:
            if not cursor.startswith("members:") or not cursor[8:].isdigit():
                raise SlackError("invalid_cursor")
            start = int(cursor[8:])
        end = start + int(limit)
        page = channel.members[start:end]
        next_cursor = f"members:{end}" if end < len(channel.members) else ""
        return {"members": list(page), "response_metadata": {"next_cursor": next_cursor}}

    def _pins_add(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        if not args.get("timestamp"):
            raise SlackError("no_item_specified")
        message = self._message(channel, args.get("timestamp"))
        if message["ts"] in channel.pins:
            raise SlackError("already_pinned")
        channel.pins.add(message["ts"])
        return {}

    def _pins_remove(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(args.get("channel"))
        if not args.get("timestamp"):
            raise SlackError("no_item_specified")
        message = self._message(channel, args.get("timestamp"))
        if message["ts"] not in channel.pins:
            raise SlackError("no_pin")
        channel.pins.discard(message["ts"])
        return {}

    def _views_open(self, args: dict[str, Any]) -> dict[str, Any]:
        trigger = self._check_trigger(args.get("trigger_id"))
        view = args.get("view")
        self._view_errors(view, "modal")
        self._check_external_id(view)
        trigger.used = True
        view_id = self._next_id("V")
        self._stacks[view_id] = [view_id]
        return {"view": self._store_view(view, view_id, view_id, None)}

    def _views_push(self, args: dict[str, Any]) -> dict[str, Any]:
        trigger = self._check_trigger(args.get("trigger_id"))
        view = args.get("view")
        self._view_errors(view, "modal")
        self._check_external_id(view)
        if trigger.view_id in self._views:
            pushed = self._push_view(view, self._root_of(trigger.view_id))
        else:
            # The trigger came from outside a modal, so there is no stack to push onto.
            view_id = self._next_id("V")
            self._stacks[view_id] = [view_id]
            pushed = self._store_view(view, view_id, view_id, None)
        trigger.used = True
        return {"view": pushed}

    def _find_view(self, args: dict[str, Any]) -> dict[str, Any]:
        view_id, external_id = args.get("view_id"), args.get("external_id")
        for view in self._views.values():
            if (view_id and view["id"] == view_id) or (
                external_id and view.get("external_id") == external_id
            ):
                return view
        raise SlackError("not_found")

    def _views_update(self, args: dict[str, Any]) -> dict[str, Any]:
        current = self._find_view(args)
        if args.get("hash") and args["hash"] != current["hash"]:
            raise SlackError("hash_conflict")
        view = args.get("view")
        self._view_errors(view, current["type"])
        self._check_external_id(view, current["id"])
        return {"view": self._replace_view(current["id"], view)}

    def _views_publish(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self._user(args.get("user_id"))
        view = args.get("view")
        self._view_errors(view, "home")
        view_id = self._homes.get(user.id)
        if view_id and args.get("hash") and args["hash"] != self._views[view_id]["hash"]:
            raise SlackError("hash_conflict")
        view_id = view_id or self._next_id("V")
        self._homes[user.id] = view_id
        return {"view": self._store_view(view, view_id, view_id, None)}


    # ----- files (files_upload_v2: get an upload URL, POST the bytes, complete) ------------

    def _file_dict(self, upload: _File) -> dict[str, Any]:
        """A file object as Slack documents it (the fields a bot reads)."""
        team = self._teams.get(upload.team_id or self.team_id) or self._teams[self.team_id]
        ext = upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else ""
        private = f"{self.base_url}/files-pri/{team.id}-{upload.id}"
        owner = upload.user_id or team.bot_user_id
        named = quote(upload.filename)  # Slack's addresses carry the name URL-encoded
        return {
            "id": upload.id, "created": upload.created, "timestamp": upload.created,
            "name": upload.filename, "title": upload.title or upload.filename,
            "mimetype": upload.mimetype, "filetype": ext, "pretty_type": ext.upper(),
            "user": owner, "user_team": team.id, "editable": False,
            "size": upload.length, "mode": "hosted", "is_external": False,
            "external_type": "", "is_public": upload.channel_id is not None,
            "public_url_shared": False, "display_as_bot": False, "username": "",
            "url_private": f"{private}/{named}",
            "url_private_download": f"{private}/download/{named}",
            "permalink": f"https://{team.domain}.slack.com/files/{owner}/{upload.id}/{named}",
            "permalink_public": f"https://slack-files.com/{team.id}-{upload.id}-x",
            "channels": [upload.channel_id] if upload.channel_id else [], "groups": [],
            "ims": [], "comments_count": 0, "has_rich_preview": False,
        }

    def _files_get_upload_url_external(self, args: dict[str, Any]) -> dict[str, Any]:
        filename, length = args.get("filename"), str(args.get("length") or "")
        if not filename or not length.isdigit():
            raise SlackError("invalid_arguments")
        file_id = self._next_id("F")
        self._files[file_id] = _File(file_id, str(filename), int(length), team_id=self._me().id,
                                     created=int(time.time()))
        return {"upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _files_complete_upload_external(self, args: dict[str, Any]) -> dict[str, Any]:
        files = args.get("files")
        try:
            files = json.loads(files) if isinstance(files, str) else files
        except ValueError as exc:
            raise SlackError("invalid_arguments") from exc
        if not isinstance(files, list) or not files:
            raise SlackError("invalid_arguments")
        uploads = []
        for entry in files:
            upload = self._files.get(str(entry.get("id")))
            if upload is None or upload.content is None or upload.completed:
                raise SlackError("file_not_found")
            uploads.append((upload, entry.get("title") or upload.filename))
        channel = self._channel(args["channel_id"]) if args.get("channel_id") else None
        if channel is not None and not channel.bot_is_member:
            raise SlackError("not_in_channel")
        shown = []
        for upload, title in uploads:
            upload.completed = True
            upload.title = title
            shown.append({"id": upload.id, "title": title})
            if channel is not None:
                upload.channel_id = channel.id
                upload.initial_comment = args.get("initial_comment")
        if channel is not None:  # sharing posts one message carrying the files
            message = self._post(channel, {"text": args.get("initial_comment") or ""},
                                 args.get("thread_ts"))
            message["files"] = [{"id": u.id, "name": u.filename, "title": u.title}
                                for u, _ in uploads]
            message["upload"] = True
        return {"files": shown}


def _files_info(self: SlackTwin, args: dict[str, Any]) -> dict[str, Any]:
    """One file's object, for a token of the workspace it lives in."""
    upload = self._files.get(str(args.get("file") or ""))
    if upload is None or (upload.team_id or self.team_id) != self._me().id:
        raise SlackError("file_not_found")
    return {"file": self._file_dict(upload), "comments": [], "response_metadata": {
        "next_cursor": ""}}


_METHODS: dict[str, Callable[[SlackTwin, dict[str, Any]], dict[str, Any]]] = {
    "auth.test": SlackTwin._auth_test,
    "users.info": SlackTwin._users_info,
    "users.list": SlackTwin._users_list,
    "conversations.open": SlackTwin._conversations_open,
    "conversations.info": SlackTwin._conversations_info,
    "conversations.invite": SlackTwin._conversations_invite,
    "conversations.archive": SlackTwin._conversations_archive,
    "conversations.members": SlackTwin._conversations_members,
    "conversations.kick": SlackTwin._conversations_kick,
    "conversations.history": SlackTwin._conversations_history,
    "chat.postMessage": SlackTwin._chat_post_message,
    "chat.postEphemeral": SlackTwin._chat_post_ephemeral,
    "chat.update": SlackTwin._chat_update,
    "chat.delete": SlackTwin._chat_delete,
    "chat.getPermalink": SlackTwin._chat_get_permalink,
    "pins.add": SlackTwin._pins_add,
    "pins.remove": SlackTwin._pins_remove,
    "views.open": SlackTwin._views_open,
    "views.push": SlackTwin._views_push,
    "views.update": SlackTwin._views_update,
    "views.publish": SlackTwin._views_publish,
    "files.getUploadURLExternal": SlackTwin._files_get_upload_url_external,
    "files.completeUploadExternal": SlackTwin._files_complete_upload_external,
    "files.info": _files_info,
}


class _TwinHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # Slack never turns a connection away; the default backlog of 5 would, once the bot's
    # listener pool calls in a burst (connection refused).
    request_queue_size = 128
    twin: SlackTwin

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (timed out, killed) before its answer is not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _TwinHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test and demo output clean; the twin records calls instead."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        if parts.path.startswith("/upload/"):  # raw bytes, whatever the Content-Type says
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length) if length else b""
            status, text = self.server.twin.handle_upload(parts.path[len("/upload/"):], data)
            self._send_text(status, text)
            return
        if parts.path.startswith("/files-pri/") and self.command == "GET":
            token = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            status, kind, data = self.server.twin.file_download(
                parts.path[len("/files-pri/"):], token)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        args: dict[str, Any] = dict(parse_qsl(parts.query, keep_blank_values=True))
        try:
            args.update(self._body())
        except ValueError:
            self._send(200, {"ok": False, "error": "invalid_form_data"})
            return
        twin = self.server.twin
        if parts.path == "/oauth/v2/authorize":  # the admin clicks "Allow" at once
            try:
                location = twin.authorize(self.path, args.get("team") or None)
            except AssertionError as exc:
                self._send_text(400, str(exc))
                return
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if parts.path == OPENID_AUTHORIZE_PATH:  # the person allows at once
            try:
                location = twin.openid.authorize(self.path)
            except AssertionError as exc:
                self._send_text(400, str(exc))
                return
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if parts.path.startswith("/api/"):
            token = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            token = token or str(args.pop("token", "") or "")
            args.pop("token", None)
            status, body, headers = twin.handle_api(parts.path[len("/api/") :], args, token)
            self._send(status, body, headers)
        elif parts.path.startswith("/response/"):
            payload = args
            if isinstance(args.get("payload"), str):
                try:
                    payload = json.loads(args["payload"])
                except ValueError:
                    self._send(400, {"ok": False, "error": "invalid_payload"})
                    return
            status, body = twin.handle_response_url(parts.path[len("/response/") :], payload)
            self._send(status, body)
        else:
            self._send(404, {"ok": False, "error": "not_found"})

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return {}
        content_type = self.headers.get("Content-Type", "")
        if "json" in content_type:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("JSON body must be an object")
            return data
        return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))

    def _send_text(self, status: int, text: str) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
