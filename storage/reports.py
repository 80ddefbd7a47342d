"""Queries about session reports (verslagen), their action items and the items' reminders."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from storage.models import (
    ActionItem,
    Attendance,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Meeting,
    MeetingStatus,
    Report,
    Rsvp,
    RsvpAnswer,
)


def report_for_meeting(session: Session, meeting_id: int) -> Report | None:
    return session.exec(select(Report).where(Report.meeting_id == meeting_id)).first()


def items_of_report(session: Session, report_id: int) -> Sequence[ActionItem]:
    return session.exec(
        select(ActionItem).where(ActionItem.report_id == report_id).order_by(col(ActionItem.id))
    ).all()


def latest_started_meeting(session: Session, network_id: int, now: datetime) -> Meeting | None:
    """The newest session that has started and was not cancelled."""
    return session.exec(
        select(Meeting)
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at <= now)
        .order_by(col(Meeting.starts_at).desc(), col(Meeting.id).desc())
    ).first()


def meetings_without_report(session: Session, network_id: int, now: datetime,
                            limit: int = 25) -> Sequence[Meeting]:
    """Started, not cancelled sessions that have no report yet, newest first."""
    return session.exec(
        select(Meeting)
        .outerjoin(Report, col(Report.meeting_id) == col(Meeting.id))
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at <= now, col(Report.id).is_(None))
        .order_by(col(Meeting.starts_at).desc(), col(Meeting.id).desc())
        .limit(limit)
    ).all()


def meeting_by_number(session: Session, network_id: int, number: int) -> Meeting | None:
    return session.exec(
        select(Meeting).where(Meeting.network_id == network_id, Meeting.number == number)
        .order_by(col(Meeting.id).desc())
    ).first()


def open_items_of_network(session: Session, network_id: int) -> Sequence[ActionItem]:
    """Items not done yet, soonest due first (items without a due date last)."""
    return session.exec(
        select(ActionItem)
        .where(ActionItem.network_id == network_id, col(ActionItem.done_at).is_(None))
        .order_by(col(ActionItem.due_date).is_(None), col(ActionItem.due_date),
                  col(ActionItem.id))
    ).all()


def drop_pending_item_reminders(session: Session, item_id: int) -> int:
    """Delete the item's reminders that have not gone out."""
    return session.execute(delete(Delivery).where(
        col(Delivery.action_item_id) == item_id,
        col(Delivery.kind) == DeliveryKind.ACTION_REMINDER,
        col(Delivery.status) == DeliveryStatus.PENDING,
    )).rowcount


def detach_item_deliveries(session: Session, item_id: int) -> None:
    """Reminders that went out stay as history, no longer tied to the deleted item."""
    session.execute(
        update(Delivery).where(col(Delivery.action_item_id) == item_id)
        .values(action_item_id=None)
    )


def confirmed_attendance(session: Session, meeting_id: int) -> Sequence[Attendance]:
    return session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)).all()


def said_yes(session: Session, meeting_id: int) -> Sequence[str]:
    return session.exec(
        select(Rsvp.user_id).where(Rsvp.meeting_id == meeting_id, Rsvp.answer == RsvpAnswer.YES)
    ).all()
