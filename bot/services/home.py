"""The Home tab: what each person sees there, and whose Home a network's news concerns."""

from dataclasses import dataclass, field

from bot.domain import introductions, membership
from bot.domain.errors import NotFound
from bot.domain.home import HomeEntry, home_for
from bot.services.core import Service
from storage import memberships
from storage import networks as store
from storage.models import Network


@dataclass(frozen=True)
class Audience:
    """Everyone holding or waiting for a place in one network, in one workspace; `teams`:
    the own workspace of those who are not of the network's (Slack Connect members)."""

    team_id: str
    user_ids: list[str]
    teams: dict[str, str] = field(default_factory=dict)


class HomeService(Service):
    def entries(self, team_id: str, user_id: str) -> list[HomeEntry]:
        with self.read() as session:
            return home_for(session, team_id, user_id, self.now())

    def introductions(self, team_id: str, user_id: str) -> list[Network]:
        """Where the person's introduction card is allowed, also in networks they left: the
        Home tab offers to withdraw each."""
        with self.read() as session:
            return introductions.introduced_in(session, team_id, user_id)

    def own_teams(self, team_id: str, user_ids: list[str]) -> dict[str, str]:
        """The own workspace of the people of `user_ids` who are not of `team_id`'s."""
        with self.read() as session:
            return memberships.own_teams(session, team_id, user_ids)

    def audience(self, network_id: int) -> Audience | None:
        """Whose Home shows this network; None when the network is gone (nobody to tell)."""
        with self.read() as session:
            try:
                network = store.get_network(session, network_id)
            except NotFound:
                return None
            roster = membership.roster(session, network_id)
            return Audience(network.team_id, [m.user_id for m in roster],
                            {m.user_id: m.user_team_id for m in roster
                             if m.user_team_id and m.user_team_id != network.team_id})
