"""Starting a network: the checks before the modal closes, creating it, and taking it back
when its charter cannot be posted."""

from collections.abc import Sequence

from bot.catalog import Lang
from bot.domain import digests, mydata, networks
from bot.domain.networks import NetworkDraft
from bot.services.core import Service
from storage import deliveries as delivery_store
from storage import networks as store
from storage.models import Network


class NetworkService(Service):
    def ensure_channel_free(self, team_id: str, channel_id: str) -> None:
        with self.unit() as session:
            networks.ensure_channel_free(session, team_id, channel_id)

    def validate(self, draft: NetworkDraft, team_id: str, channel_id: str) -> NetworkDraft:
        """FieldErrors for what the form got wrong; Conflict when the channel has a network."""
        valid = draft.validated()
        self.ensure_channel_free(team_id, channel_id)
        return valid

    def create(self, draft: NetworkDraft, *, team_id: str, channel_id: str,
               user_id: str, language: Lang,
               shared_team_ids: Sequence[str] = ()) -> Network:
        with self.unit() as session:
            network = networks.create_network(session, draft, team_id=team_id,
                                              channel_id=channel_id, user_id=user_id,
                                              settings=self.settings, language=language,
                                              shared_team_ids=shared_team_ids)
            planned = [delivery_store.add(session, mydata.first_retention_check(
                network, self.settings.retention))]
            planned += [delivery_store.add(session, digest)
                        for digest in digests.planned_digests(network, self.now())]
        self.scheduled([d for d in planned if d is not None])
        return network

    def channel_shared(self, team_id: str, channel_id: str, other_team_id: str) -> bool:
        """Slack says the channel now includes another workspace; False: no network there
        (or none that `team_id` is in)."""
        with self.unit() as session:
            network = store.network_by_channel(session, team_id, channel_id)
            return network is not None and networks.share_channel(network, other_team_id,
                                                                  told_by=team_id)

    def channel_unshared(self, team_id: str, channel_id: str, other_team_id: str) -> bool:
        """Slack says a workspace left the channel; False: no network there (or none that
        `team_id` is in)."""
        with self.unit() as session:
            network = store.network_by_channel(session, team_id, channel_id)
            return network is not None and networks.unshare_channel(network, other_team_id,
                                                                    told_by=team_id)

    def requests_setting(self, team_id: str, channel_id: str, user_id: str) -> Network:
        """The channel's network, for one of its facilitators (NotFound, Forbidden)."""
        with self.read() as session:
            network = store.network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, user_id)
            return network

    def set_open_to_requests(self, team_id: str, channel_id: str, user_id: str,
                             open_to_requests: bool) -> tuple[Network, bool]:
        """Open or close the channel's network to join requests (facilitators only); the
        network and whether anything changed."""
        with self.unit() as session:
            network = store.network_in_channel(session, team_id, channel_id)
            changed = networks.set_open_to_requests(session, network, user_id,
                                                    open_to_requests)
            return network, changed

    def discard(self, network_id: int) -> None:
        """Undo a creation nobody could see (its charter was never posted)."""
        with self.unit() as session:
            store.delete_new_network(session, network_id)
