"""Send Slack-signed requests into the bot's HTTP endpoint, shaped like Slack's own payloads."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from .blockkit import validate_blocks
from .server import SlackTwin

VERIFICATION_TOKEN = "twin-verification-token"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
TIMEOUT = 10.0


@dataclass
class DriverResponse:
    """The bot's HTTP answer; ``json`` is the parsed body when it is a JSON object."""

    status: int
    body: str
    json: dict[str, Any] | None
    headers: dict[str, str] = field(default_factory=dict)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 signature: hex HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def _check_message_answer(body: dict[str, Any] | None) -> None:
    """Slack shows a command's answer only if its blocks are valid; it refuses the rest."""
    if body and "blocks" in body:
        errors = validate_blocks(body["blocks"], surface="message")
        if errors:
            raise AssertionError(f"Slack would refuse the command's answer: {errors}")


def _check_field_errors(body: dict[str, Any] | None, state: dict[str, Any]) -> None:
    """Slack places `response_action: errors` next to input blocks of the submitted view; an
    error naming any other block makes Slack show a generic failure instead."""
    if not body or body.get("response_action") != "errors":
        return
    errors = body.get("errors")
    if not isinstance(errors, dict) or not errors:
        raise AssertionError(f"Slack would refuse the field errors {errors!r}")
    stray = set(errors) - set(state)
    if stray:
        raise AssertionError(f"field errors for blocks {sorted(stray)} that are no inputs of "
                             f"the view; inputs: {sorted(state)}")


def _state_value(element: dict[str, Any], value: Any) -> dict[str, Any]:
    """One element's entry in view.state.values; ``value`` None means the user left it empty."""
    kind = element.get("type")
    state: dict[str, Any] = {"type": kind}
    if kind in ("plain_text_input", "email_text_input", "url_text_input", "number_input"):
        state["value"] = None if value is None else str(value)
    elif kind == "rich_text_input":
        state["rich_text_value"] = None if value is None else _rich_text(str(value))
    elif kind == "datepicker":
        state["selected_date"] = value.isoformat() if isinstance(value, dt.date) else value
    elif kind == "timepicker":
        state["selected_time"] = value.strftime("%H:%M") if isinstance(value, dt.time) else value
    elif kind == "datetimepicker":
        state["selected_date_time"] = value
    elif kind in ("static_select", "radio_buttons", "external_select"):
        state["selected_option"] = None if value is None else _option(element, value)
    elif kind in ("checkboxes", "multi_static_select", "multi_external_select"):
        state["selected_options"] = [_option(element, v) for v in value or []]
    elif kind == "file_input":
        state["files"] = _files(element, value)
    elif kind in _SINGLE_PICKS:
        state[_SINGLE_PICKS[kind]] = value
    elif kind in _MULTI_PICKS:
        state[_MULTI_PICKS[kind]] = list(value or [])
    else:
        raise AssertionError(f"the driver cannot fill a {kind!r} element")
    return state


def _files(element: dict[str, Any], value: Any) -> list[dict[str, Any]]:
    """The file objects (``SlackTwin.upload_file``) a person put in a file_input: Slack's
    picker takes no more than max_files (default 10) and, with filetypes, only files with
    one of those extensions."""
    files = list(value or [])
    if len(files) > element.get("max_files", 10):
        raise AssertionError(f"Slack takes at most {element.get('max_files', 10)} files here")
    allowed = element.get("filetypes")
    for file in files:
        ext = str(file.get("name", "")).rsplit(".", 1)[-1].lower()
        if allowed is not None and ext not in allowed:
            raise AssertionError(f"Slack's picker offers only {allowed}, not {file['name']}")
    return files


_SINGLE_PICKS = {
    "users_select": "selected_user",
    "conversations_select": "selected_conversation",
    "channels_select": "selected_channel",
}
_MULTI_PICKS = {
    "multi_users_select": "selected_users",
    "multi_conversations_select": "selected_conversations",
    "multi_channels_select": "selected_channels",
}


def _initial_value(element: dict[str, Any]) -> Any:
    """What Slack submits for an element the user did not touch: its initial value."""
    kind = element.get("type", "")
    if kind in ("checkboxes", "multi_static_select", "multi_external_select"):
        return [o["value"] for o in element.get("initial_options") or []] or None
    if "initial_option" in element:
        return element["initial_option"]["value"]
    for key in (
        "initial_value",
        "initial_date",
        "initial_time",
        "initial_date_time",
        "initial_user",
        "initial_conversation",
        "initial_channel",
        "initial_users",
        "initial_conversations",
        "initial_channels",
    ):
        if key in element:
            return element[key]
    return None


def _rich_text(text: str) -> dict[str, Any]:
    section = {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}
    return {"type": "rich_text", "elements": [section]}


def _all_options(element: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from element.get("options") or []
    for group in element.get("option_groups") or []:
        yield from group.get("options") or []


def _option(element: dict[str, Any], value: Any) -> dict[str, Any]:
    if element.get("type", "").endswith("external_select"):
        return {"text": {"type": "plain_text", "text": str(value)}, "value": str(value)}
    for option in _all_options(element):
        if option.get("value") == value:
            return option
    known = [o.get("value") for o in _all_options(element)]
    raise AssertionError(f"no option with value {value!r} in {element.get('action_id')}: {known}")


def _interactive(blocks: Iterable[dict[str, Any]]) -> Iterator[tuple[dict, dict[str, Any]]]:
    """Each (block, element) pair a user can act on."""
    for block in blocks:
        if block.get("type") in ("actions", "context_actions"):
            for element in block.get("elements") or []:
                yield block, element
        elif block.get("type") == "section" and block.get("accessory"):
            yield block, block["accessory"]
        elif block.get("type") == "input" and block.get("element"):
            yield block, block["element"]


class SlackDriver:
    """Plays Slack's side of the HTTP contract: signed commands, interactions and events."""

    def __init__(
        self,
        app_url: str,
        signing_secret: str,
        twin: SlackTwin,
        team_id: str | None = None,
    ) -> None:
        """`team_id`: sign every payload as coming from that workspace, whoever the user is
        (a forgery test); by default a click or submission carries, as Slack's do, the app's
        workspace in `team.id` and the user's own (`SlackTwin.add_user(team_id=...)`) in
        `user.team_id`."""
        self.app_url = app_url
        self.signing_secret = signing_secret
        self.twin = twin
        self.team_id = team_id or twin.team_id
        self._forced_team = team_id

    # ----- what a user does ------------------------------------------------------------------

    def command(
        self,
        user_id: str,
        text: str,
        channel_id: str,
        command: str = "/leernet",
        *,
        timestamp: int | None = None,
    ) -> DriverResponse:
        """A slash command. Slack offers it only to people of a workspace where the app is
        installed, and names that workspace; a Slack Connect member from a workspace without
        the app cannot send one (docs/slack-connect.md)."""
        if self._forced_team is None and not self.twin.can_run_commands(user_id):
            raise AssertionError(f"Slack offers no /leernet to {user_id}: the app is not "
                                 "installed in their workspace")
        fields = {
            "token": VERIFICATION_TOKEN,
            "team_id": self._forced_team or self.twin.user_team(user_id),
            "team_domain": self.twin.team_domain_of(self.team_id),
            "channel_id": channel_id,
            "channel_name": self.twin.channel_name(channel_id) or "unknown",
            "user_id": user_id,
            "user_name": self.twin.user_name(user_id) or user_id,
            "command": command,
            "text": text,
            "api_app_id": self.twin.app_id,
            "is_enterprise_install": "false",
            "response_url": self.twin.new_response_url(channel_id=channel_id),
            "trigger_id": self.twin.new_trigger_id(),
        }
        response = self._send(urlencode(fields).encode(), FORM, timestamp=timestamp)
        if response.status == 200:
            _check_message_answer(response.json)
        return response

    def submit_view(
        self,
        user_id: str,
        view: dict[str, Any],
        values: dict[str, Any],
        *,
        timestamp: int | None = None,
    ) -> DriverResponse:
        """Submit ``view`` with friendly ``values`` ({block_id: value}) as Slack would."""
        state: dict[str, dict[str, Any]] = {}
        for block in view.get("blocks") or []:
            if block.get("type") != "input":
                continue
            block_id = block.get("block_id") or secrets.token_hex(3)
            element = block["element"]
            value = values[block_id] if block_id in values else _initial_value(element)
            action_id = element.get("action_id") or secrets.token_hex(3)
            state[block_id] = {action_id: _state_value(element, value)}
        unknown = set(values) - set(state)
        if unknown:
            raise AssertionError(f"no input blocks {sorted(unknown)} in view; have {list(state)}")
        submitted = {**view, "state": {"values": state}}
        # Slack sends the view as it is on screen: the same id and hash until the view is
        # updated (typing and field errors keep both), a new hash after each update.
        shown = self.twin.view_hash(view.get("id"))
        if shown:
            submitted["hash"] = shown
        payload = {
            **self._envelope(user_id, view_id=view.get("id"), team_id=view.get("team_id")),
            "type": "view_submission",
            "view": submitted,
            "response_urls": [],
        }
        response = self._send_payload(payload, timestamp)
        if response.status == 200:
            _check_field_errors(response.json, state)
        if response.status == 200 and view.get("id") in self.twin.views:
            self.twin.apply_view_response(view["id"], response.json)
        return response

    def close_view(self, user_id: str, view: dict[str, Any]) -> DriverResponse:
        if not view.get("notify_on_close"):
            raise AssertionError("Slack sends view_closed only for views with notify_on_close")
        payload = {
            **self._envelope(user_id, view_id=view.get("id")),
            "type": "view_closed",
            "view": view,
            "is_cleared": False,
        }
        return self._send_payload(payload, None)

    def click(
        self,
        user_id: str,
        action_id: str,
        *,
        message: dict[str, Any] | None = None,
        view: dict[str, Any] | None = None,
        channel_id: str | None = None,
        value: Any = None,
        block_id: str | None = None,
        timestamp: int | None = None,
    ) -> DriverResponse:
        """Act on the element ``action_id`` of a message or a view (a button press, a pick)."""
        if (message is None) == (view is None):
            raise ValueError("click() needs exactly one of message= or view=")
        surface = message if message is not None else view
        assert surface is not None
        block, element = self._find(surface.get("blocks") or [], action_id, block_id)
        action: dict[str, Any] = {
            "type": element.get("type"),
            "action_id": action_id,
            "block_id": block.get("block_id") or secrets.token_hex(3),
            "action_ts": f"{time.time():.6f}",
        }
        if element.get("type") == "button":
            action["text"] = element.get("text")
            chosen = value if value is not None else element.get("value")
            if chosen is not None:
                action["value"] = chosen
        else:
            action.update({k: v for k, v in _state_value(element, value).items() if k != "type"})
        if view is not None:  # the workspace whose installation shows the view
            shown_by = view.get("team_id")
        else:  # a DM lives in the workspace of the bot in it; a channel message: the app's
            dm = channel_id or message.get("channel")
            shown_by = (self.twin.channel_team(dm)
                        if dm and self.twin.channel_name(dm) == "directmessage" else None)
        payload: dict[str, Any] = {
            **self._envelope(user_id, view_id=view.get("id") if view else None,
                             team_id=shown_by),
            "type": "block_actions",
            "actions": [action],
            "state": {"values": {}},
        }
        if view is not None:
            payload["container"] = {"type": "view", "view_id": view.get("id")}
            payload["view"] = view
        else:
            assert message is not None
            payload.update(self._message_context(message, channel_id))
        return self._send_payload(payload, timestamp)

    def message_shortcut(self, user_id: str, callback_id: str, message: dict[str, Any],
                         channel_id: str) -> DriverResponse:
        """Run a message shortcut (the message's "..." menu) as Slack sends it: a
        `message_action` naming the message, its channel and a response_url."""
        shown = {k: v for k, v in message.items() if k != "channel"}
        payload: dict[str, Any] = {
            **self._envelope(user_id, view_id=None),
            "type": "message_action",
            "callback_id": callback_id,
            "action_ts": f"{time.time():.6f}",
            "message_ts": message.get("ts"),
            "channel": {"id": channel_id, "name": self.twin.channel_name(channel_id) or "unknown"},
            "message": shown,
            "response_url": self.twin.new_response_url(channel_id=channel_id,
                                                       message_ts=message.get("ts")),
        }
        return self._send_payload(payload, None)

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
        timestamp: int | None = None,
    ) -> DriverResponse:
        """Deliver an Events API event; with ``retry_num`` it is one of Slack's retries."""
        now = int(time.time())
        envelope = {
            "token": VERIFICATION_TOKEN,
            "team_id": self.team_id,
            "api_app_id": self.twin.app_id,
            "event": {"event_ts": f"{time.time():.6f}", **event},
            "type": "event_callback",
            "event_id": event_id or f"Ev{secrets.token_hex(5).upper()}",
            "event_time": now,
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.team_id,
                    "user_id": self.twin.bot_user_of(self.team_id),
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
        }
        headers: dict[str, str] = {}
        if retry_num is not None:
            headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason}
        body = json.dumps(envelope).encode()
        return self._send(body, JSON, timestamp=timestamp, headers=headers)

    def uninstall(self) -> list[DriverResponse]:
        """An admin removes the app from this driver's team: the twin kills its tokens, and
        Slack sends the bot tokens_revoked, then app_uninstalled."""
        self.twin.uninstall(self.team_id)
        revoked = {"type": "tokens_revoked",
                   "tokens": {"oauth": [], "bot": [self.twin.bot_user_of(self.team_id)]}}
        return [self.event(revoked), self.event({"type": "app_uninstalled"})]

    def raw(
        self,
        body: bytes,
        headers: dict[str, str],
        *,
        sign: bool = True,
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> DriverResponse:
        """Send ``body`` as is; signed with ``secret`` (default: the real one) unless told not."""
        if not sign:
            return self._post(body, headers)
        return self._send(body, None, timestamp=timestamp, headers=headers, secret=secret)

    # ----- plumbing --------------------------------------------------------------------------

    def _envelope(self, user_id: str, *, view_id: str | None,
                  team_id: str | None = None) -> dict[str, Any]:
        """`team_id`: the workspace the surface belongs to (a DM or a view of another
        workspace's installation of the app: Slack names that one in `team.id`)."""
        name = self.twin.user_name(user_id) or user_id
        user_team = self._forced_team or self.twin.user_team(user_id)
        team = self._forced_team or team_id or self.team_id
        return {
            "user": {"id": user_id, "username": name, "name": name, "team_id": user_team},
            "team": {"id": team, "domain": self.twin.team_domain_of(team)},
            "api_app_id": self.twin.app_id,
            "token": VERIFICATION_TOKEN,
            "trigger_id": self.twin.new_trigger_id(view_id=view_id),
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _message_context(self, message: dict[str, Any], channel_id: str | None) -> dict:
        channel = channel_id or message.get("channel")
        if not channel:
            raise AssertionError("click() on a message needs channel_id= or message['channel']")
        ts = message.get("ts")
        shown = {k: v for k, v in message.items() if k != "channel"}
        return {
            "container": {
                "type": "message",
                "message_ts": ts,
                "channel_id": channel,
                "is_ephemeral": ts is None,
            },
            "channel": {"id": channel, "name": self.twin.channel_name(channel) or "unknown"},
            "message": shown,
            "response_url": self.twin.new_response_url(channel_id=channel, message_ts=ts),
        }

    @staticmethod
    def _find(
        blocks: list[dict[str, Any]], action_id: str, block_id: str | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        found = [
            (b, e)
            for b, e in _interactive(blocks)
            if e.get("action_id") == action_id and block_id in (None, b.get("block_id"))
        ]
        if not found:
            present = [e.get("action_id") for _, e in _interactive(blocks)]
            raise AssertionError(f"no element with action_id {action_id!r}; present: {present}")
        return found[0]

    def _send_payload(self, payload: dict[str, Any], timestamp: int | None) -> DriverResponse:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self._send(body, FORM, timestamp=timestamp)

    def _send(
        self,
        body: bytes,
        content_type: str | None,
        *,
        timestamp: int | None = None,
        headers: dict[str, str] | None = None,
        secret: str | None = None,
    ) -> DriverResponse:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        signed = {
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": sign(secret or self.signing_secret, stamp, body),
        }
        if content_type:
            signed["Content-Type"] = content_type
        return self._post(body, {**signed, **(headers or {})})

    def _post(self, body: bytes, headers: dict[str, str]) -> DriverResponse:
        request = urllib.request.Request(self.app_url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as reply:
                status, raw, reply_headers = reply.status, reply.read(), dict(reply.headers)
        except urllib.error.HTTPError as error:
            status, raw, reply_headers = error.code, error.read(), dict(error.headers)
        text = raw.decode("utf-8", errors="replace")
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = None
        return DriverResponse(
            status, text, parsed if isinstance(parsed, dict) else None, reply_headers
        )
