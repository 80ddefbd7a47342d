"""Attendance: answers (komt / komt niet) before a session, and who was there after it."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.domain.errors import NotFound
from bot.domain.networks import ensure_member
from storage import networks as repo
from storage import sessions as sessions_repo
from storage.models import (
    ERASED_PREFIX,
    Attendance,
    Meeting,
    MeetingStatus,
    Network,
    Rsvp,
    RsvpAnswer,
    as_utc,
)


def record(session: Session, meeting_id: int, user_id: str, answer: RsvpAnswer, *,
           now: datetime) -> tuple[Network, Meeting]:
    """Store (or change) a member's answer; only members, only before the session starts."""
    try:
        network, meeting = sessions_repo.network_and_meeting(session, meeting_id)
    except NotFound:
        raise NotFound("error.meeting_gone") from None
    if meeting.status == MeetingStatus.CANCELLED or meeting.starts_at <= now:
        raise NotFound("error.meeting_gone")
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
    with neither, every active member who was a member when it started (better one evaluation
    too many than none; someone who joined later was not there).
    """
    confirmed = sessions_repo.attendance(session, meeting.id)
    if confirmed:
        # An erased person's row (a token) still counts heads, but is nobody to ask.
        return [a.user_id for a in confirmed
                if a.present and not a.user_id.startswith(ERASED_PREFIX)]
    active = [m.user_id for m in repo.active_members(session, meeting.network_id)
              if member_then(m.joined_at, meeting)]
    coming = {r.user_id for r in sessions_repo.rsvps(session, meeting.id)
              if r.answer == RsvpAnswer.YES}
    return [u for u in active if u in coming] if coming else active


def member_then(joined_at: datetime, meeting: Meeting) -> bool:
    """Whether someone who joined at `joined_at` was a member when the session started."""
    return as_utc(joined_at) <= as_utc(meeting.starts_at)


def was_there(active_member: str, joined_at: datetime, meeting: Meeting,
              confirmed: Sequence[Attendance], rsvps: Sequence[Rsvp]) -> bool:
    """`attendees` for one active member, from rows loaded in bulk: whether they count as
    having been at the session."""
    if confirmed:
        return any(a.user_id == active_member and a.present for a in confirmed)
    coming = {r.user_id for r in rsvps if r.answer == RsvpAnswer.YES}
    return active_member in coming if coming else member_then(joined_at, meeting)
