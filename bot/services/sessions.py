"""The life of a planned session in Slack's terms: the list, the agenda, moving, cancelling,
attendance (answers before, presence after), the calendar file and the reminder."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.domain import attendance, closing, networks, sessions
from bot.domain.errors import DomainError
from bot.domain.meetings import MeetingDraft
from bot.domain.schedule import Cadence
from bot.domain.sessions import AttendanceForm, Overview, ReminderDetails
from bot.services.core import Service
from storage import external as external_store
from storage import networks as network_store
from storage import sessions as store
from storage.models import (
    AgendaContribution,
    Attendance,
    Meeting,
    MeetingStatus,
    Network,
    RsvpAnswer,
    SessionGuest,
)


@dataclass(frozen=True)
class AgendaForm:
    network: Network
    upcoming: list[Meeting]


@dataclass(frozen=True)
class RescheduleForm:
    network: Network
    meeting: Meeting
    contributions: list[AgendaContribution]


@dataclass(frozen=True)
class Moved:
    """A session moved: whom to tell, and the answer each of them had given."""

    network: Network
    meeting: Meeting
    old_starts_at: datetime
    members: list[str]
    answers: dict[str, RsvpAnswer]
    guests: list[str] = field(default_factory=list)  # its Slack guest experts, told too


@dataclass(frozen=True)
class Cancelled:
    network: Network
    meeting: Meeting
    number: int | None  # the number it had before it was cancelled
    members: list[str]
    guests: list[str] = field(default_factory=list)  # its Slack guest experts, told too


@dataclass(frozen=True)
class Confirmed:
    meeting: Meeting
    present: int
    total: int


@dataclass(frozen=True)
class Answered:
    network: Network
    meeting: Meeting
    details: ReminderDetails


@dataclass(frozen=True)
class Reminder:
    """What a session reminder needs: the session, who gets it and what it lists."""

    network: Network
    meeting: Meeting
    members: list[str]
    details: ReminderDetails
    # The answer each member gave already (from Home, or an earlier reminder), loaded at once.
    answers: dict[str, RsvpAnswer] = field(default_factory=dict)
    # Slack guests invited to this session (bot/domain/external.py): not members, they get
    # the reminder with its agenda but no attendance buttons.
    guests: list[str] = field(default_factory=list)


class SessionService(Service):
    # --- reading ------------------------------------------------------------------------------

    def overview_in_channel(self, team_id: str, channel_id: str, user_id: str) -> Overview:
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            return sessions.overview(session, network, user_id, self.now())

    def agenda_in_channel(self, team_id: str, channel_id: str, user_id: str) -> AgendaForm:
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            closing.ensure_not_closed(network)
            return AgendaForm(network, sessions.upcoming_for_member(session, network, user_id,
                                                                    self.now()))

    def agenda_form_for(self, network_id: int, user_id: str) -> AgendaForm:
        """The agenda form from a button in the reminder or on Home (no command needed)."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            closing.ensure_not_closed(network)
            return AgendaForm(network, sessions.upcoming_for_member(session, network, user_id,
                                                                    self.now()))

    def reschedule_form(self, meeting_id: int, user_id: str) -> RescheduleForm:
        with self.read() as session:
            network, meeting = store.network_and_meeting(session, meeting_id)
            networks.ensure_facilitator(session, network, user_id)
            sessions.ensure_changeable(meeting, self.now())
            return RescheduleForm(network, meeting, list(store.contributions(session,
                                                                             meeting.id)))

    def attendance_form(self, meeting_id: int,
                        user_id: str) -> tuple[Network, Meeting, AttendanceForm]:
        with self.read() as session:
            return sessions.attendance_form(session, meeting_id, user_id=user_id,
                                            now=self.now())

    def calendar(self, meeting_id: int, user_id: str) -> tuple[Network, Meeting]:
        """The session a member asks the calendar file of (a planned one)."""
        with self.read() as session:
            network, meeting = store.network_and_meeting(session, meeting_id)
            networks.ensure_member(session, network, user_id)
            if meeting.status != MeetingStatus.PLANNED:
                raise DomainError("session.error.cancelled")
            return network, meeting

    # --- changing -----------------------------------------------------------------------------

    def reschedule(self, meeting_id: int, user_id: str, draft: MeetingDraft) -> Moved:
        """Move a session; its pending deliveries follow (FieldErrors when the form is wrong)."""
        with self.unit() as session:
            network, _ = store.network_and_meeting(session, meeting_id)
            change = sessions.reschedule(session, meeting_id, draft, user_id=user_id,
                                         now=self.now(),
                                         cadence=Cadence.of(network, self.settings))
            members = sessions.members_to_tell(session, change.network, user_id)
            answers = {r.user_id: r.answer for r in store.rsvps(session, meeting_id)}
            guests = _slack_guests(external_store.guests_of_meeting(session, meeting_id),
                                   members)
        self.scheduled(change.deliveries)
        return Moved(change.network, change.meeting, change.old_starts_at, members, answers,
                     guests)

    def cancel(self, meeting_id: int, user_id: str) -> Cancelled:
        with self.unit() as session:
            change = sessions.cancel(session, meeting_id, user_id=user_id, now=self.now())
            members = sessions.members_to_tell(session, change.network, user_id)
            guests = _slack_guests(external_store.guests_of_meeting(session, meeting_id),
                                   members)
        return Cancelled(change.network, change.meeting, change.number, members, guests)

    def confirm_attendance(self, meeting_id: int, present: list[str],
                           user_id: str) -> Confirmed:
        with self.unit() as session:
            _, meeting, rows = sessions.confirm_attendance(session, meeting_id, present,
                                                           user_id=user_id, now=self.now())
        return Confirmed(meeting, _present(rows), len(rows))

    def contribute(self, network_id: int, meeting_id: int | None, kind: str | None,
                   text: str | None, user_id: str, title: str | None = None,
                   confidential: bool = False) -> tuple[Network, Meeting]:
        with self.unit() as session:
            closing.ensure_not_closed(network_store.get_network(session, network_id))
            network, meeting, _ = sessions.contribute(session, network_id, meeting_id, kind,
                                                      text, user_id=user_id, now=self.now(),
                                                      title=title, confidential=confidential)
        return network, meeting

    # --- answers and reminders ----------------------------------------------------------------

    def answer(self, meeting_id: int, user_id: str, answer: RsvpAnswer) -> Answered:
        """A member says whether they come (from a reminder or Home)."""
        with self.unit() as session:
            network, meeting = attendance.record(session, meeting_id, user_id, answer,
                                                 now=self.now())
            return Answered(network, meeting, sessions.reminder_details(session, meeting))

    def reminder(self, meeting_id: int) -> Reminder:
        with self.read() as session:
            network, meeting = store.network_and_meeting(session, meeting_id)
            members = [m.user_id for m in network_store.active_members(session, network.id)]
            guests = _slack_guests(external_store.guests_of_meeting(session, meeting.id),
                                   members)
            return Reminder(network, meeting, members,
                            sessions.reminder_details(session, meeting),
                            store.answers_of_meeting(session, meeting.id), guests)


def _slack_guests(guests: Sequence[SessionGuest], members: list[str]) -> list[str]:
    return [g.user_id for g in guests if g.user_id and g.user_id not in members]


def _present(rows: list[Attendance]) -> int:
    return sum(1 for row in rows if row.present)
