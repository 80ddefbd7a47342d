"""After the close: a facilitator keeps or withdraws the network's knowledge, keeps the channel
open or has it archived (`conversations.archive`, after the acknowledgement and outside any
transaction; Slack's refusals are told in words)."""

import logging

from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.after_closing import ARCHIVE_REFUSALS, Knowledge
from bot.text import escape
from handlers.closing.after_blocks import after_blocks
from handlers.slack import ids
from handlers.slack.kit import section
from handlers.slack.listen import Listen
from handlers.slack.turn import Turn
from storage.models import Network

log = logging.getLogger(__name__)


class AfterClosingHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.after = listen.deps.services.after_closing

    def _answer(self, turn: Turn, network: Network, key: str, **values: object) -> None:
        """The outcome with the choices as they stand now, under the clicked message."""
        turn.about(network)
        text = t(key, turn.lang, name=escape(network.name), **values)
        turn.respond(text, blocks=[section(text), *after_blocks(network, turn.lang)])

    def on_keep(self, turn: Turn) -> None:
        network = self.after.choose_knowledge(turn.action_id_value(), turn.user_id,
                                              Knowledge.KEEP)
        self._answer(turn, network, "after.done.keep")

    def on_withdraw(self, turn: Turn) -> None:
        network = self.after.choose_knowledge(turn.action_id_value(), turn.user_id,
                                              Knowledge.WITHDRAW)
        self._answer(turn, network, "after.done.withdraw")

    def on_keep_open(self, turn: Turn) -> None:
        network = self.after.keep_open(turn.action_id_value(), turn.user_id)
        self._answer(turn, network, "after.done.open")

    def on_archive(self, turn: Turn) -> None:
        """Slack archives the channel first; only then is it recorded (a refusal leaves the
        choice open). `already_archived` (someone did it in Slack, or a second click) counts
        as done."""
        network_id = turn.action_id_value()
        network = self.after.may_archive(network_id, turn.user_id)
        try:
            turn.network_client(network).conversations_archive(channel=network.channel_id)
        except SlackApiError as exc:
            code = str(exc.response.get("error") or "?")
            if code != "already_archived":
                log.warning("could not archive the channel of network %s: %s", network.id,
                            code)
                key = (f"after.archive.error.{code}" if code in ARCHIVE_REFUSALS
                       else "after.archive.error.other")
                self._answer(turn, network, key, code=escape(code))
                return
        network = self.after.archived(network_id, turn.user_id)
        self._answer(turn, network, "after.done.archive")


def register(listen: Listen) -> None:
    handlers = AfterClosingHandlers(listen)
    listen.action(ids.AFTER_KEEP_KNOWLEDGE)(handlers.on_keep)
    listen.action(ids.AFTER_WITHDRAW_KNOWLEDGE)(handlers.on_withdraw)
    listen.action(ids.AFTER_KEEP_OPEN)(handlers.on_keep_open)
    listen.action(ids.AFTER_ARCHIVE)(handlers.on_archive)
