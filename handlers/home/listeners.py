"""The App Home tab: published on opening, and again whenever something changes for a person."""

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.domain import membership, networks
from bot.domain.errors import DomainError
from handlers.home.publish import publish_home
from handlers.membership.blocks import members_blocks
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.feedback import open_modal_on_click
from handlers.slack.kit import notice_modal
from handlers.slack.router import CommandRouter
from storage.models import Network

log = logging.getLogger(__name__)


class HomeHandlers:
    """Home opened, and the facilitator's buttons on it."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_app_home_opened(self, event: dict, body: dict, client: WebClient) -> None:
        # Re-publishing is idempotent, so Slack's retries of this event need no dedupe.
        if event.get("tab", "home") == "home":
            publish_home(client, self.deps, body["team_id"], event["user"])

    def on_members(self, ack: Ack, body: dict, action: dict, client: WebClient,
                   respond) -> None:
        ack()
        self._open(body, client, respond, int(action["value"]), self._members_view)

    def _members_view(self, session, network: Network, lang) -> dict:
        blocks = members_blocks(network, membership.roster(session, network.id), lang)
        return notice_modal(lang, blocks)

    def _open(self, body: dict, client: WebClient, respond, network_id: int, build) -> None:
        """A facilitator's button on Home: check the role, then open what `build` makes."""

        def facilitators_view(session, user_id: str, lang) -> dict:
            network = session.get(Network, network_id)
            if network is None:
                raise DomainError("error.no_network")
            networks.ensure_facilitator(session, network, user_id)
            return build(session, network, lang)

        open_modal_on_click(self.deps, client, body, respond, facilitators_view)


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = HomeHandlers(deps)
    app.event("app_home_opened")(handlers.on_app_home_opened)
    app.action(ids.HOME_MEMBERS)(handlers.on_members)
