"""The Slack twin answers like Slack, and the driver signs and shapes requests like Slack."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from slack_twin import SlackDriver, SlackTwin, render_blocks, render_view, validate_blocks
from slack_twin.blockkit import validate_view

SECRET = "twin-signing-secret"


def section(text: str, block_id: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    if block_id:
        block["block_id"] = block_id
    return block


def plain(text: str) -> dict[str, str]:
    return {"type": "plain_text", "text": text}


def modal(blocks: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": "new_network",
        "title": plain("Nieuw leernetwerk"),
        "submit": plain("Opslaan"),
        "blocks": blocks or [section("Vul in")],
        **extra,
    }


@pytest.fixture
def twin() -> Iterator[SlackTwin]:
    with SlackTwin(bot_token="xoxb-twin", team_id="T0TWIN") as running:
        running.add_user("U1", "ann", real_name="Ann Peeters")
        running.add_user("U2", "bob", locale="fr-BE")
        running.add_channel("C1", "leernet-gent", members=["U1"])
        yield running


@pytest.fixture
def client(twin: SlackTwin) -> WebClient:
    return WebClient(base_url=twin.api_url, token="xoxb-twin")


class _Capture:
    """A stand-in for the bot's endpoint that records what the driver sends."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.reply: dict[str, Any] | None = None
        capture = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                capture.requests.append((dict(self.headers), body))
                verifier = SignatureVerifier(SECRET)
                status = 200 if verifier.is_valid_request(body, dict(self.headers)) else 401
                data = json.dumps(capture.reply).encode() if capture.reply else b""
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/slack/events"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def payload(self, index: int = -1) -> dict[str, Any]:
        return json.loads(dict(parse_qsl(self.requests[index][1].decode()))["payload"])


@pytest.fixture
def capture() -> Iterator[_Capture]:
    endpoint = _Capture()
    yield endpoint
    endpoint.server.shutdown()
    endpoint.server.server_close()


@pytest.fixture
def driver(twin: SlackTwin, capture: _Capture) -> SlackDriver:
    return SlackDriver(app_url=capture.url, signing_secret=SECRET, twin=twin, team_id="T0TWIN")


# ----- Web API -----------------------------------------------------------------------------


def test_post_message_is_answered_recorded_and_stored(twin: SlackTwin, client: WebClient) -> None:
    first = client.chat_postMessage(channel="C1", text="Hallo", blocks=[section("*Hallo*")])
    second = client.chat_postMessage(channel="C1", text="Tweede")

    assert first["ok"] and first["channel"] == "C1"
    assert float(second["ts"]) > float(first["ts"])
    call = twin.calls_to("chat.postMessage")[0]
    assert call.args["blocks"] == [section("*Hallo*")] and call.status == 200
    assert [m["text"] for m in twin.messages("C1")] == ["Hallo", "Tweede"]
    assert twin.messages("C1")[0]["user"] == "UBOT"


@pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing")
def test_post_message_needs_content_and_a_known_channel(client: WebClient) -> None:
    with pytest.raises(SlackApiError) as no_text:
        client.chat_postMessage(channel="C1", text="")
    with pytest.raises(SlackApiError) as unknown:
        client.chat_postMessage(channel="C404", text="x")
    assert no_text.value.response["error"] == "no_text"
    assert unknown.value.response["error"] == "channel_not_found"


def test_long_text_is_truncated_not_refused(twin: SlackTwin, client: WebClient) -> None:
    client.chat_postMessage(channel="C1", text="a" * 40_010)
    assert len(twin.messages("C1")[0]["text"]) == 40_000


@pytest.mark.parametrize(
    ("blocks", "pointer"),
    [
        ([{"type": "banner", "text": plain("x")}], "/blocks/0/type"),
        ([{"type": "header", "text": plain("x" * 151)}], "/blocks/0"),
        ([{"type": "header", "text": {"type": "mrkdwn", "text": "x"}}], "/blocks/0/text/type"),
        (
            [
                {
                    "type": "input",
                    "label": plain("Naam"),
                    "element": {"type": "plain_text_input", "action_id": "v"},
                }
            ],
            "/blocks/0/type",
        ),
        ([section(f"{i}") for i in range(51)], "/blocks"),
        ([section("a", "same"), section("b", "same")], "/blocks/1/block_id"),
        ([section("")], "/blocks/0/text/text"),
    ],
    ids=[
        "unknown-type",
        "long-header",
        "mrkdwn-header",
        "input",
        "51-blocks",
        "dup-block-id",
        "empty-text",
    ],
)
def test_invalid_blocks_are_refused_like_slack(
    client: WebClient, twin: SlackTwin, blocks: list[dict[str, Any]], pointer: str
) -> None:
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel="C1", text="fallback", blocks=blocks)

    response = refused.value.response
    assert response.status_code == 200 and response["error"] == "invalid_blocks"
    messages = response["response_metadata"]["messages"]
    assert any(m.startswith("[ERROR] ") and f"[json-pointer:{pointer}]" in m for m in messages)
    assert twin.messages("C1") == []


def test_nested_element_limits_are_checked() -> None:
    long_option = {"text": plain("o" * 76), "value": "v"}
    select = {"type": "static_select", "action_id": "s", "options": [long_option]}
    buttons = [{"type": "button", "text": plain("Ja"), "action_id": "same"}] * 2

    assert validate_blocks([{**section("Kies"), "accessory": select}])
    assert any(
        "duplicate action_id" in e
        for e in validate_blocks([{"type": "actions", "elements": buttons}])
    )
    assert validate_blocks([section("ok"), {"type": "divider"}]) == []


def test_views_open_accepts_a_valid_modal_once(twin: SlackTwin, client: WebClient) -> None:
    trigger = twin.new_trigger_id()
    opened = client.views_open(trigger_id=trigger, view=modal(private_metadata="42"))

    view = opened["view"]
    assert view["id"].startswith("V") and view["state"] == {"values": {}}
    assert view["root_view_id"] == view["id"] and view["previous_view_id"] is None
    assert twin.views[view["id"]]["private_metadata"] == "42"
    with pytest.raises(SlackApiError) as again:
        client.views_open(trigger_id=trigger, view=modal())
    assert again.value.response["error"] == "exchanged_trigger_id"


def test_views_open_refuses_expired_and_unknown_triggers(
    twin: SlackTwin, client: WebClient
) -> None:
    trigger = twin.new_trigger_id()
    twin.advance_clock(3.5)
    with pytest.raises(SlackApiError) as expired:
        client.views_open(trigger_id=trigger, view=modal())
    with pytest.raises(SlackApiError) as unknown:
        client.views_open(trigger_id="123.456.abc", view=modal())

    assert expired.value.response["error"] == "expired_trigger_id"
    assert unknown.value.response["error"] == "invalid_trigger_id"
    assert twin.views == {}


def test_invalid_modal_is_invalid_arguments(twin: SlackTwin, client: WebClient) -> None:
    name_input = {
        "type": "input",
        "block_id": "name",
        "label": plain("Naam"),
        "element": {"type": "plain_text_input", "action_id": "v"},
    }
    too_long_title = modal(title=plain("Een veel te lange titel!!"))
    no_submit = {k: v for k, v in modal([name_input]).items() if k != "submit"}

    for view in (too_long_title, no_submit):
        with pytest.raises(SlackApiError) as refused:
            client.views_open(trigger_id=twin.new_trigger_id(), view=view)
        assert refused.value.response["error"] == "invalid_arguments"
        assert refused.value.response["response_metadata"]["messages"][0].startswith("[ERROR]")


def test_views_update_checks_hash_and_publish_sets_home(twin: SlackTwin, client: WebClient) -> None:
    view = client.views_open(trigger_id=twin.new_trigger_id(), view=modal())["view"]
    client.views_update(view_id=view["id"], hash=view["hash"], view=modal([section("Bezig")]))
    with pytest.raises(SlackApiError) as stale:
        client.views_update(view_id=view["id"], hash=view["hash"], view=modal())
    client.views_publish(user_id="U1", view={"type": "home", "blocks": [section("Welkom")]})

    assert stale.value.response["error"] == "hash_conflict"
    assert twin.views[view["id"]]["blocks"] == [section("Bezig")]
    home = twin.home("U1")
    assert home is not None and home["blocks"] == [section("Welkom")]
    assert twin.home("U2") is None


def test_rate_limit_answers_429_and_retry_handler_recovers(
    twin: SlackTwin, client: WebClient
) -> None:
    twin.rate_limit_next("chat.postMessage", retry_after=7)
    with pytest.raises(SlackApiError) as limited:
        client.chat_postMessage(channel="C1", text="x")
    assert limited.value.response.status_code == 429
    assert limited.value.response.headers["Retry-After"] == "7"
    assert limited.value.response["error"] == "ratelimited"

    twin.rate_limit_next("chat.postMessage", retry_after=0)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=1))
    assert client.chat_postMessage(channel="C1", text="na de pauze")["ok"]
    assert [c.status for c in twin.calls_to("chat.postMessage")] == [429, 429, 200]


def test_fail_next_injects_errors_then_recovers(twin: SlackTwin, client: WebClient) -> None:
    twin.fail_next("users.info", error="fatal_error", times=2)
    for _ in range(2):
        with pytest.raises(SlackApiError) as failed:
            client.users_info(user="U1")
        assert failed.value.response["error"] == "fatal_error"
    assert client.users_info(user="U1")["user"]["id"] == "U1"


def test_users_info_gives_locale_only_on_request(client: WebClient) -> None:
    without = client.users_info(user="U2")["user"]
    with_locale = client.users_info(user="U2", include_locale=True)["user"]

    assert "locale" not in without and with_locale["locale"] == "fr-BE"
    assert with_locale["tz"] == "Europe/Brussels" and without["profile"]["display_name"] == "bob"
    with pytest.raises(SlackApiError) as unknown:
        client.users_info(user="U404")
    assert unknown.value.response["error"] == "user_not_found"


def test_dm_is_opened_once_and_receives_messages(twin: SlackTwin, client: WebClient) -> None:
    twin.add_user("U3", "gone", deleted=True)
    channel = client.conversations_open(users="U1")["channel"]["id"]
    client.chat_postMessage(channel=channel, text="Welkom in je leernetwerk")

    assert channel.startswith("D") and twin.dm_channel("U1") == channel
    assert client.conversations_open(users=["U1"])["channel"]["id"] == channel
    assert twin.messages(channel)[0]["text"] == "Welkom in je leernetwerk"
    assert twin.dm_channel("U2") is None
    for user, error in (("U3", "user_disabled"), ("UBOT", "cannot_dm_bot")):
        with pytest.raises(SlackApiError) as refused:
            client.conversations_open(users=user)
        assert refused.value.response["error"] == error


def test_a_group_dm_holds_two_to_eight_people_of_the_bots_workspace_and_the_bot(
        twin: SlackTwin, client: WebClient) -> None:
    for number in range(3, 11):
        twin.add_user(f"U{number}", f"person{number}")
    twin.add_user("UX1", "gone", deleted=True)
    twin.add_user("UEXT1", "carla", team_id="T0OTHER")
    twin.add_channel("CSHARED", "gedeeld", members=["U1", "UEXT1"], shared_team_ids=["T0OTHER"])
    assert client.conversations_open(users="UEXT1")["channel"]["id"]  # a DM: Slack Connect
    channel = client.conversations_open(users="U1,U2")["channel"]["id"]
    client.chat_postMessage(channel=channel, text="Even kennismaken")

    assert channel != twin.dm_channel("U1") and twin.group_dm("U2", "U1") == channel
    assert set(twin.channel_members(channel)) == {"U1", "U2", "UBOT"}
    assert client.conversations_open(users=["U2", "U1"])["channel"]["id"] == channel
    info = client.conversations_info(channel=channel)["channel"]
    assert info["is_mpim"] and not info["is_im"]
    (message,) = client.conversations_history(channel=channel)["messages"]
    assert message["text"] == "Even kennismaken"
    eight = ",".join(f"U{n}" for n in range(1, 9))
    assert client.conversations_open(users=eight)["channel"]["id"].startswith("G")
    for users, error in ((",".join(f"U{n}" for n in range(1, 10)), "too_many_users"),
                         ("U1,UX1", "user_disabled"), ("U1,UBOT", "cannot_dm_bot"),
                         ("U1,UEXT1", "invalid_user_combination"),
                         ("", "users_list_not_supplied")):
        with pytest.raises(SlackApiError) as refused:
            client.conversations_open(users=users)
        assert refused.value.response["error"] == error, users


def test_chat_update_changes_the_stored_message(twin: SlackTwin, client: WebClient) -> None:
    ts = client.chat_postMessage(channel="C1", text="Oud", blocks=[section("Oud")])["ts"]
    updated = client.chat_update(channel="C1", ts=ts, text="Nieuw")

    assert updated["text"] == "Nieuw"
    assert twin.messages("C1")[0]["text"] == "Nieuw"
    assert twin.messages("C1")[0]["blocks"] == [section("Oud")]  # kept, as Slack does
    with pytest.raises(SlackApiError) as missing:
        client.chat_update(channel="C1", ts="1.000001", text="x")
    assert missing.value.response["error"] == "message_not_found"


def test_channel_membership_methods(twin: SlackTwin, client: WebClient) -> None:
    ts = client.chat_postMessage(channel="C1", text="Agenda")["ts"]
    client.pins_add(channel="C1", timestamp=ts)
    with pytest.raises(SlackApiError) as pinned:
        client.pins_add(channel="C1", timestamp=ts)
    with pytest.raises(SlackApiError) as outsider:
        client.chat_postEphemeral(channel="C1", user="U2", text="psst")
    client.conversations_invite(channel="C1", users=["U2"])
    with pytest.raises(SlackApiError) as again:
        client.conversations_invite(channel="C1", users="U1,U2")

    assert pinned.value.response["error"] == "already_pinned"
    assert outsider.value.response["error"] == "user_not_in_channel"
    assert again.value.response["error"] == "already_in_channel"
    assert client.conversations_members(channel="C1")["members"] == ["U1", "U2"]
    assert client.chat_postEphemeral(channel="C1", user="U2", text="psst")["message_ts"]
    assert client.conversations_info(channel="C1")["channel"]["name"] == "leernet-gent"
    assert ts.replace(".", "") in client.chat_getPermalink(channel="C1", message_ts=ts)["permalink"]


def test_bad_tokens_are_refused(twin: SlackTwin) -> None:
    with pytest.raises(SlackApiError) as wrong:
        WebClient(base_url=twin.api_url, token="xoxb-wrong").auth_test()
    with pytest.raises(SlackApiError) as missing:
        WebClient(base_url=twin.api_url).auth_test()
    ok = WebClient(base_url=twin.api_url, token="xoxb-twin").auth_test()

    assert wrong.value.response["error"] == "invalid_auth"
    assert missing.value.response["error"] == "not_authed"
    assert ok["user_id"] == "UBOT" and ok["team_id"] == "T0TWIN"


def test_wait_for_sees_calls_from_other_threads(twin: SlackTwin, client: WebClient) -> None:
    timer = threading.Timer(0.1, lambda: client.chat_postMessage(channel="C1", text="later"))
    timer.start()
    calls = twin.wait_for("chat.postMessage", lambda c: c.args["text"] == "later", timeout=3)
    timer.join()
    assert calls[0].args["channel"] == "C1"

    with pytest.raises(AssertionError, match=r"chat\.postMessage \[200 ok\]"):
        twin.wait_for("chat.postMessage", count=2, timeout=0.2)


def test_response_url_records_replaces_and_wears_out(twin: SlackTwin) -> None:
    ts = WebClient(base_url=twin.api_url, token=twin.bot_token).chat_postMessage(
        channel="C1", text="Stem nu"
    )["ts"]
    url = twin.new_response_url(channel_id="C1", message_ts=ts)
    hook = WebhookClient(url)

    assert hook.send(text="Bedankt", replace_original=True).status_code == 200
    assert twin.messages("C1")[0]["text"] == "Bedankt"
    assert twin.calls_to("response_url")[0].args["url"] == url
    for _ in range(4):
        hook.send(text="nog eens")
    assert hook.send(text="zesde keer").status_code == 404


# ----- driver ------------------------------------------------------------------------------


def test_driver_signs_like_slack(driver: SlackDriver, capture: _Capture) -> None:
    response = driver.command("U1", "nieuw", "C1")
    stale = driver.command("U1", "nieuw", "C1", timestamp=int(time.time()) - 600)
    forged = driver.raw(
        b"token=x", {"Content-Type": "application/x-www-form-urlencoded"}, secret="not-the-secret"
    )

    assert (response.status, stale.status, forged.status) == (200, 401, 401)
    headers, body = capture.requests[0]
    fields = dict(parse_qsl(body.decode()))
    assert SignatureVerifier(SECRET).is_valid(
        body, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    )
    assert fields["command"] == "/leernet" and fields["channel_name"] == "leernet-gent"
    assert fields["user_name"] == "ann" and fields["response_url"].startswith("http://127.0.0.1")


def test_command_trigger_opens_a_modal(
    driver: SlackDriver, capture: _Capture, twin: SlackTwin, client: WebClient
) -> None:
    driver.command("U1", "", "C1")
    trigger = dict(parse_qsl(capture.requests[0][1].decode()))["trigger_id"]
    assert client.views_open(trigger_id=trigger, view=modal())["ok"]


def test_submit_view_builds_slack_state(
    driver: SlackDriver, capture: _Capture, twin: SlackTwin, client: WebClient
) -> None:
    options = [
        {"text": plain("Gent"), "value": "gent"},
        {"text": plain("Brugge"), "value": "brugge"},
    ]

    def field(block_id: str, element: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "input",
            "block_id": block_id,
            "label": plain(block_id),
            "element": {"action_id": "v", **element},
        }

    blocks = [
        field("name", {"type": "plain_text_input"}),
        field("size", {"type": "number_input", "is_decimal_allowed": False}),
        field("day", {"type": "datepicker"}),
        field("hour", {"type": "timepicker"}),
        field("city", {"type": "static_select", "options": options}),
        field("mode", {"type": "radio_buttons", "options": options}),
        field("tags", {"type": "checkboxes", "options": options}),
        field("cities", {"type": "multi_static_select", "options": options}),
        field("lead", {"type": "users_select"}),
        field("team", {"type": "multi_users_select"}),
        field("where", {"type": "conversations_select"}),
        field("chan", {"type": "channels_select"}),
        field("note", {"type": "plain_text_input", "initial_value": "al ingevuld"}),
        field("empty", {"type": "static_select", "options": options}),
    ]
    view = client.views_open(trigger_id=twin.new_trigger_id(), view=modal(blocks))["view"]
    response = driver.submit_view(
        "U1",
        view,
        {
            "name": "Zorg",
            "size": 12,
            "day": "2025-03-04",
            "hour": "09:30",
            "city": "gent",
            "mode": "brugge",
            "tags": ["gent"],
            "cities": ["gent", "brugge"],
            "lead": "U1",
            "team": ["U1", "U2"],
            "where": "C1",
            "chan": "C1",
        },
    )

    assert response.status == 200
    payload = capture.payload()
    assert payload["type"] == "view_submission" and payload["view"]["id"] == view["id"]
    values = {k: v["v"] for k, v in payload["view"]["state"]["values"].items()}
    assert values["name"] == {"type": "plain_text_input", "value": "Zorg"}
    assert values["size"] == {"type": "number_input", "value": "12"}
    assert values["day"]["selected_date"] == "2025-03-04"
    assert values["hour"]["selected_time"] == "09:30"
    assert values["city"]["selected_option"] == options[0]
    assert values["mode"]["selected_option"] == options[1]
    assert values["tags"]["selected_options"] == [options[0]]
    assert values["cities"]["selected_options"] == options
    assert values["lead"]["selected_user"] == "U1"
    assert values["team"]["selected_users"] == ["U1", "U2"]
    assert values["where"]["selected_conversation"] == "C1"
    assert values["chan"]["selected_channel"] == "C1"
    assert values["note"]["value"] == "al ingevuld"
    assert values["empty"] == {"type": "static_select", "selected_option": None}
    with pytest.raises(AssertionError, match="no option"):
        driver.submit_view("U1", view, {"city": "antwerpen"})


def test_submit_view_applies_response_action_update(
    driver: SlackDriver, capture: _Capture, twin: SlackTwin, client: WebClient
) -> None:
    view = client.views_open(trigger_id=twin.new_trigger_id(), view=modal())["view"]
    capture.reply = {"response_action": "update", "view": modal([section("Opgeslagen")])}
    driver.submit_view("U1", view, {})
    assert twin.views[view["id"]]["blocks"] == [section("Opgeslagen")]


def test_click_on_message_button(
    driver: SlackDriver, capture: _Capture, twin: SlackTwin, client: WebClient
) -> None:
    button = {"type": "button", "action_id": "join", "text": plain("Doe mee"), "value": "net-7"}
    client.chat_postMessage(
        channel="C1",
        text="Doe mee?",
        blocks=[{"type": "actions", "block_id": "b", "elements": [button]}],
    )
    message = twin.messages("C1")[0]
    driver.click("U2", "join", message=message)

    payload = capture.payload()
    assert payload["type"] == "block_actions"
    assert payload["actions"][0] | {"action_ts": None} == {
        "type": "button",
        "action_id": "join",
        "block_id": "b",
        "value": "net-7",
        "text": plain("Doe mee"),
        "action_ts": None,
    }
    assert payload["channel"]["id"] == "C1" and payload["message"]["ts"] == message["ts"]
    assert payload["container"]["message_ts"] == message["ts"]
    assert payload["user"]["id"] == "U2" and payload["response_url"].startswith(twin.base_url)
    with pytest.raises(AssertionError, match="no element"):
        driver.click("U2", "leave", message=message)


def test_event_envelope_and_retry_headers(driver: SlackDriver, capture: _Capture) -> None:
    driver.event(
        {"type": "app_home_opened", "user": "U1", "tab": "home"}, event_id="Ev1", retry_num=1
    )
    headers, body = capture.requests[-1]
    envelope = json.loads(body)

    assert envelope["type"] == "event_callback" and envelope["event_id"] == "Ev1"
    assert envelope["event"]["user"] == "U1" and envelope["team_id"] == "T0TWIN"
    assert headers["X-Slack-Retry-Num"] == "1" and headers["X-Slack-Retry-Reason"]


# ----- rendering ---------------------------------------------------------------------------


def test_render_blocks_for_a_person() -> None:
    blocks = [
        {"type": "header", "text": plain("Leernetwerk Gent")},
        section("Hallo <@U1>, zie <https://x.be/a|de agenda> &amp; meer &lt;hier&gt;"),
        {"type": "divider"},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "door <@U9>"}]},
        {
            "type": "actions",
            "elements": [
                {"type": "button", "action_id": "a", "text": plain("Doe mee")},
                {"type": "button", "action_id": "b", "text": plain("Later")},
            ],
        },
    ]
    names = {"U1": "ann"}

    assert render_blocks(blocks, names.get).splitlines() == [
        "LEERNETWERK GENT",
        "================",
        "Hallo @ann, zie de agenda (https://x.be/a) & meer <hier>",
        "-" * 40,
        "  door @U9",
        "[ Doe mee ] [ Later ]",
    ]
    rendered = render_view(
        modal([{"type": "input", "label": plain("Naam"), "element": {"type": "plain_text_input"}}])
    )
    assert "Nieuw leernetwerk" in rendered and "Naam: ____" in rendered
    assert "[ Opslaan ]" in rendered


def test_conversations_invite_and_kick_answer_like_slack(twin, client):
    twin.add_user("UGUEST", "guest", is_restricted=True)
    twin.add_user("UGONE", "gone", deleted=True)
    twin.add_channel("CINV", "inv", members=["U1"])
    client.conversations_invite(channel="CINV", users="U2")
    assert twin.channel_members("CINV") == ["U1", "U2"]
    for user, error in (("U2", "already_in_channel"), ("UGUEST", "user_is_restricted"),
                        ("UGONE", "cant_invite")):
        with pytest.raises(SlackApiError) as raised:
            client.conversations_invite(channel="CINV", users=user)
        assert raised.value.response["error"] == error
    client.conversations_kick(channel="CINV", user="U2")
    assert twin.channel_members("CINV") == ["U1"]
    with pytest.raises(SlackApiError) as raised:
        client.conversations_kick(channel="CINV", user="U2")
    assert raised.value.response["error"] == "not_in_channel"


def test_pins_remove_unpins_and_refuses_what_is_not_pinned(twin: SlackTwin,
                                                           client: WebClient) -> None:
    ts = client.chat_postMessage(channel="C1", text="Afspraken")["ts"]
    client.pins_add(channel="C1", timestamp=ts)
    assert twin.pins("C1") == {ts}
    client.pins_remove(channel="C1", timestamp=ts)
    assert twin.pins("C1") == set()
    with pytest.raises(SlackApiError) as not_pinned:
        client.pins_remove(channel="C1", timestamp=ts)
    with pytest.raises(SlackApiError) as unknown:
        client.pins_remove(channel="C1", timestamp="1.000001")
    assert not_pinned.value.response["error"] == "no_pin"
    assert unknown.value.response["error"] == "message_not_found"


def test_files_upload_v2_takes_three_calls_and_shares_the_file(
    twin: SlackTwin, client: WebClient
) -> None:
    dm = client.conversations_open(users="U1")["channel"]["id"]
    result = client.files_upload_v2(channel=dm, content=b"BEGIN:VCALENDAR\r\n",
                                     filename="s.ics", title="Sessie", initial_comment="Hier")
    assert result["file"]["title"] == "Sessie"
    assert [c.method for c in twin.calls[-3:]] == [
        "files.getUploadURLExternal", "upload", "files.completeUploadExternal"]
    (shared,) = twin.files(dm)
    assert shared["content"] == b"BEGIN:VCALENDAR\r\n" and shared["name"] == "s.ics"
    assert shared["initial_comment"] == "Hier" and shared["id"] == result["file"]["id"]
    (message,) = twin.messages(dm)
    assert message["text"] == "Hier" and message["files"][0]["id"] == shared["id"]
    assert twin.files("C1") == []


def test_completing_an_upload_needs_the_bytes_and_a_known_file(
    twin: SlackTwin, client: WebClient
) -> None:
    issued = client.files_getUploadURLExternal(filename="a.ics", length=3)
    assert issued["upload_url"].startswith(twin.base_url + "/upload/")
    with pytest.raises(SlackApiError) as missing:
        client.files_completeUploadExternal(files=[{"id": issued["file_id"]}], channel_id="C1")
    assert missing.value.response["error"] == "file_not_found"
    with pytest.raises(SlackApiError) as bad:
        client.files_getUploadURLExternal(filename="a.ics", length=None)
    assert bad.value.response["error"] == "invalid_arguments"


def _post_bytes(url: str, data: bytes) -> int:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method="POST")) as r:
            return r.status
    except urllib.error.HTTPError as error:
        return error.code


def test_an_upload_takes_the_announced_bytes_once_and_is_completed_once(
    twin: SlackTwin, client: WebClient
) -> None:
    """As Slack: the upload URL takes the `length` announced, and a completed upload cannot
    be completed (shared) again."""
    short = client.files_getUploadURLExternal(filename="a.png", length=10)
    assert _post_bytes(short["upload_url"], b"12345") == 400
    with pytest.raises(SlackApiError) as unfilled:
        client.files_completeUploadExternal(files=[{"id": short["file_id"]}], channel_id="C1")
    assert unfilled.value.response["error"] == "file_not_found"

    issued = client.files_getUploadURLExternal(filename="b.png", length=3)
    assert _post_bytes(issued["upload_url"], b"PNG") == 200
    client.files_completeUploadExternal(files=[{"id": issued["file_id"], "title": "B"}],
                                        channel_id="C1")
    assert _post_bytes(issued["upload_url"], b"PNG") == 400
    with pytest.raises(SlackApiError) as twice:
        client.files_completeUploadExternal(files=[{"id": issued["file_id"]}], channel_id="C1")
    assert twice.value.response["error"] == "file_not_found"
    assert [f["title"] for f in twin.files("C1")] == ["B"]


def test_sharing_an_upload_needs_a_channel_the_bot_is_in(twin: SlackTwin,
                                                         client: WebClient) -> None:
    twin.add_channel("C2", "elders", members=["U1"], bot_is_member=False)
    for channel, error in (("C2", "not_in_channel"), ("C404", "channel_not_found")):
        with pytest.raises(SlackApiError) as refused:
            client.files_upload_v2(channel=channel, content=b"PNG", filename="c.png")
        assert refused.value.response["error"] == error
    assert twin.files("C2") == []


def _button(action_id: str = "b", **extra: Any) -> dict[str, Any]:
    return {"type": "button", "text": plain("Ja"), "action_id": action_id, "value": "1", **extra}


def _modal(**changes: Any) -> dict[str, Any]:
    return {"type": "modal", "title": plain("Titel"), "blocks": [section("x")], **changes}


@pytest.mark.parametrize(("check", "pointer"), [
    # one action id twice in one actions block, or in a section's text and accessory block
    (lambda: validate_view({"type": "home", "blocks": [
        {"type": "actions", "block_id": "a", "elements": [_button("done"), _button("done")]}]}),
     "/view/blocks/0/elements/1/action_id"),
    (lambda: validate_blocks([section("a", "x"), section("b", "x")]), "/blocks/1/block_id"),
    (lambda: validate_view({"type": "home", "blocks": [section("a", "x"), section("b", "x")]}),
     "/view/blocks/1/block_id"),
    (lambda: validate_blocks([{"type": "actions", "elements": [_button(value="v" * 2001)]}]),
     "/blocks/0/elements/0/value"),
    (lambda: validate_blocks([{"type": "actions", "elements": [_button(text=plain("t" * 76))]}]),
     "/blocks/0/elements/0/text/text"),
    (lambda: validate_blocks([{"type": "actions", "elements": [_button("")]}]),
     "/blocks/0/elements/0/action_id"),
    (lambda: validate_blocks([{"type": "actions", "elements": [_button(style="blue")]}]),
     "/blocks/0/elements/0/style"),
    (lambda: validate_blocks([{**section("Kies"), "accessory": {
        "type": "static_select", "action_id": "s",
        "options": [{"text": plain("o"), "value": "v" * 151}]}}]),
     "/blocks/0/accessory/options/0/value"),
    (lambda: validate_blocks([{**section("Kies"), "accessory": {
        "type": "static_select", "action_id": "s",
        "options": [{"text": plain("o"), "value": str(i)} for i in range(101)]}}]),
     "/blocks/0/accessory/options"),
    (lambda: validate_blocks([{"type": "header", "text": plain("h" * 151)}]),
     "/blocks/0/text/text"),
    (lambda: validate_blocks([section("s" * 3001)]), "/blocks/0/text/text"),
    (lambda: validate_blocks([{"type": "section", "fields": [plain("f")] * 11}]),
     "/blocks/0/fields"),
    (lambda: validate_blocks([{"type": "section", "fields": [plain("f" * 2001)]}]),
     "/blocks/0/fields/0/text"),
    (lambda: validate_blocks([section(str(i)) for i in range(51)]), "/blocks"),
    (lambda: validate_view(_modal(blocks=[section(str(i)) for i in range(101)])),
     "/view/blocks"),
    (lambda: validate_view(_modal(title=plain("t" * 25))), "/view/title/text"),
    (lambda: validate_view(_modal(close=plain("c" * 25))), "/view/close/text"),
    (lambda: validate_view(_modal(submit=plain("s" * 25))), "/view/submit/text"),
    (lambda: validate_view(_modal(private_metadata="m" * 3001)), "/view/private_metadata"),
    (lambda: validate_view(_modal(callback_id="c" * 256)), "/view/callback_id"),
    (lambda: validate_view(_modal(submit=plain("Ok"), blocks=[{
        "type": "input", "block_id": "i", "label": plain("L"),
        "element": {"type": "plain_text_input", "action_id": "v", "max_length": 3001}}])),
     "/view/blocks/0/element/max_length"),
    (lambda: validate_view(_modal(submit=plain("Ok"), blocks=[{
        "type": "input", "block_id": "i", "label": plain("L"),
        "element": {"type": "plain_text_input", "action_id": "v", "max_length": 10,
                    "initial_value": "x" * 11}}])),
     "/view/blocks/0/element/initial_value"),
    # the confirm dialog of an erase button: Slack refuses a text over 300 characters
    (lambda: validate_blocks([{"type": "actions", "elements": [_button(confirm={
        "title": plain("Wissen?"), "text": plain("x" * 301), "confirm": plain("Wis"),
        "deny": plain("Nee"), "style": "danger"})]}]),
     "/blocks/0/elements/0/confirm/text/text"),
], ids=["dup-action-id-home", "dup-block-id-message", "dup-block-id-view", "button-value",
        "button-text", "empty-action-id", "button-style", "option-value", "101-options",
        "header", "section-text", "11-fields", "field-text", "51-blocks-message",
        "101-blocks-view", "title", "close", "submit", "private-metadata", "callback-id",
        "max-length", "initial-value-past-max-length", "confirm-text"])
def test_block_kit_limits_are_enforced(check, pointer: str) -> None:
    """Each rule is refused at the field, or at its block when slack_sdk's validator runs."""
    import re

    errors = check()
    found = [m.group(1) for e in errors if (m := re.search(r"\[json-pointer:([^\]]+)\]", e))]
    assert any(pointer == p or pointer.startswith(p + "/") for p in found), errors


def test_metadata_is_kept_on_the_message_and_shown_only_when_history_asks(twin, client):
    meta = {"event_type": "leernet_delivery", "event_payload": {"delivery": "k1"}}
    first = client.chat_postMessage(channel="U1", text="een", metadata=meta)
    assert "metadata" not in first["message"]
    second = client.chat_postMessage(channel="U1", text="twee")
    dm = first["channel"]
    plain_history = client.conversations_history(channel=dm)["messages"]
    assert [m["text"] for m in plain_history] == ["twee", "een"]  # newest first
    assert all("metadata" not in m for m in plain_history)
    full = client.conversations_history(channel=dm, include_all_metadata=True)["messages"]
    assert full[1]["metadata"] == meta and "metadata" not in full[0]
    # oldest is exclusive unless inclusive; limit pages with a cursor.
    after = client.conversations_history(channel=dm, oldest=first["ts"])["messages"]
    assert [m["ts"] for m in after] == [second["ts"]]
    both = client.conversations_history(channel=dm, oldest=first["ts"], inclusive=True)
    assert len(both["messages"]) == 2
    page = client.conversations_history(channel=dm, limit=1)
    assert page["has_more"] and len(page["messages"]) == 1
    rest = client.conversations_history(channel=dm, limit=1,
                                        cursor=page["response_metadata"]["next_cursor"])
    assert [m["text"] for m in rest["messages"]] == ["een"] and not rest["has_more"]
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel="U1", text="x", metadata={"event_payload": {}})
    assert refused.value.response["error"] == "invalid_metadata_format"


def test_twin_enforces_the_tier_of_a_method_per_workspace(twin: SlackTwin,
                                                         client: WebClient) -> None:
    """conversations.open is Tier 3 (50+ a minute): a minute's burst goes through, the next
    call is refused as Slack refuses it, and the bucket refills at the tier's rate."""
    for _ in range(50):
        client.conversations_open(users="U1")
    with pytest.raises(SlackApiError) as limited:
        client.conversations_open(users="U1")
    assert limited.value.response.status_code == 429
    assert limited.value.response["error"] == "ratelimited"
    assert 1 <= int(limited.value.response.headers["Retry-After"]) <= 2
    client.users_info(user="U1")  # another method has its own bucket
    twin.advance_clock(1.2)  # 50 a minute: one more call after 1.2 s
    client.conversations_open(users="U1")
    with pytest.raises(SlackApiError):
        client.conversations_open(users="U1")


def test_twin_limits_posts_per_channel_and_per_workspace(twin: SlackTwin,
                                                        client: WebClient) -> None:
    """chat.postMessage: about one a second per channel with a short burst, and a
    workspace-wide limit across channels."""
    for _ in range(5):
        client.chat_postMessage(channel="C1", text="hoi")
    with pytest.raises(SlackApiError) as limited:
        client.chat_postMessage(channel="C1", text="hoi")
    assert limited.value.response.headers["Retry-After"] == "1"
    client.chat_postMessage(channel="U2", text="a DM is another channel")
    posted = 6  # each to a channel of its own, until the workspace says no
    with pytest.raises(SlackApiError) as workspace:
        for n in range(400):
            twin.add_user(f"UX{n}", f"x{n}")
            client.chat_postMessage(channel=f"UX{n}", text="hoi")
            posted += 1
    assert workspace.value.response.status_code == 429
    # 300 at once, plus the 5 a second that came back while posting
    assert 300 <= posted < 300 + 5 * 10


def test_rate_limits_can_be_switched_off(twin: SlackTwin, client: WebClient) -> None:
    twin.set_rate_limits(False)
    for _ in range(60):
        client.conversations_open(users="U1")
    twin.rate_limit_next("conversations.open")  # injected 429s still work
    with pytest.raises(SlackApiError):
        client.conversations_open(users="U1")


def test_slack_connect_and_guests_follow_slacks_rules(twin, client, capture):
    """docs/slack-connect.md: external members and guests as Slack answers for them."""
    twin.add_user("UEXT", "carla", team_id="TOTHER")
    twin.add_user("UONE", "uma", is_ultra_restricted=True)
    twin.add_user("UFAR", "far", team_id="TFAR")
    with pytest.raises(SlackApiError) as raised:  # no Slack Connect link with TFAR at all
        client.users_info(user="UFAR")
    assert raised.value.response["error"] == "user_not_found"
    twin.add_channel("CLINK", "link", shared_team_ids=["TOTHER"])  # the organisations connect
    assert client.users_info(user="UEXT")["user"]["is_stranger"] is True
    with pytest.raises(SlackApiError) as raised:  # no channel in common yet
        client.conversations_open(users="UEXT")
    assert raised.value.response["error"] == "invalid_user_combination"
    assert "UEXT" not in [m["id"] for m in client.users_list()["members"]]

    event = twin.share_channel("C1", "TOTHER")
    assert event == {"type": "channel_shared", "connected_team_id": "TOTHER", "channel": "C1"}
    info = client.conversations_info(channel="C1")["channel"]
    assert info["is_ext_shared"] and info["shared_team_ids"] == ["T0TWIN", "TOTHER"]
    for user, error in (("UEXT", "no_external_invite_permission"), ("UONE", "ura_max_channels")):
        with pytest.raises(SlackApiError) as raised:
            client.conversations_invite(channel="C1", users=user)
        assert raised.value.response["error"] == error
    twin.join_channel("C1", "UEXT")
    user = client.users_info(user="UEXT")["user"]
    assert (user["team_id"], user["is_stranger"]) == ("TOTHER", False)
    assert client.conversations_open(users="UEXT")["channel"]["id"].startswith("D")
    assert client.users_info(user="UONE")["user"]["is_ultra_restricted"] is True

    # A click carries the clicker's own workspace in user.team_id; no /leernet for them.
    driver = SlackDriver(app_url=capture.url, signing_secret=SECRET, twin=twin)
    driver.click("UEXT", "rsvp_yes", message={"blocks": [{"type": "actions", "elements": [
        {"type": "button", "action_id": "rsvp_yes", "text": plain("Ja"), "value": "1"}]}]},
        channel_id="C1")
    payload = json.loads(dict(parse_qsl(capture.requests[-1][1].decode()))["payload"])
    assert (payload["user"]["team_id"], payload["team"]["id"]) == ("TOTHER", "T0TWIN")
    with pytest.raises(AssertionError, match="not installed"):
        driver.command("UEXT", "help", "C1")

    assert twin.unshare_channel("C1", "TOTHER")["is_ext_shared"] is False
    assert "UEXT" not in twin.channel_members("C1")
