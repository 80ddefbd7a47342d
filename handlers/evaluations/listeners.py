"""Session evaluations and the apply-at-work follow-up in Slack: `/leernet evaluatie`, the
scheduled invitation, reminder and close, the modals, and the answers to facilitators."""

import logging
from datetime import datetime, timedelta
from functools import partial

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import DEFAULT_LANG, Lang, t
from bot.domain import apply_at_work, evaluations, networks, schedule
from bot.domain.errors import DomainError, FieldErrors
from bot.domain.meetings import ends_at
from bot.text import format_when
from handlers.evaluations.blocks import (
    apply_modal,
    evaluation_modal,
    followup_message,
    followup_report,
    invitation_message,
    named_announcement,
    notice_view,
    reminder_message,
    results_message,
)
from handlers.home.publish import refresh_homes
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors
from handlers.slack.feedback import open_modal_on_click
from handlers.slack.messaging import OncePerPersonSender, Sender, post_or_refuse, send_dm
from handlers.slack.metadata import ApplyModalMeta, EvaluationModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_values
from storage import deliveries as queue
from storage import evaluations as store
from storage import networks as network_store
from storage import sessions as session_store
from storage.models import Delivery, DeliveryKind, Meeting, Network, Role

log = logging.getLogger(__name__)

NAMED_WORDS = ("met-naam", "named")
ANONYMOUS_WORDS = ("anoniem", "anonymous")


class EvaluationSender(OncePerPersonSender):
    """Opens the session's poll if needed and invites each attendee who has not had it."""

    def __call__(self, delivery: Delivery) -> None:
        settings = self.deps.settings
        now = self.deps.clock()
        with self.deps.db.session() as session:
            network, meeting = session_store.network_and_meeting(session, delivery.meeting_id)
            poll = evaluations.open_poll(session, network, meeting, now=now,
                                         open_for=settings.evaluation_open)
            if not evaluations.is_open(poll, now):
                log.info("evaluation %s not sent: the poll is closed", delivery.id)
                return
            pending = evaluations.to_invite(session, poll, meeting)
        for user_id in pending:
            self.dm(delivery, user_id, partial(invitation_message, network, meeting, poll,
                                               min_answers=settings.evaluation_min_answers))
        refresh_homes(self.client_for(delivery), self.deps, network.team_id, pending)


class EvaluationReminderSender(OncePerPersonSender):
    """One reminder to each attendee who has not answered, while the poll is open."""

    def __call__(self, delivery: Delivery) -> None:
        now = self.deps.clock()
        with self.deps.db.session() as session:
            network, meeting = session_store.network_and_meeting(session, delivery.meeting_id)
            poll = store.poll_for_meeting(session, meeting.id)
            if poll is None or not evaluations.is_open(poll, now):
                log.info("evaluation reminder %s not sent: no open poll", delivery.id)
                return
            pending = evaluations.non_respondents(session, poll, meeting)
        for user_id in pending:
            self.dm(delivery, user_id, partial(reminder_message, network, meeting, poll))


class EvaluationCloseSender(OncePerPersonSender):
    """Closes the poll and sends each facilitator the results, with the trend; once."""

    def __call__(self, delivery: Delivery) -> None:
        now = self.deps.clock()
        later = None
        with self.deps.db.session() as session:
            network, meeting = session_store.network_and_meeting(session, delivery.meeting_id)
            poll = store.poll_for_meeting(session, meeting.id)
            step = evaluations.close_step(poll, now)
            if step == evaluations.CloseStep.LATER:
                later = evaluations.close_delivery(session, network, meeting, poll)
            elif step == evaluations.CloseStep.CLOSE:
                evaluations.close(session, poll)
                result = evaluations.results(session, poll, meeting,
                                             min_answers=self.deps.settings.evaluation_min_answers)
                facilitators = network_store.facilitators(session, network.id)
        if step == evaluations.CloseStep.LATER:
            log.info("evaluation of meeting %s closes later, at %s", meeting.id, poll.closes_at)
            if later is not None:
                self.deps.notify_scheduled(later.run_at)
            return
        if step == evaluations.CloseStep.NOTHING:
            log.info("evaluation close %s: nothing to close", delivery.id)
            return
        for user_id in facilitators:
            self.dm(delivery, user_id, partial(results_message, network, meeting, poll, result,
                                               text_key="evaluation.summary.text"))
        with self.deps.db.session() as session:
            evaluations.mark_summary_sent(session, poll.id, self.deps.clock())


class ApplyFollowupSender(OncePerPersonSender):
    """Asks each participant who said what they would apply whether they did."""

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            network, meeting = session_store.network_and_meeting(session, delivery.meeting_id)
            commitments = apply_at_work.to_ask(session, meeting.id)
        for row in commitments:
            self.dm(delivery, row.user_id, partial(followup_message, network, meeting, row))
        refresh_homes(self.client_for(delivery), self.deps, network.team_id,
                      [r.user_id for r in commitments])


class EvaluationCommands:
    """`/leernet evaluatie [met-naam|anoniem]`."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def command(self, call: Invocation) -> None:
        word = call.args.strip().lower()
        if not word:
            self._latest(call)
        elif word in NAMED_WORDS + ANONYMOUS_WORDS:
            self._set_named(call, word in NAMED_WORDS)
        else:
            call.reply(t("evaluation.usage", call.lang))

    def _latest(self, call: Invocation) -> None:
        now = self.deps.clock()
        settings = self.deps.settings
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            member = networks.ensure_member(session, network, call.user_id)
            meeting = evaluations.latest_session(session, network, now)
            poll = store.poll_for_meeting(session, meeting.id)
            if member.role == Role.FACILITATOR and poll is not None:
                result = evaluations.results(session, poll, meeting,
                                             min_answers=settings.evaluation_min_answers)
                text, blocks = results_message(network, meeting, poll, result, call.lang)
                call.reply(text, blocks)
                return
            if member.role == Role.FACILITATOR:
                self._send_now(call, session, network, meeting, now)
                return
            if poll is None:
                raise self._not_yet(network, meeting, call.lang)
            evaluations.ensure_may_answer(session, poll, meeting, call.user_id, now)
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"],
                               view=evaluation_modal(call.lang, network, meeting, poll,
                                                     settings.evaluation_min_answers))

    def _send_now(self, call: Invocation, session, network: Network, meeting: Meeting,
                  now: datetime) -> None:
        """Open the poll now and let the scheduler invite the attendees (and close it)."""
        poll = evaluations.open_poll(session, network, meeting, now=now,
                                     open_for=self.deps.settings.evaluation_open)
        count = len(evaluations.to_invite(session, poll, meeting))
        invite = queue.add(session, Delivery(
            team_id=network.team_id,
            key=schedule.meeting_key(DeliveryKind.EVALUATION, meeting, ":now"),
            kind=DeliveryKind.EVALUATION, run_at=now, network_id=network.id,
            meeting_id=meeting.id, target=schedule.TARGET_MEMBERS))
        close = evaluations.close_delivery(session, network, meeting, poll)
        session.commit()
        for delivery in (invite, close):
            if delivery is not None:
                self.deps.notify_scheduled(delivery.run_at)
        call.reply(t("evaluation.sent", call.lang, count=count,
                     when=format_when(poll.closes_at, network.timezone, call.lang)))

    def _not_yet(self, network: Network, meeting: Meeting, lang: Lang) -> DomainError:
        opens = ends_at(meeting) + timedelta(seconds=network.evaluation_delay_seconds)
        return DomainError("evaluation.error.not_yet.when",
                           when=format_when(meeting.starts_at, network.timezone, lang),
                           opens=format_when(opens, network.timezone, lang))

    def _set_named(self, call: Invocation, named: bool) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            if not evaluations.set_named(session, network, call.user_id, named):
                key = "evaluation.named.already.on" if named else "evaluation.named.already.off"
                call.reply(message_for(DomainError(key, network=network.name), call.lang))
                return
            # Announced inside the transaction: a change the group was not told of is not made.
            text, blocks = named_announcement(network, named, DEFAULT_LANG)
            post_or_refuse(call.client, network.channel_id, text, blocks)
        call.reply(t("evaluation.named.done", call.lang))


class EvaluationHandlers:
    """The buttons that open the evaluation and the follow-up, and their submissions."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_open_evaluation(self, ack: Ack, body: dict, action: dict, client: WebClient,
                           respond) -> None:
        ack()

        def build(session, user_id: str, lang: Lang) -> dict:
            network, meeting, poll = evaluations.form_for(
                session, int(action["value"]), user_id, self.deps.clock())
            return evaluation_modal(lang, network, meeting, poll,
                                    self.deps.settings.evaluation_min_answers)

        open_modal_on_click(self.deps, client, body, respond, build)

    def on_submit_evaluation(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = EvaluationModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        draft = evaluations.EvaluationDraft(**{
            name: values.get(name) for name in ids.EVALUATION_SCALES + ids.EVALUATION_TEXT_FIELDS
        })
        try:
            with self.deps.db.session() as session:
                done = evaluations.submit(session, meta.poll_id, user_id, draft,
                                          now=self.deps.clock())
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="update",
                view=notice_view(lang, "evaluation.modal.title", message_for(error, lang)))
            return
        texts = [message_for(DomainError("evaluation.saved", network=done.network.name), lang)]
        if done.commitment is not None:
            texts.append(t("evaluation.saved.apply", lang))
        ack(response_action="update", view=notice_view(lang, "evaluation.modal.title", *texts))
        refresh_homes(client, self.deps, done.network.team_id, [user_id])

    def on_open_followup(self, ack: Ack, body: dict, action: dict, client: WebClient,
                         respond) -> None:
        ack()

        def build(session, user_id: str, lang: Lang) -> dict:
            return apply_modal(lang, apply_at_work.followup_for(session, int(action["value"]),
                                                                user_id))

        open_modal_on_click(self.deps, client, body, respond, build)

    def on_submit_followup(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = ApplyModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        draft = apply_at_work.FollowupDraft(**{name: values.get(name) for name in ids.APPLY_FIELDS})
        try:
            with self.deps.db.session() as session:
                followup = apply_at_work.answer(session, meta.commitment_id, user_id, draft,
                                                now=self.deps.clock())
                facilitators = network_store.facilitators(session, followup.network.id)
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="update",
                view=notice_view(lang, "apply.modal.title", message_for(error, lang)))
            return
        ack(response_action="update", view=notice_view(
            lang, "apply.modal.title",
            message_for(DomainError("apply.saved", network=followup.network.name), lang)))
        refresh_homes(client, self.deps, followup.network.team_id, [user_id])
        for facilitator in facilitators:
            try:
                text, blocks = followup_report(followup,
                                               self.deps.locales.lang(client, facilitator))
                send_dm(client, facilitator, text, blocks)
            except SlackApiError as exc:  # the answer is stored; one facilitator missed it
                log.warning("apply answer to %s failed: %s", facilitator,
                            exc.response.get("error"))


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.EVALUATION: EvaluationSender(deps),
            DeliveryKind.EVALUATION_REMINDER: EvaluationReminderSender(deps),
            DeliveryKind.EVALUATION_CLOSE: EvaluationCloseSender(deps),
            DeliveryKind.APPLY_FOLLOWUP: ApplyFollowupSender(deps)}


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    commands = EvaluationCommands(deps)
    handlers = EvaluationHandlers(deps)
    router.add(("evaluatie", "evaluate"), commands.command, "help.evaluatie")
    app.action(ids.EVALUATION_OPEN)(handlers.on_open_evaluation)
    app.view(ids.EVALUATION_MODAL)(handlers.on_submit_evaluation)
    app.action(ids.APPLY_OPEN)(handlers.on_open_followup)
    app.view(ids.APPLY_MODAL)(handlers.on_submit_followup)
