"""Sessions in Slack: `/leernet sessies` and `/leernet agenda`, moving and cancelling a session,
confirming who was there, and the calendar file on request."""

import logging
from collections.abc import Callable

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import ics
from bot.catalog import Lang, t
from bot.domain import meetings, networks, sessions
from bot.domain.errors import DomainError, FieldErrors
from bot.domain.schedule import Cadence
from bot.text import escape, format_when
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
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors, slack_failure_text
from handlers.slack.feedback import answer_click, open_modal_on_click
from handlers.slack.kit import Block, notice_modal, section
from handlers.slack.messaging import send_dm
from handlers.slack.metadata import AgendaModalMeta, MeetingModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_choices, submitted_values
from storage import networks as network_store
from storage import sessions as session_store
from storage import sessions as store
from storage.models import Meeting, MeetingStatus, Network

log = logging.getLogger(__name__)

# What one member is told: (their language, their user id) -> (text, blocks).
MemberMessage = Callable[[Lang, str], tuple[str, list[Block]]]


def _notice(lang: Lang, text: str) -> dict:
    return {"response_action": "update", "view": notice_modal(lang, [section(text)])}


class SessionHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    # --- commands ---------------------------------------------------------------------------

    def sessions(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            overview = sessions.overview(session, network, call.user_id, self.deps.clock())
            text, blocks = sessions_message(overview, call.lang)
        call.reply(text, blocks)

    def agenda(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            upcoming = sessions.upcoming_for_member(session, network, call.user_id,
                                                   self.deps.clock())
            view = agenda_modal(network, upcoming, call.lang)
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"], view=view)

    # --- buttons ----------------------------------------------------------------------------

    def on_reschedule_open(self, ack: Ack, body: dict, action: dict, client: WebClient,
                           respond) -> None:
        ack()

        def build(session, user_id: str, lang: Lang) -> dict:
            network, meeting = session_store.network_and_meeting(session, int(action["value"]))
            networks.ensure_facilitator(session, network, user_id)
            sessions.ensure_changeable(meeting, self.deps.clock())
            return reschedule_modal(network, meeting,
                                    list(store.contributions(session, meeting.id)), lang)

        open_modal_on_click(self.deps, client, body, respond, build)

    def on_attendance_open(self, ack: Ack, body: dict, action: dict, client: WebClient,
                           respond) -> None:
        ack()

        def build(session, user_id: str, lang: Lang) -> dict:
            network, meeting, form = sessions.attendance_form(
                session, int(action["value"]), user_id=user_id, now=self.deps.clock())
            return attendance_modal(network, meeting, form, lang)

        open_modal_on_click(self.deps, client, body, respond, build)


    def on_cancel(self, ack: Ack, body: dict, action: dict, client: WebClient,
                  respond) -> None:
        ack()
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        try:
            with self.deps.db.session() as session:
                change = sessions.cancel(session, int(action["value"]), user_id=user_id,
                                         now=self.deps.clock())
                members = sessions.members_to_tell(session, change.network, user_id)
        except DomainError as error:
            answer_click(client, body, respond, message_for(error, lang), lang)
            return
        network, meeting = change.network, change.meeting
        told = self._tell(client, members,
                          lambda member_lang, _: cancelled_dm(network, meeting, change.number,
                                                              member_lang))
        when = format_when(meeting.starts_at, network.timezone, lang)
        answer_click(client, body, respond, t("cancel.done", lang, number=change.number or "?",
                                              when=when, count=told), lang)
        refresh_network_homes(client, self.deps, network.id)

    def on_ics(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        """Upload the session's .ics to the clicker's DM (files_upload_v2: three calls)."""
        ack()
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        now = self.deps.clock()
        try:
            with self.deps.db.session() as session:
                network, meeting = session_store.network_and_meeting(session, int(action["value"]))
                networks.ensure_member(session, network, user_id)
                if meeting.status != MeetingStatus.PLANNED:
                    raise DomainError("session.error.cancelled")
            content = ics.session_calendar(network, meeting, lang, now)
            channel = client.conversations_open(users=user_id)["channel"]["id"]
            client.files_upload_v2(
                channel=channel, content=content, filename=ics.filename(meeting),
                title=t("ics.summary", lang, network=network.name, number=meeting.number or "?"),
                initial_comment=t("ics.comment", lang, number=meeting.number or "?",
                                  network=escape(network.name)))
        except DomainError as error:
            answer_click(client, body, respond, message_for(error, lang), lang)
            return
        except SlackApiError as error:
            answer_click(client, body, respond, slack_failure_text(error, lang), lang)
            return
        if body.get("channel", {}).get("id") != channel:  # clicked outside the DM: say where
            answer_click(client, body, respond, t("ics.sent", lang), lang)

    # --- modal submissions ------------------------------------------------------------------

    def on_reschedule_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = MeetingModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        draft = meetings.MeetingDraft(**{f: values.get(f) for f in ids.RESCHEDULE_FIELDS},
                                      learning_form=None)
        try:
            with self.deps.db.session() as session:
                change = sessions.reschedule(
                    session, meta.meeting_id, draft, user_id=user_id, now=self.deps.clock(),
                    cadence=Cadence.of(self._network(session, meta.meeting_id),
                                       self.deps.settings))
                members = sessions.members_to_tell(session, change.network, user_id)
                answers = {r.user_id: r.answer for r in store.rsvps(session, meta.meeting_id)}
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"date": message_for(error, lang)})
            return
        network, meeting = change.network, change.meeting
        when = format_when(meeting.starts_at, network.timezone, lang)
        ack(**_notice(lang, t("reschedule.done", lang, number=meeting.number or "?", when=when,
                              count=len(members))))
        for delivery in change.deliveries:
            self.deps.notify_scheduled(delivery.run_at)
        self._tell(client, members, lambda member_lang, member: rescheduled_dm(
            network, meeting, change.old_starts_at, member_lang, answers.get(member)))
        refresh_network_homes(client, self.deps, network.id)

    def on_attendance_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = MeetingModalMeta.loads(view["private_metadata"])
        present = [user for block, users in submitted_choices(view).items()
                   if block.startswith(ids.PRESENT_PREFIX) for user in users]
        try:
            with self.deps.db.session() as session:
                _, meeting, rows = sessions.confirm_attendance(
                    session, meta.meeting_id, present, user_id=user_id, now=self.deps.clock())
                number = meeting.number
        except DomainError as error:
            first_block = f"{ids.PRESENT_PREFIX}0"
            ack(response_action="errors", errors={first_block: message_for(error, lang)})
            return
        ack(**_notice(lang, t("attendance.saved", lang, number=number or "?",
                              present=sum(1 for r in rows if r.present), total=len(rows))))

    def on_agenda_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = AgendaModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        try:
            with self.deps.db.session() as session:
                network, meeting, _ = sessions.contribute(
                    session, meta.network_id, int(values.get("meeting") or 0), values.get("kind"),
                    values.get("text"), user_id=user_id, now=self.deps.clock())
                when = format_when(meeting.starts_at, network.timezone, lang)
                number = meeting.number
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"text": message_for(error, lang)})
            return
        ack(**_notice(lang, t("agenda.saved", lang, number=number or "?", when=when)))

    # --- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _network(session, meeting_id: int) -> Network:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise DomainError("session.error.gone")
        return session.get(Network, meeting.network_id)

    def _tell(self, client: WebClient, members: list[str], build: MemberMessage) -> int:
        """DM each member in their language; one unreachable member does not stop the rest."""
        told = 0
        for member in members:
            try:
                member_lang = self.deps.locales.lang(client, member)
                text, blocks = build(member_lang, member)
                send_dm(client, member, text, blocks)
                told += 1
            except SlackApiError as exc:
                log.warning("could not tell %s: %s", member, exc.response.get("error"))
        return told


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = SessionHandlers(deps)
    router.add(("sessies", "sessions", "bijeenkomsten"), handlers.sessions, "help.sessies")
    router.add(("agenda",), handlers.agenda, "help.agenda")
    app.action(ids.SESSION_RESCHEDULE)(handlers.on_reschedule_open)
    app.action(ids.SESSION_CANCEL)(handlers.on_cancel)
    app.action(ids.SESSION_ATTENDANCE)(handlers.on_attendance_open)
    app.action(ids.SESSION_ICS)(handlers.on_ics)
    app.view(ids.RESCHEDULE_MODAL)(handlers.on_reschedule_submit)
    app.view(ids.ATTENDANCE_MODAL)(handlers.on_attendance_submit)
    app.view(ids.AGENDA_MODAL)(handlers.on_agenda_submit)
