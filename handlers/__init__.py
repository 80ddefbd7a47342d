"""Slack glue: each module binds one Slack surface (or one feature) to the domain."""

from slack_bolt import App

from handlers import (
    actions,
    agreements,
    commands,
    evaluations,
    home,
    kickoff,
    membership,
    polls,
    reports,
    sessions,
    views,
)
from handlers.commands import CommandRouter
from handlers.deps import Deps
from handlers.errors import register_error_handler


def register_handlers(app: App, deps: Deps) -> None:
    router = CommandRouter(deps)
    commands.register(app, deps, router)
    membership.register(app, deps, router)
    kickoff.register(app, deps, router)
    agreements.register(app, deps, router)
    polls.register(app, deps, router)
    sessions.register(app, deps, router)
    evaluations.register(app, deps, router)
    reports.register(app, deps, router)
    # Feature modules add their sub-commands here, in the order help lists them.
    router.add(("help", "hulp"), router.help, "help.help")
    for module in (views, actions, home):
        module.register(app, deps)
    register_error_handler(app, deps)
