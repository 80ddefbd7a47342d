"""Queries about session reports (verslagen), their action items and the items' reminders."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.database import affected_rows
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


def get_report(session: Session, report_id: int) -> Report:
    """The report with this id; NotFound when there is none."""
    report = session.get(Report, report_id)
    if report is None:
        raise NotFound("report.error.gone")
    return report


def find_item(session: Session, item_id: int) -> ActionItem | None:
    return session.get(ActionItem, item_id)


def get_item(session: Session, item_id: int) -> ActionItem:
    """The action item with this id; NotFound when it was dropped from its report."""
    item = find_item(session, item_id)
    if item is None:
        raise NotFound("report.error.item_gone")
    return item


def move_message(session: Session, report_id: int, ts: str, previous: str | None) -> bool:
    """Record where the report's channel message now is, if it still was at `previous`;
    False when someone else moved it in between (the caller's post came second)."""
    same = (col(Report.channel_ts).is_(None) if previous is None
            else col(Report.channel_ts) == previous)
    return affected_rows(session.execute(
        update(Report).where(col(Report.id) == report_id, same).values(channel_ts=ts)
    )) == 1


def tick_off(session: Session, item_id: int, user_id: str, now: datetime) -> bool:
    """Mark an item done if it was open; True for the one caller that ticked it off.

    Conditional, so two clicks at once cannot both count as the one that ticked it off.
    """
    return affected_rows(session.execute(
        update(ActionItem)
        .where(col(ActionItem.id) == item_id, col(ActionItem.done_at).is_(None))
        .values(done_at=now, done_by=user_id)
    )) == 1


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
    return affected_rows(session.execute(delete(Delivery).where(
        col(Delivery.action_item_id) == item_id,
        col(Delivery.kind) == DeliveryKind.ACTION_REMINDER,
        col(Delivery.status) == DeliveryStatus.PENDING,
    )))


def detach_item_deliveries(session: Session, item_id: int) -> None:
    """Reminders that went out stay as history, no longer tied to the deleted item."""
    session.execute(
        update(Delivery).where(col(Delivery.action_item_id) == item_id)
        .values(action_item_id=None)
    )


def delete_item(session: Session, item: ActionItem) -> None:
    """Drop an item from its report: its pending reminder goes, the sent ones stay."""
    drop_pending_item_reminders(session, item.id)
    detach_item_deliveries(session, item.id)
    session.delete(item)
    session.flush()


def confirmed_attendance(session: Session, meeting_id: int) -> Sequence[Attendance]:
    return session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)).all()


def said_yes(session: Session, meeting_id: int) -> Sequence[str]:
    return session.exec(
        select(Rsvp.user_id).where(Rsvp.meeting_id == meeting_id, Rsvp.answer == RsvpAnswer.YES)
    ).all()


def open_items_of_owner(session: Session, network_ids: Sequence[int],
                        owner_id: str) -> dict[int, list[ActionItem]]:
    """The person's items not done yet in these networks, soonest due first (without a due
    date last), in one query."""
    grouped: dict[int, list[ActionItem]] = {n: [] for n in network_ids}
    if not network_ids:
        return grouped
    for item in session.exec(
        select(ActionItem)
        .where(col(ActionItem.network_id).in_(network_ids), ActionItem.owner_id == owner_id,
               col(ActionItem.done_at).is_(None))
        .order_by(col(ActionItem.due_date).is_(None), col(ActionItem.due_date),
                  col(ActionItem.id))
    ).all():
        grouped.setdefault(item.network_id, []).append(item)
    return grouped
