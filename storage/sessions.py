"""Queries for the session cycle: sessions of a network, their answers, attendance and agenda
contributions, and their pending deliveries. Callers own the session and transaction."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.models import (
    AgendaContribution,
    Attendance,
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
    DeliveryStatus,
    Meeting,
    MeetingStatus,
    Membership,
    MembershipStatus,
    Network,
    Rsvp,
)


def member_organisations(session: Session, network_id: int) -> list[str]:
    """The organisation of each active member that stated one (with repeats)."""
    return [organisation for organisation in session.exec(
        select(Membership.organisation).where(
            Membership.network_id == network_id,
            Membership.status == MembershipStatus.ACTIVE,
            col(Membership.organisation).is_not(None),
            Membership.organisation != "",
        )
    ).all() if organisation]


def planned_meetings(session: Session, network_id: int) -> Sequence[Meeting]:
    """Every session that is not cancelled, in start order."""
    return session.exec(
        select(Meeting)
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED)
        .order_by(col(Meeting.starts_at), col(Meeting.id))
    ).all()


def cancelled_meetings(session: Session, network_id: int) -> Sequence[Meeting]:
    return session.exec(
        select(Meeting).where(Meeting.network_id == network_id,
                              Meeting.status == MeetingStatus.CANCELLED)
    ).all()


def upcoming_meetings(session: Session, network_id: int, now: datetime,
                      limit: int = 10) -> Sequence[Meeting]:
    return session.exec(
        select(Meeting)
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at > now)
        .order_by(col(Meeting.starts_at))
        .limit(limit)
    ).all()


def past_meetings(session: Session, network_id: int, now: datetime,
                  limit: int = 5) -> Sequence[Meeting]:
    """The latest sessions that have started, newest first."""
    return session.exec(
        select(Meeting)
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at <= now)
        .order_by(col(Meeting.starts_at).desc())
        .limit(limit)
    ).all()


def rsvps(session: Session, meeting_id: int) -> Sequence[Rsvp]:
    return session.exec(select(Rsvp).where(Rsvp.meeting_id == meeting_id)).all()


def attendance(session: Session, meeting_id: int) -> Sequence[Attendance]:
    return session.exec(
        select(Attendance).where(Attendance.meeting_id == meeting_id)
        .order_by(col(Attendance.id))
    ).all()


def clear_attendance(session: Session, meeting_id: int) -> None:
    session.execute(delete(Attendance).where(col(Attendance.meeting_id) == meeting_id))


def contributions(session: Session, meeting_id: int) -> Sequence[AgendaContribution]:
    return session.exec(
        select(AgendaContribution)
        .where(AgendaContribution.meeting_id == meeting_id)
        .order_by(col(AgendaContribution.created_at), col(AgendaContribution.id))
    ).all()


def drop_pending(session: Session, meeting_id: int, kinds: Sequence[DeliveryKind]) -> int:
    """Delete the meeting's pending deliveries of `kinds` (and receipts of a crashed attempt).

    Deleted rather than marked skipped: a session moved back to its old time gets the old keys
    again, and a skipped row would hold them.
    """
    ids = session.exec(
        select(Delivery.id).where(
            Delivery.meeting_id == meeting_id,
            Delivery.status == DeliveryStatus.PENDING,
            col(Delivery.kind).in_(kinds),
        )
    ).all()
    if not ids:
        return 0
    session.execute(delete(DeliveryReceipt).where(col(DeliveryReceipt.delivery_id).in_(ids)))
    session.execute(delete(Delivery).where(col(Delivery.id).in_(ids)))
    return len(ids)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    """The session with this id; NotFound when there is none (deleted, or a forged id)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound("session.error.gone")
    return meeting


def network_and_meeting(session: Session, meeting_id: int) -> tuple[Network, Meeting]:
    meeting = get_meeting(session, meeting_id)
    network = session.get(Network, meeting.network_id)
    if network is None:
        raise NotFound("error.no_network")
    return network, meeting


def next_meeting(session: Session, network_id: int, now: datetime) -> Meeting | None:
    return session.exec(
        select(Meeting)
        .where(
            Meeting.network_id == network_id,
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at > now,
        )
        .order_by(col(Meeting.starts_at))
    ).first()


def rsvp(session: Session, meeting_id: int, user_id: str) -> Rsvp | None:
    return session.exec(
        select(Rsvp).where(Rsvp.meeting_id == meeting_id, Rsvp.user_id == user_id)
    ).first()
