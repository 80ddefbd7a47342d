"""`/leernet intervisie`: a facilitator runs a case from the agenda through the phases of a
method, in a thread under the case in the channel.

Questions and advice are gathered with buttons on the phase that asks for them (a modal; the
bot posts each in the thread and keeps it with the case) rather than by reading the thread:
reading members' messages would need `channels:history` and the `message.channels` event,
which hand the bot every message of the channel, more than it needs to keep."""

import logging
import re

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.errors import BadInput
from bot.domain.intervision import Roles
from bot.domain.languages import of_network
from bot.services.intervision import Run
from handlers.intervision.blocks import (
    cases_message,
    entry_modal,
    entry_post,
    phase_message,
    roles_modal,
    root_message,
    takeaway_modal,
    takeaway_post,
    takeaway_thanks,
)
from handlers.slack import ids
from handlers.slack.kit import Block, notice_modal, section
from handlers.slack.listen import Listen
from handlers.slack.messaging import post_or_undo, update_or_log
from handlers.slack.metadata import (
    IntervisionEntryMeta,
    IntervisionRolesMeta,
    IntervisionTakeawayMeta,
)
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id, parse_pair
from storage.models import Network

log = logging.getLogger(__name__)

START_ACTIONS = re.compile(rf"^{ids.INTERVISION_START}:\w+$")


class IntervisionHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.intervision = listen.deps.services.intervision

    def command(self, call: Turn) -> None:
        cases = self.intervision.cases_in_channel(call.team_id, call.channel_id, call.user_id)
        call.reply(*cases_message(cases, call.lang))

    def on_start(self, turn: Turn) -> None:
        case, method = parse_pair(turn.action_value())
        form = self.intervision.roles_form(parse_id(case), method, turn.user_id)
        turn.open_modal(roles_modal(form, turn.user_id, turn.lang))

    def on_roles_submit(self, turn: Turn) -> None:
        meta = turn.meta(IntervisionRolesMeta)
        values = turn.values()
        roles = Roles(values.get("case_bringer"), values.get("process_lead"),
                      values.get("timekeeper"),
                      [values.get(f"minutes_{i}") for i in range(10) if f"minutes_{i}" in values])
        started = self.intervision.start(meta.case_id, meta.method, roles, turn.user_id)
        turn.show_working(t("intervision.working", turn.lang))
        network, run = started.network, started.run
        client = turn.network_client(network)
        lang = of_network(network)
        text, blocks = root_message(started.case, run, lang)
        root = post_or_undo(client, network.channel_id, text, blocks,
                            undo=lambda: self.intervision.discard(run.id))
        phase_ts = self._post_phase(client, started, root)
        self.intervision.posted(run.id, root, phase_ts)
        turn.tell(t("intervision.started", turn.lang, channel=network.channel_id))

    def _post_phase(self, client: WebClient, run: Run, root: str | None) -> str | None:
        """The current phase in the thread; a refusal is logged (the run goes on, and the
        next click posts the next phase)."""
        if not root:
            return None
        text, blocks = phase_message(run.run, of_network(run.network))
        try:
            return str(client.chat_postMessage(channel=run.run.channel_id, thread_ts=root,
                                               text=text, blocks=blocks)["ts"])
        except SlackApiError as error:
            log.warning("could not post phase %s of intervision %s: %s", run.run.phase,
                        run.run.id, error.response.get("error"))
            return None

    def on_next(self, turn: Turn) -> None:
        run_id, phase = parse_pair(turn.action_value())
        if not (phase.isascii() and phase.isdigit() and len(phase) <= 2):
            raise BadInput()
        moved = self.intervision.next_phase(parse_id(run_id), int(phase), turn.user_id)
        run, network = moved.run, moved.network
        client = turn.network_client(network)
        lang = of_network(network)
        left = run.phase if run.finished_at is not None else run.phase - 1
        if moved.previous_phase_ts:
            update_or_log(client, run.channel_id, moved.previous_phase_ts,
                          *phase_message(run, lang, active=False, index=left))
        if run.finished_at is not None:
            if run.root_ts:
                update_or_log(client, run.channel_id, run.root_ts,
                              *root_message(moved.case, run, lang))
            return
        self.intervision.posted(run.id, None, self._post_phase(client, moved, run.root_ts))

    def on_gather_open(self, turn: Turn) -> None:
        kind = "question" if turn.action_id == ids.INTERVISION_QUESTION else "advice"
        form = self.intervision.entry_form(turn.action_id_value(), kind, turn.user_id)
        turn.open_modal(entry_modal(form.network, form.run, kind, turn.lang))

    def on_entry_submit(self, turn: Turn) -> None:
        meta = turn.meta(IntervisionEntryMeta)
        gathered = self.intervision.gather(meta.run_id, meta.kind, turn.values().get("text"),
                                           turn.user_id, turn.actor_team_id)
        turn.update_modal(notice_modal(turn.lang, [section(t("intervision.entry.saved",
                                                             turn.lang))]))
        run, network = gathered.run, gathered.network
        text, blocks = entry_post(gathered.entry.kind, turn.user_id, gathered.entry.text,
                                  of_network(network))
        posted = self._post_in_thread(turn, run.channel_id, run.root_ts, text, blocks,
                                      network)
        if posted and not self.intervision.entry_posted(gathered.entry.id, posted):
            _take_down(turn.network_client(network), run.channel_id, posted)

    def on_takeaway_open(self, turn: Turn) -> None:
        form = self.intervision.takeaway_form(turn.action_id_value(), turn.user_id)
        turn.open_modal(takeaway_modal(form, turn.lang))

    def on_takeaway_submit(self, turn: Turn) -> None:
        meta = turn.meta(IntervisionTakeawayMeta)
        choices = turn.choices()
        kept = self.intervision.record_takeaway(meta.run_id, turn.values().get("takeaway"),
                                                choices.get("advice", []), turn.user_id)
        turn.update_modal(takeaway_thanks(kept, turn.lang))
        if "yes" not in choices.get("share", []):
            return
        run, network = kept.run, kept.network
        text, blocks = takeaway_post(run, of_network(network))
        if run.takeaway_ts:
            update_or_log(turn.network_client(network), run.channel_id, run.takeaway_ts, text,
                          blocks)
            return
        posted = self._post_in_thread(turn, run.channel_id, run.root_ts, text, blocks,
                                      network)
        if posted and not self.intervision.takeaway_posted(run.id, posted):
            _take_down(turn.network_client(network), run.channel_id, posted)

    @staticmethod
    def _post_in_thread(turn: Turn, channel: str, root: str | None, text: str,
                        blocks: list[Block], network: Network) -> str | None:
        try:
            return str(turn.network_client(network).chat_postMessage(
                channel=channel, thread_ts=root, text=text, blocks=blocks)["ts"])
        except SlackApiError as error:
            log.warning("could not post in the thread of %s: %s", root,
                        error.response.get("error"))
            turn.tell(t("error.cannot_post", turn.lang, error=error.response.get("error", "?")))
            return None


def _take_down(client: WebClient, channel: str, ts: str) -> None:
    """A post of a confidential case erased while Slack took it: deleted now (the erasure
    had no ts to delete)."""
    try:
        client.chat_delete(channel=channel, ts=ts)
    except SlackApiError as error:
        log.warning("could not delete post %s of an erased case: %s", ts,
                    error.response.get("error"))


def register(listen: Listen) -> None:
    handlers = IntervisionHandlers(listen)
    listen.command(("intervisie", "intervision", "peer-consultation"), "help.intervisie")(
        handlers.command)
    listen.action(START_ACTIONS)(handlers.on_start)
    listen.action(ids.INTERVISION_NEXT)(handlers.on_next)
    listen.action(ids.INTERVISION_QUESTION)(handlers.on_gather_open)
    listen.action(ids.INTERVISION_ADVICE)(handlers.on_gather_open)
    listen.action(ids.INTERVISION_TAKEAWAY)(handlers.on_takeaway_open)
    listen.view(ids.INTERVISION_ROLES_MODAL, error_field="case_bringer")(
        handlers.on_roles_submit)
    listen.view(ids.INTERVISION_ENTRY_MODAL, error_field="text")(handlers.on_entry_submit)
    listen.view(ids.INTERVISION_TAKEAWAY_MODAL, error_field="takeaway")(
        handlers.on_takeaway_submit)
