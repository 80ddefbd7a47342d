"""`/leernet afsluiten`: the question, starting the closing phase, `afsluiten annuleren` (undo)
and `afsluiten klaar` (the final evaluation closes now); the final evaluation's modal."""

import logging
from functools import partial

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t, tn
from bot.domain.errors import DomainError
from bot.domain.final_evaluation import FinalDraft
from bot.domain.languages import of_network
from bot.text import escape
from handlers.closing.after_blocks import closed_message
from handlers.closing.blocks import close_question, numbers
from handlers.closing.final_blocks import final_modal, results_message, thanks_view
from handlers.external.blocks import guest_cancelled_message
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.slack import ids
from handlers.slack.kit import Block
from handlers.slack.listen import Listen
from handlers.slack.messaging import tell_each
from handlers.slack.metadata import FinalModalMeta
from handlers.slack.turn import Turn
from storage.models import Meeting, Network

log = logging.getLogger(__name__)

UNDO_WORDS = ("annuleren", "cancel")
DONE_WORDS = ("klaar", "done")
STATUS_WORDS = ("stand", "status")


def _guest_cancelled(network: Network, meeting: Meeting, lang: Lang,
                     _user: str) -> tuple[str, list[Block]]:
    return guest_cancelled_message(network, meeting, lang)


class ClosingHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.closing = listen.deps.services.closing

    def close(self, call: Turn) -> None:
        word = call.args.strip().lower()
        if word in UNDO_WORDS:
            self.undo(call)
            return
        if word in DONE_WORDS:
            self.finish(call)
            return
        if word in STATUS_WORDS:
            network, result = self.closing.results(call.team_id, call.channel_id, call.user_id)
            if network.closed_at is None:
                call.reply(*results_message(network, result, call.lang))
            else:  # with the choices after the close, and their buttons
                call.reply(*closed_message(network, result, call.lang))
            return
        if word:
            raise DomainError("closing.error.unknown", word=escape(word))
        network = self.closing.asking(call.team_id, call.channel_id, call.user_id)
        call.reply(*close_question(network, call.lang))

    def on_confirm(self, turn: Turn) -> None:
        started = self.closing.start(turn.action_id_value(), turn.user_id)
        network, lang = started.network, turn.lang
        done = t("closing.started", lang, name=escape(network.name))
        if started.called_off:
            done += "\n" + tn("closing.called_off", len(started.called_off), lang,
                              numbers=numbers(started.called_off))
        turn.respond(done, replace_original=True)
        _announce(turn.network_client(network), network, "closing.announce")
        for meeting, guests in started.guests:  # guest experts, as when one is cancelled
            tell_each(self.deps, turn.client, network, guests,
                      partial(_guest_cancelled, network, meeting))
        refresh_network_homes(turn.client, self.deps, network.id)

    def undo(self, call: Turn) -> None:
        network = self.closing.undo(call.team_id, call.channel_id, call.user_id)
        call.reply(t("closing.undone", call.lang, name=escape(network.name)))
        _announce(call.network_client(network), network, "closing.announce_undone")
        refresh_network_homes(call.client, self.deps, network.id)


    def finish(self, call: Turn) -> None:
        network = self.closing.finish(call.team_id, call.channel_id, call.user_id)
        call.reply(t("closing.finishing", call.lang, name=escape(network.name)))

    # --- the final evaluation ------------------------------------------------------------

    def on_open_final(self, turn: Turn) -> None:
        form = self.closing.form(turn.action_id_value(), turn.user_id)
        turn.about(form.network)
        turn.open_modal(final_modal(turn.lang, form, self.deps.settings.evaluation_min_answers))

    def on_submit_final(self, turn: Turn) -> None:
        done = self.closing.submit(turn.meta(FinalModalMeta).network_id, turn.user_id,
                                   FinalDraft(turn.values()))
        turn.about(done.network)
        turn.update_modal(thanks_view(turn.lang, done.network, done.own))
        refresh_homes(turn.client, self.deps, done.network.team_id, [turn.user_id])


def _announce(client: WebClient, network: Network, key: str) -> None:
    """Tell the channel; the phase changed either way, so a refused post is only logged."""
    try:
        client.chat_postMessage(channel=network.channel_id,
                                text=t(key, of_network(network), name=escape(network.name)))
    except SlackApiError as exc:
        log.warning("could not tell the channel of network %s: %s", network.id,
                    exc.response.get("error"))


def register(listen: Listen) -> None:
    handlers = ClosingHandlers(listen)
    listen.command(("afsluiten", "close"), "help.afsluiten")(handlers.close)
    listen.action(ids.CLOSE_CONFIRM)(handlers.on_confirm)
    listen.action(ids.FINAL_OPEN)(handlers.on_open_final)
    # A field error (an unanswered learning question) shows next to it; any other refusal
    # (closed, answered already) replaces the modal with a notice.
    listen.view(ids.FINAL_MODAL, notice_title="final.modal.title")(handlers.on_submit_final)
