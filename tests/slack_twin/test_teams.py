"""The twin's workspaces: a token per team, auth.test per token, other teams' people and
channels out of sight, OAuth codes and refresh tokens, and dead tokens after an uninstall."""

import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from slack_twin import SlackTwin


@pytest.fixture
def twin() -> Iterator[SlackTwin]:
    with SlackTwin(bot_token="xoxb-twin", team_id="T0TWIN") as running:
        running.add_user("U1", "ann")
        running.add_channel("C1", "leernet-gent", members=["U1"])
        yield running


def _client(twin: SlackTwin, token: str | None = None) -> WebClient:
    return WebClient(base_url=twin.api_url, token=token)


def _error(call) -> str:
    with pytest.raises(SlackApiError) as refused:
        call()
    return str(refused.value.response["error"])


def test_each_token_answers_for_its_own_team_and_sees_only_its_people_and_channels(twin):
    token = twin.add_team("T0OOST", "oost")
    assert token and twin.team_of(token) == "T0OOST" and twin.tokens("T0OOST") == [token]
    twin.add_user("U9", "olga", team_id="T0OOST")
    twin.add_channel("C9", "leernet-oost", members=["U9"], team_id="T0OOST")
    oost, gent = _client(twin, token), _client(twin, "xoxb-twin")

    me = oost.auth_test()
    assert (me["team_id"], me["user_id"]) == ("T0OOST", twin.bot_user_of("T0OOST"))
    assert gent.auth_test()["team_id"] == "T0TWIN"
    assert oost.chat_postMessage(channel="C9", text="hoi")["message"]["team"] == "T0OOST"
    assert _error(lambda: oost.chat_postMessage(channel="C1", text="x")) == "channel_not_found"
    assert _error(lambda: gent.users_info(user="U9")) == "user_not_found"
    assert _error(lambda: gent.conversations_open(users="U9")) == "user_not_found"
    assert oost.users_info(user="U9")["user"]["team_id"] == "T0OOST"
    calls = twin.calls_to("chat.postMessage")
    assert [(c.token, c.team_id) for c in calls] == [(token, "T0OOST"), (token, "T0OOST")]


def test_oauth_codes_and_refresh_tokens_give_the_teams_token_once(twin):
    twin.add_team("T0OOST", install=False)
    twin.redirect_uri = "https://bot.example/slack/oauth_redirect"
    app = _client(twin)
    url = f"{twin.authorize_url}?state=s1&client_id={twin.client_id}&scope=chat:write"
    back = parse_qs(urlsplit(twin.authorize(url, "T0OOST", "UADMIN")).query)
    assert back["state"] == ["s1"]
    code = back["code"][0]

    twin.token_rotation = True
    granted = app.oauth_v2_access(client_id=twin.client_id, client_secret=twin.client_secret,
                                  code=code)
    assert granted["team"]["id"] == "T0OOST" and granted["authed_user"]["id"] == "UADMIN"
    assert granted["scope"] == "chat:write" and granted["expires_in"] == 12 * 60 * 60
    assert _error(lambda: app.oauth_v2_access(client_id=twin.client_id,
                                              client_secret=twin.client_secret,
                                              code=code)) == "invalid_code"
    assert _error(lambda: app.oauth_v2_access(client_id=twin.client_id, client_secret="nope",
                                              code=code)) == "bad_client_secret"

    twin.advance_clock(12 * 60 * 60)
    old = _client(twin, granted["access_token"])
    assert _error(old.auth_test) == "token_expired"
    fresh = app.oauth_v2_access(client_id=twin.client_id, client_secret=twin.client_secret,
                                grant_type="refresh_token",
                                refresh_token=granted["refresh_token"])
    assert _client(twin, fresh["access_token"]).auth_test()["team_id"] == "T0OOST"


def test_the_authorize_page_redirects_with_a_code_and_cancel_with_an_error(twin):
    twin.redirect_uri = "https://bot.example/slack/oauth_redirect"

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    url = f"{twin.authorize_url}?state=s2&client_id={twin.client_id}&scope=&team=T0TWIN"
    with pytest.raises(urllib.error.HTTPError) as moved:
        opener.open(url)
    assert moved.value.code == 302
    location = moved.value.headers["Location"]
    assert location.startswith(twin.redirect_uri) and "code=T0TWIN." in location
    denied = twin.authorize(url, allow=False)
    assert parse_qs(urlsplit(denied).query) == {"error": ["access_denied"], "state": ["s2"]}


def test_after_an_uninstall_the_teams_tokens_are_inactive_and_a_revoked_one_too(twin):
    token = twin.add_team("T0OOST")
    twin.uninstall("T0OOST")
    assert _error(_client(twin, token).auth_test) == "account_inactive"
    assert twin.tokens("T0OOST") == []
    again = twin.install("T0OOST")
    assert _client(twin, again).auth_test()["team_id"] == "T0OOST"
    twin.revoke(again)
    assert _error(_client(twin, again).auth_test) == "token_revoked"
    assert _client(twin, "xoxb-twin").auth_test()["team_id"] == "T0TWIN"  # others unaffected


def test_each_workspaces_bot_has_its_own_dm_with_a_person_and_edits_only_its_own_messages(
        twin):
    token = twin.add_team("T0OOST", "oost")
    twin.add_user("U9", "carla", team_id="T0OOST")
    twin.add_channel("C1", "leernet-gent", members=["U1", "U9"], shared_team_ids=["T0OOST"])
    oost, gent = _client(twin, token), _client(twin, "xoxb-twin")

    own = oost.conversations_open(users="U9")["channel"]["id"]  # her own workspace's bot
    connect = gent.conversations_open(users="U9")["channel"]["id"]  # a Slack Connect DM
    assert own != connect
    assert (twin.dm_channel("U9", "T0OOST"), twin.dm_channel("U9", "T0TWIN")) == (own, connect)
    assert (twin.channel_team(own), twin.channel_team(connect)) == ("T0OOST", "T0TWIN")
    assert _error(lambda: gent.conversations_history(channel=own)) == "channel_not_found"

    posted = gent.chat_postMessage(channel="C1", text="stemming")["ts"]
    assert _error(lambda: oost.chat_update(channel="C1", ts=posted, text="x")) == (
        "cant_update_message")
    assert gent.chat_update(channel="C1", ts=posted, text="stemming (1)")["ok"]
