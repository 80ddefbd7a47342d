"""`/leernet koppelen`: facilitators get the settings modal, members their own part with the
pause, stop and join-again buttons (also on every round's message); the follow-up's 'we met'
and 'not yet' count once per group."""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.errors import BadInput
from bot.domain.languages import of_network
from bot.domain.pairing import valid_setting
from bot.services.pairing import Overview
from bot.text import escape
from handlers.home.publish import refresh_homes
from handlers.pairing.blocks import (
    OFF,
    ON,
    announcement,
    answered_message,
    member_message,
    setting_text,
    settings_modal,
)
from handlers.slack import ids
from handlers.slack.kit import notice_modal, section
from handlers.slack.listen import Listen
from handlers.slack.metadata import PairingModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id

log = logging.getLogger(__name__)


def _number(value: str | None) -> int:
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 2:
        raise BadInput()
    return int(value)


def _announce(client: WebClient, overview: Overview) -> None:
    """Tell the channel pairing is on (in its language); the setting holds either way, so a
    refused post is only logged."""
    network = overview.network
    text, blocks = announcement(overview, of_network(network))
    try:
        client.chat_postMessage(channel=network.channel_id, text=text, blocks=blocks)
    except SlackApiError as exc:
        log.warning("could not tell the channel of network %s: %s", network.id,
                    exc.response.get("error"))


class PairingHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.pairing = listen.deps.services.pairing

    def command(self, call: Turn) -> None:
        overview = self.pairing.overview(call.team_id, call.channel_id, call.user_id)
        if overview.facilitator:
            call.open_modal(settings_modal(overview, call.lang))
            return
        call.reply(*member_message(overview, call.lang))

    def on_submit(self, turn: Turn) -> None:
        meta = turn.meta(PairingModalMeta)
        values = turn.values()
        if values.get("on") not in (ON, OFF):
            raise BadInput()
        setting = valid_setting(values.get("on") == ON, _number(values.get("weeks")),
                                _number(values.get("day")), _number(values.get("hour")))
        overview = self.pairing.change(parse_id(meta.network_id), turn.user_id, setting)
        turn.about(overview.network)
        turn.update_modal(notice_modal(turn.lang, [section(setting_text(overview,
                                                                        turn.lang))]))
        if overview.switched_on:
            _announce(turn.network_client(overview.network), overview)

    def on_pause(self, turn: Turn) -> None:
        overview = self.pairing.pause(turn.action_id_value(), turn.user_id, opt_out=False)
        self._told(turn, overview, "pairing.paused")

    def on_opt_out(self, turn: Turn) -> None:
        overview = self.pairing.pause(turn.action_id_value(), turn.user_id, opt_out=True)
        self._told(turn, overview, "pairing.opted_out")

    def on_rejoin(self, turn: Turn) -> None:
        overview = self.pairing.rejoin(turn.action_id_value(), turn.user_id)
        self._told(turn, overview, "pairing.rejoined")

    def _told(self, turn: Turn, overview: Overview, key: str) -> None:
        """Under the clicked message, or in a small modal from Home, whose buttons follow."""
        turn.about(overview.network)
        turn.tell(t(key, turn.lang, name=escape(overview.network.name)))
        refresh_homes(turn.client, self.deps, overview.network.team_id, [turn.user_id])

    def on_met(self, turn: Turn) -> None:
        self._answer(turn, met=True)

    def on_not_yet(self, turn: Turn) -> None:
        self._answer(turn, met=False)

    def _answer(self, turn: Turn, *, met: bool) -> None:
        group_id = turn.action_id_value()
        answered = self.pairing.answer(group_id, turn.user_id, met)
        turn.about(answered.network)
        if not answered.changed:
            turn.respond(t("pairing.answered.already", turn.lang))
            return
        text, blocks = answered_message(met, group_id, turn.lang)
        turn.respond(text, blocks=blocks, replace_original=True, response_type="in_channel")


def register(listen: Listen) -> None:
    handlers = PairingHandlers(listen)
    listen.command(("koppelen", "pairing", "koppels"), "help.koppelen")(handlers.command)
    listen.view(ids.PAIRING_MODAL, error_field="weeks")(handlers.on_submit)
    listen.action(ids.PAIRING_PAUSE)(handlers.on_pause)
    listen.action(ids.PAIRING_OPT_OUT)(handlers.on_opt_out)
    listen.action(ids.PAIRING_REJOIN)(handlers.on_rejoin)
    listen.action(ids.PAIRING_MET)(handlers.on_met)
    listen.action(ids.PAIRING_NOT_YET)(handlers.on_not_yet)
