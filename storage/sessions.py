"""Queries for the session cycle: sessions of a network, their answers, attendance and agenda
contributions, and their pending deliveries. Callers own the session and transaction."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, func, select

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
    RsvpAnswer,
)
from storage.networks import get_network


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
    return get_network(session, meeting.network_id), meeting


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


# --- in bulk: one query per kind of row, whatever the number of sessions ------------------------

def rsvps_of_meetings(session: Session, meeting_ids: Sequence[int]) -> Sequence[Rsvp]:
    if not meeting_ids:
        return []
    return session.exec(select(Rsvp).where(col(Rsvp.meeting_id).in_(meeting_ids))).all()


def attendance_of_meetings(session: Session, meeting_ids: Sequence[int]) -> Sequence[Attendance]:
    if not meeting_ids:
        return []
    return session.exec(
        select(Attendance).where(col(Attendance.meeting_id).in_(meeting_ids))
        .order_by(col(Attendance.id))
    ).all()


def contributions_of_meetings(session: Session,
                              meeting_ids: Sequence[int]) -> Sequence[AgendaContribution]:
    if not meeting_ids:
        return []
    return session.exec(
        select(AgendaContribution)
        .where(col(AgendaContribution.meeting_id).in_(meeting_ids))
        .order_by(col(AgendaContribution.created_at), col(AgendaContribution.id))
    ).all()


def answers_of_meeting(session: Session, meeting_id: int) -> dict[str, RsvpAnswer]:
    """Everyone's answer for one session, by user id."""
    return {r.user_id: RsvpAnswer(r.answer) for r in rsvps(session, meeting_id)}


def meetings_by_id(session: Session, meeting_ids: Sequence[int]) -> dict[int, Meeting]:
    if not meeting_ids:
        return {}
    rows = session.exec(select(Meeting).where(col(Meeting.id).in_(set(meeting_ids)))).all()
    return {m.id: m for m in rows if m.id is not None}


def next_meetings(session: Session, network_ids: Sequence[int],
                  now: datetime) -> dict[int, Meeting]:
    """Each network's next planned session (networks without one are left out)."""
    return _first_per_network(session, network_ids, Meeting.starts_at > now,
                              col(Meeting.starts_at).asc())


def latest_started_meetings(session: Session, network_ids: Sequence[int],
                            now: datetime) -> dict[int, Meeting]:
    """Each network's latest planned session that has started."""
    return _first_per_network(session, network_ids, Meeting.starts_at <= now,
                              col(Meeting.starts_at).desc())


def _first_per_network(session: Session, network_ids: Sequence[int], when: Any,
                       order: Any) -> dict[int, Meeting]:
    if not network_ids:
        return {}
    ranked = (
        select(col(Meeting.id).label("id"),
               func.row_number().over(partition_by=col(Meeting.network_id),
                                      order_by=(order, col(Meeting.id))).label("rank"))
        .where(col(Meeting.network_id).in_(network_ids),
               Meeting.status == MeetingStatus.PLANNED, when)
        .subquery()
    )
    rows = session.exec(
        select(Meeting).join(ranked, col(Meeting.id) == ranked.c.id).where(ranked.c.rank == 1)
    ).all()
    return {m.network_id: m for m in rows}


def first_meeting_starts(session: Session, network_ids: Sequence[int]) -> dict[int, datetime]:
    """The start of each network's earliest planned session, past or future."""
    if not network_ids:
        return {}
    rows = session.exec(
        select(Meeting.network_id, func.min(Meeting.starts_at))
        .where(col(Meeting.network_id).in_(network_ids), Meeting.status == MeetingStatus.PLANNED)
        .group_by(col(Meeting.network_id))
    ).all()
    return {network_id: starts_at for network_id, starts_at in rows if starts_at is not None}


def rsvps_of_user(session: Session, meeting_ids: Sequence[int],
                  user_id: str) -> dict[int, RsvpAnswer]:
    """One person's answers for these sessions, by session id."""
    if not meeting_ids:
        return {}
    rows = session.exec(select(Rsvp).where(col(Rsvp.meeting_id).in_(meeting_ids),
                                           Rsvp.user_id == user_id)).all()
    return {r.meeting_id: RsvpAnswer(r.answer) for r in rows}
