"""The life of a planned session: moving it, cancelling it, who was there, and what members
bring to its agenda."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlmodel import Session

from bot.domain import reports, schedule
from bot.domain.errors import DomainError, FieldErrors
from bot.domain.intervision import erase_delivery
from bot.domain.meetings import MeetingDraft, renumber
from bot.domain.networks import ensure_facilitator, ensure_member
from storage import deliveries as queue
from storage import external as external_store
from storage import networks as repo
from storage import sessions as store
from storage.models import (
    ActionItem,
    AgendaContribution,
    AgendaKind,
    Attendance,
    Delivery,
    Meeting,
    MeetingStatus,
    Network,
    Role,
    Rsvp,
    RsvpAnswer,
    SessionGuest,
)

MAX_CONTRIBUTION = 1000
MAX_CASE_TITLE = 150

_Row = TypeVar("_Row", Rsvp, Attendance, AgendaContribution)


def ensure_changeable(meeting: Meeting, now: datetime) -> None:
    """Only a planned session that has not started can be moved or cancelled."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise DomainError("session.error.cancelled")
    if meeting.starts_at <= now:
        raise DomainError("session.error.started")


@dataclass(frozen=True)
class Change:
    network: Network
    meeting: Meeting
    old_starts_at: datetime
    deliveries: list[Delivery]
    number: int | None  # for cancelled sessions: the number they had


def reschedule(session: Session, meeting_id: int, draft: MeetingDraft, *, user_id: str,
               now: datetime, cadence: schedule.Cadence) -> Change:
    """Move a session: new time, duration and place; its pending deliveries follow.

    Answers (RSVPs) stay; the members are told they can change them.
    """
    network, meeting = store.network_and_meeting(session, meeting_id)
    ensure_facilitator(session, network, user_id)
    ensure_changeable(meeting, now)
    draft = MeetingDraft(date=draft.date, time=draft.time, duration=draft.duration,
                         location=draft.location, learning_form=meeting.learning_form)
    starts_at, duration = draft.validated(network.timezone, now)
    old = meeting.starts_at
    store.drop_pending(session, meeting.id, schedule.MEETING_KINDS)
    meeting.starts_at = starts_at
    meeting.duration_minutes = duration
    meeting.location = (draft.location or "").strip()
    session.flush()
    # A key already used by a sent delivery (moved back to a time it had) is not sent again.
    added = [d for d in schedule.meeting_deliveries(network, meeting, cadence, now)
             if queue.add(session, d) is not None]
    renumber(session, network.id)
    return Change(network, meeting, old, added, meeting.number)


def cancel(session: Session, meeting_id: int, *, user_id: str, now: datetime) -> Change:
    network, meeting = store.network_and_meeting(session, meeting_id)
    ensure_facilitator(session, network, user_id)
    ensure_changeable(meeting, now)
    number = meeting.number
    call_off(session, meeting)
    renumber(session, network.id)
    return Change(network, meeting, meeting.starts_at, [], number)


def call_off(session: Session, meeting: Meeting) -> None:
    """The session will not happen: it is cancelled and nothing is sent for it any more
    (the caller renumbers the network's sessions once); a question about external input
    that waited for its evaluation goes too (nobody will be asked it)."""
    meeting.status = MeetingStatus.CANCELLED
    store.drop_pending(session, meeting.id, schedule.MEETING_KINDS)
    external_store.drop_open_ask(session, meeting.id)


def ensure_started(meeting: Meeting, now: datetime) -> None:
    if meeting.status == MeetingStatus.CANCELLED:
        raise DomainError("session.error.cancelled")
    if meeting.starts_at > now:
        raise DomainError("attendance.error.not_started")


@dataclass(frozen=True)
class AttendanceForm:
    """The facilitator's checklist: every active member, ticked if present (or said yes)."""

    members: list[str]
    ticked: list[str]


def attendance_form(session: Session, meeting_id: int, *, user_id: str,
                    now: datetime) -> tuple[Network, Meeting, AttendanceForm]:
    network, meeting = store.network_and_meeting(session, meeting_id)
    ensure_facilitator(session, network, user_id)
    ensure_started(meeting, now)
    members = [m.user_id for m in repo.active_members(session, network.id)]
    confirmed = store.attendance(session, meeting.id)
    if confirmed:
        ticked = {a.user_id for a in confirmed if a.present}
    else:
        ticked = {r.user_id for r in store.rsvps(session, meeting.id)
                  if r.answer == RsvpAnswer.YES}
    return network, meeting, AttendanceForm(members, [u for u in members if u in ticked])


def confirm_attendance(session: Session, meeting_id: int, present: list[str], *, user_id: str,
                       now: datetime) -> tuple[Network, Meeting, list[Attendance]]:
    """Replace the session's attendance: present or not, for every active member."""
    network, meeting = store.network_and_meeting(session, meeting_id)
    ensure_facilitator(session, network, user_id)
    ensure_started(meeting, now)
    store.clear_attendance(session, meeting.id)
    chosen = set(present)
    rows = [Attendance(team_id=network.team_id, meeting_id=meeting.id, user_id=m.user_id,
                       user_team_id=m.user_team_id, present=m.user_id in chosen,
                       confirmed_by=user_id, confirmed_at=now)
            for m in repo.active_members(session, network.id)]
    session.add_all(rows)
    session.flush()
    return network, meeting, rows


def upcoming_for_member(session: Session, network: Network, user_id: str,
                        now: datetime) -> list[Meeting]:
    ensure_member(session, network, user_id)
    meetings = list(store.upcoming_meetings(session, network.id, now))
    if not meetings:
        raise DomainError("agenda.error.no_session")
    return meetings


def contribute(session: Session, network_id: int, meeting_id: int | None, kind: str | None,
               text: str | None, *, user_id: str, now: datetime, title: str | None = None,
               confidential: bool = False) -> tuple[Network, Meeting, AgendaContribution]:
    """A member adds an agenda item or an intervision case to a session still ahead. A case
    has a title; a confidential one ("only in the session") has its text erased after the
    session (a delivery at its end)."""
    errors: dict[str, DomainError] = {}
    title = (title or "").strip()
    if agenda_kind_is_case(kind) and not title:
        errors["title"] = DomainError("network.error.blank")
    elif len(title) > MAX_CASE_TITLE:
        errors["title"] = DomainError("agenda.error.long", limit=MAX_CASE_TITLE)
    agenda_kind = AgendaKind(kind) if kind in set(AgendaKind) else None
    if agenda_kind is None:
        errors["kind"] = DomainError("network.error.blank")
    text = (text or "").strip()
    if not text:
        errors["text"] = DomainError("network.error.blank")
    elif len(text) > MAX_CONTRIBUTION:
        errors["text"] = DomainError("agenda.error.long", limit=MAX_CONTRIBUTION)
    if meeting_id is None:
        errors["meeting"] = DomainError("network.error.blank")
    if errors or agenda_kind is None or meeting_id is None:
        raise FieldErrors(errors)
    network, meeting = store.network_and_meeting(session, meeting_id)
    ensure_member(session, network, user_id)
    if (meeting.network_id != network_id or meeting.status == MeetingStatus.CANCELLED
            or meeting.starts_at <= now):
        raise FieldErrors({"meeting": DomainError("agenda.error.closed")})
    case = agenda_kind == AgendaKind.CASE
    contribution = AgendaContribution(team_id=network.team_id, meeting_id=meeting.id,
                                      user_id=user_id, kind=agenda_kind, text=text,
                                      created_at=now, title=title if case else "",
                                      confidential=case and confidential)
    session.add(contribution)
    session.flush()
    if contribution.confidential:
        queue.add(session, erase_delivery(network, meeting))
    return network, meeting, contribution


def agenda_kind_is_case(kind: str | None) -> bool:
    return kind == AgendaKind.CASE.value


@dataclass(frozen=True)
class Counts:
    """Answers before a session; after it, who was there once confirmed."""

    coming: int
    not_coming: int
    unanswered: int
    present: int | None  # None: not confirmed yet


def counts(session: Session, meeting: Meeting) -> Counts:
    members = {m.user_id for m in repo.active_members(session, meeting.network_id)}
    return _counts(members, store.rsvps(session, meeting.id), store.attendance(session, meeting.id))


def _counts(members: set[str], rsvps: Sequence[Rsvp], confirmed: Sequence[Attendance]) -> Counts:
    answers = {r.user_id: r.answer for r in rsvps if r.user_id in members}
    coming = sum(1 for a in answers.values() if a == RsvpAnswer.YES)
    return Counts(coming=coming, not_coming=len(answers) - coming,
                  unanswered=len(members) - len(answers),
                  present=sum(1 for a in confirmed if a.present) if confirmed else None)


@dataclass(frozen=True)
class SessionLine:
    meeting: Meeting
    counts: Counts
    contributions: list[AgendaContribution]
    guests: list[SessionGuest] = field(default_factory=list)  # guest experts (external)


@dataclass(frozen=True)
class Overview:
    network: Network
    upcoming: list[SessionLine]
    past: list[SessionLine]
    facilitator: bool


def overview(session: Session, network: Network, user_id: str, now: datetime) -> Overview:
    """What `/leernet sessies` shows a member (facilitators also get the buttons)."""
    member = ensure_member(session, network, user_id)
    upcoming = store.upcoming_meetings(session, network.id, now)
    past = store.past_meetings(session, network.id, now)
    lines = session_lines(session, network.id, [*upcoming, *past])
    return Overview(network, lines[:len(upcoming)], lines[len(upcoming):],
                    member.role == Role.FACILITATOR)


def session_lines(session: Session, network_id: int,
                  meetings: Sequence[Meeting]) -> list[SessionLine]:
    """Counts and contributions of these sessions, loaded in bulk: one query per kind of row
    (members, answers, attendance, contributions), however many sessions there are."""
    if not meetings:
        return []
    ids = [m.id for m in meetings]
    members = {m.user_id for m in repo.active_members(session, network_id)}
    rsvps = _by_meeting(store.rsvps_of_meetings(session, ids))
    confirmed = _by_meeting(store.attendance_of_meetings(session, ids))
    contributions = _by_meeting(store.contributions_of_meetings(session, ids))
    guests = external_store.guests_of_meetings(session, ids)
    return [SessionLine(m, _counts(members, rsvps.get(m.id, []), confirmed.get(m.id, [])),
                        contributions.get(m.id, []), guests.get(m.id, []))
            for m in meetings]


def _by_meeting(rows: Sequence[_Row]) -> dict[int, list[_Row]]:
    grouped: dict[int, list[_Row]] = {}
    for row in rows:
        grouped.setdefault(row.meeting_id, []).append(row)
    return grouped


def members_to_tell(session: Session, network: Network, except_user: str) -> list[str]:
    return [m.user_id for m in repo.active_members(session, network.id)
            if m.user_id != except_user]


def next_contributions(session: Session, network: Network,
                       now: datetime) -> tuple[Meeting, list[AgendaContribution]] | None:
    """The next session and what members brought to it (for the facilitator's plan modal)."""
    upcoming = store.upcoming_meetings(session, network.id, now, limit=1)
    if not upcoming:
        return None
    return upcoming[0], list(store.contributions(session, upcoming[0].id))


@dataclass(frozen=True)
class ReminderDetails:
    """What a session reminder shows besides the session: the members' agenda contributions
    and the network's action items still open."""

    contributions: list[AgendaContribution]
    open_items: list[ActionItem]


def reminder_details(session: Session, meeting: Meeting) -> ReminderDetails:
    return ReminderDetails(list(store.contributions(session, meeting.id)),
                           reports.open_action_items(session, meeting.network_id))
