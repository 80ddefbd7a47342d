"""Slack glue: each module binds one Slack surface to the domain."""

from slack_bolt import App

from handlers import actions, commands, events, views
from handlers.deps import Deps
from handlers.errors import register_error_handler


def register_handlers(app: App, deps: Deps) -> None:
    for module in (commands, views, actions, events):
        module.register(app, deps)
    register_error_handler(app, deps)
