"""The closing phase in Slack's terms: start it, undo it while the final evaluation is open."""

from bot.domain import closing, networks
from bot.domain.closing import Started
from bot.services.core import Service
from storage import networks as network_store
from storage.models import Network


class ClosingService(Service):
    def asking(self, team_id: str, channel_id: str, user_id: str) -> Network:
        """The network a facilitator asks to close (refused before the question if they
        may not, or it is closing or closed already)."""
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, user_id)
            closing.ensure_closable(network)
            return network

    def start(self, network_id: int, user_id: str) -> Started:
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            return closing.start(session, network, user_id=user_id, now=self.now(),
                                 open_for=self.settings.final_evaluation_open)

    def undo(self, team_id: str, channel_id: str, user_id: str) -> Network:
        with self.unit() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            return closing.undo(session, network, user_id=user_id)
