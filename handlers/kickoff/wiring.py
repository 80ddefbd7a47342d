"""How the kickoff feature plugs in: its listeners and its scheduled senders."""


from slack_bolt import App

from handlers.kickoff.listeners import register as register_listeners
from handlers.kickoff.listeners import senders as feature_senders
from handlers.slack.deps import Deps
from handlers.slack.messaging import Sender
from handlers.slack.router import CommandRouter
from storage.models import DeliveryKind


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    register_listeners(app, deps, router)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return feature_senders(deps)
