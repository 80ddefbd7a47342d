"""Prometheus metrics, served at /metrics (prometheus_client, one registry per app instance).

- `leernet_ack_seconds{surface}`: from a Slack request's arrival to the response Bolt returns,
  by surface (command, view, action, event, other); Slack gives up after 3 s.
- `leernet_slack_ratelimited_total{method}`: 429 answers from Slack's Web API, counted where
  slack_sdk retries them (this process).
- From the database at scrape time, so they are right across several processes:
  `leernet_deliveries_total{status}` (sent, failed, skipped, ...), `leernet_deliveries_late_total`
  (sent later than run_at + LATE_AFTER), `leernet_queue_depth` (pending deliveries),
  `leernet_deliveries_sending` (claimed, being sent) and `leernet_oldest_due_seconds` (how long
  the oldest pending delivery that is due has waited; 0 when none waits).
"""

import json
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlparse

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from storage import health
from storage.database import Database
from storage.models import DeliveryStatus

log = logging.getLogger(__name__)

SURFACES = ("command", "view", "action", "event", "other")
# Around Slack's 3 s limit, finer; past it, only how bad.
ACK_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0)
# A delivery sent more than this after its run_at counts as late: room for a sweep and a
# paced fan-out to a full network, not for a stall.
LATE_AFTER = timedelta(minutes=5)
READ_TIMEOUT = 2.0  # seconds a scrape waits for the database before it says it is down
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """The registry of one running bot, and the instruments the code reports to."""

    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.ack_seconds = Histogram(
            "leernet_ack_seconds", "Slack request arrival to the response Bolt returns",
            ["surface"], buckets=ACK_BUCKETS, registry=self.registry)
        self.ratelimited = Counter(
            "leernet_slack_ratelimited", "HTTP 429 answers from Slack's Web API",
            ["method"], registry=self.registry)
        self.registry.register(DeliveryCollector(db, clock or (lambda: datetime.now(UTC))))

    def observe_ack(self, surface: str, seconds: float) -> None:
        self.ack_seconds.labels(surface if surface in SURFACES else "other").observe(seconds)

    def rate_limited(self, method: str) -> None:
        self.ratelimited.labels(method).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


class DeliveryCollector(Collector):
    """Reads the delivery queue at each scrape. A database that does not answer gives
    `leernet_database_up 0` instead of a failed scrape."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self.db = db
        self.clock = clock
        self._lock = threading.Lock()
        self._read: _QueueRead | None = None

    def _figures(self, now: datetime) -> health.QueueFigures | None:
        """The queue's figures, or None when the database refuses or does not answer within
        READ_TIMEOUT. The read runs on its own thread so a silent database holds up neither
        the scrape nor the server's threads; while one read hangs, no second one is started."""
        with self._lock:
            if self._read is None or self._read.done.is_set():
                self._read = _QueueRead(self.db, now)
            read = self._read
        if not read.done.wait(READ_TIMEOUT):
            log.warning("metrics: database did not answer within %ss", READ_TIMEOUT)
            return None
        if read.error is not None:
            log.warning("metrics: database not readable: %s", type(read.error).__name__)
            return None
        return read.figures

    def describe(self) -> list[Metric]:
        return []  # read at scrape time only (no query when the collector is registered)

    def collect(self) -> Iterator[Metric]:
        now = self.clock()
        up = GaugeMetricFamily("leernet_database_up",
                               "Whether the metrics query reached the database")
        figures = self._figures(now)
        if figures is None:  # a scrape answers while the database is down or silent
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        total = CounterMetricFamily("leernet_deliveries",
                                    "Finished deliveries by final status", labels=["status"])
        for status in (DeliveryStatus.SENT, DeliveryStatus.PARTIAL, DeliveryStatus.FAILED,
                       DeliveryStatus.SKIPPED):
            total.add_metric([str(status)], figures.by_status.get(str(status), 0))
        yield total
        late = CounterMetricFamily("leernet_deliveries_late",
                                   f"Deliveries sent more than {int(LATE_AFTER.total_seconds())}"
                                   " s after their run_at")
        late.add_metric([], figures.late)
        yield late
        yield GaugeMetricFamily("leernet_queue_depth", "Pending deliveries (due or not)",
                                value=figures.by_status.get(str(DeliveryStatus.PENDING), 0))
        yield GaugeMetricFamily("leernet_deliveries_sending", "Deliveries claimed and sending",
                                value=figures.by_status.get(str(DeliveryStatus.SENDING), 0))
        yield GaugeMetricFamily("leernet_deliveries_paused",
                                "Deliveries paused until their workspace installs the app again",
                                value=figures.by_status.get(str(DeliveryStatus.PAUSED), 0))
        age = 0.0 if figures.oldest_due is None else max(
            0.0, (now - figures.oldest_due).total_seconds())
        yield GaugeMetricFamily("leernet_oldest_due_seconds",
                                "How long the oldest due pending delivery has waited",
                                value=age)


class _QueueRead:
    """One read of the queue's figures on a daemon thread (a hung one never blocks exit)."""

    def __init__(self, db: Database, now: datetime) -> None:
        self.done = threading.Event()
        self.figures: health.QueueFigures | None = None
        self.error: BaseException | None = None
        threading.Thread(target=self._run, args=(db, now), name="metrics-read",
                         daemon=True).start()

    def _run(self, db: Database, now: datetime) -> None:
        try:
            with db.session(readonly=True) as session:
                self.figures = health.queue_figures(session, now, LATE_AFTER)
        except BaseException as error:  # noqa: BLE001 - reported as database_up 0
            self.error = error
        finally:
            self.done.set()


class CountingRateLimitHandler(RateLimitErrorRetryHandler):
    """slack_sdk's 429 handler (waits Retry-After, retries), counting every 429 it sees, the
    last one it gives up on included."""

    def __init__(self, metrics: "Metrics | None", max_retry_count: int = 3) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.metrics = metrics

    def can_retry(self, *, state: RetryState, request: HttpRequest,
                  response: HttpResponse | None = None, error: Exception | None = None) -> bool:
        if self.metrics is not None and response is not None and response.status_code == 429:
            try:
                self.metrics.rate_limited(_api_method(request.url))
            except Exception:  # noqa: BLE001 - counting never breaks a Slack call
                log.debug("could not count a 429", exc_info=True)
        return super().can_retry(state=state, request=request, response=response, error=error)


def _api_method(url: str) -> str:
    """chat.postMessage from https://slack.com/api/chat.postMessage (bounded: method names)."""
    name = urlparse(url).path.rsplit("/", 1)[-1]
    return name if name.replace(".", "").isalnum() and len(name) <= 64 else "other"


def surface_of(body: bytes) -> str:
    """Which Slack surface a request body is: command, view, action, event or other. Cheap,
    and never raises (a request is never failed for a metric's sake)."""
    try:
        if body[:1] == b"{":  # Events API (JSON)
            kind = json.loads(body).get("type")
            return "event" if kind == "event_callback" else "other"
        fields: dict[str, Any] = dict(parse_qsl(body.decode("utf-8", "replace")))
        if "command" in fields:
            return "command"
        payload = fields.get("payload")
        if payload is None:
            return "other"
        kind = json.loads(payload).get("type")
        if kind in ("view_submission", "view_closed"):
            return "view"
        if kind in ("block_actions", "interactive_message"):
            return "action"
        return "other"
    except Exception:  # noqa: BLE001 - malformed bodies are refused elsewhere
        return "other"
