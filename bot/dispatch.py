"""Runs due deliveries: claim, apply the catch-up rule, send, record. No Slack in here.

Claims are leases: a delivery being sent carries its worker and `claimed_at`, which a
heartbeat renews every HEARTBEAT while the sender runs. A claim older than LEASE belongs to a
process that died (kill -9, a lost machine), and the next sweep gives it back to the queue;
the senders' receipts make the second attempt skip everyone already reached. A lease was
chosen over PostgreSQL's SELECT ... FOR UPDATE SKIP LOCKED because it works the same on
SQLite (which has no row locks) and holds no transaction open across slow Slack calls.

A lease only works if its holder stops in time: when the heartbeat cannot reach the database
(an outage), the claim runs out while the sender may still be going, and another process may
take the delivery over. So a sender starts a person's DM only while the lease, as last
renewed, still has LEASE_MARGIN to run (`hold_lease`), and otherwise abandons the delivery
(LeaseLost) without sending: the other process, or this one later, finishes it from the
receipts.
"""

import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.domain import schedule
from storage import deliveries as queue
from storage.database import Database
from storage.models import Delivery, DeliveryKind, DeliveryReceipt, DeliveryStatus, Meeting, as_utc

log = logging.getLogger(__name__)

Sender = Callable[[Delivery], None]
# Told once per delivery about the people it could not reach (facilitators, by DM).
FailureHook = Callable[[Delivery, Sequence[DeliveryReceipt]], None]
# Failures on Slack's side (timeouts, 5xx, anything unexpected) are retried this often, with
# a growing pause; a 429 is never counted: it only reschedules.
MAX_ATTEMPTS = 3
RETRY_AFTER = timedelta(minutes=1)
LEASE = timedelta(seconds=60)
HEARTBEAT = timedelta(seconds=15)
# A DM is started only while the lease has at least this long to run: time for the DM itself
# (a Slack call and its 15 s timeout) to end before another process may take over. With a
# beat every 15 s a healthy lease is never older than about 15 s; this one gives up after
# the beats failed for 40 s (two missed beats and then some).
LEASE_MARGIN = timedelta(seconds=20)


class RetryLater(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a sender when Slack asks to slow down: the delivery waits `after`, and
    keeps everyone not reached yet."""

    def __init__(self, after: timedelta, reason: str) -> None:
        super().__init__(reason)
        self.after = after
        self.reason = reason


class Paused(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a sender when its workspace has no installation any more (uninstalled, its
    token revoked): the delivery is paused, with everyone not reached yet, until the app is
    installed there again (bot.services.installations)."""


class GiveUp(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a sender when its delivery can never succeed (Slack refuses for good, or
    the retries ran out) and whoever must know was told: the delivery fails at once."""


class LeaseLost(Exception):  # noqa: N818 - a signal, not an error
    """The claim on a delivery was not renewed in time (or another process holds it now):
    the sender stops before its next DM, so nobody gets a message twice."""


class Lease:
    """This process's claim on one delivery, as last renewed in the database."""

    def __init__(self, delivery_id: int, renewed_at: datetime, *, lease: timedelta,
                 margin: timedelta, clock: Callable[[], datetime]) -> None:
        self.delivery_id = delivery_id
        self.renewed_at = renewed_at
        self.lease = lease
        self.margin = margin
        self.clock = clock
        self.taken = False  # the database said another process holds the claim now

    def check(self) -> None:
        """Raise LeaseLost unless a DM started now ends before the claim can run out."""
        if self.taken:
            raise LeaseLost(f"delivery {self.delivery_id} was taken over")
        age = self.clock() - self.renewed_at
        if age > self.lease - self.margin:
            raise LeaseLost(f"lease of delivery {self.delivery_id} not renewed for "
                            f"{age.total_seconds():.0f}s")


# The lease of the delivery this thread is sending (set by Dispatcher.run_one).
_current_lease: ContextVar[Lease | None] = ContextVar("leernet_lease", default=None)


def hold_lease() -> None:
    """For senders, before each person's DM: raise LeaseLost when this process may no longer
    hold the delivery by the time the DM is sent. Outside a dispatcher's send: nothing."""
    lease = _current_lease.get()
    if lease is not None:
        lease.check()


def utcnow() -> datetime:
    return datetime.now(UTC)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class Outcome:
    delivery_id: int
    status: DeliveryStatus | None  # None: someone else had claimed it
    error: str | None = None


class Dispatcher:
    """Sends what is due, once, whichever process gets there first."""

    def __init__(
        self,
        db: Database,
        senders: Mapping[DeliveryKind, Sender],
        *,
        worker: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        on_failures: FailureHook | None = None,
        lease: timedelta = LEASE,
        lease_margin: timedelta = LEASE_MARGIN,
        retry_after: timedelta = RETRY_AFTER,
    ) -> None:
        self.db = db
        self.senders = senders
        self.worker = worker or worker_name()
        self.clock = clock
        self.on_failures = on_failures
        self.lease = lease
        self.lease_margin = lease_margin
        self.retry_after = retry_after

    def run_due(self) -> list[Outcome]:
        now = self.clock()
        with self.db.session() as session:
            queue.release_stale(session, now - self.lease)
            ids = [d.id for d in queue.due(session, now)]
        return [self.run_one(delivery_id) for delivery_id in ids]

    def run_one(self, delivery_id: int) -> Outcome:
        """Claim and deliver one delivery now; a delivery someone else claimed is left alone."""
        claimed_at = self.clock()
        with self.db.session() as session:
            if not queue.claim(session, delivery_id, self.worker, claimed_at):
                return Outcome(delivery_id, None)
        with self.db.session() as session:
            delivery = queue.get(session, delivery_id)
            meeting = session.get(Meeting, delivery.meeting_id) if delivery.meeting_id else None
            verdict = schedule.catch_up(delivery.kind, delivery.run_at, self.clock(), meeting)
        if verdict == schedule.Verdict.SKIP:
            return self._finish(delivery, DeliveryStatus.SKIPPED, "skipped: too late or cancelled")
        sender = self.senders.get(DeliveryKind(delivery.kind))
        if sender is None:
            return self._finish(delivery, DeliveryStatus.FAILED, f"no sender for {delivery.kind}")
        with self._lease(delivery.id, claimed_at) as lease:
            try:
                lease.check()  # the checks above may have waited for the database
                sender(delivery)
            except LeaseLost as lost:
                return self._abandon(delivery, str(lost))
            except RetryLater as later:
                return self._later(delivery, later)
            except GiveUp as final:
                log.warning("delivery %s given up: %s", delivery.id, final)
                return self._finish(delivery, DeliveryStatus.FAILED, str(final))
            except Paused as gone:
                log.warning("delivery %s paused: %s", delivery.id, gone)
                with self.db.session() as session:
                    queue.pause(session, delivery.id, f"paused: {gone}")
                return Outcome(delivery.id, DeliveryStatus.PAUSED, str(gone))
            except Exception as exc:  # noqa: BLE001 - one failed send must not stop the others
                log.exception("delivery %s failed", delivery.id)
                return self._retry_or_fail(delivery, f"{type(exc).__name__}: {exc}")
            return self._settle(delivery)

    @contextmanager
    def _lease(self, delivery_id: int, claimed_at: datetime) -> Iterator[Lease]:
        """Renew the claim while the sender runs, so no other process takes it over; the
        sender checks the lease before each DM (`hold_lease`)."""
        lease = Lease(delivery_id, claimed_at, lease=self.lease, margin=self.lease_margin,
                      clock=self.clock)
        stop = threading.Event()

        def beat() -> None:
            while not stop.wait(HEARTBEAT.total_seconds()):
                now = self.clock()
                try:
                    with self.db.session() as session:
                        held = queue.heartbeat(session, delivery_id, self.worker, now)
                except Exception as exc:  # noqa: BLE001 - a lost beat only shortens the lease
                    log.warning("lease of delivery %s not renewed: %s", delivery_id, exc)
                    continue
                if held:
                    lease.renewed_at = now
                else:
                    lease.taken = True
                    return

        thread = threading.Thread(target=beat, name=f"lease-{delivery_id}", daemon=True)
        thread.start()
        token = _current_lease.set(lease)
        try:
            yield lease
        finally:
            _current_lease.reset(token)
            stop.set()
            thread.join()

    def _abandon(self, delivery: Delivery, reason: str) -> Outcome:
        """Stop without sending more: give the claim back if it is still ours (else another
        process has it); the receipts tell whoever sends next whom this attempt reached."""
        log.warning("delivery %s abandoned: %s", delivery.id, reason)
        try:
            with self.db.session() as session:
                queue.release(session, delivery.id, self.worker)
        except Exception as exc:  # noqa: BLE001 - the lease runs out by itself
            log.warning("could not give delivery %s back: %s", delivery.id, exc)
        return Outcome(delivery.id, None, reason)

    def _settle(self, delivery: Delivery) -> Outcome:
        """The sender went through everyone: retry whom Slack's failures left open, tell the
        facilitators whom Slack refused, and finish."""
        with self.db.session() as session:
            still_open = [r for r in queue.unresolved(session, delivery.id)
                          if not r.user_id.startswith(queue.NOTICE_PREFIX)]
            if still_open and delivery.attempts + 1 >= MAX_ATTEMPTS:
                queue.give_up(session, delivery.id, "not confirmed after retries")
        if still_open and delivery.attempts + 1 < MAX_ATTEMPTS:
            return self._pending(delivery, self.retry_after * (delivery.attempts + 1),
                                 f"{len(still_open)} not reached yet", count=True)
        with self.db.session() as session:
            failures = list(queue.failures(session, delivery.id))
        if failures and self.on_failures is not None:
            try:
                self.on_failures(delivery, failures)
            except LeaseLost as lost:
                return self._abandon(delivery, str(lost))
            except RetryLater as later:
                return self._later(delivery, later)
            except Exception:  # noqa: BLE001 - the delivery itself is done
                log.exception("could not tell the facilitators about delivery %s", delivery.id)
        if not failures:
            return self._finish(delivery, DeliveryStatus.SENT)
        summary = f"{len(failures)} not reached: " + ", ".join(
            f"{r.user_id} ({r.error})" for r in failures)
        return self._finish(delivery, DeliveryStatus.PARTIAL, summary)

    def _later(self, delivery: Delivery, later: RetryLater) -> Outcome:
        log.warning("delivery %s: %s, again in %s", delivery.id, later.reason, later.after)
        return self._pending(delivery, later.after, later.reason, count=False)

    def _finish(self, delivery: Delivery, status: DeliveryStatus,
                error: str | None = None) -> Outcome:
        with self.db.session() as session:
            queue.finish(session, delivery.id, status, self.clock(), error)
        return Outcome(delivery.id, status, error)

    def _retry_or_fail(self, delivery: Delivery, error: str) -> Outcome:
        """Put a failed send back in the queue a little later, a few times, then give up."""
        if delivery.attempts + 1 >= MAX_ATTEMPTS:
            return self._finish(delivery, DeliveryStatus.FAILED, error)
        return self._pending(delivery, self.retry_after * (delivery.attempts + 1), error,
                             count=True)

    def _pending(self, delivery: Delivery, after: timedelta, error: str, *,
                 count: bool) -> Outcome:
        with self.db.session() as session:
            row = queue.get(session, delivery.id)
            row.attempts += 1 if count else 0
            row.status = DeliveryStatus.PENDING
            row.claimed_by = row.claimed_at = None
            row.run_at = self.clock() + after
            row.last_error = error[:500]
        return Outcome(delivery.id, DeliveryStatus.PENDING, error)

    def next_run_at(self) -> datetime | None:
        """When something is next due: a pending run_at, or a lease that will expire."""
        with self.db.session() as session:
            due = queue.next_run_at(session)
            claimed = queue.oldest_claim(session)
        times = [as_utc(t) for t in (due,) if t is not None]
        if claimed is not None:
            times.append(as_utc(claimed) + self.lease)
        return min(times) if times else None
