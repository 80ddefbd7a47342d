"""Re-publishing the Home tab of the people a change concerns; every feature calls this.

What Home shows comes from the home service; Slack is called after its transaction ended.
"""

import logging
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.home.blocks import home_view
from handlers.slack.deps import Deps
from handlers.slack.messaging import reach

log = logging.getLogger(__name__)


def publish_home(client: WebClient, deps: Deps, team_id: str, user_id: str) -> None:
    entries = deps.services.home.entries(team_id, user_id)
    intros = deps.services.home.introductions(team_id, user_id)
    reader = deps.languages.reader(team_id, user_id)
    lang = deps.languages.decide(reader, client, user_id, may_call_slack=True)
    client.views_publish(user_id=user_id, view=home_view(lang, entries, reader.chosen,
                                                         intros, deps.settings.public_url))


def refresh_homes(client: WebClient, deps: Deps, team_id: str, user_ids: Iterable[str],
                  teams: dict[str, str] | None = None) -> None:
    """Re-publish the Home tab of each person; one failure does not stop the others.
    Each Home is published through the installation that would DM the person (`reach`):
    their own workspace's when it has the app, else the network's (`team_id`). `teams`: the
    own workspace of those not of the network's, when the caller knows them (else read, in
    distributed mode only)."""
    people = list(dict.fromkeys(user_ids))
    if teams is None and deps.settings.distributed:
        teams = deps.services.home.own_teams(team_id, people)
    known: dict[str, str | None] = {}
    for user_id in people:
        try:
            own = (teams or {}).get(user_id, team_id)
            # Their Home in their own workspace: every network they are in, from there.
            publish_home(reach(deps, client, team_id, own, known), deps, own, user_id)
        except SlackApiError as error:
            log.warning("could not refresh the Home of %s: %s", user_id,
                        error.response.get("error"))


def refresh_network_homes(client: WebClient, deps: Deps, network_id: int) -> None:
    """Everyone in a network sees something new (a session, agreements, a vote)."""
    audience = deps.services.home.audience(network_id)
    if audience is None:
        log.info("network %s is gone: no Home to refresh", network_id)
        return
    refresh_homes(client, deps, audience.team_id, audience.user_ids, audience.teams)
