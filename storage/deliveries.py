"""The delivery queue: the schedule lives in these rows; claims make each send happen once."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from storage.database import affected_rows
from storage.models import Delivery, DeliveryReceipt, DeliveryStatus, Meeting, Membership

# Receipts of the facilitators' "could not reach" notice: user id behind this prefix, so the
# notice is once-only like any DM and never counted as a recipient.
NOTICE_PREFIX = "!"


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


def claim_receipt(session: Session, delivery: Delivery,
                  user_id: str) -> tuple[DeliveryReceipt, bool] | None:
    """Record the intent to send `delivery` to one person, before Slack is called.

    Returns (receipt, True) for a new intent; (receipt, False) for an intent an earlier,
    interrupted attempt left without a result (it may or may not have reached Slack); None
    when the person's send is settled (their message, or a permanent refusal).
    """
    receipt = DeliveryReceipt(team_id=delivery.team_id, delivery_id=delivery.id, user_id=user_id)
    # The person's workspace comes from their membership, inside the INSERT itself (no query
    # per person); someone without one (a channel target) is the network's.
    receipt.user_team_id = func.coalesce(  # type: ignore[assignment]
        select(Membership.user_team_id).where(Membership.network_id == delivery.network_id,
                                              Membership.user_id == user_id)
        .limit(1).scalar_subquery(), delivery.team_id)
    try:
        with session.begin_nested():
            session.add(receipt)
        return receipt, True
    except IntegrityError:
        pass
    existing = session.exec(
        select(DeliveryReceipt).where(DeliveryReceipt.delivery_id == delivery.id,
                                      DeliveryReceipt.user_id == user_id)
    ).one()
    if existing.message_ts is not None or existing.error is not None:
        return None
    return existing, False


def forget_receipt(session: Session, receipt_id: int) -> None:
    """Drop an intent Slack certainly did not act on (a 429): the next attempt starts clean."""
    session.execute(delete(DeliveryReceipt).where(col(DeliveryReceipt.id) == receipt_id))


def unresolved(session: Session, delivery_id: int) -> Sequence[DeliveryReceipt]:
    """Intents without a result: people this delivery has not (knowingly) reached yet."""
    return session.exec(
        select(DeliveryReceipt).where(
            DeliveryReceipt.delivery_id == delivery_id,
            col(DeliveryReceipt.message_ts).is_(None), col(DeliveryReceipt.error).is_(None))
        .order_by(col(DeliveryReceipt.id))
    ).all()


def give_up(session: Session, delivery_id: int, error: str) -> None:
    """Settle every open intent of a delivery as failed (the retries are spent)."""
    session.execute(
        update(DeliveryReceipt)
        .where(col(DeliveryReceipt.delivery_id) == delivery_id,
               col(DeliveryReceipt.message_ts).is_(None), col(DeliveryReceipt.error).is_(None))
        .values(error=error[:200])
    )


def failures(session: Session, delivery_id: int) -> Sequence[DeliveryReceipt]:
    """The people this delivery could not reach, with Slack's reason (notices excluded)."""
    return session.exec(
        select(DeliveryReceipt).where(
            DeliveryReceipt.delivery_id == delivery_id,
            col(DeliveryReceipt.error).is_not(None),
            ~col(DeliveryReceipt.user_id).startswith(NOTICE_PREFIX))
        .order_by(col(DeliveryReceipt.id))
    ).all()


def failed(session: Session) -> Sequence[Delivery]:
    """Deliveries that failed outright or reached only some of their people, newest first."""
    return session.exec(
        select(Delivery)
        .where(col(Delivery.status).in_([DeliveryStatus.FAILED, DeliveryStatus.PARTIAL]))
        .order_by(col(Delivery.finished_at).desc(), col(Delivery.id).desc())
    ).all()


def sending(session: Session) -> Sequence[Delivery]:
    return session.exec(
        select(Delivery).where(Delivery.status == DeliveryStatus.SENDING)
        .order_by(col(Delivery.run_at), col(Delivery.id))
    ).all()


def heartbeat(session: Session, delivery_id: int, worker: str, now: datetime) -> bool:
    """Renew this worker's lease on a delivery it is sending; False when the claim is no
    longer this worker's (it ran out and another process took the delivery)."""
    result = session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id, col(Delivery.claimed_by) == worker,
               col(Delivery.status) == DeliveryStatus.SENDING)
        .values(claimed_at=now)
    )
    return affected_rows(result) == 1


def release(session: Session, delivery_id: int, worker: str) -> bool:
    """Give back this worker's claim on a delivery it stopped sending (the lease ran out):
    pending again, due at once. False when it is not this worker's claim any more."""
    result = session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id, col(Delivery.claimed_by) == worker,
               col(Delivery.status) == DeliveryStatus.SENDING)
        .values(status=DeliveryStatus.PENDING, claimed_by=None, claimed_at=None)
    )
    return affected_rows(result) == 1


def find(session: Session, delivery_id: int) -> Delivery | None:
    return session.get(Delivery, delivery_id)


def get(session: Session, delivery_id: int) -> Delivery:
    return session.get_one(Delivery, delivery_id)


def save_receipt(session: Session, receipt: DeliveryReceipt) -> None:
    """Record what Slack made of one person's send (its message, or why it was refused)."""
    session.merge(receipt)


def oldest_claim(session: Session) -> datetime | None:
    """The oldest lease of a delivery being sent (a dead process's claim expires from it)."""
    return session.exec(
        select(func.min(Delivery.claimed_at)).where(Delivery.status == DeliveryStatus.SENDING)
    ).one()


def pause_team(session: Session, team_id: str) -> int:
    """Pause every delivery of a workspace still to send (its app was uninstalled)."""
    result = session.execute(
        update(Delivery)
        .where(col(Delivery.team_id) == team_id,
               col(Delivery.status) == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.PAUSED)
    )
    return affected_rows(result)


def pause(session: Session, delivery_id: int, error: str) -> None:
    """Pause one delivery that was being sent when its workspace turned out to be gone."""
    session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id)
        .values(status=DeliveryStatus.PAUSED, claimed_by=None, claimed_at=None,
                last_error=error[:500])
    )


def paused(session: Session, team_id: str | None = None) -> Sequence[Delivery]:
    """Paused deliveries (of one workspace), soonest first."""
    query = select(Delivery).where(Delivery.status == DeliveryStatus.PAUSED)
    if team_id is not None:
        query = query.where(Delivery.team_id == team_id)
    return session.exec(query.order_by(col(Delivery.run_at), col(Delivery.id))).all()


def resume(session: Session, delivery_id: int) -> bool:
    """Back to the queue, if still paused (a second reinstall finds it done already)."""
    result = session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id, col(Delivery.status) == DeliveryStatus.PAUSED)
        .values(status=DeliveryStatus.PENDING)
    )
    return affected_rows(result) == 1


def drop_paused(session: Session, delivery_id: int, now: datetime, error: str) -> bool:
    """Settle a paused delivery as skipped (too late by the time its workspace came back)."""
    result = session.execute(
        update(Delivery)
        .where(col(Delivery.id) == delivery_id, col(Delivery.status) == DeliveryStatus.PAUSED)
        .values(status=DeliveryStatus.SKIPPED, finished_at=now, last_error=error[:500])
    )
    return affected_rows(result) == 1


def meeting_of(session: Session, delivery: Delivery) -> Meeting | None:
    """The session a delivery hangs off (reminders, evaluations), if any."""
    return session.get(Meeting, delivery.meeting_id) if delivery.meeting_id else None
