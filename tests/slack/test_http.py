"""The HTTP surface: health check, Slack's signature check, URL verification."""

import json
import time
import urllib.request

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
