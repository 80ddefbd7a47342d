""""Sign in with Slack" on the twin, as Slack has it: the sign-in page sends the browser back
with a code and the state, `openid.connect.token` exchanges a code once (the app's
credentials, the same redirect_uri, within ten minutes), and `openid.connect.userInfo` names
the person and their workspace for that token only."""

import base64
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth import OpenIDConnectAuthorizeUrlGenerator

from slack_twin import SlackTwin

REDIRECT = "https://bot.example/kennis/aanmelden/terug"


@pytest.fixture
def twin() -> Iterator[SlackTwin]:
    with SlackTwin(bot_token="xoxb-twin", team_id="T0TWIN") as running:
        running.add_user("U1", "ann", real_name="Ann Anderson", locale="en-US")
        running.openid.redirect_urls = [REDIRECT]
        yield running


def _page(twin: SlackTwin, state: str = "s1", redirect: str = REDIRECT) -> str:
    return OpenIDConnectAuthorizeUrlGenerator(
        client_id=twin.client_id, redirect_uri=redirect, scopes=["openid", "profile"],
        authorization_url=twin.openid_authorize_url).generate(state=state, nonce="n1")


def _error(call) -> str:
    with pytest.raises(SlackApiError) as refused:
        call()
    return str(refused.value.response["error"])


def _exchange(twin: SlackTwin, code: str, secret: str | None = None,
              redirect: str = REDIRECT):
    return WebClient(base_url=twin.api_url).openid_connect_token(
        client_id=twin.client_id, client_secret=secret or twin.client_secret, code=code,
        redirect_uri=redirect)


def test_a_code_gives_a_token_once_and_user_info_names_the_person_and_workspace(twin):
    back = parse_qs(urlsplit(twin.openid.authorize(_page(twin), "U1")).query)
    assert back["state"] == ["s1"]
    code = back["code"][0]
    assert _error(lambda: _exchange(twin, code, secret="nope")) == "bad_client_secret"
    assert _error(lambda: _exchange(twin, code, redirect=REDIRECT + "x")) == "bad_redirect_uri"
    granted = _exchange(twin, code)
    assert granted["token_type"] == "Bearer"
    claims = json.loads(base64.urlsafe_b64decode(granted["id_token"].split(".")[1] + "=="))
    assert (claims["sub"], claims["nonce"], claims["https://slack.com/team_id"]) == (
        "U1", "n1", "T0TWIN")
    assert _error(lambda: _exchange(twin, code)) == "invalid_code"  # used
    assert _error(lambda: _exchange(twin, "nonsense")) == "invalid_code"
    info = WebClient(base_url=twin.api_url,
                     token=granted["access_token"]).openid_connect_userInfo()
    assert (info["https://slack.com/user_id"], info["https://slack.com/team_id"],
            info["locale"]) == ("U1", "T0TWIN", "en-US")
    assert _error(WebClient(base_url=twin.api_url, token="xoxp-forged").openid_connect_userInfo
                  ) == "invalid_auth"
    assert _error(WebClient(base_url=twin.api_url).openid_connect_userInfo) == "not_authed"


def test_a_code_expires_after_ten_minutes(twin):
    code = parse_qs(urlsplit(twin.openid.authorize(_page(twin), "U1")).query)["code"][0]
    twin.advance_clock(10 * 60 + 1)
    assert _error(lambda: _exchange(twin, code)) == "invalid_code"


def test_the_sign_in_page_refuses_an_unknown_redirect_and_cancelling_sends_an_error(twin):
    with pytest.raises(AssertionError, match="redirect_uri"):
        twin.openid.authorize(_page(twin, redirect="https://evil.example/"), "U1")
    back = parse_qs(urlsplit(twin.openid.authorize(_page(twin), "U1", allow=False)).query)
    assert back == {"error": ["access_denied"], "state": ["s1"]}


def test_the_page_over_http_signs_in_whoever_is_signed_in_to_slack(twin):
    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(Stay)
    with pytest.raises(urllib.error.HTTPError) as nobody:
        opener.open(_page(twin))
    assert nobody.value.code == 400
    twin.openid.sign_in_browser("U1")
    with pytest.raises(urllib.error.HTTPError) as sent:
        opener.open(_page(twin, state="s2"))
    assert sent.value.code == 302
    location = sent.value.headers["Location"]
    assert location.startswith(REDIRECT + "?code=") and location.endswith("state=s2")
