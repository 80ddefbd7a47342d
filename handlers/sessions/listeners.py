"""Sessions in Slack: `/leernet sessies` and `/leernet agenda`, moving and cancelling a session,
confirming who was there, and the calendar file on request.

Moving and cancelling are stored first; the members are told by DM after the commit (one who
cannot be reached does not stop the others)."""

import logging

from bot import ics
from bot.catalog import t, tn
from bot.domain.meetings import MeetingDraft
from bot.text import escape, format_when
from handlers.external.blocks import guest_cancelled_message, guest_moved_message
from handlers.home.publish import refresh_network_homes
from handlers.sessions.blocks import (
    agenda_modal,
    attendance_modal,
    cancelled_dm,
    reschedule_modal,
    rescheduled_dm,
    sessions_message,
)
from handlers.slack import ids
from handlers.slack.kit import notice_modal, section
from handlers.slack.listen import Listen
from handlers.slack.messaging import tell_each
from handlers.slack.metadata import AgendaModalMeta, MeetingModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id

log = logging.getLogger(__name__)

class SessionHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.sessions = listen.deps.services.sessions

    # --- commands ---------------------------------------------------------------------------

    def list_sessions(self, call: Turn) -> None:
        overview = self.sessions.overview_in_channel(call.team_id, call.channel_id,
                                                     call.user_id)
        text, blocks = sessions_message(overview, call.lang)
        call.reply(text, blocks)

    def agenda(self, call: Turn) -> None:
        form = self.sessions.agenda_in_channel(call.team_id, call.channel_id, call.user_id)
        call.open_modal(agenda_modal(form.network, form.upcoming, call.lang))

    # --- buttons ----------------------------------------------------------------------------

    def on_agenda_open(self, turn: Turn) -> None:
        form = self.sessions.agenda_form_for(turn.action_id_value(), turn.user_id)
        turn.open_modal(agenda_modal(form.network, form.upcoming, turn.lang))

    def on_reschedule_open(self, turn: Turn) -> None:
        form = self.sessions.reschedule_form(turn.action_id_value(), turn.user_id)
        turn.open_modal(reschedule_modal(form.network, form.meeting, form.contributions,
                                         turn.lang))

    def on_attendance_open(self, turn: Turn) -> None:
        network, meeting, form = self.sessions.attendance_form(turn.action_id_value(),
                                                               turn.user_id)
        turn.open_modal(attendance_modal(network, meeting, form, turn.lang))

    def on_cancel(self, turn: Turn) -> None:
        cancelled = self.sessions.cancel(turn.action_id_value(), turn.user_id)
        network, meeting = cancelled.network, cancelled.meeting
        told = tell_each(self.deps, turn.client, network, cancelled.members,
                         lambda member_lang, _: cancelled_dm(network, meeting, cancelled.number,
                                                             member_lang))
        tell_each(self.deps, turn.client, network, cancelled.guests,  # guest experts
                  lambda guest_lang, _: guest_cancelled_message(network, meeting, guest_lang))
        when = format_when(meeting.starts_at, network.timezone, turn.lang)
        turn.tell(tn("cancel.done", told, turn.lang, number=cancelled.number or "?",
                     when=when))
        refresh_network_homes(turn.client, self.deps, network.id)

    def on_ics(self, turn: Turn) -> None:
        """Upload the session's .ics to the clicker's DM (files_upload_v2: three calls)."""
        network, meeting = self.sessions.calendar(turn.action_id_value(), turn.user_id)
        lang = turn.lang
        content = ics.session_calendar(network, meeting, lang, self.deps.clock())
        channel = turn.client.conversations_open(users=turn.user_id)["channel"]["id"]
        turn.client.files_upload_v2(
            channel=channel, content=content, filename=ics.filename(meeting),
            title=t("ics.summary", lang, network=network.name, number=meeting.number or "?"),
            initial_comment=t("ics.comment", lang, number=meeting.number or "?",
                              network=escape(network.name)))
        if turn.channel_id != channel:  # clicked outside the DM: say where it went
            turn.tell(t("ics.sent", lang))

    # --- modal submissions ------------------------------------------------------------------

    def on_reschedule_submit(self, turn: Turn) -> None:
        values = turn.values()
        draft = MeetingDraft(**{f: values.get(f) for f in ids.RESCHEDULE_FIELDS},
                             learning_form=None)
        moved = self.sessions.reschedule(turn.meta(MeetingModalMeta).meeting_id, turn.user_id,
                                         draft)
        network, meeting = moved.network, moved.meeting
        when = format_when(meeting.starts_at, network.timezone, turn.lang)
        turn.update_modal(notice_modal(turn.lang, [section(tn(
            "reschedule.done", len(moved.members), turn.lang, number=meeting.number or "?",
            when=when))]))
        tell_each(self.deps, turn.client, network, moved.members,
                  lambda member_lang, member: rescheduled_dm(
                      network, meeting, moved.old_starts_at, member_lang,
                      moved.answers.get(member)))
        tell_each(self.deps, turn.client, network, moved.guests,  # guest experts: no RSVP
                  lambda guest_lang, _: guest_moved_message(network, meeting,
                                                            moved.old_starts_at, guest_lang))
        refresh_network_homes(turn.client, self.deps, network.id)

    def on_attendance_submit(self, turn: Turn) -> None:
        present = [user for block, users in turn.choices().items()
                   if block.startswith(ids.PRESENT_PREFIX) for user in users]
        confirmed = self.sessions.confirm_attendance(turn.meta(MeetingModalMeta).meeting_id,
                                                     present, turn.user_id)
        turn.update_modal(notice_modal(turn.lang, [section(t(
            "attendance.saved", turn.lang, number=confirmed.meeting.number or "?",
            present=confirmed.present, total=confirmed.total))]))

    def on_agenda_submit(self, turn: Turn) -> None:
        values = turn.values()
        chosen = values.get("meeting")
        network, meeting = self.sessions.contribute(
            turn.meta(AgendaModalMeta).network_id, parse_id(chosen) if chosen else None,
            values.get("kind"), values.get("text"), turn.user_id, title=values.get("title"),
            confidential="yes" in turn.choices().get("confidential", []))
        when = format_when(meeting.starts_at, network.timezone, turn.lang)
        turn.update_modal(notice_modal(turn.lang, [section(t(
            "agenda.saved", turn.lang, number=meeting.number or "?", when=when))]))


def register(listen: Listen) -> None:
    handlers = SessionHandlers(listen)
    listen.command(("bijeenkomsten", "sessies", "sessions"), "help.sessies")(
        handlers.list_sessions)
    listen.command(("agenda",), "help.agenda")(handlers.agenda)
    listen.action(ids.SESSION_RESCHEDULE)(handlers.on_reschedule_open)
    listen.action(ids.SESSION_CANCEL)(handlers.on_cancel)
    listen.action(ids.SESSION_ATTENDANCE)(handlers.on_attendance_open)
    listen.action(ids.SESSION_ICS)(handlers.on_ics)
    listen.action(ids.AGENDA_OPEN)(handlers.on_agenda_open)
    listen.view(ids.RESCHEDULE_MODAL, error_field="date")(handlers.on_reschedule_submit)
    listen.view(ids.ATTENDANCE_MODAL, error_field=f"{ids.PRESENT_PREFIX}0")(
        handlers.on_attendance_submit)
    listen.view(ids.AGENDA_MODAL, error_field="text")(handlers.on_agenda_submit)
