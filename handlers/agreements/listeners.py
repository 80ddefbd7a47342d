"""`/leernet afspraken`: record, post, pin and amend the group's agreements; members agree."""

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import DEFAULT_LANG, Lang, t
from bot.domain import agreements, networks
from bot.domain.errors import DomainError, FieldErrors
from bot.text import escape
from handlers.agreements.blocks import (
    agreement_message,
    agreement_modal,
    member_view,
    replaced_message,
)
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors
from handlers.slack.feedback import answer_click
from handlers.slack.messaging import post_or_refuse, update_or_log
from handlers.slack.metadata import AgreementModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_values
from storage import agreements as repo
from storage import networks as network_store
from storage.models import Agreement, Network, Role

log = logging.getLogger(__name__)

# Slack's answer when the message is pinned already: the goal is met, nobody needs to know.
ALREADY_PINNED = "already_pinned"


class AgreementHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def command(self, call: Invocation) -> None:
        """Facilitators get the form (with who has not agreed yet); members get the text."""
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            member = networks.ensure_member(session, network, call.user_id)
            current = repo.current(session, network.id)
            status = agreements.ack_status(session, current) if current else None
            acked = bool(current and agreements.has_acked(session, current, call.user_id))
        if member.role == Role.FACILITATOR:
            call.ack()
            call.client.views_open(trigger_id=call.command["trigger_id"],
                                   view=agreement_modal(call.lang, network, current, status))
        elif current is None:
            call.reply(t("agreements.none", call.lang, name=escape(network.name)))
        else:
            call.reply(*member_view(network, current, acked, call.lang))

    def on_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = AgreementModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        draft = agreements.AgreementDraft(values.get("text"), values.get("change_note"))
        try:
            # Posted inside the transaction: if Slack refuses the message, nothing is stored
            # and the facilitator reads why in the still-open form.
            with self.deps.db.session() as session:
                network = session.get(Network, meta.network_id)
                if network is None:
                    raise DomainError("error.no_network")
                agreement, previous = agreements.record(
                    session, network, draft, user_id=user_id,
                    amends_version=meta.amends_version, now=self.deps.clock())
                status = agreements.ack_status(session, agreement)
                text, blocks = agreement_message(network, agreement, status, DEFAULT_LANG)
                agreement.channel_ts = post_or_refuse(client, network.channel_id, text, blocks)
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"text": message_for(error, lang)})
            return
        ack()
        self._pin(client, network, agreement, user_id, lang)
        refresh_network_homes(client, self.deps, network.id)
        if previous is not None:
            self._retire(client, network, previous, agreement)
            self._announce_change(client, network, agreement, (draft.change_note or "").strip())

    def _pin(self, client: WebClient, network: Network, agreement: Agreement, user_id: str,
             lang: Lang) -> None:
        """Pin the new version; a refusal is told to its author, the agreements stand."""
        try:
            client.pins_add(channel=network.channel_id, timestamp=agreement.channel_ts)
        except SlackApiError as exc:
            error = exc.response.get("error", "?")
            if error == ALREADY_PINNED:
                return
            log.warning("could not pin agreements %s: %s", agreement.id, error)
            try:
                client.chat_postEphemeral(channel=network.channel_id, user=user_id,
                                          text=t("agreements.pin_failed", lang, error=error))
            except SlackApiError as again:
                log.warning("could not tell %s: %s", user_id, again.response.get("error"))

    def _retire(self, client: WebClient, network: Network, previous: Agreement,
                current: Agreement) -> None:
        """Unpin the replaced version and take its button away (best effort: a courtesy)."""
        if not previous.channel_ts:
            return
        try:
            client.pins_remove(channel=network.channel_id, timestamp=previous.channel_ts)
        except SlackApiError as exc:  # e.g. someone unpinned it already (no_pin)
            log.info("could not unpin agreements %s: %s", previous.id, exc.response.get("error"))
        text, blocks = replaced_message(network, previous, current.version, DEFAULT_LANG)
        try:
            client.chat_update(channel=network.channel_id, ts=previous.channel_ts, text=text,
                               blocks=blocks)
        except SlackApiError as exc:
            log.warning("could not mark agreements %s replaced: %s", previous.id,
                        exc.response.get("error"))

    def _announce_change(self, client: WebClient, network: Network, agreement: Agreement,
                         note: str) -> None:
        """What changed, as a reply on the new version that also shows in the channel."""
        if not note:
            return
        try:
            client.chat_postMessage(channel=network.channel_id, thread_ts=agreement.channel_ts,
                                    reply_broadcast=True,
                                    text=t("agreements.amended.note", DEFAULT_LANG,
                                           note=escape(note)))
        except SlackApiError as exc:
            log.warning("could not announce the change of agreements %s: %s", agreement.id,
                        exc.response.get("error"))

    def on_ack(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        ack()
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        try:
            with self.deps.db.session() as session:
                network, agreement, added = agreements.acknowledge(
                    session, int(action["value"]), user_id, now=self.deps.clock())
                status = agreements.ack_status(session, agreement)
        except DomainError as error:
            answer_click(client, body, respond, message_for(error, lang), lang)
            return
        key = "agreements.ack.done" if added else "agreements.ack.already"
        if body.get("response_url"):  # from the channel; on Home the refresh shows it
            answer_click(client, body, respond, t(key, lang, version=agreement.version), lang)
        refresh_homes(client, self.deps, network.team_id, [user_id])
        if not added or not agreement.channel_ts:
            return
        text, blocks = agreement_message(network, agreement, status, DEFAULT_LANG)
        update_or_log(client, network.channel_id, agreement.channel_ts, text, blocks)


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = AgreementHandlers(deps)
    router.add(("afspraken", "agreements"), handlers.command, "help.afspraken")
    app.view(ids.AGREEMENT_MODAL)(handlers.on_submit)
    app.action(ids.AGREEMENT_ACK)(handlers.on_ack)
