"""Scheduled DMs under faults: a process killed mid fan-out, a 429 storm, a DM that hangs,
a database that goes away. Each ends with everyone reached once: 0 lost, 0 duplicated.

The dispatchers here run on a clock the test moves (a retry 60 s later is one step, not a
wait); Slack is the twin, with its faults injected.
"""

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from slack_sdk import WebClient
from sqlmodel import select

from bot.dispatch import LEASE, RETRY_AFTER, Dispatcher, Outcome
from bot.scheduler import DeliveryScheduler
from slack_twin.local_stack import BOT_TOKEN, SIGNING_SECRET, TEAM_ID
from storage import deliveries as queue
from storage.models import Delivery, DeliveryReceipt, DeliveryStatus
from tests.factories import network_with_meeting, reminder
from tests.outage import database_down
from tests.slack_helpers import eventually

ROOT = Path(__file__).parents[1]
EVENT_TYPE = "leernet_delivery"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def _fanout(stack, count: int) -> tuple[list[str], int]:
    """`count` members of a network with a reminder due an hour from now (so the running
    bot's own scheduler leaves it to the test)."""
    people = [f"UPEER{i:03d}" for i in range(count)]
    for user in people:
        stack.twin.add_user(user, user.lower())
    now = datetime.now(UTC)
    network_id, meeting_id = network_with_meeting(
        stack.bot.db, now + timedelta(days=10), members=tuple(people), team_id=TEAM_ID,
        channel_id="CFAULT01")
    return people, reminder(stack.bot.db, network_id, meeting_id, now + timedelta(hours=1))


def _dispatcher(stack, clock: Clock, **kwargs) -> Dispatcher:
    """A second 'process' on the same database, with the running bot's senders."""
    bot = stack.bot.dispatcher
    return Dispatcher(stack.bot.db, bot.senders, worker="restarted", clock=clock,
                      on_failures=bot.on_failures, **kwargs)


def _key(stack, delivery_id: int) -> str:
    with stack.bot.db.session() as session:
        return queue.get(session, delivery_id).key


def _copies(stack, people: list[str], delivery_id: int) -> dict[str, int]:
    """How many messages of this delivery each person has in their DM."""
    key = _key(stack, delivery_id)
    counts = {}
    for user in people:
        channel = stack.twin.dm_channel(user)
        messages = stack.twin.messages(channel) if channel else []
        counts[user] = sum(1 for m in messages
                           if m.get("metadata", {}).get("event_payload", {}).get("delivery") == key)
    return counts


def _status(stack, delivery_id: int) -> Delivery:
    with stack.bot.db.session() as session:
        return queue.get(session, delivery_id)


def _until_done(dispatcher: Dispatcher, clock: Clock, stack, delivery_id: int,
                step: timedelta, rounds: int = 20) -> Delivery:
    for _ in range(rounds):
        dispatcher.run_due()
        row = _status(stack, delivery_id)
        if row.status not in (DeliveryStatus.PENDING, DeliveryStatus.SENDING):
            return row
        clock.advance(step)
    raise AssertionError(f"delivery {delivery_id} still {row.status}: {row.last_error}")


def test_an_interrupted_send_is_looked_up_in_the_dm_not_skipped_and_not_repeated(stack):
    people, delivery_id = _fanout(stack, 4)
    reached, posted_unrecorded, never_called, _untouched = people
    key = _key(stack, delivery_id)
    client = WebClient(base_url=stack.twin.api_url, token=BOT_TOKEN)
    # What a process killed mid fan-out leaves behind: one person reached and recorded; one
    # whose message Slack posted but whose result was never written; one whose intent was
    # written but Slack never called.
    with stack.bot.db.session() as session:
        for user in (reached, posted_unrecorded, never_called):
            session.add(DeliveryReceipt(team_id=TEAM_ID, delivery_id=delivery_id, user_id=user))
    for user in (reached, posted_unrecorded):
        posted = client.chat_postMessage(channel=user, text="herinnering", metadata={
            "event_type": EVENT_TYPE, "event_payload": {"delivery": key, "to": user}})
        if user == reached:
            with stack.bot.db.session() as session:
                receipt = session.exec(select(DeliveryReceipt).where(
                    DeliveryReceipt.user_id == user)).one()
                receipt.channel_id, receipt.message_ts = posted["channel"], posted["ts"]
                session.add(receipt)
    stack.twin.clear_calls()

    clock = Clock(datetime.now(UTC) + timedelta(hours=1))
    row = _until_done(_dispatcher(stack, clock), clock, stack, delivery_id, RETRY_AFTER)

    assert row.status == DeliveryStatus.SENT
    assert _copies(stack, people, delivery_id) == dict.fromkeys(people, 1)
    looked_up = {c.args["channel"] for c in stack.twin.calls_to("conversations.history")}
    assert looked_up == {stack.twin.dm_channel(posted_unrecorded),
                         stack.twin.dm_channel(never_called)}
    with stack.bot.db.session() as session:
        receipts = session.exec(select(DeliveryReceipt)).all()
    assert all(r.message_ts and r.error is None for r in receipts)


CHILD = """
import sys
from bot.app import create_app
from bot.config import load_settings
bot = create_app(load_settings(dotenv=False))
print("started", flush=True)
bot.dispatcher.run_one(int(sys.argv[1]))
"""


def test_kill_9_mid_fanout_then_a_restarted_process_finishes_none_lost_none_twice(stack):
    people, delivery_id = _fanout(stack, 6)
    # Two DMs go through; the third hangs in Slack long enough for the kill to land while it
    # is on the wire (Slack still posts it, after the sender is gone).
    stack.twin.delay_next("chat.postMessage", 0.01, times=2)
    stack.twin.delay_next("chat.postMessage", 3.0, times=1)
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": stack.twin.api_url, "DATABASE_URL": stack.settings.database_url,
           "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(delivery_id)], env=env,
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stack.twin.wait_for("chat.postMessage", count=2, timeout=30)
        time.sleep(1.0)  # the third post is now held by the twin
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    eventually(lambda: len(stack.twin.calls_to("chat.postMessage")) == 3)  # Slack posted it
    row = _status(stack, delivery_id)
    assert row.status == DeliveryStatus.SENDING
    assert sum(_copies(stack, people, delivery_id).values()) == 3

    # The dead claim is due again within the lease, not in 10 minutes.
    clock = Clock(datetime.now(UTC))
    restarted = _dispatcher(stack, clock)
    wake = restarted.next_run_at()
    assert wake is not None and wake <= row.claimed_at.replace(tzinfo=UTC) + LEASE
    clock.now = max(wake, row.run_at.replace(tzinfo=UTC)) + timedelta(seconds=1)
    row = _until_done(restarted, clock, stack, delivery_id, RETRY_AFTER)
    assert row.status == DeliveryStatus.SENT
    assert _copies(stack, people, delivery_id) == dict.fromkeys(people, 1)


def test_a_429_storm_loses_nobody_and_the_delivery_waits_as_slack_asks(stack):
    people, delivery_id = _fanout(stack, 5)
    stack.twin.rate_limit_next("conversations.open", retry_after=30, times=2)
    stack.twin.rate_limit_next("chat.postMessage", retry_after=30, times=6)
    clock = Clock(datetime.now(UTC) + timedelta(hours=1))
    dispatcher = _dispatcher(stack, clock)

    (first,) = dispatcher.run_due()
    assert first.status == DeliveryStatus.PENDING and first.error == "ratelimited"
    row = _status(stack, delivery_id)
    assert row.run_at.replace(tzinfo=UTC) == clock.now + timedelta(seconds=30)
    assert row.attempts == 0  # a 429 is never counted towards giving up

    row = _until_done(dispatcher, clock, stack, delivery_id, timedelta(seconds=30))
    assert row.status == DeliveryStatus.SENT
    assert _copies(stack, people, delivery_id) == dict.fromkeys(people, 1)
    with stack.bot.db.session() as session:
        assert [r.error for r in session.exec(select(DeliveryReceipt)).all()] == [None] * 5


def test_a_hung_dm_does_not_hold_up_the_others_and_is_retried_once(stack):
    people, delivery_id = _fanout(stack, 4)
    hung = people[0]
    stack.bot.clients.for_team(TEAM_ID).timeout = 1  # the twin answers after 2.5 s
    stack.twin.delay_next("chat.postMessage", 2.5)
    clock = Clock(datetime.now(UTC) + timedelta(hours=1))
    dispatcher = _dispatcher(stack, clock)

    (first,) = dispatcher.run_due()
    # The timeout was caught for that one person: the others were reached in the same run.
    assert first.status == DeliveryStatus.PENDING and first.error == "1 not reached yet"
    copies = _copies(stack, people, delivery_id)
    assert {u: n for u, n in copies.items() if u != hung} == dict.fromkeys(people[1:], 1)

    eventually(lambda: _copies(stack, [hung], delivery_id)[hung] == 1)  # Slack did post it
    row = _until_done(dispatcher, clock, stack, delivery_id, RETRY_AFTER)
    assert row.status == DeliveryStatus.SENT
    assert _copies(stack, people, delivery_id) == dict.fromkeys(people, 1)


def test_a_person_slack_refuses_is_shown_and_the_facilitator_told_once(stack):
    people, delivery_id = _fanout(stack, 3)
    facilitator, gone, _ = people
    stack.twin.add_user(gone, "gone", deleted=True)
    stack.twin.fail_next("chat.postMessage", "account_inactive")  # the facilitator's own DM
    clock = Clock(datetime.now(UTC) + timedelta(hours=1))
    row = _until_done(_dispatcher(stack, clock), clock, stack, delivery_id, RETRY_AFTER)
    assert row.status == DeliveryStatus.PARTIAL
    assert row.last_error == (f"2 not reached: {facilitator} (account_inactive), "
                              f"{gone} (user_disabled)")
    notices = [m for m in stack.twin.messages(stack.twin.dm_channel(facilitator))
               if "niet bezorgen" in m["text"]]
    assert len(notices) == 1 and f"<@{gone}> (user_disabled)" in notices[0]["text"]


def test_a_database_that_goes_away_mid_fanout_loses_nobody(stack, caplog):
    people, delivery_id = _fanout(stack, 4)
    outage = database_down(stack)  # the file on SQLite, the server's database on PostgreSQL
    stack.twin.delay_next("chat.postMessage", 0.01, times=1)
    stack.twin.delay_next("chat.postMessage", 1.5, times=1)
    clock = Clock(datetime.now(UTC) + timedelta(hours=1))
    dispatcher = _dispatcher(stack, clock)
    scheduler = DeliveryScheduler(dispatcher, timedelta(minutes=10))

    def database_goes_away() -> None:
        stack.twin.wait_for("chat.postMessage", count=1, timeout=10)
        time.sleep(0.5)  # the second DM is on the wire
        outage.__enter__()

    breaker = threading.Thread(target=database_goes_away)
    breaker.start()
    with caplog.at_level(logging.ERROR, logger="bot.scheduler"):
        scheduler.tick()  # the fan-out fails when it records the second DM
        breaker.join()
        for _ in range(3):
            scheduler.tick()  # still down: logged once, not once per tick
        failures = [r for r in caplog.records if r.name == "bot.scheduler"]
        assert len(failures) == 1
        eventually(lambda: len(stack.twin.calls_to("chat.postMessage")) == 2)
        outage.__exit__(None, None, None)  # back, with no restart
        clock.advance(LEASE + timedelta(seconds=1))
        row = _until_done(dispatcher, clock, stack, delivery_id, RETRY_AFTER)
    assert row.status == DeliveryStatus.SENT
    assert _copies(stack, people, delivery_id) == dict.fromkeys(people, 1)


def test_a_sender_whose_lease_ran_out_in_an_outage_stops_before_its_next_dm(stack):
    """The database is away longer than the lease while a process is mid fan-out (here:
    waiting on Slack for the next person's DM channel), so its heartbeat cannot renew the
    claim; once the database is back another process takes the delivery over and sends. The
    first one must then send nothing more, or that person gets the reminder twice."""
    people, delivery_id = _fanout(stack, 4)
    stack.twin.delay_next("conversations.open", 0.0, times=1)
    stack.twin.delay_next("conversations.open", 5.0, times=1)  # the second person's
    clock = Clock(datetime.now(UTC) + timedelta(hours=1))
    first = _dispatcher(stack, clock)
    outcomes: list[Outcome] = []
    sending = threading.Thread(target=lambda: outcomes.append(first.run_one(delivery_id)))
    sending.start()
    stack.twin.wait_for("chat.postMessage", count=1, timeout=10)
    time.sleep(0.5)  # the second person's DM channel is being opened, slowly
    with database_down(stack):
        clock.advance(LEASE + timedelta(seconds=1))  # no beat gets through meanwhile
    bot = stack.bot.dispatcher
    second = Dispatcher(stack.bot.db, bot.senders, worker="second", clock=clock,
                        on_failures=bot.on_failures)
    (taken,) = second.run_due()
    assert taken.status == DeliveryStatus.SENT
    sending.join(15)

    assert _copies(stack, people, delivery_id) == dict.fromkeys(people, 1)
    (abandoned,) = outcomes
    assert abandoned.status is None and "not renewed" in (abandoned.error or "")
    assert _status(stack, delivery_id).status == DeliveryStatus.SENT
