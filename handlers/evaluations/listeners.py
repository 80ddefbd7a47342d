"""Session evaluations and the apply-at-work follow-up in Slack: `/leernet evaluatie`, the
scheduled invitation, reminder and close, the modals, and the answers to facilitators.

Everything goes through `EvaluationService`; Slack is called after the acknowledgement and
outside any transaction. Switching between named and anonymous evaluations is stored first,
then announced in the channel; if the channel cannot be told, the switch is taken back (a
group must know when its evaluations stop being anonymous) and the facilitator is told why.
"""

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.catalog import t, tn
from bot.domain import apply_at_work, evaluations
from bot.domain.errors import DomainError
from bot.domain.languages import of_network
from bot.services.evaluations import AnswerForm, NotOpenYet, PollSent, ResultsShown
from bot.text import escape, format_when
from handlers.evaluations.blocks import (
    apply_modal,
    evaluation_modal,
    followup_report,
    followup_saved,
    named_announcement,
    notice_view,
    results_message,
)
from handlers.external.blocks import external_question
from handlers.home.publish import refresh_homes
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.messaging import tell_each
from handlers.slack.metadata import ApplyModalMeta, EvaluationModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id

log = logging.getLogger(__name__)

NAMED_WORDS = ("met-naam", "named")
ANONYMOUS_WORDS = ("anoniem", "anonymous")


class EvaluationHandlers:
    """`/leernet evaluatie [met-naam|anoniem]`, the buttons that open the evaluation and the
    follow-up, and their submissions."""

    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    # --- `/leernet evaluatie` ----------------------------------------------------------------

    def command(self, call: Turn) -> None:
        word = call.args.strip().lower()
        if not word:
            self._latest(call)
        elif word in NAMED_WORDS + ANONYMOUS_WORDS:
            self._set_named(call, word in NAMED_WORDS)
        else:
            call.reply(t("evaluation.usage", call.lang))

    def _latest(self, call: Turn) -> None:
        latest = self.services.evaluations.latest(call.team_id, call.channel_id, call.user_id)
        lang = call.lang
        if isinstance(latest, ResultsShown):
            call.reply(*results_message(latest.network, latest.meeting, latest.poll,
                                        latest.results, lang))
        elif isinstance(latest, PollSent):
            call.reply(tn("evaluation.sent", latest.invited, lang,
                         when=format_when(latest.poll.closes_at, latest.network.timezone,
                                          lang)))
        elif isinstance(latest, NotOpenYet):
            tz = latest.network.timezone
            raise DomainError("evaluation.error.not_yet.when",
                              when=format_when(latest.meeting.starts_at, tz, lang),
                              opens=format_when(latest.opens_at, tz, lang))
        else:
            call.open_modal(self._evaluation_modal(call, latest))

    def _set_named(self, call: Turn, named: bool) -> None:
        """Store, acknowledge, announce; a switch the channel cannot hear of is taken back."""
        network = self.services.evaluations.set_named(call.team_id, call.channel_id,
                                                      call.user_id, named)
        call.ack()
        text, blocks = named_announcement(network, named, of_network(network))
        try:
            call.client.chat_postMessage(channel=network.channel_id, text=text, blocks=blocks)
        except SlackApiError as error:
            self.services.evaluations.undo_named(network.id, named)
            raise DomainError("evaluation.named.error.on" if named
                              else "evaluation.named.error.off", network=network.name,
                              error=error.response.get("error", "?")) from error
        call.reply(t("evaluation.named.done", call.lang))

    # --- the evaluation ----------------------------------------------------------------------

    def _evaluation_modal(self, turn: Turn, form: AnswerForm) -> dict[str, Any]:
        theme = self.services.external.evaluation_question(form.meeting.id)
        return evaluation_modal(turn.lang, form.network, form.meeting, form.poll,
                                self.deps.settings.evaluation_min_answers,
                                external_question(theme, turn.lang) if theme else None)

    def on_open_evaluation(self, turn: Turn) -> None:
        form = self.services.evaluations.form(turn.action_id_value(), turn.user_id)
        turn.about(form.network)
        turn.open_modal(self._evaluation_modal(turn, form))

    def on_submit_evaluation(self, turn: Turn) -> None:
        values = turn.values()
        draft = evaluations.EvaluationDraft(**{
            name: values.get(name) for name in ids.EVALUATION_SCALES + ids.EVALUATION_TEXT_FIELDS
        }, external_input=values.get(ids.EXTERNAL_EVALUATION_FIELD))
        done = self.services.evaluations.submit(
            parse_id(turn.meta(EvaluationModalMeta).poll_id), turn.user_id, draft)
        turn.about(done.network)
        lang = turn.lang
        texts = [t("evaluation.saved", lang, network=escape(done.network.name))]
        if done.commitment is not None:
            texts.append(t("evaluation.saved.apply", lang))
        turn.update_modal(notice_view(lang, "evaluation.modal.title", *texts))
        refresh_homes(turn.client, self.deps, done.network.team_id, [turn.user_id])

    # --- the apply-at-work follow-up ---------------------------------------------------------

    def on_open_followup(self, turn: Turn) -> None:
        followup = self.services.evaluations.followup_form(turn.action_id_value(), turn.user_id)
        turn.about(followup.network)
        turn.open_modal(apply_modal(turn.lang, followup))

    def on_submit_followup(self, turn: Turn) -> None:
        values = turn.values()
        draft = apply_at_work.FollowupDraft(**{name: values.get(name)
                                               for name in ids.APPLY_FIELDS})
        answered = self.services.evaluations.answer_followup(
            parse_id(turn.meta(ApplyModalMeta).commitment_id), turn.user_id, draft)
        followup = answered.followup
        turn.about(followup.network)
        turn.update_modal(followup_saved(followup, turn.lang))
        refresh_homes(turn.client, self.deps, followup.network.team_id, [turn.user_id])
        tell_each(self.deps, turn.client, followup.network, answered.facilitators,
                  lambda lang, _user: followup_report(followup, lang))


def register(listen: Listen) -> None:
    handlers = EvaluationHandlers(listen)
    listen.command(("evaluatie", "evaluate"), "help.evaluatie")(handlers.command)
    listen.action(ids.EVALUATION_OPEN)(handlers.on_open_evaluation)
    # No error_field: a refusal (closed, answered already, gone) replaces the modal with a
    # notice, as there is nothing in the form to correct.
    listen.view(ids.EVALUATION_MODAL,
                notice_title="evaluation.modal.title")(handlers.on_submit_evaluation)
    listen.action(ids.APPLY_OPEN)(handlers.on_open_followup)
    listen.view(ids.APPLY_MODAL, notice_title="apply.modal.title")(handlers.on_submit_followup)
