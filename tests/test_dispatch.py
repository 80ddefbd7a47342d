"""The delivery queue below Slack: claims, catch-up rules, retries, two processes at once."""

import threading
import time
from datetime import UTC, datetime, timedelta

from bot.dispatch import Dispatcher
from storage import deliveries as queue
from storage.database import Database
from storage.models import Delivery, DeliveryKind, DeliveryStatus
from tests.factories import network_with_meeting, reminder

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class Recorder:
    def __init__(self, fail: bool = False, delay: float = 0.0) -> None:
        self.sent: list[int] = []
        self.fail = fail
        self.delay = delay
        self.lock = threading.Lock()

    def __call__(self, delivery: Delivery) -> None:
        if self.fail:
            raise RuntimeError("slack is down")
        time.sleep(self.delay)  # widens the window in which a non-atomic claim would double up
        with self.lock:
            self.sent.append(delivery.id)


def test_due_deliveries_are_sent_once_and_future_ones_wait(database_url):
    db = Database(database_url)
    network_id, meeting_id = network_with_meeting(db, NOW + timedelta(days=2))
    due = reminder(db, network_id, meeting_id, NOW - timedelta(minutes=1))
    later = reminder(db, network_id, meeting_id, NOW + timedelta(hours=1), timedelta(days=7))
    sender = Recorder()
    dispatcher = Dispatcher(db, {DeliveryKind.REMINDER: sender}, clock=lambda: NOW)
    dispatcher.run_due()
    dispatcher.run_due()
    assert sender.sent == [due]
    assert dispatcher.next_run_at() == NOW + timedelta(hours=1)
    with db.session() as session:
        assert queue.get(session, due).status == DeliveryStatus.SENT
        assert queue.get(session, later).status == DeliveryStatus.PENDING
    db.dispose()


def test_a_reminder_for_a_session_that_already_started_is_dropped(database_url):
    db = Database(database_url)
    network_id, meeting_id = network_with_meeting(db, NOW - timedelta(minutes=10))
    missed = reminder(db, network_id, meeting_id, NOW - timedelta(days=1))
    sender = Recorder()
    Dispatcher(db, {DeliveryKind.REMINDER: sender}, clock=lambda: NOW).run_due()
    assert sender.sent == []
    with db.session() as session:
        assert queue.get(session, missed).status == DeliveryStatus.SKIPPED
    db.dispose()


def test_a_failing_send_is_retried_later_then_given_up(database_url):
    db = Database(database_url)
    network_id, meeting_id = network_with_meeting(db, NOW + timedelta(days=2))
    delivery_id = reminder(db, network_id, meeting_id, NOW)
    clock = [NOW]
    dispatcher = Dispatcher(db, {DeliveryKind.REMINDER: Recorder(fail=True)},
                            clock=lambda: clock[0])
    statuses = []
    for _ in range(3):
        statuses += [o.status for o in dispatcher.run_due()]
        clock[0] += timedelta(minutes=10)
    assert statuses == [DeliveryStatus.PENDING, DeliveryStatus.PENDING, DeliveryStatus.FAILED]
    with db.session() as session:
        row = queue.get(session, delivery_id)
        assert row.status == DeliveryStatus.FAILED and "slack is down" in row.last_error
    db.dispose()


def test_two_processes_on_one_database_send_each_delivery_exactly_once(database_url):
    # Two dispatchers with their own engines stand in for two bot processes.
    setup = Database(database_url)
    network_id, meeting_id = network_with_meeting(setup, NOW + timedelta(days=30))
    ids = [reminder(setup, network_id, meeting_id, NOW - timedelta(seconds=i),
                    timedelta(hours=i + 1)) for i in range(20)]
    setup.dispose()
    sender = Recorder(delay=0.01)
    workers = [Dispatcher(Database(database_url), {DeliveryKind.REMINDER: sender},
                          worker=f"w{i}", clock=lambda: NOW) for i in range(2)]
    barrier = threading.Barrier(2)

    def run(worker: Dispatcher) -> None:
        barrier.wait()
        worker.run_due()

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(sender.sent) == sorted(ids)
    for worker in workers:
        worker.db.dispose()


def test_a_stale_claim_of_a_dead_process_is_released(database_url):
    db = Database(database_url)
    network_id, meeting_id = network_with_meeting(db, NOW + timedelta(days=2))
    delivery_id = reminder(db, network_id, meeting_id, NOW - timedelta(hours=1))
    with db.session() as session:
        assert queue.claim(session, delivery_id, "dead-process", NOW - timedelta(hours=1))
    sender = Recorder()
    Dispatcher(db, {DeliveryKind.REMINDER: sender}, clock=lambda: NOW).run_due()
    assert sender.sent == [delivery_id]
    db.dispose()
