"""One request from Slack as a listener sees it: who sent it, from where, and how to answer.

Every listener takes a `Turn`. It knows the surface the request came from (a command, a modal
submission, a click, an event), so the answer goes the only way that surface allows: the
acknowledgement while it is still open, then `respond` under a message, or a small modal
where there is no message (the Home tab).
"""

import json
import logging
import time
from collections.abc import Callable
from functools import cached_property
from typing import Any, Literal, TypeVar

from slack_bolt import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import acks
from bot.catalog import Lang
from bot.domain.errors import BadInput
from bot.domain.identity import Actor, acting
from bot.domain.languages import Reader, of_network
from bot.services.core import bounded_waits
from handlers.slack.deps import Deps
from handlers.slack.errors import TRIGGER_ERRORS, answer_error
from handlers.slack.kit import Block, notice_modal, section
from handlers.slack.messaging import reach, send_dm
from handlers.slack.metadata import Metadata
from handlers.slack.values import (
    MAX_ID,
    parse_id,
    submitted_choices,
    submitted_files,
    submitted_values,
)
from storage.models import Network

log = logging.getLogger(__name__)

Surface = Literal["command", "view", "action", "event"]
M = TypeVar("M", bound=Metadata)

# Slack gives up on an acknowledgement after 3 s (Bolt then answers 404 and the person sees
# Slack's own error). Until the ack, a listener's transactions together wait at most this
# long for a lock (a long write elsewhere) and then fail, so the one error mapper can still
# apologise inside the acknowledgement; the rest of the 3 s is for Bolt and the answer.
ACK_BUDGET = 2.0  # seconds, from the moment the turn is made
# After the ack nobody times us out, but a person waits for the answer: each transaction
# waits at most this long. Scheduled deliveries keep the database's long default.
AFTER_ACK_WAIT = 5.0


class Turn:
    def __init__(self, deps: Deps, surface: Surface, body: dict[str, Any], client: WebClient,
                 ack: Ack | None, respond: Respond | None, *, args: str = "",
                 error_field: str | None = None, notice_title: str | None = None) -> None:
        self.deps = deps
        self.surface = surface
        self.body = body
        self.client = client
        self._ack = ack
        self._respond = respond
        self.args = args  # a command's text after its sub-command word
        # The input block of a modal that shows a refusal not tied to one field.
        self.error_field = error_field
        self.notice_title = notice_title  # catalog key of the title of a refusal's notice
        self.acked = ack is None
        self._working = False  # a modal showing that we are at work, to be updated later
        self._about: Network | None = None  # see `about`
        self._ack_deadline = time.monotonic() + ACK_BUDGET

    # --- who and where ----------------------------------------------------------------------

    @property
    def user_id(self) -> str:
        user = self.body.get("user_id") or (self.body.get("user") or {}).get("id")
        return str(user or (self.body.get("event") or {}).get("user") or "")

    @property
    def team_id(self) -> str:
        team = self.body.get("team")
        return str(self.body.get("team_id") or (team or {}).get("id")
                   or (self.body.get("view") or {}).get("team_id")
                   or (self.body.get("user") or {}).get("team_id") or "")

    @property
    def actor_team_id(self) -> str:
        """The workspace of the person acting. In a Slack Connect channel `team.id` of a click
        or submission is the workspace the app answers for, and `user.team_id` the clicker's
        own: the person is (user.team_id, user.id). A command names the workspace it was
        typed in, which is the person's own (Slack offers our command only there)."""
        user = self.body.get("user")
        if isinstance(user, dict) and user.get("team_id"):
            return str(user["team_id"])
        return self.team_id

    @property
    def actor(self) -> Actor | None:
        """Who acts in this request; events act for nobody (they carry no click)."""
        if self.surface == "event" or not self.user_id:
            return None
        return Actor(self.actor_team_id, self.user_id)

    @property
    def channel_id(self) -> str:
        """The channel a command was typed in, or where the clicked message is."""
        return str(self.body.get("channel_id") or (self.body.get("channel") or {}).get("id")
                   or "")

    @property
    def trigger_id(self) -> str:
        return str(self.body.get("trigger_id") or "")

    @cached_property
    def reader(self) -> Reader:
        """What the database says of the person's language for this request: their choice,
        else the network named by the modal's metadata or living in this channel, else the
        network they most recently joined."""
        return self.deps.languages.reader(self.team_id, self.user_id,
                                          network_id=self._network_named(),
                                          channel_id=self.channel_id)

    @cached_property
    def lang(self) -> Lang:
        """The person's language (handlers.slack.locale); Slack is asked for a locale hint
        only after the acknowledgement."""
        try:
            reader = self.reader
        except Exception:  # noqa: BLE001 (the database is away: what they read last time)
            log.warning("could not read the language of %s", self.user_id)
            return self.deps.languages.last_known(self.user_id)
        if self._about is not None:
            return reader.chosen or of_network(self._about)
        return self.deps.languages.decide(reader, self.client, self.user_id,
                                          may_call_slack=self.acked)

    def network_client(self, network: Network) -> WebClient:
        """The client for the network's channel: its own workspace's installation. A click
        from a member's own workspace (distributed mode) comes with that workspace's token,
        whose bot is not the one that posted in the channel and may not edit its messages."""
        if network.team_id == self.team_id:
            return self.client
        return reach(self.deps, self.client, network.team_id, network.team_id)

    def about(self, network: Network) -> None:
        """The network this request turned out to be about, once a listener loaded it (a
        click in a DM names a session, a poll or a form, not its network): a person who chose
        no language reads that network's. Call it before the answer uses `lang`."""
        self._about = network
        self.__dict__.pop("lang", None)

    def learn_locale(self) -> None:
        """After the acknowledgement: if the person's language fell back for want of a
        Slack locale hint, look it up now, so their next request has it."""
        if "reader" in self.__dict__ and self.user_id and self.reader.known() is None:
            self.deps.languages.hints.lookup(self.client, self.user_id)

    def _network_named(self) -> int | None:
        """The network a modal's private_metadata names (read for the language only: a
        forged id changes nothing but the words)."""
        try:
            data = json.loads(self.view.get("private_metadata") or "null")
        except ValueError:
            return None
        network_id = data.get("network_id") if isinstance(data, dict) else None
        return network_id if type(network_id) is int and 0 < network_id <= MAX_ID else None

    def lock_wait(self) -> float:
        """How long a transaction begun now may wait for a lock (see ACK_BUDGET)."""
        if self.acked:
            return AFTER_ACK_WAIT
        return self._ack_deadline - time.monotonic()

    # --- what was sent ----------------------------------------------------------------------

    @property
    def action(self) -> dict[str, Any]:
        actions = self.body.get("actions") or [{}]
        return actions[0]

    @property
    def action_id(self) -> str:
        return str(self.action.get("action_id") or "")

    def action_value(self) -> str:
        value = self.action.get("value")
        if not isinstance(value, str):
            raise BadInput()
        return value

    def action_id_value(self) -> int:
        """The button's value as a database id; a forged value is a clean refusal."""
        return parse_id(self.action.get("value"))

    @property
    def view(self) -> dict[str, Any]:
        return self.body.get("view") or {}

    def values(self) -> dict[str, str | None]:
        return submitted_values(self.view)

    def choices(self) -> dict[str, list[str]]:
        return submitted_choices(self.view)

    def files(self) -> dict[str, list[dict[str, Any]]]:
        return submitted_files(self.view)

    def meta(self, kind: type[M]) -> M:
        return kind.loads(self.view.get("private_metadata"))

    # --- answering --------------------------------------------------------------------------

    def ack(self, **kwargs: Any) -> None:
        """Acknowledge once; Slack waits at most 3 seconds for it, so call Slack only after."""
        if self.acked:
            return
        assert self._ack is not None
        self._ack(**kwargs)
        self.acked = True
        acks.acked()  # the acks other requests are still owed go first (bot.acks)

    def reply(self, text: str, blocks: list[Block] | None = None) -> None:
        """An ephemeral answer to a command: in the acknowledgement while it is open."""
        if not self.acked:
            self.ack(text=text, blocks=blocks) if blocks else self.ack(text=text)
        elif self._respond is not None:
            self._respond(text=text, blocks=blocks, response_type="ephemeral",
                          replace_original=False)

    def respond(self, text: str, **kwargs: Any) -> None:
        """Answer under the message that was clicked (or the command), ephemerally unless
        told otherwise; `replace_original=True` replaces the clicked message."""
        if self._respond is not None:
            self._respond(text=text, **{"response_type": "ephemeral",
                                        "replace_original": False, **kwargs})

    def tell(self, text: str) -> None:
        """Tell the person something after the acknowledgement, wherever they are: in the
        modal that shows we are at work, under the message they clicked, in a small modal
        (the Home tab has no response_url), or else by direct message (a closed modal's
        trigger is good for 3 seconds only)."""
        try:
            if self._working:
                self.client.views_update(view_id=self.view["id"],
                                         view=notice_modal(self.lang, [section(text)]))
                return
            if self._respond is not None and self.body.get("response_url"):
                self._respond(text=text, response_type="ephemeral", replace_original=False)
                return
            if self.trigger_id and self._open_notice(text):
                return
            if self.user_id:
                send_dm(self.deps, self.client, self.user_id, text, [section(text)])
        except SlackApiError as error:  # a courtesy: what was asked is handled or refused
            log.info("could not tell %s: %s", self.user_id, error.response.get("error"))
        except OSError as error:  # Slack unreachable (a URLError, a timeout): the same
            log.info("could not tell %s: %s", self.user_id, type(error).__name__)

    def _open_notice(self, text: str) -> bool:
        try:
            self.client.views_open(trigger_id=self.trigger_id,
                                   view=notice_modal(self.lang, [section(text)]))
        except SlackApiError as error:
            if error.response.get("error") not in TRIGGER_ERRORS:
                raise
            return False
        return True

    def open_modal(self, view: dict[str, Any]) -> None:
        """Acknowledge, then open a modal (the trigger is valid for 3 seconds)."""
        self.ack()
        self.client.views_open(trigger_id=self.trigger_id, view=view)

    def field_errors(self, errors: dict[str, str]) -> None:
        self.ack(response_action="errors", errors=errors)

    def show_working(self, text: str) -> None:
        """Acknowledge a submission with a modal saying we are at work; `tell` replaces it
        with the outcome. For what needs Slack before it is done (Slack waits 3 seconds)."""
        self.update_modal(notice_modal(self.lang, [section(text)]))
        self._working = True

    def update_modal(self, view: dict[str, Any]) -> None:
        """Replace the submitted modal (in the acknowledgement)."""
        self.ack(response_action="update", view=view)


Listener = Callable[[Turn], None]


def run(turn: Turn, listener: Listener) -> None:
    """Run a listener on behalf of the person acting (every network it resolves checks that
    their workspace belongs to it: bot.domain.identity); whatever it raises is answered on
    the surface it came from. Its transactions wait for locks only as long as Slack waits
    for the answer (see ACK_BUDGET)."""
    with acting(turn.actor), bounded_waits(turn.lock_wait):
        try:
            listener(turn)
        except Exception as error:  # noqa: BLE001 (the one place that answers every failure)
            answer_error(turn, error)
    turn.ack()  # a listener that had nothing to say still owes Slack its acknowledgement
    try:
        turn.learn_locale()
    except Exception:  # noqa: BLE001 (a hint for next time; the answer is given)
        log.exception("could not learn the locale of %s", turn.user_id)
