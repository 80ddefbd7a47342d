"""Binding listeners to Bolt with the skeleton they all share, written once: build the `Turn`,
acknowledge clicks and events first, and send anything raised to the one error mapper."""

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from handlers.slack.deps import Deps
from handlers.slack.router import CommandRouter
from handlers.slack.turn import Listener, Surface, Turn, run

log = logging.getLogger(__name__)


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
                run(Turn(self.deps, "view", body, client, ack, None,
                         error_field=error_field, notice_title=notice_title), listener)

            self.app.view(callback_id)(on_view)
            return listener

        return bind

    def action(self, action_id: str | re.Pattern[str]) -> Callable[[Listener], Listener]:
        """A click; acknowledged before the listener runs, so it may take its time."""
        return self._acked("action", lambda f: self.app.action(action_id)(f))

    def event(self, name: str) -> Callable[[Listener], Listener]:
        return self._acked("event", lambda f: self.app.event(name)(f))

    def _acked(self, surface: Surface,
               attach: Callable[[Callable[..., None]], Any]) -> Callable[[Listener], Listener]:
        def bind(listener: Listener) -> Listener:
            def on_request(ack: Ack, body: dict[str, Any], client: WebClient,
                           respond: Respond) -> None:
                ack()
                run(Turn(self.deps, surface, body, client, None, respond), listener)

            attach(on_request)
            return listener

        return bind
