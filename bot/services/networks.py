"""Starting a network: the checks before the modal closes, creating it, and taking it back
when its charter cannot be posted."""

from bot.catalog import Lang
from bot.domain import networks
from bot.domain.networks import NetworkDraft
from bot.services.core import Service
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
               user_id: str, language: Lang) -> Network:
        with self.unit() as session:
            return networks.create_network(session, draft, team_id=team_id,
                                           channel_id=channel_id, user_id=user_id,
                                           settings=self.settings, language=language)

    def discard(self, network_id: int) -> None:
        """Undo a creation nobody could see (its charter was never posted)."""
        with self.unit() as session:
            store.delete_new_network(session, network_id)
