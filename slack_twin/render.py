"""Render Block Kit messages and views as plain text, so the demo can show them in a terminal."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

NameLookup = Callable[[str], str | None]

RULE = "-" * 40
_ANGLE = re.compile(r"<([^<>]+)>")


def mrkdwn_to_text(text: str, user_name: NameLookup | None = None) -> str:
    """Turn Slack's mrkdwn markup (mentions, links, escapes) into what a reader sees."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            user_id = target[1:]
            name = (user_name(user_id) if user_name else None) or label or user_id
            return f"@{name}"
        if target.startswith("#"):
            return f"#{label or target[1:]}"
        if target.startswith("!"):
            return label or f"@{target[1:].split('^')[0]}"
        return f"{label} ({target})" if label else target

    plain = _ANGLE.sub(replace, text)
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _text(obj: Any, user_name: NameLookup | None) -> str:
    if isinstance(obj, str):
        return mrkdwn_to_text(obj, user_name)
    if not isinstance(obj, dict):
        return ""
    text = str(obj.get("text", ""))
    return mrkdwn_to_text(text, user_name) if obj.get("type") == "mrkdwn" else text


def _option_label(element: dict[str, Any]) -> str | None:
    option = element.get("initial_option")
    if isinstance(option, dict):
        return _text(option.get("text"), None)
    return None


def _element(element: dict[str, Any], user_name: NameLookup | None) -> str:
    """One interactive element as a bracketed control."""
    kind = str(element.get("type", ""))
    if kind == "button":
        return f"[ {_text(element.get('text'), None)} ]"
    if kind == "image":
        return f"[image: {element.get('alt_text', '')}]"
    if kind == "overflow":
        return "[ ... ]"
    if kind in ("radio_buttons", "checkboxes"):
        mark = "( )" if kind == "radio_buttons" else "[ ]"
        labels = [_text(o.get("text"), user_name) for o in element.get("options") or []]
        return "  ".join(f"{mark} {label}" for label in labels)
    shown = (
        _option_label(element)
        or element.get("initial_value")
        or element.get("initial_date")
        or element.get("initial_time")
        or _text(element.get("placeholder"), None)
        or kind.replace("_", " ")
    )
    arrow = " v" if "select" in kind else ""
    return f"[ {shown}{arrow} ]"


def _rich_text(node: Any) -> str:
    if isinstance(node, dict):
        if node.get("type") == "text":
            return str(node.get("text", ""))
        if node.get("type") == "link":
            return str(node.get("text") or node.get("url", ""))
        if node.get("type") == "user":
            return f"@{node.get('user_id', '')}"
        if node.get("type") in ("rich_text_section", "rich_text_preformatted", "rich_text_quote"):
            return "".join(_rich_text(child) for child in node.get("elements") or [])
        if node.get("type") == "rich_text_list":
            return "\n".join(f"- {_rich_text(child)}" for child in node.get("elements") or [])
        return "".join(_rich_text(child) for child in node.get("elements") or [])
    return ""


def _block(block: dict[str, Any], user_name: NameLookup | None) -> list[str]:
    kind = block.get("type")
    if kind == "header":
        title = _text(block.get("text"), None).upper()
        return [title, "=" * len(title)]
    if kind == "divider":
        return [RULE]
    if kind == "section":
        lines = [_text(block["text"], user_name)] if block.get("text") else []
        lines += [f"  {_text(f, user_name)}" for f in block.get("fields") or []]
        if block.get("accessory"):
            lines.append(f"  {_element(block['accessory'], user_name)}")
        return lines
    if kind == "context":
        parts = [
            f"[image: {e.get('alt_text', '')}]" if e.get("type") == "image" else _text(e, user_name)
            for e in block.get("elements") or []
        ]
        return ["  " + " | ".join(parts)]
    if kind == "actions":
        return [" ".join(_element(e, user_name) for e in block.get("elements") or [])]
    if kind == "input":
        label = _text(block.get("label"), None)
        optional = " (optional)" if block.get("optional") else ""
        element = block.get("element") or {}
        value = (
            _option_label(element)
            or element.get("initial_value")
            or element.get("initial_date")
            or "____"
        )
        lines = [f"{label}{optional}: {value}"]
        if block.get("hint"):
            lines.append(f"  ({_text(block['hint'], None)})")
        return lines
    if kind == "image":
        return [f"[image: {block.get('alt_text', '')}]"]
    if kind == "rich_text":
        return [_rich_text(block)]
    if kind == "markdown":
        return [mrkdwn_to_text(str(block.get("text", "")), user_name)]
    return [f"[{kind}]"]


def render_blocks(blocks: list[dict[str, Any]], user_name: NameLookup | None = None) -> str:
    """Blocks as readable lines; ``user_name`` maps user ids to names for mentions."""
    lines: list[str] = []
    for block in blocks or []:
        lines += _block(block, user_name)
    return "\n".join(lines)


def render_message(message: dict[str, Any], user_name: NameLookup | None = None) -> str:
    """A message's blocks, or its text when it has none (as Slack clients show it)."""
    if message.get("blocks"):
        return render_blocks(message["blocks"], user_name)
    return mrkdwn_to_text(str(message.get("text", "")), user_name)


def render_view(view: dict[str, Any], user_name: NameLookup | None = None) -> str:
    """A modal or Home tab: title bar, blocks, then the modal's buttons."""
    title = _text(view.get("title"), None) or ("Home" if view.get("type") == "home" else "")
    bar = f"+-- {title} " + "-" * max(4, 36 - len(title))
    lines = [bar, render_blocks(view.get("blocks") or [], user_name)]
    buttons = [f"[ {_text(view[key], None)} ]" for key in ("close", "submit") if view.get(key)]
    if buttons:
        lines.append("  ".join(buttons))
    return "\n".join(line for line in lines if line)
