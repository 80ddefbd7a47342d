"""The kickoff questionnaire in Slack: `/leernet kickoff`, the invitation and its reminder,
the questionnaire modal, the introduction card in the channel."""

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import DEFAULT_LANG, Lang, t
from bot.domain import kickoff, networks
from bot.domain.errors import DomainError, FieldErrors
from bot.text import format_when
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.kickoff.blocks import (
    CONSENT,
    intro_card,
    invitation_message,
    questionnaire_modal,
    reminder_message,
    saved_view,
    synthesis_message,
)
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors
from handlers.slack.feedback import answer_click, open_modal_on_click
from handlers.slack.messaging import OncePerPersonSender, Sender
from handlers.slack.metadata import KickoffModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_choices, submitted_values
from storage import networks as network_store
from storage import networks as repo
from storage.models import Delivery, DeliveryKind, KickoffResponse, MembershipStatus, Network

log = logging.getLogger(__name__)



class KickoffCommands:
    """`/leernet kickoff`: send the questionnaire, or once sent, show its synthesis."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def kickoff(self, call: Invocation) -> None:
        now = self.deps.clock()
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            networks.ensure_facilitator(session, network, call.user_id)
            if network.kickoff_sent_at is not None:
                result = kickoff.synthesis(session, network)
                latecomers = len(kickoff.missing_recipients(session, network))
                text, blocks = synthesis_message(network, result, now, call.lang, latecomers)
                call.reply(text, blocks)
                return
            run = kickoff.send_kickoff(session, network, now,
                                       self.deps.settings.kickoff_reminder_delay)
        self._notify(run.sent + ([run.reminder] if run.reminder else []))
        if run.reminder is None:
            call.reply(t("kickoff.sent.count", call.lang, count=len(run.sent)))
            refresh_network_homes(call.client, self.deps, network.id)
            return
        when = format_when(run.reminder.run_at, network.timezone, call.lang)
        call.reply(t("kickoff.sent", call.lang, count=len(run.sent), when=when))
        refresh_network_homes(call.client, self.deps, network.id)

    def on_send_late(self, ack: Ack, body: dict, action: dict, client: WebClient,
                     respond) -> None:
        """The synthesis' button: the questionnaire for members who joined after the kickoff."""
        ack()
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        try:
            with self.deps.db.session() as session:
                network = kickoff.network_by_id(session, int(action["value"]))
                networks.ensure_facilitator(session, network, user_id)
                sent = kickoff.send_to_latecomers(session, network, self.deps.clock())
        except DomainError as error:
            answer_click(client, body, respond, message_for(error, lang), lang)
            return
        self._notify(sent)
        answer_click(client, body, respond, t("kickoff.sent.late", lang, count=len(sent)), lang)

    def _notify(self, deliveries: list[Delivery]) -> None:
        for run_at in sorted({d.run_at for d in deliveries}):
            self.deps.notify_scheduled(run_at)


class QuestionnaireHandlers:
    """The button that opens the questionnaire, and its submission."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_open(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        ack()

        def build(session, user_id: str, lang: Lang) -> dict:
            network, previous = kickoff.questionnaire_for(
                session, int(action["value"]), user_id, self.deps.clock())
            return questionnaire_modal(lang, network, previous,
                                       kickoff.closes_at(session, network))

        open_modal_on_click(self.deps, client, body, respond, build)

    def on_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = KickoffModalMeta.loads(view["private_metadata"])
        values, choices = submitted_values(view), submitted_choices(view)
        draft = kickoff.KickoffDraft(
            **{name: values.get(name) for name in ids.KICKOFF_TEXT_FIELDS},
            preferred_forms=tuple(choices.get("preferred_forms", [])),
            consent_intro=CONSENT in choices.get("consent_intro", []),
        )
        try:
            with self.deps.db.session() as session:
                network = kickoff.network_by_id(session, meta.network_id)
                response = kickoff.save_response(session, network, user_id, draft,
                                                 self.deps.clock())
                closes_at = kickoff.closes_at(session, network)
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"organisation": message_for(error, lang)})
            return
        ack(response_action="update", view=saved_view(network, closes_at, lang))
        self._sync_intro(client, network, response)
        refresh_homes(client, self.deps, network.team_id, [user_id])

    def _sync_intro(self, client: WebClient, network: Network,
                    response: KickoffResponse) -> None:
        """Post, update or delete the introduction card so it matches the member's consent."""
        change = kickoff.intro_change(response)
        if change == kickoff.IntroChange.NONE:
            return
        text, blocks = intro_card(response, DEFAULT_LANG)
        channel = network.channel_id
        try:
            if change == kickoff.IntroChange.UPDATE:
                try:
                    client.chat_update(channel=channel, ts=response.intro_ts, text=text,
                                       blocks=blocks)
                    return
                except SlackApiError as exc:
                    if exc.response.get("error") != "message_not_found":
                        raise
                    change = kickoff.IntroChange.POST  # someone deleted the card: post anew
            if change == kickoff.IntroChange.POST:
                ts = client.chat_postMessage(channel=channel, text=text, blocks=blocks)["ts"]
            else:
                try:
                    client.chat_delete(channel=channel, ts=response.intro_ts)
                except SlackApiError as exc:
                    if exc.response.get("error") != "message_not_found":
                        raise
                ts = None
        except SlackApiError as exc:
            # The answers are stored either way; the card catches up at the next edit.
            log.warning("introduction card of %s in %s: %s", response.user_id, channel,
                        exc.response.get("error"))
            return
        with self.deps.db.session() as session:
            kickoff.set_intro_ts(session, network.id, response.user_id, ts)


class KickoffSender(OncePerPersonSender):
    """The invitation to the questionnaire, for the one member the delivery names."""

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            network = session.get(Network, delivery.network_id)
            member = repo.membership(session, network.id, delivery.target)
            still_open = kickoff.is_open(session, network, self.deps.clock())
            closes_at = kickoff.closes_at(session, network)
        if member is None or member.status != MembershipStatus.ACTIVE or not still_open:
            log.info("kickoff %s not sent: member gone or questionnaire closed", delivery.id)
            return
        self.dm(delivery, delivery.target,
                lambda lang: invitation_message(network, closes_at, lang))


class KickoffReminderSender(OncePerPersonSender):
    """One reminder to each active member who has not answered, while answers are taken."""

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            network = session.get(Network, delivery.network_id)
            if not kickoff.is_open(session, network, self.deps.clock()):
                log.info("kickoff reminder %s not sent: questionnaire closed", delivery.id)
                return
            closes_at = kickoff.closes_at(session, network)
            pending = kickoff.non_respondents(session, network)
        for user_id in pending:
            self.dm(delivery, user_id, lambda lang: reminder_message(network, closes_at, lang))


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.KICKOFF: KickoffSender(deps),
            DeliveryKind.KICKOFF_REMINDER: KickoffReminderSender(deps)}


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    commands = KickoffCommands(deps)
    questionnaire = QuestionnaireHandlers(deps)
    router.add(("kickoff",), commands.kickoff, "help.kickoff")
    app.action(ids.KICKOFF_OPEN)(questionnaire.on_open)
    app.action(ids.KICKOFF_SEND_LATE)(commands.on_send_late)
    app.view(ids.KICKOFF_MODAL)(questionnaire.on_submit)
