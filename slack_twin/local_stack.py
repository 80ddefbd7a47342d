"""The real bot on a real HTTP port, wired to the local Slack twin: for tests and the demo."""

import threading
from dataclasses import replace
from datetime import timedelta

from bot.app import Leernet, create_app
from bot.config import Settings
from bot.web import EVENTS_PATH, HttpServer
from slack_twin import SlackDriver, SlackTwin
from storage.migrate import upgrade

TEAM_ID = "T0TWIN"
BOT_TOKEN = "xoxb-twin"
SIGNING_SECRET = "twin-signing-secret"


class LocalStack:
    """Twin + bot + driver. Use as a context manager; everything stops on exit."""

    def __init__(self, database_url: str, *, reminder_offsets: tuple[timedelta, ...] = (
            timedelta(days=7), timedelta(days=1)), sweep_interval: timedelta = timedelta(
            seconds=30), timezone: str = "Europe/Brussels", language: str = "nl",
                 migrate: bool = True) -> None:
        self.twin = SlackTwin(bot_token=BOT_TOKEN, team_id=TEAM_ID, port=0)
        self._database_url = database_url
        self._overrides = dict(reminder_offsets=reminder_offsets, sweep_interval=sweep_interval,
                               timezone=timezone, language=language)
        self._migrate = migrate
        self.bot: Leernet | None = None
        self.driver: SlackDriver | None = None
        self._server = None
        self._thread: threading.Thread | None = None

    @property
    def settings(self) -> Settings:
        return replace(Settings(), bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                       slack_api_url=self.twin.api_url, database_url=self._database_url,
                       port=0, **self._overrides)

    def start(self) -> "LocalStack":
        self.twin.start()
        if self._migrate:
            upgrade(self._database_url)
        self.bot = create_app(self.settings)
        self._server = HttpServer(self.bot, host="127.0.0.1", port=0)
        self._thread = threading.Thread(target=self._server.serve, name="leernet-http",
                                        daemon=True)
        self._thread.start()
        self.bot.start_scheduler()
        self.driver = self.driver_for()
        return self

    def driver_for(self, team_id: str | None = None) -> SlackDriver:
        """A driver into this bot; with `team_id`, one that signs every payload as coming
        from that workspace (a forged or foreign request)."""
        return SlackDriver(app_url=self.url + EVENTS_PATH, signing_secret=SIGNING_SECRET,
                           twin=self.twin, team_id=team_id)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.port}"

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
