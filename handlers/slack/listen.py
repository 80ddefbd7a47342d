"""Binding listeners to Bolt with the skeleton they all share, written once: build the `Turn`,
acknowledge clicks and events first, and send anything raised to the one error mapper."""

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot import acks
from bot.catalog import t
from bot.services.requests import RequestService
from handlers.slack.deps import Deps
from handlers.slack.kit import notice_modal, section
from handlers.slack.router import CommandRouter
from handlers.slack.turn import Listener, Surface, Turn, run

log = logging.getLogger(__name__)


def _view_key(view: dict[str, Any]) -> str | None:
    """A submission's key: Slack gives a view a new hash whenever it is updated or pushed, but
    not when its fields are typed in or sent back with errors; the same id and hash is the
    same submission (replayed, or clicked twice)."""
    view_id, view_hash = view.get("id"), view.get("hash")
    if not isinstance(view_id, str) or not view_id:
        return None
    return f"view:{view_id}:{view_hash if isinstance(view_hash, str) else ''}"


class Listen:
    """What a feature's `register` gets: the ways to listen, with the skeleton built in."""

    def __init__(self, app: App, deps: Deps, router: CommandRouter) -> None:
        self.app = app
        self.deps = deps
        self.router = router

    def command(self, names: tuple[str, ...], help_key: str) -> Callable[[Listener], Listener]:
        """A `/leernet` sub-command (Dutch name first, then English aliases)."""

        def bind(listener: Listener) -> Listener:
            self.router.add(names, listener, help_key)
            return listener

        return bind

    def view(self, callback_id: str, *, error_field: str | None = None,
             notice_title: str | None = None) -> Callable[[Listener], Listener]:
        """A modal submission. A refusal not tied to a field shows at `error_field`, or else
        replaces the modal with a notice titled by the catalog key `notice_title`."""

        def bind(listener: Listener) -> Listener:
            def on_view(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
                turn = Turn(self.deps, "view", body, client, ack, None,
                            error_field=error_field, notice_title=notice_title)
                key = _view_key(turn.view)
                if key is None:
                    run(turn, listener)
                    return
                run(turn, lambda call: self._once(call, key, listener))

            self.app.view(callback_id)(on_view)
            return listener

        return bind

    def action(self, action_id: str | re.Pattern[str]) -> Callable[[Listener], Listener]:
        """A click; acknowledged before the listener runs, so it may take its time."""
        return self._acked("action", lambda f: self.app.action(action_id)(f))

    def shortcut(self, callback_id: str) -> Callable[[Listener], Listener]:
        """A message or global shortcut; acknowledged before the listener runs."""
        return self._acked("action", lambda f: self.app.shortcut(callback_id)(f))

    def event(self, name: str) -> Callable[[Listener], Listener]:
        """An Events API event, handled once per event_id: Slack retries one it thinks was
        not received (X-Slack-Retry-Num), with the same event_id."""
        return self._acked("event", lambda f: self.app.event(name)(f), once=True)

    @property
    def _requests(self) -> RequestService:
        return self.deps.services.requests

    def _once(self, turn: Turn, key: str, listener: Listener) -> None:
        """Run the listener unless `key` was handled already. The claim is committed before
        the work, in its own transaction (so a second click finds it at once, and the work
        needs no change per feature), and given back when the listener refuses it before
        the acknowledgement (its transaction, if any, was rolled back). What a crash between
        claim and work loses is only the chance to submit that same view again: the person
        opens the form anew. A second click while the first is still at work gets the
        'already received' notice; the first one's answer follows as usual."""
        if self._requests.claim(turn.team_id, key):
            try:
                listener(turn)
            except Exception:
                if not turn.acked:
                    # Refused (a field error, a domain refusal, a forgery) before anything was
                    # done; Slack sends the corrected submission with the same view id and
                    # hash, so it must find its key free again: given back before the answer.
                    self._release(key)
                raise
            return
        log.info("handled already: %s", key)
        if turn.surface == "view":
            turn.update_modal(notice_modal(
                turn.lang, [section(t("error.already_submitted", turn.lang))]))

    def _release(self, key: str) -> None:
        try:
            self._requests.release(key)
        except Exception:  # noqa: BLE001 (the answer is given; the key expires in a day)
            log.exception("could not release %s", key)

    def _acked(self, surface: Surface, attach: Callable[[Callable[..., None]], Any], *,
               once: bool = False) -> Callable[[Listener], Listener]:
        def bind(listener: Listener) -> Listener:
            def on_request(ack: Ack, body: dict[str, Any], client: WebClient,
                           respond: Respond) -> None:
                ack()
                acks.acked()  # the acks other requests are still owed go first
                turn = Turn(self.deps, surface, body, client, None, respond)
                event_id = body.get("event_id")
                if once and isinstance(event_id, str) and event_id:
                    run(turn, lambda call: self._once(call, f"event:{event_id}", listener))
                else:
                    run(turn, listener)

            attach(on_request)
            return listener

        return bind
