"""The twin and the driver do files as Slack does: a modal's file_input (only in an input
block of a modal, max_files 1 to 10, filetypes a list), the file objects a person's upload
puts in the view_submission state, files.info with its errors, and downloads that need the
bot token of the file's workspace and files:read."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from slack_twin import SlackDriver, SlackTwin
from slack_twin.blockkit import validate_blocks, validate_view
from tests.slack_twin.test_slack_twin import _Capture, modal, plain

SECRET = "twin-signing-secret"


@pytest.fixture
def twin() -> Iterator[SlackTwin]:
    with SlackTwin(bot_token="xoxb-twin", team_id="T0TWIN") as running:
        running.add_user("U1", "ann")
        yield running


@pytest.fixture
def client(twin: SlackTwin) -> WebClient:
    return WebClient(base_url=twin.api_url, token="xoxb-twin")


def file_field(**element: Any) -> dict[str, Any]:
    return {"type": "input", "block_id": "file", "label": plain("Bestand"),
            "element": {"type": "file_input", "action_id": "v", **element}}


def get(url: str, token: str | None) -> tuple[str, bytes]:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=5) as reply:
        return reply.headers["Content-Type"], reply.read()


def test_file_input_is_accepted_only_in_an_input_block_of_a_modal(twin, client) -> None:
    good = file_field(filetypes=["pdf", "png"], max_files=1)
    assert validate_view(modal([good])) == []
    assert validate_view(modal([file_field()])) == []  # both optional
    client.views_open(trigger_id=twin.new_trigger_id(), view=modal([good]))
    assert any("only supported in modals" in e
               for e in validate_view({"type": "home", "blocks": [good]}))
    with pytest.raises(SlackApiError) as refused:
        client.views_publish(user_id="U1", view={"type": "home", "blocks": [good]})
    assert refused.value.response["error"] == "invalid_arguments"
    assert validate_blocks([good], surface="message")  # no input blocks in messages
    actions = {"type": "actions", "elements": [{"type": "file_input", "action_id": "v"}]}
    assert any("not allowed here" in e for e in validate_view(modal([actions])))


@pytest.mark.parametrize("element, pointer", [
    ({"max_files": 0}, "max_files"), ({"max_files": 11}, "max_files"),
    ({"max_files": "1"}, "max_files"), ({"filetypes": "pdf"}, "filetypes"),
    ({"filetypes": ["pdf", ""]}, "filetypes"),
])
def test_file_input_limits_are_slacks(twin, client, element, pointer) -> None:
    errors = validate_view(modal([file_field(**element)]))
    assert any(f"/element/{pointer}" in e for e in errors), errors
    with pytest.raises(SlackApiError) as refused:
        client.views_open(trigger_id=twin.new_trigger_id(), view=modal([file_field(**element)]))
    assert refused.value.response["error"] == "invalid_arguments"


def test_an_upload_through_the_form_is_in_the_submission_state(twin, client) -> None:
    capture = _Capture()
    try:
        driver = SlackDriver(app_url=capture.url, signing_secret=SECRET, twin=twin)
        view = client.views_open(trigger_id=twin.new_trigger_id(), view=modal(
            [file_field(filetypes=["pdf"], max_files=1)]))["view"]
        upload = twin.upload_file("U1", "gids.pdf", b"%PDF-1.4")
        driver.submit_view("U1", view, {"file": [upload]})
        state = capture.payload()["view"]["state"]["values"]["file"]["v"]
        assert state == {"type": "file_input", "files": [upload]}
        assert (upload["name"], upload["mimetype"], upload["size"], upload["user"]) == (
            "gids.pdf", "application/pdf", 8, "U1")
        driver.submit_view("U1", view, {})
        assert capture.payload()["view"]["state"]["values"]["file"]["v"] == {
            "type": "file_input", "files": []}
        other = twin.upload_file("U1", "page.html", b"<html>")
        with pytest.raises(AssertionError, match="offers only"):
            driver.submit_view("U1", view, {"file": [other]})
        with pytest.raises(AssertionError, match="at most 1"):
            driver.submit_view("U1", view, {"file": [upload, upload]})
        with pytest.raises(AssertionError, match="10 MB"):
            twin.upload_file("U1", "groot.pdf", b"x" * (10 * 1024 * 1024 + 1))
    finally:
        capture.server.shutdown()
        capture.server.server_close()


def test_files_info_and_the_download_need_the_workspace_and_files_read(twin, client) -> None:
    upload = twin.upload_file("U1", "gids 1.pdf", b"%PDF-1.4 gids")
    info = client.files_info(file=upload["id"])["file"]
    assert info["url_private_download"].endswith("/download/gids%201.pdf")
    assert get(info["url_private_download"], "xoxb-twin") == ("application/pdf",
                                                              b"%PDF-1.4 gids")
    # Slack answers a download it does not authorise with its sign-in page, not an error.
    kind, page = get(info["url_private_download"], None)
    assert kind.startswith("text/html") and b"%PDF" not in page
    with pytest.raises(SlackApiError) as missing:
        client.files_info(file="F0NOPE")
    assert missing.value.response["error"] == "file_not_found"

    other = twin.add_team("T0OTHER")
    assert other is not None
    with pytest.raises(SlackApiError) as elsewhere:
        WebClient(base_url=twin.api_url, token=other).files_info(file=upload["id"])
    assert elsewhere.value.response["error"] == "file_not_found"
    assert b"%PDF" not in get(info["url_private_download"], other)[1]

    twin.set_scopes("xoxb-twin", {"chat:write", "files:write"})
    with pytest.raises(SlackApiError) as scope:
        client.files_info(file=upload["id"])
    assert scope.value.response.data == {"ok": False, "error": "missing_scope",
                                         "needed": "files:read",
                                         "provided": "chat:write,files:write"}
    assert b"%PDF" not in get(info["url_private_download"], "xoxb-twin")[1]
    twin.set_scopes("xoxb-twin", None)
    assert client.files_info(file=upload["id"])["ok"]
