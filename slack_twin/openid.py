""""Sign in with Slack" (OpenID Connect) as Slack has it: the sign-in page
(/openid/connect/authorize) sends the browser back with a code, `openid.connect.token`
exchanges it (once, within ten minutes, for the same redirect_uri, with the app's
credentials) for a user token and an id_token, and `openid.connect.userInfo` answers for that
token with the person's `https://slack.com/user_id` and `https://slack.com/team_id`."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

if TYPE_CHECKING:
    from .server import SlackTwin

AUTHORIZE_PATH = "/openid/connect/authorize"
CODE_TTL = 10 * 60
TOKEN_METHOD, USERINFO_METHOD = "openid.connect.token", "openid.connect.userInfo"


class OpenIDError(Exception):
    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


@dataclass
class _Code:
    team_id: str
    user_id: str
    redirect_uri: str
    nonce: str | None
    created: float
    used: bool = False


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class OpenIDConnect:
    def __init__(self, twin: SlackTwin) -> None:
        self.twin = twin
        # The redirect URLs of the app's settings (empty: any); Slack refuses others.
        self.redirect_urls: list[str] = []
        # Who is signed in to Slack in "the browser": the sign-in page allows them at once.
        self.browser_user: tuple[str, str] | None = None
        self._codes: dict[str, _Code] = {}
        self._tokens: dict[str, tuple[str, str]] = {}  # user token -> (team, user)

    def sign_in_browser(self, user_id: str, team_id: str | None = None) -> None:
        self.browser_user = (team_id or self.twin.user_team(user_id), user_id)

    def authorize(self, url: str, user_id: str | None = None, team_id: str | None = None,
                  *, allow: bool = True) -> str:
        """The person opens Slack's sign-in page and allows (or cancels): the redirect URL
        with a code (or error=access_denied) and the state."""
        query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        if query.get("client_id") != self.twin.client_id:
            raise AssertionError(f"Slack shows an error page: unknown client_id in {url}")
        if query.get("response_type") != "code" or "openid" not in query.get(
                "scope", "").split(","):
            raise AssertionError(f"Slack shows an error page: not an OpenID request: {url}")
        redirect = query.get("redirect_uri", "")
        if not redirect or (self.redirect_urls and redirect not in self.redirect_urls):
            raise AssertionError(f"Slack shows an error page: bad redirect_uri {redirect!r}")
        if user_id is None:
            if self.browser_user is None:
                raise AssertionError("nobody is signed in to Slack (twin.openid."
                                     "sign_in_browser)")
            team_id, user_id = self.browser_user
        team = team_id or self.twin.user_team(user_id)
        back: dict[str, str] = {}
        if allow:
            code = f"oidc.{team}.{secrets.token_hex(12)}"
            self._codes[code] = _Code(team, user_id, redirect, query.get("nonce"),
                                      self.twin._now())
            back["code"] = code
        else:
            back["error"] = "access_denied"
        back["state"] = query.get("state", "")
        return f"{redirect}{'&' if '?' in redirect else '?'}{urlencode(back)}"

    def token(self, args: dict[str, Any], auth: str) -> dict[str, Any]:
        client_id, secret = args.get("client_id"), args.get("client_secret")
        if auth.startswith("Basic "):
            try:
                client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
            except ValueError as exc:
                raise OpenIDError("invalid_client_id") from exc
        if client_id != self.twin.client_id:
            raise OpenIDError("invalid_client_id")
        if secret != self.twin.client_secret:
            raise OpenIDError("bad_client_secret")
        code = self._codes.get(str(args.get("code") or ""))
        if code is None or code.used or self.twin._now() - code.created > CODE_TTL:
            raise OpenIDError("invalid_code")
        if args.get("redirect_uri") != code.redirect_uri:
            raise OpenIDError("bad_redirect_uri")
        code.used = True
        token = f"xoxp-{code.team_id}-{secrets.token_hex(8)}"
        self._tokens[token] = (code.team_id, code.user_id)
        return {"access_token": token, "token_type": "Bearer",
                "id_token": self._id_token(code, str(client_id))}

    def _id_token(self, code: _Code, client_id: str) -> str:
        claims: dict[str, Any] = {
            "iss": "https://slack.com", "sub": code.user_id, "aud": client_id,
            "https://slack.com/user_id": code.user_id,
            "https://slack.com/team_id": code.team_id}
        if code.nonce:
            claims["nonce"] = code.nonce
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = _b64(json.dumps(claims).encode())
        signature = hmac.new(self.twin.client_secret.encode(), f"{head}.{body}".encode(),
                             hashlib.sha256).digest()
        return f"{head}.{body}.{_b64(signature)}"

    def user_info(self, token: str) -> dict[str, Any]:
        if not token:
            raise OpenIDError("not_authed")
        found = self._tokens.get(token)
        if found is None:
            raise OpenIDError("invalid_auth")
        team_id, user_id = found
        user = self.twin._users.get(user_id)
        answer: dict[str, Any] = {
            "sub": user_id, "https://slack.com/user_id": user_id,
            "https://slack.com/team_id": team_id,
            "https://slack.com/team_domain": self.twin.team_domain_of(team_id)}
        if user is not None:
            answer.update(name=user.real_name or user.name, locale=user.locale)
        return answer
