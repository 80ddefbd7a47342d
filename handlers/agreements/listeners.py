"""`/leernet afspraken`: record, post, pin and amend the group's agreements; members agree.

Saving follows the network modal: the form is checked before it closes, then the modal shows
that the bot is at work while the version is stored and posted; if Slack refuses the message,
the stored version is taken back and the modal says why.
"""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.agreements import AgreementDraft
from bot.domain.languages import of_network
from bot.services.agreements import MessageState
from bot.text import escape
from handlers.agreements.blocks import (
    agreement_message,
    agreement_modal,
    member_view,
    replaced_message,
)
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.messaging import post_or_undo, update_or_log
from handlers.slack.metadata import AgreementModalMeta
from handlers.slack.turn import Turn
from storage.models import Agreement, Network

log = logging.getLogger(__name__)

# Slack's answer when the message is pinned already: the goal is met, nobody needs to know.
ALREADY_PINNED = "already_pinned"


class AgreementHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    def command(self, call: Turn) -> None:
        """Facilitators get the form (with who has not agreed yet); members get the text."""
        seen = self.services.agreements.overview(call.team_id, call.channel_id, call.user_id)
        if seen.facilitator:
            call.open_modal(agreement_modal(call.lang, seen.network, seen.current, seen.status))
        elif seen.current is None:
            call.reply(t("agreements.none", call.lang, name=escape(seen.network.name)))
        else:
            call.reply(*member_view(seen.network, seen.current, seen.acked, call.lang))

    def on_submit(self, turn: Turn) -> None:
        meta = turn.meta(AgreementModalMeta)
        values = turn.values()
        draft = AgreementDraft(values.get("text"), values.get("change_note"))
        service = self.services.agreements
        service.validate(meta.network_id, turn.user_id, draft, meta.amends_version)
        turn.show_working(t("agreements.working", turn.lang))
        recorded = service.record(meta.network_id, turn.user_id, draft, meta.amends_version)
        network, agreement = recorded.network, recorded.agreement
        text, blocks = agreement_message(network, agreement, recorded.status,
                                         of_network(network))
        ts = post_or_undo(turn.client, network.channel_id, text, blocks,
                          undo=lambda: service.discard(agreement.id))
        service.posted(agreement.id, ts)
        self._pin(turn, network, agreement.id, ts)
        if recorded.previous is not None:
            self._retire(turn.client, network, recorded.previous)
            self._announce_change(turn.client, network, agreement, ts,
                                  (draft.change_note or "").strip())
        refresh_network_homes(turn.client, self.deps, network.id)
        turn.tell(t("agreements.saved", turn.lang, version=agreement.version,
                    channel=network.channel_id))

    def _pin(self, turn: Turn, network: Network, agreement_id: int, ts: str) -> None:
        """Pin the new version; a refusal is told to its author, the agreements stand."""
        try:
            turn.client.pins_add(channel=network.channel_id, timestamp=ts)
        except SlackApiError as exc:
            error = exc.response.get("error", "?")
            if error == ALREADY_PINNED:
                return
            log.warning("could not pin agreements %s: %s", agreement_id, error)
            try:
                turn.client.chat_postEphemeral(
                    channel=network.channel_id, user=turn.user_id,
                    text=t("agreements.pin_failed", turn.lang, error=error))
            except SlackApiError as again:
                log.warning("could not tell %s: %s", turn.user_id, again.response.get("error"))

    def _retire(self, client: WebClient, network: Network, previous: Agreement) -> None:
        """Unpin the replaced version and take its button away (best effort: a courtesy)."""
        if not previous.channel_ts:
            return
        try:
            client.pins_remove(channel=network.channel_id, timestamp=previous.channel_ts)
        except SlackApiError as exc:  # e.g. someone unpinned it already (no_pin)
            log.info("could not unpin agreements %s: %s", previous.id, exc.response.get("error"))
        self._redraw(client, previous.id)

    def _announce_change(self, client: WebClient, network: Network, agreement: Agreement,
                         ts: str, note: str) -> None:
        """What changed, as a reply on the new version that also shows in the channel."""
        if not note:
            return
        try:
            client.chat_postMessage(channel=network.channel_id, thread_ts=ts,
                                    reply_broadcast=True,
                                    text=t("agreements.amended.note", of_network(network),
                                           note=escape(note)))
        except SlackApiError as exc:
            log.warning("could not announce the change of agreements %s: %s", agreement.id,
                        exc.response.get("error"))

    def on_ack(self, turn: Turn) -> None:
        done = self.services.agreements.acknowledge(turn.action_id_value(), turn.user_id)
        key = "agreements.ack.done" if done.added else "agreements.ack.already"
        if turn.body.get("response_url"):  # from the channel; on Home the refresh shows it
            turn.tell(t(key, turn.lang, version=done.agreement.version))
        refresh_homes(turn.client, self.deps, done.network.team_id, [turn.user_id])
        if done.added:
            self._redraw(turn.network_client(done.network), done.agreement.id)

    def _redraw(self, client: WebClient, agreement_id: int) -> None:
        """Redraw a version's channel message from the state stored now: its count, or, once a
        newer version is in the channel, that it was replaced (without its button).

        A redraw can cross an amendment: a count read just before it may reach Slack after the
        amendment retired the message, and would give the button back. So after drawing a
        message with its button, the state is read again, and if the version was replaced
        meanwhile the message is drawn again as replaced (which is final: nothing redraws it
        with a button any more). Two counts that cross only lag until the next click.
        """
        state = self.services.agreements.message_state(agreement_id)
        if not state.agreement.channel_ts:
            return
        draw(client, state)
        if state.replaced_by is None:
            latest = self.services.agreements.message_state(agreement_id)
            if latest.replaced_by is not None:
                draw(client, latest)


def draw(client: WebClient, state: MessageState) -> None:
    """Draw a version's channel message as the database has it now."""
    if state.replaced_by is not None:
        text, blocks = replaced_message(state.network, state.agreement, state.replaced_by,
                                        of_network(state.network))
    else:
        text, blocks = agreement_message(state.network, state.agreement, state.status,
                                         of_network(state.network))
    update_or_log(client, state.network.channel_id, state.agreement.channel_ts or "", text,
                  blocks)


def register(listen: Listen) -> None:
    handlers = AgreementHandlers(listen)
    listen.command(("afspraken", "agreements"), "help.afspraken")(handlers.command)
    listen.view(ids.AGREEMENT_MODAL, error_field="text")(handlers.on_submit)
    listen.action(ids.AGREEMENT_ACK)(handlers.on_ack)
