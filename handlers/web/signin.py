""""Sign in with Slack" (OpenID Connect) through slack_sdk: Slack's sign-in page, then the
code exchanged for a token (openid.connect.token) and the person read from
openid.connect.userInfo (their user and workspace ids, their Slack locale).

The state is issued and consumed by slack_sdk's SQLAlchemy state store (the table the install
flow uses) and also kept in a signed cookie, so a sign-in only finishes in the browser that
started it. The person is read from userInfo, a direct HTTPS call to Slack with the token just
obtained, so the id_token's signature needs no checking here."""

import logging
import secrets
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth import OpenIDConnectAuthorizeUrlGenerator
from slack_sdk.oauth.state_store import OAuthStateStore

from bot.config import Settings
from handlers.web.paths import CALLBACK_PATH
from handlers.web.session import SignInState

log = logging.getLogger(__name__)

SCOPES = ("openid", "profile")


@dataclass(frozen=True)
class Person:
    team_id: str
    user_id: str
    locale: str | None


class SignIn:
    def __init__(self, settings: Settings, states: OAuthStateStore) -> None:
        self.settings = settings
        self.states = states

    @property
    def redirect_uri(self) -> str:
        return f"{self.settings.public_url}{CALLBACK_PATH}"

    def start(self, back: str) -> tuple[str, SignInState]:
        """Slack's sign-in page to send the browser to, and what the browser keeps."""
        state = SignInState(self.states.issue(), secrets.token_urlsafe(16), back)
        url = OpenIDConnectAuthorizeUrlGenerator(
            client_id=self.settings.signin_client_id or "", redirect_uri=self.redirect_uri,
            scopes=list(SCOPES), authorization_url=self.settings.signin_authorize_url,
        ).generate(state=state.state, nonce=state.nonce)
        return url, state

    def finish(self, kept: SignInState | None, state: str, code: str) -> Person | None:
        """The person Slack signed in, or None (a state that is not this browser's, used or
        expired; a code Slack refuses)."""
        if kept is None or not secrets.compare_digest(kept.state, state) or not code:
            return None
        if not self.states.consume(state):
            return None
        client = WebClient(base_url=self.settings.slack_api_url, timeout=10)
        try:
            token = client.openid_connect_token(
                client_id=self.settings.signin_client_id or "",
                client_secret=self.settings.signin_client_secret or "",
                code=code, redirect_uri=self.redirect_uri)
            info = WebClient(base_url=self.settings.slack_api_url, timeout=10,
                             token=str(token["access_token"])).openid_connect_userInfo()
        except (SlackApiError, OSError, KeyError) as exc:
            log.warning("a sign-in with Slack failed: %s", exc)
            return None
        team_id, user_id = info.get("https://slack.com/team_id"), info.get(
            "https://slack.com/user_id")
        if not (isinstance(team_id, str) and team_id and isinstance(user_id, str) and user_id):
            return None
        locale = info.get("locale")
        return Person(team_id, user_id, locale if isinstance(locale, str) else None)
