"""The delivery queue: the schedule lives in these rows; claims make each send happen once."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from storage.database import affected_rows
from storage.models import Delivery, DeliveryReceipt, DeliveryStatus


def add(session: Session, delivery: Delivery) -> Delivery | None:
    """Insert unless a delivery with the same key exists (then None)."""
    try:
        with session.begin_nested():
            session.add(delivery)
        return delivery
    except IntegrityError:
        return None


def pending(session: Session) -> Sequence[Delivery]:
    return session.exec(
        select(Delivery)
        .where(Delivery.status == DeliveryStatus.PENDING)
        .order_by(col(Delivery.run_at), col(Delivery.id))
    ).all()


def due(session: Session, now: datetime, limit: int = 100) -> Sequence[Delivery]:
    return session.exec(
        select(Delivery)
        .where(Delivery.status == DeliveryStatus.PENDING, Delivery.run_at <= now)
        .order_by(col(Delivery.run_at), col(Delivery.id))
        .limit(limit)
    ).all()


def next_run_at(session: Session) -> datetime | None:
    return session.exec(
        select(func.min(Delivery.run_at)).where(Delivery.status == DeliveryStatus.PENDING)
    ).one()


def claim(session: Session, delivery_id: int, worker: str, now: datetime) -> bool:
    """Atomically move one delivery from pending to sending; True for the one caller that won.

    A conditional UPDATE is atomic in SQLite and PostgreSQL alike, so two bot processes on
    one database can race for a row and exactly one of them gets it.
    """
    result = session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id, col(Delivery.status) == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.SENDING, claimed_by=worker, claimed_at=now)
    )
    return affected_rows(result) == 1


def finish(
    session: Session, delivery_id: int, status: DeliveryStatus, now: datetime,
    error: str | None = None,
) -> None:
    session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id)
        .values(status=status, finished_at=now, last_error=(error or None) and error[:500])
    )


def release_stale(session: Session, older_than: datetime) -> int:
    """Give claims of a process that died mid-send back to the queue."""
    result = session.execute(
        update(Delivery)
        .where(
            col(Delivery.status) == DeliveryStatus.SENDING,
            col(Delivery.claimed_at) < older_than,
        )
        .values(status=DeliveryStatus.PENDING, claimed_by=None, claimed_at=None)
    )
    return affected_rows(result)


def claim_receipt(session: Session, delivery: Delivery, user_id: str) -> DeliveryReceipt | None:
    """Reserve the send of `delivery` to one person; None if that person already had it."""
    receipt = DeliveryReceipt(team_id=delivery.team_id, delivery_id=delivery.id, user_id=user_id)
    try:
        with session.begin_nested():
            session.add(receipt)
        return receipt
    except IntegrityError:
        return None


def get(session: Session, delivery_id: int) -> Delivery:
    return session.get_one(Delivery, delivery_id)


def save_receipt(session: Session, receipt: DeliveryReceipt) -> None:
    """Record what Slack made of one person's send (its message, or why it was refused)."""
    session.merge(receipt)
