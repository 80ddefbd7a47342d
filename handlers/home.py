"""The App Home tab: published on opening, and again whenever something changes for a person."""

import logging
from collections.abc import Iterable

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain import membership, networks
from bot.domain.errors import DomainError
from bot.domain.home import home_for
from handlers import ids
from handlers.commands import plan_view
from handlers.deps import Deps
from handlers.feedback import notice_modal, open_modal_on_click
from handlers.home_blocks import home_view
from handlers.membership_blocks import members_blocks
from storage.models import Network

log = logging.getLogger(__name__)


def publish_home(client: WebClient, deps: Deps, team_id: str, user_id: str) -> None:
    with deps.db.session() as session:
        entries = home_for(session, team_id, user_id, deps.clock())
    lang = deps.locales.lang(client, user_id)
    client.views_publish(user_id=user_id, view=home_view(lang, entries))


def refresh_homes(client: WebClient, deps: Deps, team_id: str, user_ids: Iterable[str]) -> None:
    """Re-publish the Home tab of each person; one failure does not stop the others."""
    for user_id in dict.fromkeys(user_ids):
        try:
            publish_home(client, deps, team_id, user_id)
        except SlackApiError as error:
            log.warning("could not refresh the Home of %s: %s", user_id,
                        error.response.get("error"))


def refresh_network_homes(client: WebClient, deps: Deps, network_id: int) -> None:
    """Everyone in a network sees something new (a session, agreements, a vote)."""
    with deps.db.session() as session:
        network = session.get(Network, network_id)
        users = [m.user_id for m in membership.roster(session, network_id)]
    refresh_homes(client, deps, network.team_id, users)


class HomeHandlers:
    """Home opened, and the facilitator's buttons on it."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_app_home_opened(self, event: dict, body: dict, client: WebClient) -> None:
        # Re-publishing is idempotent, so Slack's retries of this event need no dedupe.
        if event.get("tab", "home") == "home":
            publish_home(client, self.deps, body["team_id"], event["user"])

    def on_plan(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        ack()
        self._open(body, client, respond, int(action["value"]), self._plan_view)

    def on_members(self, ack: Ack, body: dict, action: dict, client: WebClient,
                   respond) -> None:
        ack()
        self._open(body, client, respond, int(action["value"]), self._members_view)

    def _plan_view(self, session, network: Network, lang) -> dict:
        return plan_view(session, network, lang, self.deps.clock())

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


def register(app: App, deps: Deps) -> None:
    handlers = HomeHandlers(deps)
    app.event("app_home_opened")(handlers.on_app_home_opened)
    app.action(ids.HOME_PLAN)(handlers.on_plan)
    app.action(ids.HOME_MEMBERS)(handlers.on_members)
