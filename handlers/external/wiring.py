"""How the external-input feature plugs in: its listeners (its guests' reminders go with the
sessions' own reminder sender)."""

from handlers.external.listeners import register as register_listeners
from handlers.slack.deps import Deps
from handlers.slack.listen import Listen
from handlers.slack.messaging import Sender
from storage.models import DeliveryKind


def register(listen: Listen) -> None:
    register_listeners(listen)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {}
