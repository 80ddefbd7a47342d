"""The Home tab: what each person sees there, and whose Home a network's news concerns."""

from dataclasses import dataclass

from bot.domain import membership
from bot.domain.errors import NotFound
from bot.domain.home import HomeEntry, home_for
from bot.services.core import Service
from storage import networks as store


@dataclass(frozen=True)
class Audience:
    """Everyone holding or waiting for a place in one network, in one workspace."""

    team_id: str
    user_ids: list[str]


class HomeService(Service):
    def entries(self, team_id: str, user_id: str) -> list[HomeEntry]:
        with self.read() as session:
            return home_for(session, team_id, user_id, self.now())

    def audience(self, network_id: int) -> Audience | None:
        """Whose Home shows this network; None when the network is gone (nobody to tell)."""
        with self.read() as session:
            try:
                network = store.get_network(session, network_id)
            except NotFound:
                return None
            return Audience(network.team_id,
                            [m.user_id for m in membership.roster(session, network_id)])
