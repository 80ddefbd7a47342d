"""`/leernet verslag`: the report of a session in the channel and to the absentees, kept up to
date on edits; the reminder's button that opens the form; the 'done' buttons of action items.

The report is stored first (field errors and refusals go into the still-open form), then the
form closes and the channel message is posted or updated. If Slack refuses it, the report
stays stored and the facilitator is told how to show it: saving it again posts the message
(and sends the absentees their copy, which goes with the first post).
"""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain import reports
from bot.domain.errors import NotFound
from bot.domain.languages import of_network
from bot.services.reports import Saved
from bot.text import escape
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.reports.blocks import (
    absentee_message,
    action_reminder_message,
    report_message,
    report_modal,
)
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.messaging import tell_each, update_or_log
from handlers.slack.metadata import ReportModalMeta
from handlers.slack.people import is_former, person
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id

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


def _optional_id(value: object) -> int | None:
    return None if value is None else parse_id(value)


def _show_report(client: WebClient, saved: Saved) -> str:
    """Update the channel message in place (or post it: the first time, after a refused first
    post, or when it was deleted); returns where it is. SlackApiError when Slack refuses."""
    network, report = saved.network, saved.report
    text, blocks = report_message(network, saved.meeting, report, saved.items,
                                  of_network(network), saved.guests)
    if report.channel_ts:
        try:
            client.chat_update(channel=network.channel_id, ts=report.channel_ts, text=text,
                               blocks=blocks)
            return report.channel_ts
        except SlackApiError as exc:
            if exc.response.get("error") != MESSAGE_GONE:
                raise
    return str(client.chat_postMessage(channel=network.channel_id, text=text,
                                       blocks=blocks)["ts"])


class ReportHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    def command(self, call: Turn) -> None:
        target = self.services.reports.target_in_channel(call.team_id, call.channel_id,
                                                         call.args, call.user_id)
        call.open_modal(report_modal(call.lang, target))

    def on_open(self, turn: Turn) -> None:
        """The reminder's button: the form for that session."""
        target = self.services.reports.target_for_meeting(turn.action_id_value(), turn.user_id)
        turn.open_modal(report_modal(turn.lang, target))

    def on_submit(self, turn: Turn) -> None:
        meta = turn.meta(ReportModalMeta)
        values = turn.values()
        chosen = values.get(ids.REPORT_MEETING_FIELD)
        meeting_id = parse_id(chosen) if chosen else _optional_id(meta.meeting_id)
        if meeting_id is None:
            raise NotFound("report.error.gone")
        saved = self.services.reports.save(
            parse_id(meta.network_id), _draft(values), meeting_id=meeting_id,
            report_id=_optional_id(meta.report_id),
            item_ids=[_optional_id(item_id) for item_id in meta.item_ids],
            user_id=turn.user_id)
        turn.ack()
        self._show(turn, saved)
        refresh_network_homes(turn.client, self.deps, saved.network.id)

    def _show(self, turn: Turn, saved: Saved) -> None:
        """The report in the channel; the absentees' copies the first time it gets there."""
        previous = saved.report.channel_ts
        try:
            ts = _show_report(turn.client, saved)
        except SlackApiError as exc:
            # Stored either way; saving it again shows it, so say how rather than undo it.
            error = str(exc.response.get("error", "?"))
            log.warning("could not show report %s: %s", saved.report.id, error)
            number = saved.meeting.number
            key = "report.not_shown.numbered" if number else "report.not_shown"
            turn.tell(t(key, turn.lang, channel=saved.network.channel_id, error=escape(error),
                        number=number))
            return
        if ts == previous:
            return
        absentees = self.services.reports.record_message(saved.report.id, ts, previous)
        tell_each(self.deps, turn.client, saved.network,
                  [a for a in absentees if a != turn.user_id],  # who saved it knows it
                  lambda lang, _user: absentee_message(saved.network, saved.meeting,
                                                       saved.report, saved.items, lang,
                                                       saved.guests))

    def on_done(self, turn: Turn) -> None:
        """'Done' on an item, from the channel's report or the owner's reminder."""
        done = self.services.reports.mark_done(turn.action_id_value(), turn.user_id)
        turn.about(done.network)
        if not done.changed:
            turn.tell(t("report.done.already", turn.lang,
                        who=person(done.item.done_by or "", turn.lang)))
            return
        turn.tell(t("report.done", turn.lang, text=escape(done.item.text)))
        self._show_done(turn, done)
        refresh_homes(turn.client, self.deps, done.network.team_id,
                      [u for u in (turn.user_id, done.item.owner_id) if not is_former(u)])

    def _show_done(self, turn: Turn, done: reports.Done) -> None:
        """The channel's report shows the item done; so does the reminder DM clicked, if any.
        The item is done either way; if Slack refuses, only what shows it lags (logged)."""
        network = done.network
        if done.report.channel_ts:
            text, blocks = report_message(network, done.meeting, done.report, done.items,
                                          of_network(network), done.guests)
            update_or_log(turn.network_client(network), network.channel_id,
                          done.report.channel_ts, text, blocks)
        container = turn.body.get("container") or {}
        if (container.get("type") == "message"
                and container.get("channel_id") != network.channel_id):
            text, blocks = action_reminder_message(network, done.item, turn.lang)
            update_or_log(turn.client, container["channel_id"], container["message_ts"], text,
                          blocks)


def register(listen: Listen) -> None:
    handlers = ReportHandlers(listen)
    listen.command(("verslag", "report"), "help.verslag")(handlers.command)
    listen.view(ids.REPORT_MODAL, error_field="summary")(handlers.on_submit)
    listen.action(ids.REPORT_OPEN)(handlers.on_open)
    listen.action(ids.ACTION_DONE_ACTIONS)(handlers.on_done)
