"""After a network's close: its facilitators' choices on its knowledge and its channel
(bot/domain/after_closing.py). Archiving the channel is Slack's part, done by the handler
between `may_archive` and `archived`, never inside a transaction."""

from bot.domain import after_closing
from bot.services.core import Service
from storage import networks as network_store
from storage.models import Network


class AfterClosingService(Service):
    def network(self, network_id: int, user_id: str) -> Network:
        """The closed network, for one of its facilitators."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            after_closing.ensure_may_choose(session, network, user_id)
            return network

    def choose_knowledge(self, network_id: int, user_id: str, choice: str) -> Network:
        """Keep the knowledge visible, or withdraw it: seen by nobody from this commit on."""
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            return after_closing.choose_knowledge(session, network, user_id, choice,
                                                  now=self.now())

    def keep_open(self, network_id: int, user_id: str) -> Network:
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            return after_closing.keep_open(session, network, user_id, now=self.now())

    def may_archive(self, network_id: int, user_id: str) -> Network:
        """Refused (typed) unless a facilitator asks it of a closed network not yet archived."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            after_closing.ensure_may_archive(session, network, user_id)
            return network

    def archived(self, network_id: int, user_id: str) -> Network:
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            return after_closing.archived(session, network, user_id, now=self.now())
