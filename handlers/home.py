"""The App Home tab: each user's networks and next session."""

from slack_sdk import WebClient

from handlers.blocks import HomeEntry, home_view
from handlers.deps import Deps
from storage import repositories as repo
from storage.models import Network, Role


def publish_home(client: WebClient, deps: Deps, team_id: str, user_id: str) -> None:
    now = deps.clock()
    with deps.db.session() as session:
        entries = []
        for member in repo.memberships_of_user(session, team_id, user_id):
            network = session.get(Network, member.network_id)
            meeting = repo.next_meeting(session, network.id, now)
            answer = repo.rsvp(session, meeting.id, user_id) if meeting else None
            entries.append(HomeEntry(network, Role(member.role), meeting,
                                     answer.answer if answer else None))
    lang = deps.locales.lang(client, user_id)
    client.views_publish(user_id=user_id, view=home_view(lang, entries))
