"""`/leernet stemming`: a facilitator puts a question to the group; members vote with buttons;
the poll closes on time (a scheduled delivery) or on request, and the results are posted."""

import logging
import re

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlmodel import Session

from bot.catalog import DEFAULT_LANG, t
from bot.domain import networks, polls
from bot.domain.errors import DomainError, FieldErrors
from bot.text import escape, format_when
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.polls.blocks import closed_message, poll_message, poll_modal, results_message
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors
from handlers.slack.feedback import answer_click
from handlers.slack.messaging import Sender, post_or_refuse, update_or_log
from handlers.slack.metadata import PollModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_values
from storage import networks as network_store
from storage.models import Delivery, DeliveryKind, Network

log = logging.getLogger(__name__)

VOTE_ACTION = re.compile(rf"^{ids.POLL_VOTE_PREFIX}\d+$")
CLOSE_WORDS = ("sluiten", "close")


def close_and_announce(session: Session, client: WebClient, poll_id: int) -> bool:
    """Close the poll, show it closed and post the results; False if it was closed already.

    Runs inside the caller's transaction: when Slack refuses the results, the raised
    SlackApiError rolls the close back, so a retry posts them instead of losing them.
    """
    closed = polls.close(session, poll_id)
    if closed is None:
        return False
    network, poll, tally = closed
    # Results first: if Slack refuses them, the poll stays open, buttons and all, until a retry.
    text, blocks = results_message(poll, tally, DEFAULT_LANG)
    client.chat_postMessage(channel=network.channel_id, text=text, blocks=blocks)
    if poll.channel_ts:
        text, blocks = closed_message(poll, tally.voters, DEFAULT_LANG)
        try:
            client.chat_update(channel=network.channel_id, ts=poll.channel_ts, text=text,
                               blocks=blocks)
        except SlackApiError as exc:  # the results say it is over; late votes are refused
            log.warning("could not mark poll %s closed: %s", poll.id, exc.response.get("error"))
    return True


class PollCloseSender(Sender):
    """The scheduled close of a poll (DeliveryKind.POLL_CLOSE)."""

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            if not close_and_announce(session, self.client_for(delivery), delivery.poll_id):
                log.info("poll %s was closed already", delivery.poll_id)
                return
        refresh_network_homes(self.client_for(delivery), self.deps, delivery.network_id)


class PollHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def command(self, call: Invocation) -> None:
        word, _, rest = call.args.partition(" ")
        if not word:
            self._open_modal(call)
        elif word.lower() in CLOSE_WORDS and rest.strip().isdigit():
            self._close_now(call, int(rest.strip()))
        else:
            call.reply(t("poll.error.usage", call.lang))

    def _open_modal(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            networks.ensure_facilitator(session, network, call.user_id)
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"],
                               view=poll_modal(call.lang, network, self.deps.clock()))

    def _close_now(self, call: Invocation, poll_id: int) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            polls.ensure_closable(session, network, poll_id, call.user_id)
            try:
                if not close_and_announce(session, call.client, poll_id):
                    raise DomainError("poll.error.closed")
            except SlackApiError as exc:
                raise DomainError("error.cannot_post",
                                  error=exc.response.get("error", "?")) from exc
        call.reply(t("poll.closed_now", call.lang, id=poll_id))

    def on_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = PollModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        draft = polls.PollDraft(**{field: values.get(field) for field in ids.POLL_FIELDS})
        try:
            # Posted inside the transaction: a poll nobody can see is not stored.
            with self.deps.db.session() as session:
                network = session.get(Network, meta.network_id)
                if network is None:
                    raise DomainError("error.no_network")
                poll, delivery = polls.create(session, network, draft, user_id=user_id,
                                              now=self.deps.clock())
                text, blocks = poll_message(network, poll, 0, DEFAULT_LANG)
                poll.channel_ts = post_or_refuse(client, network.channel_id, text, blocks)
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"question": message_for(error, lang)})
            return
        ack()
        self.deps.notify_scheduled(delivery.run_at)
        refresh_network_homes(client, self.deps, delivery.network_id)

    def on_vote(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        ack()
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        poll_id, _, index = action["value"].partition(":")
        try:
            with self.deps.db.session() as session:
                network, poll = polls.vote(session, int(poll_id), int(index), user_id,
                                           now=self.deps.clock())
                # Updated while the vote holds the poll's lock, so a close cannot be
                # overwritten by a count that was rendered before it.
                self._show_count(client, network, poll, polls.vote_count(session, poll))
        except DomainError as error:
            answer_click(client, body, respond, message_for(error, lang), lang)
            return
        option = polls.options_of(poll)[int(index)]
        when = format_when(poll.closes_at, network.timezone, lang)
        if body.get("response_url"):  # from the channel; on Home the refresh shows the vote
            answer_click(client, body, respond,
                         t("poll.voted", lang, option=escape(option), when=when), lang)
        refresh_homes(client, self.deps, network.team_id, [user_id])

    def _show_count(self, client: WebClient, network: Network, poll, votes_cast: int) -> None:
        if not poll.channel_ts:
            return
        text, blocks = poll_message(network, poll, votes_cast, DEFAULT_LANG)
        update_or_log(client, network.channel_id, poll.channel_ts, text, blocks)


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = PollHandlers(deps)
    router.add(("stemming", "vote"), handlers.command, "help.stemming")
    app.view(ids.POLL_MODAL)(handlers.on_submit)
    app.action(VOTE_ACTION)(handlers.on_vote)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.POLL_CLOSE: PollCloseSender(deps)}
