"""Block Kit validation that rejects what Slack itself would reject.

slack_sdk's models catch part of it (their validators run in ``to_dict()``), but plain dicts
are never validated by the SDK and many documented limits are not enforced there, so the
remaining rules from Slack's documentation are checked here by walking the JSON.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from slack_sdk.models.blocks import Block
from slack_sdk.models.blocks.block_elements import BlockElement

Surface = Literal["message", "modal", "home"]

MAX_BLOCKS: dict[str, int] = {"message": 50, "modal": 100, "home": 100}
MAX_ID = 255
MAX_PRIVATE_METADATA = 3000
MAX_MODAL_TEXT = 24
MIN_FILES, MAX_FILES = 1, 10  # a file_input's max_files

_SELECTS_WITH_OPTIONS = {"static_select", "multi_static_select"}
_CHOICE_ELEMENTS = {"radio_buttons": 10, "checkboxes": 10}
_INTERACTIVE = {
    "button",
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "timepicker",
    "overflow",
    "radio_buttons",
    "workflow_button",
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
    "multi_static_select",
    "multi_external_select",
    "multi_users_select",
    "multi_conversations_select",
    "multi_channels_select",
    "rich_text_input",
    "feedback_buttons",
    "icon_button",
}
_INPUT_ELEMENTS = {
    "plain_text_input",
    "email_text_input",
    "url_text_input",
    "number_input",
    "file_input",
    "rich_text_input",
    "checkboxes",
    "radio_buttons",
    "datepicker",
    "timepicker",
    "datetimepicker",
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
    "multi_static_select",
    "multi_external_select",
    "multi_users_select",
    "multi_conversations_select",
    "multi_channels_select",
}
_ACCESSORIES = (_INTERACTIVE - {"rich_text_input", "feedback_buttons", "icon_button"}) | {"image"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _subclass_types(cls: type) -> set[str]:
    found: set[str] = set()
    for sub in cls.__subclasses__():
        kind = getattr(sub, "type", None)
        if isinstance(kind, str):
            found.add(kind)
        found |= _subclass_types(sub)
    return found


# Taken from the SDK so the twin accepts exactly the block types the SDK knows.
KNOWN_BLOCK_TYPES = frozenset(_subclass_types(Block))


class _Checker:
    """Collects Slack-style error messages with a JSON pointer to the offending field."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.block_ids: set[str] = set()

    def error(self, path: str, message: str) -> None:
        self.errors.append(f"{message} [json-pointer:{path}]")

    def too_long(self, value: object, limit: int, path: str) -> bool:
        if isinstance(value, str) and len(value) > limit:
            self.error(path, f"must be less than {limit + 1} characters")
            return True
        return False

    def text(
        self,
        obj: Any,
        path: str,
        *,
        plain: bool = False,
        limit: int | None = None,
        required: bool = True,
    ) -> None:
        if obj is None:
            if required:
                self.error(path, "missing required field")
            return
        if not isinstance(obj, dict):
            self.error(path, "must be a text object")
            return
        kind = obj.get("type")
        if kind not in ("plain_text", "mrkdwn"):
            self.error(f"{path}/type", "must be one of: plain_text, mrkdwn")
        elif plain and kind != "plain_text":
            self.error(f"{path}/type", "must be plain_text")
        value = obj.get("text")
        if not isinstance(value, str) or not value:
            self.error(f"{path}/text", "must be more than 0 characters")
        elif limit is not None:
            self.too_long(value, limit, f"{path}/text")

    def sdk_element(self, element: dict[str, Any], path: str) -> bool:
        """Run slack_sdk's own validators on one element; False if the SDK rejects it."""
        try:
            parsed = BlockElement.parse(element)
            if parsed is None:
                self.error(f"{path}/type", f"unknown element type {element.get('type')!r}")
                return False
            parsed.to_dict()
        except Exception as exc:  # any SDK refusal is a Slack refusal too
            self.error(path, str(exc))
            return False
        return True

    def options(
        self, options: Any, path: str, *, plain: bool, limit: int, min_count: int = 1
    ) -> list[dict[str, Any]]:
        if not isinstance(options, list):
            self.error(path, "must be an array")
            return []
        if len(options) < min_count:
            self.error(path, f"must provide at least {min_count} items")
        if len(options) > limit:
            self.error(path, f"must provide no more than {limit} items")
        valid: list[dict[str, Any]] = []
        for i, option in enumerate(options):
            opath = f"{path}/{i}"
            if not isinstance(option, dict):
                self.error(opath, "must be an option object")
                continue
            self.text(option.get("text"), f"{opath}/text", plain=plain, limit=75)
            self.text(option.get("description"), f"{opath}/description", limit=75, required=False)
            value = option.get("value")
            if not isinstance(value, str) or not value:
                self.error(f"{opath}/value", "must be more than 0 characters")
            else:
                self.too_long(value, 150, f"{opath}/value")
            valid.append(option)
        return valid

    def initial_options(self, element: dict[str, Any], options: list[dict], path: str) -> None:
        # Slack refuses an initial option that is not one of the element's options.
        known = {(o.get("value"), _option_text(o)) for o in options}
        initial = element.get("initial_option")
        chosen = [initial] if initial is not None else list(element.get("initial_options") or [])
        key = "initial_option" if initial is not None else "initial_options"
        for option in chosen:
            pair = (option.get("value"), _option_text(option)) if isinstance(option, dict) else None
            if pair not in known:
                self.error(f"{path}/{key}", "must match one of the provided options")

    def element(self, element: Any, path: str, *, allowed: set[str], action_ids: set[str]) -> None:
        if not isinstance(element, dict):
            self.error(path, "must be an object")
            return
        kind = element.get("type")
        if kind not in allowed:
            self.error(f"{path}/type", f"element type {kind!r} is not allowed here")
            return
        if not self.sdk_element(element, path):
            return
        action_id = element.get("action_id")
        if action_id is not None and (not isinstance(action_id, str) or not action_id):
            self.error(f"{path}/action_id", "must be more than 0 characters")
        if isinstance(action_id, str):
            self.too_long(action_id, MAX_ID, f"{path}/action_id")
            if action_id in action_ids:
                self.error(f"{path}/action_id", f"duplicate action_id {action_id!r} in block")
            action_ids.add(action_id)
        self.text(
            element.get("placeholder"), f"{path}/placeholder", plain=True, limit=150, required=False
        )
        if kind == "button":
            self.text(element.get("text"), f"{path}/text", plain=True, limit=75)
            if element.get("style") not in (None, "primary", "danger"):
                self.error(f"{path}/style", "must be one of: primary, danger")
            self.too_long(element.get("value"), 2000, f"{path}/value")
            self.too_long(element.get("url"), 3000, f"{path}/url")
        elif kind in _SELECTS_WITH_OPTIONS:
            self.select_options(element, path)
        elif kind in _CHOICE_ELEMENTS:
            options = self.options(
                element.get("options"), f"{path}/options", plain=False, limit=_CHOICE_ELEMENTS[kind]
            )
            self.initial_options(element, options, path)
        elif kind == "overflow":
            self.options(
                element.get("options"), f"{path}/options", plain=True, limit=5, min_count=2
            )
        elif kind == "plain_text_input":
            self.text_input(element, path)
        elif kind == "file_input":
            self.file_input(element, path)
        elif kind == "datepicker" and element.get("initial_date") is not None:
            if not _DATE.match(str(element["initial_date"])):
                self.error(f"{path}/initial_date", "must be in YYYY-MM-DD format")
        elif kind == "timepicker" and element.get("initial_time") is not None:
            if not _TIME.match(str(element["initial_time"])):
                self.error(f"{path}/initial_time", "must be in HH:mm format")

    def select_options(self, element: dict[str, Any], path: str) -> None:
        if "options" in element:
            options = self.options(element["options"], f"{path}/options", plain=True, limit=100)
        elif "option_groups" in element:
            groups = element["option_groups"]
            options = []
            if not isinstance(groups, list) or not 1 <= len(groups) <= 100:
                self.error(f"{path}/option_groups", "must provide between 1 and 100 items")
                groups = groups if isinstance(groups, list) else []
            for i, group in enumerate(groups):
                gpath = f"{path}/option_groups/{i}"
                if not isinstance(group, dict):
                    self.error(gpath, "must be an option group object")
                    continue
                self.text(group.get("label"), f"{gpath}/label", plain=True, limit=75)
                options += self.options(
                    group.get("options"), f"{gpath}/options", plain=True, limit=100
                )
        else:
            self.error(path, "must provide either options or option_groups")
            return
        self.initial_options(element, options, path)

    def text_input(self, element: dict[str, Any], path: str) -> None:
        max_length = element.get("max_length")
        min_length = element.get("min_length")
        if max_length is not None and not (isinstance(max_length, int) and 1 <= max_length <= 3000):
            self.error(f"{path}/max_length", "must be between 1 and 3000")
        if min_length is not None and not (isinstance(min_length, int) and 0 <= min_length <= 3000):
            self.error(f"{path}/min_length", "must be between 0 and 3000")
        if isinstance(max_length, int) and isinstance(min_length, int) and min_length > max_length:
            self.error(f"{path}/min_length", "must be less than or equal to max_length")
        initial = element.get("initial_value")
        limit = max_length if isinstance(max_length, int) and 1 <= max_length <= 3000 else 3000
        if initial is not None and not isinstance(initial, str):
            self.error(f"{path}/initial_value", "must be a string")
        else:
            self.too_long(initial, limit, f"{path}/initial_value")

    def file_input(self, element: dict[str, Any], path: str) -> None:
        """max_files: 1 to 10 (Slack's default 10); filetypes: file extensions."""
        max_files = element.get("max_files")
        if max_files is not None and not (
            type(max_files) is int and MIN_FILES <= max_files <= MAX_FILES
        ):
            self.error(f"{path}/max_files", f"must be between {MIN_FILES} and {MAX_FILES}")
        filetypes = element.get("filetypes")
        if filetypes is not None and not (
            isinstance(filetypes, list)
            and all(isinstance(kind, str) and kind for kind in filetypes)
        ):
            self.error(f"{path}/filetypes", "must be an array of file extensions")

    def block(self, block: Any, path: str, surface: Surface) -> None:
        if not isinstance(block, dict):
            self.error(path, "must be an object")
            return
        kind = block.get("type")
        if kind not in KNOWN_BLOCK_TYPES:
            self.error(f"{path}/type", f"unsupported type {kind!r}")
            return
        block_id = block.get("block_id")
        if block_id is not None:
            if not isinstance(block_id, str) or not block_id:
                self.error(f"{path}/block_id", "must be more than 0 characters")
            elif not self.too_long(block_id, MAX_ID, f"{path}/block_id"):
                if block_id in self.block_ids:
                    self.error(f"{path}/block_id", f"duplicate block_id {block_id!r}")
                self.block_ids.add(block_id)
        try:
            parsed = Block.parse(block)
            if parsed is None:
                self.error(path, "invalid block")
                return
            parsed.to_dict()
        except Exception as exc:  # any SDK refusal is a Slack refusal too
            self.error(path, str(exc))
            return
        action_ids: set[str] = set()
        if kind == "section":
            self.section(block, path, action_ids)
        elif kind == "header":
            self.text(block.get("text"), f"{path}/text", plain=True, limit=150)
        elif kind == "context":
            self.context(block, path)
        elif kind == "actions":
            elements = block.get("elements")
            if not isinstance(elements, list) or not 1 <= len(elements) <= 25:
                self.error(f"{path}/elements", "must provide between 1 and 25 items")
                elements = elements if isinstance(elements, list) else []
            for i, element in enumerate(elements):
                self.element(
                    element, f"{path}/elements/{i}", allowed=_INTERACTIVE, action_ids=action_ids
                )
        elif kind == "input":
            self.input(block, path, surface, action_ids)
        elif kind == "image":
            self.too_long(block.get("image_url"), 3000, f"{path}/image_url")
            self.too_long(block.get("alt_text"), 2000, f"{path}/alt_text")
            self.text(block.get("title"), f"{path}/title", plain=True, limit=2000, required=False)

    def section(self, block: dict[str, Any], path: str, action_ids: set[str]) -> None:
        fields = block.get("fields")
        self.text(block.get("text"), f"{path}/text", limit=3000, required=fields is None)
        if fields is not None:
            if not isinstance(fields, list) or not 1 <= len(fields) <= 10:
                self.error(f"{path}/fields", "must provide between 1 and 10 items")
                fields = fields if isinstance(fields, list) else []
            for i, field in enumerate(fields):
                self.text(field, f"{path}/fields/{i}", limit=2000)
        if block.get("accessory") is not None:
            self.element(
                block["accessory"], f"{path}/accessory", allowed=_ACCESSORIES, action_ids=action_ids
            )

    def context(self, block: dict[str, Any], path: str) -> None:
        elements = block.get("elements")
        if not isinstance(elements, list) or not 1 <= len(elements) <= 10:
            self.error(f"{path}/elements", "must provide between 1 and 10 items")
            return
        for i, element in enumerate(elements):
            epath = f"{path}/elements/{i}"
            if isinstance(element, dict) and element.get("type") == "image":
                self.sdk_element(element, epath)
            else:
                self.text(element, epath)

    def input(self, block: dict[str, Any], path: str, surface: Surface, ids: set[str]) -> None:
        if surface == "message":
            self.error(f"{path}/type", "input blocks are not supported in messages")
        self.text(block.get("label"), f"{path}/label", plain=True, limit=2000)
        self.text(block.get("hint"), f"{path}/hint", plain=True, limit=2000, required=False)
        element = block.get("element")
        if surface != "modal" and isinstance(element, dict) and element.get("type") == "file_input":
            # "The file input element must be used inside the input block" of a modal.
            self.error(f"{path}/element/type", "file_input is only supported in modals")
            return
        self.element(element, f"{path}/element", allowed=_INPUT_ELEMENTS, action_ids=ids)


def _option_text(option: dict[str, Any]) -> object:
    text = option.get("text")
    return text.get("text") if isinstance(text, dict) else text


def _check_blocks(checker: _Checker, blocks: object, surface: Surface, path: str) -> None:
    if not isinstance(blocks, list):
        checker.error(path, "must be an array")
        return
    limit = MAX_BLOCKS[surface]
    if len(blocks) > limit:
        checker.error(path, f"must provide no more than {limit} items")
    for i, block in enumerate(blocks):
        checker.block(block, f"{path}/{i}", surface)


def validate_blocks(blocks: object, *, surface: Surface = "message") -> list[str]:
    """Return Slack-style error messages for ``blocks``; an empty list means Slack accepts them."""
    checker = _Checker()
    _check_blocks(checker, blocks, surface, "/blocks")
    return checker.errors


def validate_view(view: object) -> list[str]:
    """Return Slack-style error messages for a modal or Home tab view; empty means valid."""
    checker = _Checker()
    if not isinstance(view, dict):
        checker.error("/view", "must be an object")
        return checker.errors
    kind = view.get("type")
    if kind not in ("modal", "home"):
        checker.error("/view/type", "must be one of: modal, home")
        return checker.errors
    blocks = view.get("blocks")
    if kind == "modal":
        checker.text(view.get("title"), "/view/title", plain=True, limit=MAX_MODAL_TEXT)
        for key in ("submit", "close"):
            checker.text(
                view.get(key), f"/view/{key}", plain=True, limit=MAX_MODAL_TEXT, required=False
            )
        has_input = isinstance(blocks, list) and any(
            isinstance(b, dict) and b.get("type") == "input" for b in blocks
        )
        if has_input and view.get("submit") is None:
            checker.error("/view/submit", "must provide submit when the view has input blocks")
    metadata = view.get("private_metadata")
    if metadata is not None and not isinstance(metadata, str):
        checker.error("/view/private_metadata", "must be a string")
    checker.too_long(metadata, MAX_PRIVATE_METADATA, "/view/private_metadata")
    for key in ("callback_id", "external_id"):
        checker.too_long(view.get(key), MAX_ID, f"/view/{key}")
    _check_blocks(checker, blocks, kind, "/view/blocks")
    return checker.errors
