"""Languages: a person's choice, a network's language, and reading both for a request or a
fan-out in one transaction."""

from bot.catalog import Lang
from bot.domain import networks
from bot.domain.languages import Reader, Readers, as_lang
from bot.services.core import Service
from storage import languages as store
from storage import networks as network_store
from storage.models import Network


class LanguageService(Service):
    def reader(self, team_id: str, user_id: str, *, network_id: int | None = None,
               channel_id: str | None = None) -> Reader:
        """What decides a person's language for one request: their choice; the network
        `network_id` names, or else the one living in `channel_id`; the network they most
        recently joined. Each is read only when the ones before it say nothing."""
        with self.read() as session:
            chosen = as_lang(store.chosen(session, team_id, user_id))
            if chosen:
                return Reader(chosen=chosen)
            about = None
            if network_id is not None:
                about = as_lang(store.of_network(session, network_id))
            elif channel_id:
                about = as_lang(store.in_channel(session, team_id, channel_id))
            if about:
                return Reader(about=about)
            return Reader(member_of=as_lang(store.of_latest_network(session, team_id, user_id)))

    def readers(self, network_id: int) -> Readers:
        """The languages (and own workspaces) for a message about one network to any of its
        people: two queries, however many they are."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            people = store.people_in_network(session, network_id)
        return Readers(as_lang(network.language) or self._default(),
                       {user: lang for user, _, _, raw in people if (lang := as_lang(raw))},
                       {user: own for user, team, own, _ in people if own and own != team})

    def network_in_channel(self, team_id: str, channel_id: str) -> Network | None:
        """The network living in this channel, if any (to say which language it speaks)."""
        with self.read() as session:
            return network_store.network_by_channel(session, team_id, channel_id)

    def choose(self, team_id: str, user_id: str, lang: Lang | None) -> None:
        """Keep the person's language; None drops their choice."""
        with self.unit() as session:
            if lang is None:
                store.forget(session, team_id, user_id)
            else:
                store.choose(session, team_id, user_id, lang, self.now())

    def set_network_language(self, team_id: str, channel_id: str, user_id: str,
                             lang: Lang) -> Network:
        """A facilitator sets what the network's channel and members read."""
        with self.unit() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, user_id)
            network.language = lang
            session.add(network)
            session.flush()
            return network

    def _default(self) -> Lang:
        return as_lang(self.settings.language) or "nl"
