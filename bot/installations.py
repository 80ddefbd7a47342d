"""Distributed mode: Bolt's OAuth flow (`GET /slack/install`, `GET /slack/oauth_redirect`)
with slack_sdk's SQLAlchemy installation and state stores, on our database and on the tables
our migrations create (storage.models.SLACK_*).

The stores are slack_sdk's own: they run their queries themselves (the one exception to "every
query in storage/"), on tables whose definition storage.models holds to theirs.
"""

import logging
from collections.abc import Callable

from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

from bot.config import Settings
from storage.models import SLACK_BOTS, SLACK_INSTALLATIONS, SLACK_OAUTH_STATES

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
# The bot scopes an install asks for: exactly manifest.yml's (tests/test_manifest.py), which
# are exactly what the code calls (README, "Slack admins", says why each is needed).
BOT_SCOPES = (
    "channels:manage", "channels:read", "chat:write", "commands", "files:read", "files:write",
    "groups:read", "groups:write", "im:history", "im:write", "mpim:history", "mpim:write",
    "pins:write", "users:read",
)
# How long an install started at /slack/install may take to come back (Bolt's default).
STATE_SECONDS = 600

# Told (enterprise_id, team_id) once an installation is stored.
Installed = Callable[[str | None, str | None], None]


class InstallationStore(SQLAlchemyInstallationStore):
    """slack_sdk's store on our tables (the same definition, one object)."""

    def __init__(self, client_id: str, engine: Engine) -> None:
        super().__init__(client_id=client_id, engine=engine)
        self.installations, self.bots = SLACK_INSTALLATIONS, SLACK_BOTS


class StateStore(SQLAlchemyOAuthStateStore):
    """slack_sdk's OAuth state store on our table."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(expiration_seconds=STATE_SECONDS, engine=engine)
        self.oauth_states = SLACK_OAUTH_STATES


def oauth_settings(settings: Settings, installations: InstallationStore, engine: Engine,
                   on_installed: Installed) -> OAuthSettings:
    """Bolt's OAuth flow: the "Add to Slack" page, the state cookie and store, the code
    exchange (oauth.v2.access) and the installation saved; then `on_installed`."""

    def success(args: SuccessArgs) -> BoltResponse:
        installation = args.installation
        log.info("installed in workspace %s (%s)", installation.team_id, installation.team_name)
        try:
            on_installed(installation.enterprise_id, installation.team_id)
        except Exception:  # noqa: BLE001 - the install is stored; they stay paused (logged)
            log.exception("could not resume the deliveries of %s", installation.team_id)
        return args.default.success(args)

    def failure(args: FailureArgs) -> BoltResponse:
        log.warning("an install failed: %s", args.reason)
        return args.default.failure(args)

    return OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=list(BOT_SCOPES),
        redirect_uri=settings.redirect_uri,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        authorization_url=settings.authorize_url,
        installation_store=installations,
        state_store=StateStore(engine),
        state_expiration_seconds=STATE_SECONDS,
        token_rotation_expiration_minutes=int(
            settings.token_refresh_before.total_seconds() // 60),
        callback_options=CallbackOptions(success=success, failure=failure),
    )
