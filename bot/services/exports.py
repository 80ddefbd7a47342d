"""A network's export: for a facilitator in the network's channel, or for an operator."""

from bot.domain.exports import NetworkRecord, record
from bot.domain.networks import ensure_facilitator
from bot.services.core import Service
from storage import networks as network_store


class ExportService(Service):
    def for_facilitator(self, team_id: str, channel_id: str, user_id: str) -> NetworkRecord:
        """The channel's network as this facilitator may have it; Forbidden for anyone else."""
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            ensure_facilitator(session, network, user_id)
            return record(session, network, user_id,
                          min_answers=self.settings.evaluation_min_answers)

    def for_operator(self, network_id: int) -> NetworkRecord:
        """`leernet export NETWORK_ID`: NotFound when there is no such network."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            return record(session, network, None,
                          min_answers=self.settings.evaluation_min_answers)
