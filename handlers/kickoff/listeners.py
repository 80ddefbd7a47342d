"""The kickoff questionnaire in Slack: `/leernet kickoff`, the invitation and its reminder,
the questionnaire modal, the introduction card in the channel."""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t, tn
from bot.domain import kickoff
from bot.domain.languages import as_lang, of_network
from bot.services.kickoff import Summary
from bot.text import escape, format_when
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.kickoff.blocks import (
    CONSENT,
    consent_text,
    intro_card,
    questionnaire_modal,
    saved_view,
    synthesis_message,
    withdraw_only_modal,
)
from handlers.slack import ids
from handlers.slack.errors import message_for
from handlers.slack.kit import notice_modal, section
from handlers.slack.listen import Listen
from handlers.slack.metadata import KickoffModalMeta
from handlers.slack.turn import Turn
from storage.models import KickoffResponse, Network

log = logging.getLogger(__name__)


class KickoffCommands:
    """`/leernet kickoff`: send the questionnaire, or once sent, show its synthesis."""

    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    def kickoff(self, call: Turn) -> None:
        outcome = self.services.kickoff.start(call.team_id, call.channel_id, call.user_id)
        network = outcome.network
        if isinstance(outcome, Summary):
            call.reply(*synthesis_message(network, outcome.result, outcome.now, call.lang,
                                          outcome.latecomers))
            return
        run = outcome.run
        if run.reminder is None:
            call.reply(tn("kickoff.sent", len(run.sent), call.lang))
        else:
            when = format_when(run.reminder.run_at, network.timezone, call.lang)
            call.reply(tn("kickoff.sent.reminder", len(run.sent), call.lang, when=when))
        refresh_network_homes(call.client, self.deps, network.id)

    def on_send_late(self, turn: Turn) -> None:
        """The synthesis' button: the questionnaire for members who joined after the kickoff."""
        sent = self.services.kickoff.send_late(turn.action_id_value(), turn.user_id)
        turn.tell(tn("kickoff.sent.late", len(sent), turn.lang))


class QuestionnaireHandlers:
    """The button that opens the questionnaire, and its submission."""

    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    def on_open(self, turn: Turn) -> None:
        form = self.services.kickoff.questionnaire(turn.action_id_value(), turn.user_id)
        turn.about(form.network)
        if form.refusal is not None:  # no answers taken, but the introduction can go
            turn.open_modal(withdraw_only_modal(form.network,
                                                message_for(form.refusal, turn.lang),
                                                turn.lang))
            return
        turn.open_modal(questionnaire_modal(turn.lang, form.network, form.previous,
                                            form.closes_at))

    def on_submit(self, turn: Turn) -> None:
        values, choices = turn.values(), turn.choices()
        draft = kickoff.KickoffDraft(
            **{name: values.get(name) for name in ids.KICKOFF_TEXT_FIELDS},
            preferred_forms=tuple(choices.get("preferred_forms", [])),
            consent_intro=CONSENT in choices.get("consent_intro", []),
        )
        meta = turn.meta(KickoffModalMeta)
        shown_in = as_lang(meta.lang) or turn.lang
        saved = self.services.kickoff.save(meta.network_id, turn.user_id, draft,
                                           kickoff.ConsentText(consent_text(shown_in), shown_in))
        turn.update_modal(saved_view(saved.network, saved.closes_at, turn.lang))
        self._sync_intro(turn.network_client(saved.network), saved.network, saved.response)
        refresh_homes(turn.client, self.deps, saved.network.team_id, [turn.user_id])

    def _sync_intro(self, client: WebClient, network: Network,
                    response: KickoffResponse) -> None:
        """Post or update the introduction card so it matches the member's answers (after
        the acknowledgement, outside any transaction; a refusal is logged, the answers stand
        and the card catches up at the next edit). A withdrawn card leaves by a delivery."""
        change = kickoff.intro_change(response)
        if change == kickoff.IntroChange.NONE:
            return
        text, blocks = intro_card(response, of_network(network))
        channel = network.channel_id
        try:
            if change == kickoff.IntroChange.UPDATE and response.intro_ts:
                try:
                    client.chat_update(channel=channel, ts=response.intro_ts, text=text,
                                       blocks=blocks)
                    return
                except SlackApiError as exc:
                    if exc.response.get("error") != "message_not_found":
                        raise
                    # someone deleted the card: post anew
            ts = client.chat_postMessage(channel=channel, text=text, blocks=blocks)["ts"]
        except SlackApiError as exc:
            log.warning("introduction card of %s in %s: %s", response.user_id, channel,
                        exc.response.get("error"))
            return
        self.services.kickoff.intro_shown(network.id, response.user_id, ts)

    def on_withdraw(self, turn: Turn) -> None:
        """`kickoff_withdraw_intro` from any surface: consent off at once, the card's deletion
        queued; the person is told where they clicked."""
        withdrawn = self.services.kickoff.withdraw_intro(turn.user_id, turn.action_id_value())
        key = "kickoff.withdraw.done" if withdrawn.had_consent else "kickoff.withdraw.none"
        text = t(key, turn.lang, name=escape(withdrawn.network.name))
        turn.ack()
        view = turn.body.get("view")
        if view and view.get("type") == "modal":  # in the questionnaire: it says so instead
            try:
                turn.client.views_update(view_id=view["id"], view=notice_modal(
                    turn.lang, [section(text)], t("kickoff.modal.title", turn.lang)))
            except SlackApiError as exc:
                log.info("could not update the questionnaire of %s: %s", turn.user_id,
                         exc.response.get("error"))
        else:
            turn.tell(text)
        refresh_homes(turn.client, self.deps, withdrawn.network.team_id, [turn.user_id])


def register(listen: Listen) -> None:
    commands = KickoffCommands(listen)
    questionnaire = QuestionnaireHandlers(listen)
    listen.command(("kickoff",), "help.kickoff")(commands.kickoff)
    listen.action(ids.KICKOFF_OPEN)(questionnaire.on_open)
    listen.action(ids.KICKOFF_SEND_LATE)(commands.on_send_late)
    listen.action(ids.KICKOFF_WITHDRAW)(questionnaire.on_withdraw)
    listen.view(ids.KICKOFF_MODAL, error_field="organisation")(questionnaire.on_submit)
