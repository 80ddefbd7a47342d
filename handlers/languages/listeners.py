"""`/leernet taal` (`language`): a person's own language, shown, chosen or dropped; `taal
netwerk nl|en` in a network's channel: its language (facilitators); the selector on Home."""

import logging

from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from bot.domain.errors import BadInput, DomainError
from bot.domain.languages import as_lang, of_network, parse_choice
from bot.text import escape
from handlers.home.publish import publish_home, refresh_network_homes
from handlers.languages.blocks import AUTO, current_text, language_name
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.turn import Turn

log = logging.getLogger(__name__)

NETWORK_WORDS = ("netwerk", "network")


class LanguageHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.languages = listen.deps.services.languages

    def language(self, call: Turn) -> None:
        word, _, rest = call.args.partition(" ")
        if word.lower() in NETWORK_WORDS:
            self._network_language(call, rest.strip())
        elif not word:
            network = self.languages.network_in_channel(call.team_id, call.channel_id)
            call.reply(current_text(call.reader, call.lang, network))
        elif rest.strip():
            raise DomainError("language.error.unknown", typed=call.args[:20])
        else:
            self._choose(call, parse_choice(word))

    def _choose(self, call: Turn, lang: Lang | None) -> None:
        self.languages.choose(call.team_id, call.user_id, lang)
        if lang is not None:
            call.reply(t("language.chosen", lang, language=language_name(lang, lang)))
        else:  # their language now comes from the network or the locale hint, as for anyone
            reader = self.deps.languages.reader(call.team_id, call.user_id,
                                                channel_id=call.channel_id)
            now = self.deps.languages.decide(reader, call.client, call.user_id,
                                             may_call_slack=False)
            call.reply(t("language.reset", now, language=language_name(now, now)))
        publish_home(call.client, self.deps, call.team_id, call.user_id)

    def _network_language(self, call: Turn, typed: str) -> None:
        lang = as_lang(typed)
        if lang is None:
            raise DomainError("language.error.network_unknown")
        network = self.languages.set_network_language(call.team_id, call.channel_id,
                                                      call.user_id, lang)
        call.ack()
        spoken = of_network(network)
        text = t("language.network.set", spoken, name=escape(network.name),
                 language=language_name(spoken, spoken))
        try:
            call.client.chat_postMessage(channel=network.channel_id, text=text)
        except SlackApiError as error:  # the change holds; only the channel did not hear it
            log.warning("could not announce the language of network %s: %s", network.id,
                        error.response.get("error"))
            call.respond(text)
        refresh_network_homes(call.client, self.deps, network.id)

    def on_home_select(self, turn: Turn) -> None:
        value = (turn.action.get("selected_option") or {}).get("value")
        if value != AUTO and as_lang(value) is None:
            raise BadInput()
        self.languages.choose(turn.team_id, turn.user_id, as_lang(value))
        publish_home(turn.client, self.deps, turn.team_id, turn.user_id)


def register(listen: Listen) -> None:
    handlers = LanguageHandlers(listen)
    listen.command(("taal", "language"), "help.taal")(handlers.language)
    listen.action(ids.HOME_LANGUAGE)(handlers.on_home_select)
