"""Tiny Block Kit constructors, so the builders read as layouts rather than dict literals."""

from typing import Any

Block = dict[str, Any]


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
