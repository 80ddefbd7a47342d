"""Runs due deliveries: claim, apply the catch-up rule, send, record. No Slack in here."""

import logging
import os
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.domain import schedule
from storage import deliveries as queue
from storage.database import Database
from storage.models import Delivery, DeliveryKind, DeliveryStatus, Meeting

log = logging.getLogger(__name__)

Sender = Callable[[Delivery], None]
MAX_ATTEMPTS = 3
RETRY_AFTER = timedelta(minutes=1)


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
    ) -> None:
        self.db = db
        self.senders = senders
        self.worker = worker or worker_name()
        self.clock = clock

    def run_due(self) -> list[Outcome]:
        now = self.clock()
        with self.db.session() as session:
            queue.release_stale(session, now - schedule.STALE_CLAIM)
            ids = [d.id for d in queue.due(session, now)]
        return [self.run_one(delivery_id) for delivery_id in ids]

    def run_one(self, delivery_id: int) -> Outcome:
        """Claim and deliver one delivery now; a delivery someone else claimed is left alone."""
        with self.db.session() as session:
            if not queue.claim(session, delivery_id, self.worker, self.clock()):
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
        try:
            sender(delivery)
        except Exception as exc:  # noqa: BLE001 - one failed send must not stop the others
            log.exception("delivery %s failed", delivery.id)
            return self._retry_or_fail(delivery, f"{type(exc).__name__}: {exc}")
        return self._finish(delivery, DeliveryStatus.SENT)

    def _finish(self, delivery: Delivery, status: DeliveryStatus,
                error: str | None = None) -> Outcome:
        with self.db.session() as session:
            queue.finish(session, delivery.id, status, self.clock(), error)
        return Outcome(delivery.id, status, error)

    def _retry_or_fail(self, delivery: Delivery, error: str) -> Outcome:
        """Put a failed send back in the queue a little later, a few times, then give up."""
        attempts = delivery.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            return self._finish(delivery, DeliveryStatus.FAILED, error)
        with self.db.session() as session:
            row = queue.get(session, delivery.id)
            row.attempts = attempts
            row.status = DeliveryStatus.PENDING
            row.claimed_by = row.claimed_at = None
            row.run_at = self.clock() + RETRY_AFTER * attempts
            row.last_error = error[:500]
        return Outcome(delivery.id, DeliveryStatus.PENDING, error)

    def next_run_at(self) -> datetime | None:
        with self.db.session() as session:
            return queue.next_run_at(session)
