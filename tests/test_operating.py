"""What an operator sees: /healthz and /readyz, /metrics, the log lines (JSON or text, never a
token or an answer)."""

import io
import json
import logging
import socket
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlmodel import select

from bot import logs
from bot.metrics import Metrics, surface_of
from handlers.slack import ids
from storage.database import make_engine
from storage.models import Delivery, DeliveryKind, DeliveryStatus
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.evaluations.helpers import answer, past_session, run, setup_network
from tests.outage import database_down
from tests.slack_helpers import add_member, eventually


def _get(stack, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(stack.url + path, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _samples(stack) -> dict[tuple[str, tuple], float]:
    """Every sample of /metrics by (name, sorted labels)."""
    status, body = _get(stack, "/metrics")
    assert status == 200
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(body) for s in family.samples}


# --- /healthz and /readyz ---------------------------------------------------------------------

def test_readyz_is_200_when_up_and_503_naming_the_database_when_it_is_unreachable(stack):
    assert _get(stack, "/readyz") == (200, "ready")
    # The database itself goes away (swapping the engine left the read-only one working).
    with database_down(stack):
        status, reason = _get(stack, "/readyz")
        assert status == 503 and reason == "database: OperationalError"
        assert _get(stack, "/healthz") == (200, "ok")  # alive, only not ready
        # The metrics still answer, and say the database is down.
        assert _samples(stack)[("leernet_database_up", ())] == 0
    assert _get(stack, "/readyz") == (200, "ready")
    assert _samples(stack)[("leernet_database_up", ())] == 1


def test_readyz_says_503_when_the_database_does_not_answer_in_time(stack):
    """A server that accepts the connection and never answers (a hung database)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        working = stack.bot.db.engine
        hung = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:"
                           f"{silent.getsockname()[1]}/hung")
        stack.bot.db.engine = hung
        try:
            assert _get(stack, "/readyz") == (503, "database: no answer within 2s")
            # Scrapes answer too, and say so; a pile of them does not hold the server's
            # threads while the database is silent (more scrapes than waitress has threads).
            for _ in range(10):
                assert _samples(stack)[("leernet_database_up", ())] == 0
            assert _get(stack, "/healthz") == (200, "ok")
        finally:
            stack.bot.db.engine = working
        # Back at once, though the hung ping is still waiting.
        assert _get(stack, "/readyz") == (200, "ready")


def test_readyz_says_503_when_the_scheduler_stops_ticking_or_is_stopped(stack):
    scheduler = stack.bot.scheduler
    with scheduler._tick_lock:  # no tick can start (and beat) while the test holds it
        scheduler.last_beat -= 3600  # as if no tick had run for an hour
        status, reason = _get(stack, "/readyz")
    assert status == 503 and reason.startswith("scheduler: no tick for 36")
    scheduler.tick()
    assert _get(stack, "/readyz") == (200, "ready")
    scheduler.shutdown()
    assert _get(stack, "/readyz") == (503, "scheduler: not running")


# --- /metrics ---------------------------------------------------------------------------------

def _sent(stack, run_at: datetime, finished_at: datetime, key: str) -> None:
    with stack.bot.db.session() as session:
        network_id = session.exec(select(Delivery.network_id)).first()
        session.add(Delivery(team_id="T0TWIN", key=key, kind=DeliveryKind.DIGEST,
                             run_at=run_at, network_id=network_id, target=CHANNEL,
                             status=DeliveryStatus.SENT, finished_at=finished_at))


def test_metrics_show_acks_per_surface_deliveries_429s_and_the_queue(stack):
    setup_network(stack)  # a command, a view submission, and what follows
    meeting_id = past_session(stack)
    # One DM of the delivery meets a 429 first (slack_sdk waits Retry-After and retries).
    stack.twin.rate_limit_next("chat.postMessage", retry_after=0)
    run(stack, DeliveryKind.EVALUATION, meeting_id)  # sent through the dispatcher
    answer(stack, ANN)  # a click (action) and a view submission
    stack.bot.scheduler.shutdown()  # from here on the queue stays as the test leaves it
    now = datetime.now(UTC)
    _sent(stack, now - timedelta(hours=1), now - timedelta(minutes=54), "late")
    _sent(stack, now - timedelta(hours=1), now - timedelta(minutes=59), "in-time")
    pending = [now - timedelta(minutes=10), now - timedelta(minutes=1), now + timedelta(days=1)]
    with stack.bot.db.session() as session:
        network_id = session.exec(select(Delivery.network_id)).first()
        for i, run_at in enumerate(pending):
            session.add(Delivery(team_id="T0TWIN", key=f"pending:{i}", kind=DeliveryKind.DIGEST,
                                 run_at=run_at, network_id=network_id, target=CHANNEL))
        counted = {s: 0 for s in DeliveryStatus}
        for delivery in session.exec(select(Delivery)):
            counted[DeliveryStatus(delivery.status)] += 1

    samples = _samples(stack)
    for surface in ("command", "view", "action"):
        count = samples[("leernet_ack_seconds_count", (("surface", surface),))]
        total = samples[("leernet_ack_seconds_sum", (("surface", surface),))]
        assert count >= 1 and 0 < total / count < 3, (surface, count, total)
        # Every ack fits in Slack's 3 s; the buckets are cumulative up to +Inf.
        assert samples[("leernet_ack_seconds_bucket", (("le", "3.0"), ("surface", surface)))] \
            == count
    assert samples[("leernet_slack_ratelimited_total", (("method", "chat.postMessage"),))] == 1
    assert samples[("leernet_deliveries_total", (("status", "sent"),))] == counted["sent"] >= 3
    assert samples[("leernet_deliveries_total", (("status", "failed"),))] == 0
    assert samples[("leernet_deliveries_late_total", ())] == 1
    # The three above, the network's retention check (due in about two years) and its
    # channel and facilitator digests.
    assert samples[("leernet_queue_depth", ())] == counted["pending"] == 3 + 1 + 2
    assert 600 <= samples[("leernet_oldest_due_seconds", ())] < 700
    assert samples[("leernet_database_up", ())] == 1


def test_an_event_is_timed_as_an_event():
    event = json.dumps({"type": "event_callback", "event": {"type": "app_home_opened"}})
    assert surface_of(event.encode()) == "event"
    assert surface_of(b"command=%2Fleernet&text=help") == "command"
    assert surface_of(b"payload=" + b"%7B%22type%22%3A%22view_submission%22%7D") == "view"
    assert surface_of(b"payload=%7B%22type%22%3A%22block_actions%22%7D") == "action"
    for junk in (b"", b"{", b"payload=%7Bnot", b"\xff\xfe", b"payload=%5B1%5D"):
        assert surface_of(junk) == "other"


def test_two_apps_in_one_process_have_their_own_registries(database_url):
    from storage.database import Database

    first, second = Database(database_url), Database(database_url)
    try:
        a, b = Metrics(first), Metrics(second)
        a.observe_ack("command", 0.1)
        assert b"leernet_ack_seconds_count" not in b.render()
        assert b'leernet_ack_seconds_count{surface="command"} 1.0' in a.render()
    finally:
        first.dispose()
        second.dispose()


# --- logs -------------------------------------------------------------------------------------

@pytest.fixture
def configured_logs():
    """bot.logs.configure as `leernet serve` runs it, into a buffer; the test's own logging
    setup comes back afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level,
             {name: logging.getLogger(name).level for name in logs.PAYLOAD_LOGGERS})
    buffer = io.StringIO()

    def configure(log_format: str, level: int = logging.DEBUG) -> io.StringIO:
        logs.configure(log_format, level, stream=buffer)
        return buffer

    yield configure
    handlers, level, levels = saved
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def test_json_logs_are_one_object_per_line_with_the_request_id(stack, configured_logs):
    buffer = configured_logs("json")
    assert stack.driver.command(FACILITATOR, "help", CHANNEL).status == 200
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("leernet.test").exception("it failed with %s", "xoxb-1-2-abc")
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert lines and all({"time", "level", "logger", "message"} <= set(e) for e in lines)
    (access,) = [e for e in lines if e["message"].startswith("slack command answered 200")]
    assert access["logger"] == "bot.web" and len(access["request_id"]) == 12
    (failure,) = [e for e in lines if e["logger"] == "leernet.test"]
    assert failure["level"] == "ERROR" and "request_id" not in failure
    assert failure["message"] == "it failed with xoxb-[redacted]"
    assert "RuntimeError: boom" in failure["exception"]
    datetime.fromisoformat(failure["time"])


def test_lines_a_listener_writes_on_its_own_thread_carry_the_request_id(stack,
                                                                         configured_logs):
    buffer = configured_logs("json")
    forged = {"blocks": [{"type": "actions", "elements": [{
        "type": "button", "action_id": ids.SESSION_ICS, "value": "not-an-id",
        "text": {"type": "plain_text", "text": "ics"}}]}]}
    assert stack.driver.click(ANN, ids.SESSION_ICS, message=forged,
                              channel_id=CHANNEL).status == 200
    eventually(lambda: "refused a malformed" in buffer.getvalue())
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    (access,) = [e for e in lines if e["message"].startswith("slack action answered 200")]
    (refused,) = [e for e in lines if e["message"] == "refused a malformed or forged request"]
    assert refused["request_id"] == access["request_id"]


def test_tokens_are_redacted_in_messages_arguments_and_tracebacks(configured_logs):
    buffer = configured_logs("text")
    log = logging.getLogger("leernet.test")
    tokens = ["xoxb-123-456-abcDEF", "xoxp-1-2-3-ff", "xapp-1-A0-123-abc", "xoxe.xoxp-1-Mi0",
              "xoxe-1-abc"]
    log.warning("token %s", tokens[0])
    log.info(f"tokens {tokens[1]} and {tokens[2]}")
    try:
        raise ValueError(f"bad auth {tokens[3]} {tokens[4]}")
    except ValueError:
        log.exception("call failed")
    out = buffer.getvalue()
    assert "xoxb-[redacted]" in out and "call failed" in out and "ValueError" in out
    for token in tokens:
        assert token not in out, token


def test_evaluation_answers_and_modal_values_never_reach_the_logs(stack, configured_logs):
    buffer = configured_logs("text", logging.DEBUG)
    setup_network(stack)  # the charter modal's values go to Slack in the charter post
    # A third participant: the facilitator's own answer would count out of the release.
    stack.twin.add_user("UCAR0001", "car", real_name="Car Claes")
    add_member(stack, "UCAR0001")
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    secret = "ANN-SECRET-ANSWER-7731"
    for user in (ANN, BOB, "UCAR0001"):
        answer(stack, user, keep=secret, change=secret)
    stack.bot.deps.clock = lambda: datetime.now(UTC) + timedelta(days=8)  # the poll ran out
    run(stack, DeliveryKind.EVALUATION_CLOSE, meeting_id)  # the summary quotes the answers
    summaries = [c for c in stack.twin.calls_to("chat.postMessage")
                 if secret in json.dumps(c.args)]
    assert summaries, "the summary went to Slack with the answers (so they were at hand)"
    out = buffer.getvalue()
    assert "slack view answered 200" in out  # DEBUG lines were written
    assert secret not in out
    assert stack.twin.bot_token not in out

