"""The real bot on a real HTTP port, wired to the local Slack twin: for tests and the demo."""

import html
import re
import socket
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from datetime import timedelta

from bot.app import Leernet, create_app
from bot.config import Settings
from bot.installations import INSTALL_PATH, REDIRECT_PATH
from bot.web import EVENTS_PATH, HttpServer
from handlers.web.paths import CALLBACK_PATH
from slack_twin import SlackDriver, SlackTwin
from storage.migrate import upgrade

TEAM_ID = "T0TWIN"
BOT_TOKEN = "xoxb-twin"
SIGNING_SECRET = "twin-signing-secret"


@dataclass
class Page:
    """A web page the bot served (the install page, the end of an install)."""

    status: int
    body: str
    headers: dict[str, str]


class LocalStack:
    """Twin + bot + driver. Use as a context manager; everything stops on exit.

    `oauth=True`: distributed mode (SLACK_CLIENT_ID and secret, no bot token); no workspace is
    installed until `install(team_id)` runs the OAuth flow through the bot's HTTP pages.
    `public=False`: no LEERNET_PUBLIC_URL, so no web page links and no "Sign in with Slack".
    """

    def __init__(self, database_url: str, *, reminder_offsets: tuple[timedelta, ...] = (
            timedelta(days=7), timedelta(days=1)), sweep_interval: timedelta = timedelta(
            seconds=30), timezone: str = "Europe/Brussels", language: str = "nl",
                 migrate: bool = True, oauth: bool = False, public: bool = True) -> None:
        self.twin = SlackTwin(bot_token=BOT_TOKEN, team_id=TEAM_ID, port=0)
        self.oauth = oauth
        self.public = public
        self._database_url = database_url
        self._overrides = dict(reminder_offsets=reminder_offsets, sweep_interval=sweep_interval,
                               timezone=timezone, language=language)
        self._migrate = migrate
        self.bot: Leernet | None = None
        self.driver: SlackDriver | None = None
        self._server = None
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def settings(self) -> Settings:
        if self.oauth:
            credentials = dict(client_id=self.twin.client_id,
                               client_secret=self.twin.client_secret,
                               authorize_url=self.twin.authorize_url)
        else:
            credentials = dict(bot_token=BOT_TOKEN)
        # "Sign in with Slack" on the web page, against the twin's OpenID Connect pages; the
        # public URL is the stack's own address (its socket listens before the bot starts).
        signin = dict(signin_client_id=self.twin.client_id,
                      signin_client_secret=self.twin.client_secret,
                      signin_authorize_url=self.twin.openid_authorize_url,
                      public_url=self.url if self._socket is not None and self.public
                      else None)
        return replace(Settings(), signing_secret=SIGNING_SECRET,
                       slack_api_url=self.twin.api_url, database_url=self._database_url,
                       port=0, **credentials, **signin, **self._overrides)

    def start(self) -> "LocalStack":
        self.twin.start()
        if self._migrate:
            upgrade(self._database_url)
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.bot = create_app(self.settings)
        self._server = HttpServer(self.bot, sock=self._socket)
        self._thread = threading.Thread(target=self._server.serve, name="leernet-http",
                                        daemon=True)
        self._thread.start()
        self.bot.start_scheduler()
        self.driver = self.driver_for()
        # The redirect URL configured in the app's settings (the bot's own page).
        self.twin.redirect_uri = self.url + REDIRECT_PATH
        self.twin.openid.redirect_urls = [self.url + CALLBACK_PATH]
        return self

    def driver_for(self, team_id: str | None = None) -> SlackDriver:
        """Slack's side of requests into this bot. By default each payload names the user's
        own workspace, as Slack's do; with `team_id`, every payload is signed as coming from
        that workspace (an installed workspace's people, or a forged or foreign request)."""
        return SlackDriver(app_url=self.url + EVENTS_PATH, signing_secret=SIGNING_SECRET,
                           twin=self.twin, team_id=team_id)

    def get(self, path: str, cookie: str | None = None) -> Page:
        """A browser's GET of one of the bot's pages (no redirects followed)."""
        request = urllib.request.Request(self.url + path,
                                         headers={"Cookie": cookie} if cookie else {})
        try:
            with urllib.request.urlopen(request, timeout=10) as reply:
                return Page(reply.status, reply.read().decode(), dict(reply.headers))
        except urllib.error.HTTPError as error:
            return Page(error.code, error.read().decode(), dict(error.headers))

    def install(self, team_id: str, user_id: str = "UINSTALLER") -> Page:
        """An admin of `team_id` installs the app the way Slack's OAuth flow goes: opens
        /slack/install (the "Add to Slack" page sets the state cookie), clicks the button,
        allows on Slack's page (the twin), and comes back to /slack/oauth_redirect with the
        code and the state. Returns that last page."""
        page = self.get(INSTALL_PATH)
        found = re.search(r'<a href="([^"]+)"', page.body)
        if page.status != 200 or found is None:
            raise AssertionError(f"no Add to Slack link: {page.status} {page.body[:200]}")
        cookie = page.headers.get("Set-Cookie", "").split(";", 1)[0]
        back = self.twin.authorize(html.unescape(found.group(1)), team_id, user_id)
        return self.get(back.removeprefix(self.url), cookie=cookie)

    @property
    def url(self) -> str:
        assert self._socket is not None, "the stack is not started"
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._thread.join(5)
        if self.bot is not None:
            self.bot.close()
        self.twin.stop()

    def __enter__(self) -> "LocalStack":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
