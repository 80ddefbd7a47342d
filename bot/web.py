"""HTTP mode: Bolt's WSGI handler on /slack/events, /healthz for load balancers, via waitress.

waitress is a maintained, pure-Python production WSGI server: no compiler, no extra process
manager, threads to match the sync Bolt app.
"""

import io
import json
import threading
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl

from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.signature import SignatureVerifier
from waitress.server import create_server

from bot.app import Leernet

EVENTS_PATH = "/slack/events"


def wsgi_app(bot: Leernet) -> Callable:
    slack = SlackRequestHandler(bot.app, path=EVENTS_PATH)
    verifier = SignatureVerifier(bot.settings.signing_secret or "")  # required to serve

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") == "GET":
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok"]
        if environ.get("PATH_INFO") == EVENTS_PATH and environ.get("REQUEST_METHOD") == "POST":
            refusal = _refusal(environ, verifier)
            if refusal is not None:
                start_response(refusal, [("Content-Type", "text/plain; charset=utf-8")])
                return [b""]
        return slack(environ, start_response)

    return application


def _refusal(environ: dict, verifier: SignatureVerifier) -> str | None:
    """The status for a request Bolt would crash on (a 500) instead of refusing: a timestamp
    that is not a number (Bolt's signature check calls int() on it), or a body that does not
    parse the way Bolt will read it. Unsigned requests get 401 before anything is parsed."""
    length = environ.get("CONTENT_LENGTH") or "0"
    raw = environ["wsgi.input"].read(int(length)) if length.isdigit() else b""
    environ["wsgi.input"] = io.BytesIO(raw)  # Bolt reads the body again
    stamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
    signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
        return "401 Unauthorized"
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:  # Slack sends UTF-8; Bolt would crash decoding anything else
        return "400 Bad Request"
    if not verifier.is_valid(body, stamp, signature):
        return "401 Unauthorized"
    return None if _parses(body, environ.get("CONTENT_TYPE")) else "400 Bad Request"


def _parses(body: str, content_type: str | None) -> bool:
    """Whether slack_bolt.request.internals.parse_body reads `body` into a JSON object."""
    try:
        if not body:
            return True
        if content_type == "application/json" or body.startswith("{"):
            return isinstance(json.loads(body), dict)
        if "payload" in body:
            payload = dict(parse_qsl(body, keep_blank_values=True)).get("payload")
            return payload is None or isinstance(json.loads(payload), dict)
    except ValueError:  # not JSON
        return False
    return True


def make_server(bot: Leernet, host: str = "0.0.0.0", port: int | None = None):
    """A waitress server (call .run() to serve, .close() to stop); port 0 picks a free one."""
    return create_server(wsgi_app(bot), host=host,
                         port=bot.settings.port if port is None else port, threads=8)


class HttpServer:
    """A waitress server that can be stopped cleanly from another thread (tests, SIGTERM)."""

    def __init__(self, bot: Leernet, host: str = "0.0.0.0", port: int | None = None) -> None:
        self._server = make_server(bot, host, port)
        self._stopping = threading.Event()

    @property
    def port(self) -> int:
        return self._server.effective_port

    def serve(self) -> None:
        # waitress's own run() loops forever; polling in short rounds lets stop() end it.
        while not self._stopping.is_set():
            self._server.asyncore.loop(timeout=0.2, map=self._server._map, count=1)
        self._server.close()
        self._server.task_dispatcher.shutdown()

    def stop(self) -> None:
        self._stopping.set()
