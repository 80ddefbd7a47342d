"""The web page's cookies: a sign-in (who, their language, a CSRF token) and the state of a
sign-in under way, each signed with itsdangerous and refused once expired or changed.

The key is derived from SLACK_SIGNING_SECRET (serving needs it anyway): changing that secret
signs everyone out."""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from http.cookies import CookieError, SimpleCookie
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

from bot.catalog import Lang

SESSION_COOKIE = "leernet_session"
SIGNIN_COOKIE = "leernet_signin"
SIGNIN_SECONDS = 600  # a sign-in started must come back from Slack within this
MAX_COOKIE_HEADER = 8192


@dataclass(frozen=True)
class SignedIn:
    team_id: str
    user_id: str
    lang: Lang  # from their Slack locale, for when Leernet knows no language of theirs
    csrf: str  # the token every form of this sign-in carries


@dataclass(frozen=True)
class SignInState:
    """A sign-in under way: the state Slack sends back, the nonce, the page to return to."""

    state: str
    nonce: str
    back: str


class Cookies:
    def __init__(self, signing_secret: str, lifetime: timedelta, secure: bool) -> None:
        key = hmac.new(signing_secret.encode(), b"leernet web cookies", hashlib.sha256)
        self._signer = URLSafeTimedSerializer(key.hexdigest(), salt="leernet-web")
        self.lifetime = lifetime
        self.secure = secure

    # --- reading ---------------------------------------------------------------------------

    @staticmethod
    def _raw(environ: dict, name: str) -> str | None:
        header = environ.get("HTTP_COOKIE", "")
        if not header or len(header) > MAX_COOKIE_HEADER:
            return None
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(header)
        except CookieError:
            return None
        morsel = jar.get(name)
        return morsel.value if morsel is not None else None

    def _load(self, environ: dict, name: str, max_age: int) -> Any:
        raw = self._raw(environ, name)
        if raw is None:
            return None
        try:
            return self._signer.loads(raw, max_age=max_age, salt=name)
        except (BadSignature, ValueError, UnicodeError):  # changed, expired, or not ours
            return None

    def signed_in(self, environ: dict) -> SignedIn | None:
        data = self._load(environ, SESSION_COOKIE, int(self.lifetime.total_seconds()))
        if not (isinstance(data, list) and len(data) == 4
                and all(isinstance(v, str) for v in data) and data[2] in ("nl", "en")):
            return None
        return SignedIn(data[0], data[1], data[2], data[3])

    def signin_state(self, environ: dict) -> SignInState | None:
        data = self._load(environ, SIGNIN_COOKIE, SIGNIN_SECONDS)
        if not (isinstance(data, list) and len(data) == 3
                and all(isinstance(v, str) for v in data)):
            return None
        return SignInState(*data)

    # --- writing (Set-Cookie header values) --------------------------------------------------

    def _header(self, name: str, value: str, max_age: int) -> str:
        parts = [f"{name}={value}", "Path=/", f"Max-Age={max_age}", "HttpOnly",
                 "SameSite=Lax"]
        if self.secure:
            parts.append("Secure")
        return "; ".join(parts)

    def sign_in(self, team_id: str, user_id: str, lang: Lang) -> str:
        value = self._signer.dumps([team_id, user_id, lang, secrets.token_urlsafe(24)],
                                   salt=SESSION_COOKIE)
        return self._header(SESSION_COOKIE, value, int(self.lifetime.total_seconds()))

    def sign_out(self) -> str:
        return self._header(SESSION_COOKIE, "", 0)

    def start_signin(self, state: SignInState) -> str:
        value = self._signer.dumps([state.state, state.nonce, state.back], salt=SIGNIN_COOKIE)
        return self._header(SIGNIN_COOKIE, value, SIGNIN_SECONDS)

    def end_signin(self) -> str:
        return self._header(SIGNIN_COOKIE, "", 0)


def same_token(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())
