"""`/leernet <sub-command>`: one router; each feature package adds its own sub-commands."""

from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from bot.domain.errors import DomainError
from bot.text import escape
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, slack_failure_text
from handlers.slack.kit import Block, section


@dataclass
class Invocation:
    """One typed `/leernet` command, with what every sub-command needs to answer it."""

    ack: Ack
    command: dict
    client: WebClient
    respond: Callable
    lang: Lang
    args: str  # the text after the sub-command word

    @property
    def team_id(self) -> str:
        return self.command["team_id"]

    @property
    def user_id(self) -> str:
        return self.command["user_id"]

    @property
    def channel_id(self) -> str:
        return self.command["channel_id"]

    def reply(self, text: str, blocks: list | None = None) -> None:
        """An ephemeral answer, as the command's acknowledgement."""
        self.ack(text=text, blocks=blocks) if blocks else self.ack(text=text)


Handler = Callable[[Invocation], None]


class CommandRouter:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._routes: dict[str, Handler] = {}
        self._help_keys: list[str] = []

    def add(self, names: tuple[str, ...], handler: Handler, help_key: str) -> None:
        """Route each name (Dutch first, then English aliases) to `handler`; list it in help."""
        for name in names:
            self._routes[name] = handler
        self._help_keys.append(help_key)

    def on_command(self, ack: Ack, command: dict, client: WebClient, respond) -> None:
        word, _, rest = (command.get("text") or "").strip().partition(" ")
        lang = self.deps.locales.lang(client, command["user_id"])
        invocation = Invocation(ack, command, client, respond, lang, rest.strip())
        handler = self._routes.get(word.lower())
        if handler is None:
            unknown = word or None
            invocation.reply(t("help.intro", lang), help_blocks(lang, self._help_keys, unknown))
            return
        try:
            handler(invocation)
        except DomainError as error:
            invocation.reply(message_for(error, lang))
        except SlackApiError as error:  # after ack(): Slack refused what we asked for them
            respond(text=slack_failure_text(error, lang), response_type="ephemeral")

    def help(self, call: Invocation) -> None:
        call.reply(t("help.intro", call.lang), help_blocks(call.lang, self._help_keys))


def help_blocks(lang: Lang, help_keys: list[str], unknown: str | None = None) -> list[Block]:
    blocks: list[Block] = []
    if unknown:
        blocks.append(section(t("help.unknown", lang, command=escape(unknown))))
    blocks.append(section(t("help.intro", lang)))
    blocks.append(section("\n".join(f"• {t(key, lang)}" for key in help_keys)))
    return blocks
