"""How the intervision feature plugs in: its listeners and the erase after a session."""

from handlers.intervision.listeners import register as register_listeners
from handlers.intervision.senders import senders as feature_senders
from handlers.slack.deps import Deps
from handlers.slack.listen import Listen
from handlers.slack.messaging import Sender
from storage.models import DeliveryKind


def register(listen: Listen) -> None:
    register_listeners(listen)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return feature_senders(deps)
