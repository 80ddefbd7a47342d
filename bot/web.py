"""HTTP mode: Bolt's WSGI handler on /slack/events, via waitress; /healthz (the process serves),
/readyz (database and scheduler are up) and /metrics (Prometheus) for operators. In
distributed mode Bolt's handler also serves the install pages: GET /slack/install (the "Add to
Slack" page) and GET /slack/oauth_redirect (the end of an install; bot.installations).

waitress is a maintained, pure-Python production WSGI server: no compiler, no extra process
manager, threads to match the sync Bolt app.
"""

import gc
import io
import json
import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.signature import SignatureVerifier
from waitress.server import create_server
from waitress.task import ThreadedTaskDispatcher

from bot import logs
from bot.acks import AckBacklog
from bot.app import Leernet
from bot.health import Readiness
from bot.installations import INSTALL_PATH, REDIRECT_PATH, StateStore
from bot.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from bot.metrics import surface_of
from handlers.web import pages

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
TEXT = [("Content-Type", "text/plain; charset=utf-8")]
THREADS = 8  # waitress's threads that answer requests (listeners run on Bolt's own pool)


def wsgi_app(bot: Leernet, readiness: Readiness | None = None,
             backlog: AckBacklog | None = None) -> Callable:
    slack = SlackRequestHandler(bot.app, path=EVENTS_PATH)
    verifier = SignatureVerifier(bot.settings.signing_secret or "")  # required to serve
    ready = readiness or Readiness(bot.db, bot.scheduler)
    backlog = backlog or AckBacklog()  # acknowledgements first (bot.acks)
    web_pages = pages.WebPages(bot.deps, StateStore(bot.db.engine))

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        arrived = time.perf_counter()
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if method == "GET" and path == "/healthz":
            start_response("200 OK", TEXT)
            return [b"ok"]
        if method == "GET" and path == "/readyz":
            problems = ready.problems()
            start_response("503 Service Unavailable" if problems else "200 OK", TEXT)
            return ["\n".join(problems).encode() if problems else b"ready"]
        if method == "GET" and path == "/metrics":
            start_response("200 OK", [("Content-Type", METRICS_CONTENT_TYPE)])
            return [bot.metrics.render()]
        if pages.handles(path or ""):
            return web_pages(environ, start_response)
        if method == "GET" and path in (INSTALL_PATH, REDIRECT_PATH):
            return slack(environ, start_response)  # 404 unless distributed (Bolt's OAuth flow)
        if path == EVENTS_PATH and method == "POST":
            refusal = _refusal(environ, verifier)
            if refusal is not None:
                start_response(refusal, TEXT)
                return [b""]
            with backlog.owed():
                return _timed(bot, slack, environ, start_response, arrived)
        return slack(environ, start_response)

    return application


def _timed(bot: Leernet, slack: Callable, environ: dict, start_response: Callable,
           arrived: float) -> Iterable[bytes]:
    """Bolt's answer, with its latency observed per surface, and a request id on the log lines
    of this thread. The body was read into a BytesIO by _refusal."""
    try:
        surface = surface_of(environ["wsgi.input"].getvalue())
    except Exception:  # noqa: BLE001 - a metric never fails a request
        surface = "other"
    status: list[str] = []

    def started(code: str, headers: list, *exc_info: object) -> Callable:
        status.append(code)
        return start_response(code, headers, *exc_info)

    token = logs.request_id.set(uuid.uuid4().hex[:12])
    try:
        return slack(environ, started)
    finally:
        seconds = time.perf_counter() - arrived
        try:
            bot.metrics.observe_ack(surface, seconds)
        except Exception:  # noqa: BLE001 - a metric never fails a request
            log.debug("could not observe an ack", exc_info=True)
        log.debug("slack %s answered %s in %.0f ms", surface,
                  status[0].split(" ", 1)[0] if status else "-", seconds * 1000)
        logs.request_id.reset(token)


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


class _HoldingDispatcher(ThreadedTaskDispatcher):
    """waitress's queue of requests for its threads, telling the backlog (bot.acks) of each
    request from the moment it is queued until its answer is written: in a burst most wait
    here, with every thread busy, before the application sees them."""

    def __init__(self, backlog: AckBacklog) -> None:
        super().__init__()
        self.backlog = backlog

    def add_task(self, task: Any) -> None:
        self.backlog.arrived()
        super().add_task(_Held(task, self.backlog))


class _Held:
    """A queued waitress task that tells the backlog when it is done or dropped."""

    def __init__(self, task: Any, backlog: AckBacklog) -> None:
        self.task = task
        self.backlog = backlog

    def service(self) -> None:
        try:
            self.task.service()
        finally:
            self.backlog.answered()

    def cancel(self) -> None:
        try:
            self.task.cancel()
        finally:
            self.backlog.answered()


def make_server(bot: Leernet, host: str | None = None, port: int | None = None,
                sock: socket.socket | None = None):
    """A waitress server (call .run() to serve, .close() to stop) on LEERNET_BIND and PORT
    unless told otherwise; port 0 picks a free one; `sock`: a socket already listening."""
    backlog = AckBacklog()
    dispatcher = _HoldingDispatcher(backlog)
    dispatcher.set_thread_count(THREADS)
    # `_dispatcher` is waitress's way to bring one's own queue (documented as a test shim).
    app = wsgi_app(bot, backlog=backlog)
    if sock is not None:
        return create_server(app, _dispatcher=dispatcher, sockets=[sock], threads=THREADS)
    return create_server(app, _dispatcher=dispatcher,
                         host=bot.settings.bind if host is None else host,
                         port=bot.settings.port if port is None else port, threads=THREADS)


def freeze_startup_heap() -> None:
    """Once the app is built, before serving: what exists now (modules, the app, its
    listeners, SQLAlchemy's mappers) lives as long as the process, so it is moved out of the
    collector's reach. A full collection otherwise walks all of it, 60-90 ms in the bot's
    process, and one that falls in a burst holds every ack behind it (P1)."""
    gc.collect()
    gc.freeze()


class HttpServer:
    """A waitress server that can be stopped cleanly from another thread (tests, SIGTERM)."""

    def __init__(self, bot: Leernet, host: str | None = None, port: int | None = None,
                 sock: socket.socket | None = None) -> None:
        self._server = make_server(bot, host, port, sock)
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
