"""The HTTP surface: health check, Slack's signature check, URL verification."""

import json
import time
import urllib.request
from urllib.parse import urlencode

from slack_twin.driver import sign
from slack_twin.local_stack import SIGNING_SECRET
from tests.conftest import CHANNEL, FACILITATOR


def test_healthz_answers_200(stack):
    with urllib.request.urlopen(stack.url + "/healthz", timeout=5) as response:
        assert response.status == 200
        assert response.read() == b"ok"


def test_a_request_with_a_wrong_signature_is_refused_and_does_nothing(stack):
    body = f"command=/leernet&text=nieuw&user_id={FACILITATOR}&channel_id={CHANNEL}".encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    forged = stack.driver.raw(body, headers, secret="not-the-secret")
    assert forged.status == 401
    stale = stack.driver.raw(body, headers, timestamp=int(time.time()) - 600)
    assert stale.status == 401
    assert stack.twin.calls_to("views.open") == []


def test_url_verification_challenge_is_answered(stack):
    body = json.dumps({"type": "url_verification", "challenge": "abc123",
                       "token": "x"}).encode()
    response = stack.driver.raw(body, {"Content-Type": "application/json"})
    assert response.status == 200
    assert "abc123" in response.body


def test_a_non_numeric_timestamp_is_refused_with_401(stack):
    body = f"command=/leernet&text=nieuw&user_id={FACILITATOR}&channel_id={CHANNEL}".encode()
    for stamp in ("abc", "", "1e9", "12.5", "9" * 40):
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "X-Slack-Request-Timestamp": stamp,
                   "X-Slack-Signature": sign(SIGNING_SECRET, stamp, body)}
        response = stack.driver.raw(body, headers, sign=False)
        assert response.status == 401, (stamp, response.status, response.body)
    assert stack.twin.calls_to("views.open") == []


def test_a_form_body_sent_as_json_is_refused_with_a_4xx(stack):
    fields = {"command": "/leernet", "text": "nieuw", "user_id": FACILITATOR,
              "channel_id": CHANNEL, "team_id": "T0TWIN", "trigger_id": "1.2.3"}
    for body in (urlencode(fields).encode(),
                 urlencode({"payload": json.dumps({"type": "block_actions"})}).encode(),
                 b"[1, 2]", b'"text"', b"{not json", b"\xff\xfe"):
        response = stack.driver.raw(body, {"Content-Type": "application/json"})
        assert 400 <= response.status < 500, (body, response.status, response.body)
    assert stack.twin.calls_to("views.open") == []
