"""Tiny Block Kit constructors, so the builders read as layouts rather than dict literals."""

from collections.abc import Callable
from typing import Any

from bot.catalog import Lang, t
from bot.text import escape
from handlers.slack import ids

Block = dict[str, Any]

SECTION_TEXT_LIMIT = 3000  # Slack's limit on a section's text
OPTION_TEXT = 75  # Slack's limit on an option's text


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text[:150])}


def section(text: str, *, fields: list[str] | None = None, block_id: str | None = None) -> Block:
    block: Block = {"type": "section", "text": mrkdwn(text[:3000])}
    if fields:
        block["fields"] = [mrkdwn(f[:2000]) for f in fields[:10]]
    if block_id:
        block["block_id"] = block_id
    return block


def fields_section(fields: list[str]) -> Block:
    return {"type": "section", "fields": [mrkdwn(f[:2000]) for f in fields[:10]]}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text[:3000])]}


def optional_note(lang: Lang) -> Block:
    """Slack marks optional inputs "(optional)" in the reader's Slack language, which has no
    Dutch: a form with such inputs says in its own language what the mark means."""
    return context(t("form.optional", lang))


def divider() -> Block:
    return {"type": "divider"}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button", "text": plain(text[:75]), "action_id": action_id, "value": value,
    }
    if style:
        element["style"] = style
    return element


def actions(block_id: str, *elements: dict[str, Any]) -> Block:
    return {"type": "actions", "block_id": block_id, "elements": list(elements)}


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text[:75]), "value": value}


def input_block(block_id: str, label: str, element: dict[str, Any], *,
                optional: bool = False, hint: str | None = None) -> Block:
    block: Block = {
        "type": "input", "block_id": block_id, "label": plain(label), "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint)
    return block


def modal(callback_id: str, title: str, submit: str, close: str, blocks: list[Block],
          private_metadata: str = "") -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title[:24]),
        "submit": plain(submit[:24]),
        "close": plain(close[:24]),
        "private_metadata": private_metadata,
        "blocks": blocks,
    }


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def lines_within(lines: list[str], more: Callable[[int], str],
                 limit: int = SECTION_TEXT_LIMIT) -> str:
    """Join whole lines while they fit one section; the rest becomes one 'and N more' line.

    A line (or a mention or entity in it) is never cut in half.
    """
    kept: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        rest = more(len(lines) - index)
        if used + len(line) + len(rest) + 2 > limit:
            kept.append(rest)
            break
        kept.append(line)
        used += len(line) + 1
    return "\n".join(kept)


def escaped_chunks(user_text: str, limit: int = SECTION_TEXT_LIMIT) -> list[str]:
    """Escaped text cut into section-sized pieces, never inside an entity such as `&amp;`."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for char in user_text:
        piece = escape(char)
        if size + len(piece) > limit:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(piece)
        size += len(piece)
    if current:
        chunks.append("".join(current))
    return chunks


def text_input(max_length: int, *, multiline: bool = False,
               initial: str | None = None) -> dict[str, Any]:
    """A plain text input; `max_length` always set, so Slack refuses what we could not store."""
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": ids.VALUE,
                               "multiline": multiline, "max_length": max_length}
    if initial:
        element["initial_value"] = initial
    return element


def static_select(options: list[tuple[str, str]],
                  initial: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "static_select", "action_id": ids.VALUE,
               "options": [option(text, value) for text, value in options]}
    if initial is not None:
        element["initial_option"] = next(
            option(text, value) for text, value in options if value == initial)
    return element


def notice_modal(lang: Lang, blocks: list[Block], title: str | None = None) -> dict:
    """A modal that only tells something (a refusal, thanks after a submission)."""
    return {"type": "modal", "title": plain((title or t("notice.title", lang))[:24]),
            "close": plain(t("notice.close", lang)), "blocks": blocks}
