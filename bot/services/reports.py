"""Session reports (verslagen) and their action items: the form, saving, where the channel
message is, ticking items off, and what the two reminders need."""

from dataclasses import dataclass, field

from bot.domain import reports
from bot.domain.errors import NotFound
from bot.domain.reports import Done, ReportDraft, ReportTarget
from bot.services.core import Service
from storage import external as external_store
from storage import networks as network_store
from storage.models import ActionItem, Delivery, Meeting, Network, Report, SessionGuest
from storage.sessions import network_and_meeting


@dataclass(frozen=True)
class Saved:
    """A report as just committed; `report.channel_ts` is where its message was (None: never
    posted)."""

    network: Network
    meeting: Meeting
    report: Report
    items: list[ActionItem]
    guests: list[SessionGuest] = field(default_factory=list)  # the session's guest experts


@dataclass(frozen=True)
class ReportReminder:
    network: Network
    meeting: Meeting
    recipients: list[str]  # empty: a report exists, or the session was cancelled


@dataclass(frozen=True)
class ActionReminder:
    network: Network
    item: ActionItem


class ReportService(Service):
    def target_in_channel(self, team_id: str, channel_id: str, args: str,
                          user_id: str) -> ReportTarget:
        """`/leernet verslag [number]`: the form for that session or the latest one."""
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            return reports.choose_target(session, network, args, user_id, self.now())

    def target_for_meeting(self, meeting_id: int, user_id: str) -> ReportTarget:
        """The form for one session (the report reminder's button)."""
        with self.read() as session:
            return reports.target_for_meeting(session, meeting_id, user_id, self.now())

    def save(self, network_id: int, draft: ReportDraft, *, meeting_id: int,
             report_id: int | None, item_ids: list[int | None], user_id: str) -> Saved:
        """Store a new report or an edit with its items and their reminders; FieldErrors when
        the form is wrong, a refusal when the session or report no longer allows it."""
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            saved = reports.save_report(
                session, network, draft, meeting_id=meeting_id, report_id=report_id,
                item_ids=item_ids, user_id=user_id, now=self.now(),
                reminder_before=self.settings.action_reminder_before)
            guests = list(external_store.guests_of_meeting(session, saved.meeting.id))
        self.scheduled(saved.reminders)
        return Saved(network, saved.meeting, saved.report, saved.items, guests)

    def record_message(self, report_id: int, ts: str, previous: str | None) -> list[str]:
        """The channel message now is at `ts`; who gets the report by DM (the absentees, the
        first time it reached the channel)."""
        with self.unit() as session:
            return reports.record_message(session, report_id, ts, previous)

    def mark_done(self, item_id: int, user_id: str) -> Done:
        with self.unit() as session:
            return reports.mark_done(session, item_id, user_id, self.now())

    def report_reminder(self, delivery: Delivery) -> ReportReminder:
        if delivery.meeting_id is None:
            raise NotFound("report.error.gone")
        with self.unit() as session:
            network, meeting = network_and_meeting(session, delivery.meeting_id)
            return ReportReminder(network, meeting,
                                  reports.report_reminder_recipients(session, meeting))

    def action_reminder(self, delivery: Delivery) -> ActionReminder | None:
        """The item to remind its owner of; None once done, dropped or moved to another date."""
        with self.unit() as session:
            item = reports.item_to_remind(session, delivery)
            if item is None:
                return None
            return ActionReminder(network_store.get_network(session, item.network_id), item)
