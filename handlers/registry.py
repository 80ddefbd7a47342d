"""Every feature, wired into one Bolt app and one dispatcher."""

from types import ModuleType

from slack_bolt import App

from handlers.agreements import wiring as agreements
from handlers.closing import wiring as closing
from handlers.digests import wiring as digests
from handlers.directory import wiring as directory
from handlers.evaluations import wiring as evaluations
from handlers.exports import wiring as exports
from handlers.external import wiring as external
from handlers.home import wiring as home
from handlers.installations import wiring as installations
from handlers.intervision import wiring as intervision
from handlers.kickoff import wiring as kickoff
from handlers.knowledge import wiring as knowledge
from handlers.languages import wiring as languages
from handlers.membership import wiring as membership
from handlers.mydata import wiring as mydata
from handlers.networks import wiring as networks
from handlers.pairing import wiring as pairing
from handlers.planning import wiring as planning
from handlers.polls import wiring as polls
from handlers.reports import wiring as reports
from handlers.sessions import wiring as sessions
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import register_error_handler
from handlers.slack.listen import Listen
from handlers.slack.messaging import Sender
from handlers.slack.router import CommandRouter
from storage.models import DeliveryKind

# In the order `/leernet help` lists their sub-commands.
FEATURES: tuple[ModuleType, ...] = (
    networks, directory, planning, membership, kickoff, agreements, polls, sessions, intervision,
    evaluations, reports, external, knowledge, digests, pairing, closing, exports, home,
    languages, mydata,
    installations,
)


def register_handlers(app: App, deps: Deps) -> None:
    router = CommandRouter(deps)
    # Bolt tries its listeners in the order they were added; `/leernet` first spares every
    # command the matching of each action and view listener before its acknowledgement.
    app.command(ids.COMMAND)(router.on_command)
    listen = Listen(app, deps, router)
    for feature in FEATURES:
        feature.register(listen)
    router.add(("help", "hulp"), router.help, "help.help")
    register_error_handler(app)


def delivery_senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    """Every feature's scheduled senders; two features claiming one kind is a wiring error."""
    found: dict[DeliveryKind, Sender] = {}
    for feature in FEATURES:
        for kind, sender in feature.senders(deps).items():
            if kind in found:
                raise RuntimeError(f"two senders for {kind}")
            found[kind] = sender
    return found
