"""Settings from the environment (and a .env file), validated once at start."""

import ipaddress
import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import load_dotenv

from bot.durations import parse_duration, parse_durations

SLACK_API_DEFAULT = "https://slack.com/api/"
SLACK_AUTHORIZE_DEFAULT = "https://slack.com/oauth/v2/authorize"
SLACK_SIGNIN_DEFAULT = "https://slack.com/openid/connect/authorize"


class ConfigError(Exception):
    """A variable is missing or has a value we cannot use; the message names it."""


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None
    signing_secret: str | None = None
    app_token: str | None = None
    slack_api_url: str = SLACK_API_DEFAULT
    # Distributed mode (OAuth, any number of workspaces): the app's credentials instead of one
    # bot token; installations and their tokens live in the database.
    client_id: str | None = None
    client_secret: str | None = None
    # The redirect URL Slack sends installers back to; unset: the one in the app's settings.
    redirect_uri: str | None = None
    # Slack's page where an admin allows the install (a test points it at the twin).
    authorize_url: str = SLACK_AUTHORIZE_DEFAULT
    # With token rotation on (the app's token_rotation_enabled), a bot token is refreshed
    # this long before it expires.
    token_refresh_before: timedelta = timedelta(hours=2)
    database_url: str = field(default_factory=lambda: default_database_url())
    timezone: str = "Europe/Brussels"
    # The language new networks start in ("nl" or "en"), and everyone's last resort.
    language: str = "nl"
    reminder_offsets: tuple[timedelta, ...] = (timedelta(days=7), timedelta(days=1))
    evaluation_delay: timedelta = timedelta(hours=1)
    # How long after the kickoff questionnaire goes out its one reminder follows.
    kickoff_reminder_delay: timedelta = timedelta(days=3)
    # After the evaluation poll went out: one reminder, then it closes.
    evaluation_reminder_after: timedelta = timedelta(days=3)
    evaluation_open: timedelta = timedelta(days=7)
    # How long the final evaluation of a closing network takes answers (`/leernet afsluiten`).
    final_evaluation_open: timedelta = timedelta(days=14)
    # Fewer answers than this are never shown: in a group of 12 they would single people out.
    evaluation_min_answers: int = 3
    # After a session ends: remind facilitators of a missing report; ask how applying went.
    report_reminder_after: timedelta = timedelta(days=3)
    apply_followup_after: timedelta = timedelta(days=28)
    # Before an action item's due date its owner is reminded.
    action_reminder_before: timedelta = timedelta(days=1)
    # A network inactive this long has its personal data erased (about 24 months).
    retention: timedelta = timedelta(days=730)
    # Where people reach this bot from outside (https://leernet.example.org): the web page's
    # links in Slack and the "Sign in with Slack" redirect; unset: no links, no sign-in.
    public_url: str | None = None
    # "Sign in with Slack" (OpenID Connect) for the web page: the app's credentials; in
    # distributed mode SLACK_CLIENT_ID and SLACK_CLIENT_SECRET serve unless these are set.
    signin_client_id: str | None = None
    signin_client_secret: str | None = None
    # Slack's OpenID Connect sign-in page (a test points it at the twin).
    signin_authorize_url: str = SLACK_SIGNIN_DEFAULT
    # How long a web page sign-in lasts.
    web_session: timedelta = timedelta(hours=12)
    port: int = 3000
    # The address `leernet serve` listens on: all interfaces by default, 127.0.0.1 behind a
    # proxy on the same host.
    bind: str = "0.0.0.0"
    # "text" (readable lines) or "json" (one object per line, for a log collector).
    log_format: str = "text"
    # How often the scheduler sweeps the database for anything it missed.
    sweep_interval: timedelta = timedelta(seconds=30)

    @property
    def distributed(self) -> bool:
        """Installed by OAuth in any number of workspaces (SLACK_CLIENT_ID is set), rather
        than in one workspace with one bot token."""
        return self.client_id is not None

    def require_slack(self) -> None:
        """What serving needs in the chosen mode: one bot token, or the app's credentials."""
        if self.distributed and self.bot_token:
            raise ConfigError("SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: set the bot "
                              "token for one workspace, or the client id and secret to "
                              "install by OAuth, not both")
        if self.distributed:
            self.require("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET")
        else:
            self.require("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")

    @property
    def signin(self) -> bool:
        """Whether the web page offers "Sign in with Slack": credentials and a public URL."""
        return bool(self.signin_client_id and self.signin_client_secret and self.public_url)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def require(self, *names: str) -> None:
        """Raise ConfigError naming the first required variable that is empty."""
        for name in names:
            if not getattr(self, _ATTRIBUTES[name]):
                raise ConfigError(f"{name} is not set: add it to the environment or to .env")


_ATTRIBUTES = {
    "SLACK_BOT_TOKEN": "bot_token",
    "SLACK_SIGNING_SECRET": "signing_secret",
    "SLACK_APP_TOKEN": "app_token",
    "SLACK_CLIENT_ID": "client_id",
    "SLACK_CLIENT_SECRET": "client_secret",
}


# Settings that are one duration each (units s, m, h, d), by the variable that sets them.
DURATION_VARIABLES = {
    "evaluation_delay": "LEERNET_EVALUATION_DELAY",
    "kickoff_reminder_delay": "LEERNET_KICKOFF_REMINDER_DELAY",
    "evaluation_reminder_after": "LEERNET_EVALUATION_REMINDER",
    "evaluation_open": "LEERNET_EVALUATION_OPEN",
    "final_evaluation_open": "LEERNET_FINAL_EVALUATION_OPEN",
    "report_reminder_after": "LEERNET_REPORT_REMINDER",
    "apply_followup_after": "LEERNET_APPLY_FOLLOWUP",
    "action_reminder_before": "LEERNET_ACTION_REMINDER",
    "retention": "LEERNET_RETENTION",
    "sweep_interval": "LEERNET_SWEEP_INTERVAL",
    "token_refresh_before": "LEERNET_TOKEN_REFRESH_BEFORE",
    "web_session": "LEERNET_WEB_SESSION",
}


def default_database_url() -> str:
    return f"sqlite:///{Path.cwd() / 'leernet.db'}"


def load_settings(env: dict[str, str] | None = None, *, dotenv: bool = True) -> Settings:
    """Read settings from `env` (default: os.environ after loading .env)."""
    if env is None:
        if dotenv:
            load_dotenv(Path.cwd() / ".env", override=False)
        env = dict(os.environ)

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    def parsed(name: str, default, parse):
        raw = get(name)
        if raw is None:
            return default
        try:
            return parse(raw)
        except ValueError as exc:
            raise ConfigError(f"{name}={raw!r} is not valid: {exc}") from None

    defaults = Settings()
    return Settings(
        bot_token=get("SLACK_BOT_TOKEN"),
        signing_secret=get("SLACK_SIGNING_SECRET"),
        app_token=get("SLACK_APP_TOKEN"),
        slack_api_url=parsed("SLACK_API_URL", defaults.slack_api_url, _api_url),
        client_id=get("SLACK_CLIENT_ID"),
        client_secret=get("SLACK_CLIENT_SECRET"),
        redirect_uri=parsed("SLACK_REDIRECT_URI", None, _https_url),
        authorize_url=parsed("SLACK_AUTHORIZE_URL", defaults.authorize_url, _https_url),
        public_url=parsed("LEERNET_PUBLIC_URL", None, _public_url),
        signin_client_id=get("SLACK_SIGNIN_CLIENT_ID") or get("SLACK_CLIENT_ID"),
        signin_client_secret=get("SLACK_SIGNIN_CLIENT_SECRET") or get("SLACK_CLIENT_SECRET"),
        signin_authorize_url=parsed("SLACK_SIGNIN_AUTHORIZE_URL",
                                    defaults.signin_authorize_url, _https_url),
        database_url=get("DATABASE_URL") or defaults.database_url,
        timezone=parsed("LEERNET_TIMEZONE", defaults.timezone, _timezone),
        language=parsed("LEERNET_LANGUAGE", defaults.language, _language),
        reminder_offsets=parsed(
            "LEERNET_REMINDER_OFFSETS", defaults.reminder_offsets, parse_durations
        ),
        **{attribute: parsed(name, getattr(defaults, attribute), parse_duration)
           for attribute, name in DURATION_VARIABLES.items()},
        evaluation_min_answers=parsed("LEERNET_EVALUATION_MIN_ANSWERS",
                                      defaults.evaluation_min_answers, _min_answers),
        port=parsed("PORT", defaults.port, _port),
        bind=parsed("LEERNET_BIND", defaults.bind, _bind),
        log_format=parsed("LEERNET_LOG_FORMAT", defaults.log_format, _log_format),
    )


def _api_url(raw: str) -> str:
    if not raw.startswith(("http://", "https://")):
        raise ValueError("expected an http(s) URL such as https://slack.com/api/")
    return raw if raw.endswith("/") else raw + "/"


def _https_url(raw: str) -> str:
    if not raw.startswith(("http://", "https://")):
        raise ValueError("expected an http(s) URL such as https://leernet.example.org/slack/"
                         "oauth_redirect")
    return raw


def _public_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or (
            parts.fragment):
        raise ValueError("expected the address people reach the bot at, such as "
                         "https://leernet.example.org")
    return raw.rstrip("/")


def _timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("expected an IANA time zone such as Europe/Brussels") from None
    return raw


def _language(raw: str) -> str:
    if raw.lower() not in ("nl", "en"):
        raise ValueError("expected nl or en")
    return raw.lower()


def _min_answers(raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError("expected a whole number of at least 1")
    return int(raw)


def _port(raw: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ValueError("expected a port number between 1 and 65535")
    return int(raw)


# A host name as RFC 1123 allows it: dot-separated labels of letters, digits and inner hyphens.
_HOST_NAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*")


def _bind(raw: str) -> str:
    address = raw[1:-1] if raw.startswith("[") and raw.endswith("]") else raw
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        pass
    if ":" in raw:
        raise ValueError("expected an address without a port (the port is PORT), "
                         "such as 0.0.0.0, 127.0.0.1 or ::")
    if not (len(raw) <= 253 and _HOST_NAME.fullmatch(raw)):
        raise ValueError("expected an IP address or host name such as 0.0.0.0 or 127.0.0.1")
    return raw


def _log_format(raw: str) -> str:
    if raw.lower() not in ("text", "json"):
        raise ValueError("expected text or json")
    return raw.lower()
