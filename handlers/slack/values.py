"""Reading a submitted modal's state: one value per input block, whatever the element type."""

from typing import Any

from bot.domain.errors import BadInput
from bot.text import clean
from handlers.slack import ids

# Ids are PostgreSQL integers: a bigger number is no id of ours (and would make the query fail).
MAX_ID = 2**31 - 1


def parse_id(value: object) -> int:
    """A database id from a button value, a select or metadata; BadInput for anything else.

    Button values and private_metadata come back from the client, so they can be forged.
    """
    if isinstance(value, bool):
        raise BadInput()
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise BadInput()
    return value


def parse_pair(value: object) -> tuple[str, str]:
    """A button value 'a:b' as its two parts; BadInput when it has no colon."""
    if not isinstance(value, str) or ":" not in value:
        raise BadInput()
    first, _, second = value.partition(":")
    return first, second


def submitted_values(view: dict[str, Any]) -> dict[str, str | None]:
    """{block_id: value} for every input block, as the string the element carried, cleaned
    of what cannot be stored or shown (NUL, lone surrogates); lengths are the domain's."""
    result: dict[str, str | None] = {}
    for block_id, actions in view.get("state", {}).get("values", {}).items():
        state = actions.get(ids.VALUE)
        if state is not None:
            value = _value_of(state)
            result[block_id] = clean(value) if isinstance(value, str) else None
    return result


def _value_of(state: dict[str, Any]) -> str | None:
    if "selected_option" in state:
        selected = state["selected_option"]
        return selected["value"] if selected else None
    for key in ("value", "selected_date", "selected_time", "selected_user",
                "selected_conversation", "selected_channel"):
        if key in state:
            return state[key]
    return None


def submitted_choices(view: dict[str, Any]) -> dict[str, list[str]]:
    """{block_id: [values]} for every checkboxes or multi-select input block."""
    result: dict[str, list[str]] = {}
    for block_id, actions in view.get("state", {}).get("values", {}).items():
        state = actions.get(ids.VALUE)
        if state is not None and "selected_options" in state:
            result[block_id] = [clean(o["value"]) for o in state["selected_options"] or []
                                if isinstance(o.get("value"), str)]
    return result


def submitted_files(view: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """{block_id: [Slack's file objects]} for every file input block."""
    result: dict[str, list[dict[str, Any]]] = {}
    for block_id, actions in view.get("state", {}).get("values", {}).items():
        state = actions.get(ids.VALUE)
        if state is not None and state.get("type") == "file_input":
            files = state.get("files")
            result[block_id] = [f for f in files if isinstance(f, dict)] if isinstance(
                files, list) else []
    return result
