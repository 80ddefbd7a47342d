"""`/leernet <sub-command>`: one router; each feature package adds its own sub-commands."""

from typing import Any

from slack_bolt import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.catalog import Lang, t
from bot.text import clean, escape
from handlers.slack.deps import Deps
from handlers.slack.kit import Block, section
from handlers.slack.turn import Listener, Turn, run

UNKNOWN_SHOWN = 40  # characters of an unknown sub-command shown back
SECTION_TEXT = 3000  # Block Kit: a section's text


class CommandRouter:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._routes: dict[str, Listener] = {}
        self._help_keys: list[str] = []

    @property
    def names(self) -> list[str]:
        """Every sub-command word routed (Dutch and English)."""
        return sorted(self._routes)

    def add(self, names: tuple[str, ...], handler: Listener, help_key: str) -> None:
        """Route each name (Dutch first, then English aliases) to `handler`; list it in help."""
        for name in names:
            self._routes[name] = handler
        self._help_keys.append(help_key)

    def on_command(self, ack: Ack, command: dict[str, Any], client: WebClient,
                   respond: Respond) -> None:
        # Cleaned once, here, for every sub-command: what cannot be stored or shown (NUL, a
        # lone surrogate) is dropped; lengths are each command's (the domain's) to check.
        word, _, rest = clean(str(command.get("text") or "")).strip().partition(" ")
        turn = Turn(self.deps, "command", command, client, ack, respond, args=rest.strip())
        handler = self._routes.get(word.lower())
        if handler is None:
            run(turn, lambda call: self._help(call, unknown=word or None))
            return
        run(turn, handler)

    def help(self, call: Turn) -> None:
        self._help(call)

    def _help(self, call: Turn, unknown: str | None = None) -> None:
        call.reply(t("help.intro", call.lang), help_blocks(call.lang, self._help_keys, unknown))


def help_blocks(lang: Lang, help_keys: list[str], unknown: str | None = None) -> list[Block]:
    blocks: list[Block] = []
    if unknown:
        # Echo a bounded piece of the unknown word: a section holds at most 3000 characters.
        blocks.append(section(t("help.unknown", lang, command=escape(unknown[:UNKNOWN_SHOWN]))))
    blocks.append(section(t("help.intro", lang)))
    # A section holds 3000 characters: the list takes as many sections as it needs.
    chunk: list[str] = []
    for line in (f"• {t(key, lang)}" for key in help_keys):
        if chunk and len("\n".join([*chunk, line])) > SECTION_TEXT:
            blocks.append(section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append(section("\n".join(chunk)))
    return blocks
