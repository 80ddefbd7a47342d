"""`/leernet verslag`: the report of a session in the channel and to the absentees, kept up to
date on edits; the reminder to write it; action items, their reminders and 'done' buttons."""

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import DEFAULT_LANG, Lang, t
from bot.domain import reports
from bot.domain.errors import DomainError, FieldErrors
from bot.text import escape
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.reports.blocks import (
    absentee_message,
    action_reminder_message,
    report_message,
    report_modal,
    report_reminder_message,
)
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors
from handlers.slack.feedback import answer_click, open_modal_on_click
from handlers.slack.messaging import OncePerPersonSender, Sender, send_dm
from handlers.slack.metadata import ReportModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_values
from storage import networks as network_store
from storage import reports as store
from storage.models import ActionItem, Delivery, DeliveryKind, Meeting, Network, Report

log = logging.getLogger(__name__)

MESSAGE_GONE = "message_not_found"


def _draft(values: dict[str, str | None]) -> reports.ReportDraft:
    rows = tuple(
        reports.ItemRow(values.get(reports.item_field("text", i)),
                        values.get(reports.item_field("owner", i)),
                        values.get(reports.item_field("due", i)))
        for i in range(reports.MAX_ITEMS)
    )
    return reports.ReportDraft(values.get("summary"), values.get("insights"),
                               values.get("decisions"), values.get("links"), rows)


def _show_report(client: WebClient, network: Network, meeting: Meeting, report: Report,
                 items: list[ActionItem]) -> str:
    """Update the channel message in place (or post it, the first time or if it was deleted)."""
    text, blocks = report_message(network, meeting, report, items, DEFAULT_LANG)
    if report.channel_ts:
        try:
            client.chat_update(channel=network.channel_id, ts=report.channel_ts, text=text,
                               blocks=blocks)
            return report.channel_ts
        except SlackApiError as exc:
            if exc.response.get("error") != MESSAGE_GONE:
                raise
    return client.chat_postMessage(channel=network.channel_id, text=text, blocks=blocks)["ts"]


class ReportHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def command(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            target = reports.choose_target(session, network, call.args, call.user_id,
                                           self.deps.clock())
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"],
                               view=report_modal(call.lang, target))

    def on_open(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        """The reminder's button: the form for that session."""
        ack()

        def build(session, user_id: str, lang: Lang) -> dict:
            return report_modal(lang, reports.target_for_meeting(
                session, int(action["value"]), user_id, self.deps.clock()))

        open_modal_on_click(self.deps, client, body, respond, build)

    def on_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = ReportModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        chosen = values.get(ids.REPORT_MEETING_FIELD)
        before = self.deps.settings.action_reminder_before
        try:
            # Shown inside the transaction: if Slack refuses the message, nothing is stored and
            # the facilitator reads why in the still-open form.
            with self.deps.db.session() as session:
                network = session.get(Network, meta.network_id)
                meeting_id = int(chosen) if chosen else meta.meeting_id
                if network is None or meeting_id is None:
                    raise DomainError("report.error.gone")
                saved = reports.save_report(
                    session, network, _draft(values), meeting_id=meeting_id,
                    report_id=meta.report_id, item_ids=meta.item_ids, user_id=user_id,
                    now=self.deps.clock(), reminder_before=before)
                try:
                    saved.report.channel_ts = _show_report(client, network, saved.meeting,
                                                           saved.report, saved.items)
                except SlackApiError as exc:
                    raise DomainError("error.cannot_post",
                                      error=exc.response.get("error", "?")) from exc
                absent = reports.absentees(session, saved.meeting) if saved.created else []
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"summary": message_for(error, lang)})
            return
        ack()
        for run_at in sorted({d.run_at for d in saved.reminders}):
            self.deps.notify_scheduled(run_at)
        for absentee in absent:
            if absentee != user_id:  # the author knows what they wrote
                self._send_copy(client, network, saved, absentee)
        refresh_network_homes(client, self.deps, network.id)

    def _send_copy(self, client: WebClient, network: Network, saved: reports.SavedReport,
                   user_id: str) -> None:
        try:
            lang = self.deps.locales.lang(client, user_id)
            send_dm(client, user_id, *absentee_message(network, saved.meeting, saved.report,
                                                       saved.items, lang))
        except SlackApiError as exc:  # one unreachable member must not stop the others
            log.warning("report %s to %s failed: %s", saved.report.id, user_id,
                        exc.response.get("error"))

    def on_done(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        """'Done' on an item, from the channel's report or the owner's reminder."""
        ack()
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        try:
            with self.deps.db.session() as session:
                done = reports.mark_done(session, int(action["value"]), user_id,
                                         self.deps.clock())
                items = list(store.items_of_report(session, done.report.id))
        except DomainError as error:
            answer_click(client, body, respond, message_for(error, lang), lang)
            return
        if not done.changed:
            answer_click(client, body, respond,
                         t("report.done.already", lang, user=done.item.done_by), lang)
            return
        answer_click(client, body, respond,
                     t("report.done", lang, text=escape(done.item.text)), lang)
        self._show_done(client, body, done, items, lang)
        refresh_homes(client, self.deps, done.network.team_id, [user_id, done.item.owner_id])

    def _show_done(self, client: WebClient, body: dict, done: reports.Done,
                   items: list[ActionItem], lang: Lang) -> None:
        """The channel's report shows the item done; so does the reminder DM clicked, if any."""
        network = done.network
        try:
            if done.report.channel_ts:
                text, blocks = report_message(network, done.meeting, done.report, items,
                                              DEFAULT_LANG)
                client.chat_update(channel=network.channel_id, ts=done.report.channel_ts,
                                   text=text, blocks=blocks)
            container = body.get("container", {})
            if (container.get("type") == "message"
                    and container.get("channel_id") != network.channel_id):
                text, blocks = action_reminder_message(network, done.item, lang)
                client.chat_update(channel=container["channel_id"], ts=container["message_ts"],
                                   text=text, blocks=blocks)
        except SlackApiError as exc:  # the item is done; only what shows it lags
            log.warning("could not show item %s done: %s", done.item.id,
                        exc.response.get("error"))


class ReportReminderSender(OncePerPersonSender):
    """Some days after a session: each facilitator, if the session still has no report."""

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            meeting = session.get(Meeting, delivery.meeting_id)
            network = session.get(Network, delivery.network_id)
            recipients = reports.report_reminder_recipients(session, meeting)
        if not recipients:
            log.info("report reminder %s not sent: a report exists", delivery.id)
        for user_id in recipients:
            self.dm(delivery, user_id,
                    lambda lang: report_reminder_message(network, meeting, lang))


class ActionReminderSender(OncePerPersonSender):
    """Before an item's due date: its owner, while the item is open."""

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            item = reports.item_to_remind(session, delivery)
            network = session.get(Network, delivery.network_id)
        if item is None:
            log.info("action reminder %s not sent: item done, dropped or moved", delivery.id)
            return
        self.dm(delivery, item.owner_id,
                lambda lang: action_reminder_message(network, item, lang))


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.REPORT_REMINDER: ReportReminderSender(deps),
            DeliveryKind.ACTION_REMINDER: ActionReminderSender(deps)}


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = ReportHandlers(deps)
    router.add(("verslag", "report"), handlers.command, "help.verslag")
    app.view(ids.REPORT_MODAL)(handlers.on_submit)
    app.action(ids.REPORT_OPEN)(handlers.on_open)
    app.action(ids.ACTION_DONE)(handlers.on_done)
