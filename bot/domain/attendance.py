"""Attendance: answers (komt / komt niet) before a session, and who was there after it."""

from datetime import datetime

from sqlmodel import Session, select

from bot.domain.errors import NotFound
from bot.domain.networks import ensure_member
from storage import networks as repo
from storage import sessions as sessions_repo
from storage.models import Attendance, Meeting, MeetingStatus, Network, Rsvp, RsvpAnswer


def record(session: Session, meeting_id: int, user_id: str, answer: RsvpAnswer, *,
           now: datetime) -> tuple[Network, Meeting]:
    """Store (or change) a member's answer; only members, only before the session starts."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED or meeting.starts_at <= now:
        raise NotFound("error.meeting_gone")
    network = session.get(Network, meeting.network_id)
    ensure_member(session, network, user_id)
    existing = sessions_repo.rsvp(session, meeting_id, user_id)
    if existing is None:
        session.add(Rsvp(team_id=network.team_id, meeting_id=meeting_id, user_id=user_id,
                         answer=answer, answered_at=now))
    else:
        existing.answer = answer
        existing.answered_at = now
    session.flush()
    return network, meeting


def attendees(session: Session, meeting: Meeting) -> list[str]:
    """Who was at a session, by the best knowledge there is.

    The facilitator's confirmation counts first; before it, those who said they would come;
    with neither, every active member (better one evaluation too many than none).
    """
    confirmed = session.exec(select(Attendance).where(Attendance.meeting_id == meeting.id)).all()
    if confirmed:
        return [a.user_id for a in confirmed if a.present]
    active = [m.user_id for m in repo.active_members(session, meeting.network_id)]
    coming = set(session.exec(select(Rsvp.user_id).where(
        Rsvp.meeting_id == meeting.id, Rsvp.answer == RsvpAnswer.YES)).all())
    return [u for u in active if u in coming] if coming else active
