"""HTTP mode: Bolt's WSGI handler on /slack/events, /healthz for load balancers, via waitress.

waitress is a maintained, pure-Python production WSGI server: no compiler, no extra process
manager, threads to match the sync Bolt app.
"""

import threading
from collections.abc import Callable, Iterable

from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.server import create_server

from bot.app import Leernet

EVENTS_PATH = "/slack/events"


def wsgi_app(bot: Leernet) -> Callable:
    slack = SlackRequestHandler(bot.app, path=EVENTS_PATH)

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") == "GET":
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok"]
        return slack(environ, start_response)

    return application


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
