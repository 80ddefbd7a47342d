"""Reading a submitted modal's state: one value per input block, whatever the element type."""

from typing import Any

from handlers.slack import ids


def submitted_values(view: dict[str, Any]) -> dict[str, str | None]:
    """{block_id: value} for every input block, as the string the element carried."""
    result: dict[str, str | None] = {}
    for block_id, actions in view.get("state", {}).get("values", {}).items():
        state = actions.get(ids.VALUE)
        if state is not None:
            result[block_id] = _value_of(state)
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
            result[block_id] = [o["value"] for o in state["selected_options"] or []]
    return result
