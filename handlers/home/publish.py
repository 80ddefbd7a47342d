"""Re-publishing the Home tab of the people a change concerns; every feature calls this."""

import logging
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain import membership
from bot.domain.home import home_for
from handlers.home.blocks import home_view
from handlers.slack.deps import Deps
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
