"""The closing phase in Slack's terms: start it, undo it while the final evaluation is open,
close it (by time or by a facilitator), and the final evaluation itself."""

from dataclasses import dataclass, field

from bot.domain import closing, closing_report, final_evaluation, networks
from bot.domain.closing import Started
from bot.domain.errors import Conflict
from bot.domain.final_evaluation import FinalDraft, FinalResults, Form, Registered
from bot.services.core import Service
from storage import deliveries as queue
from storage import final_evaluation as store
from storage import networks as network_store
from storage.models import Network


@dataclass(frozen=True)
class Invitation:
    network: Network
    is_open: bool
    to_invite: list[str]


@dataclass(frozen=True)
class FinalClosing:
    """A due close: whether this call closed the network, and each facilitator's results."""

    network: Network
    closed: bool
    results: dict[str, FinalResults] = field(default_factory=dict)


class ClosingService(Service):
    # --- the phase -------------------------------------------------------------------------

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
            started = closing.start(session, network, user_id=user_id, now=self.now(),
                                    open_for=self.settings.final_evaluation_open)
        self.scheduled(started.deliveries)
        return started

    def undo(self, team_id: str, channel_id: str, user_id: str) -> Network:
        with self.unit() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            closing.undo(session, network, user_id=user_id)
        self.core.db.forget_old_pages(*store.ANSWER_TABLES)
        return network

    def finish(self, team_id: str, channel_id: str, user_id: str) -> Network:
        """`/leernet afsluiten klaar`: the final evaluation closes now."""
        with self.unit() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            close = closing.finish(session, network, user_id=user_id, now=self.now())
        self.scheduled([close])
        return network

    # --- the final evaluation --------------------------------------------------------------

    def form(self, network_id: int, user_id: str) -> Form:
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            return final_evaluation.form_for(session, network, user_id, self.now())

    def submit(self, network_id: int, user_id: str, draft: FinalDraft) -> Registered:
        """Who answered (with their learning questions), then the anonymous answer, in two
        transactions; SQLite's WAL is emptied after each, so it never holds the two together."""
        with self.unit() as session:
            done = final_evaluation.register(session, network_id, user_id, draft,
                                             now=self.now())
        self.core.db.forget_old_pages()
        with self.unit() as session:
            final_evaluation.store_answer(session, network_id, done.answer, now=self.now())
        self.core.db.forget_old_pages()
        return done

    def open_for_invitations(self, network_id: int) -> Invitation:
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            is_open = final_evaluation.is_open(network, self.now())
            pending = final_evaluation.to_invite(session, network) if is_open else []
            return Invitation(network, is_open, pending)

    def to_remind(self, network_id: int) -> Invitation:
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            is_open = final_evaluation.is_open(network, self.now())
            pending = final_evaluation.non_respondents(session, network) if is_open else []
            return Invitation(network, is_open, pending)

    def close(self, network_id: int) -> FinalClosing:
        """Close the network when its final evaluation is over (once): the results for each
        facilitator, released by the per-session rules."""
        now = self.now()
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            if final_evaluation.is_open(network, now) or not final_evaluation.close(
                    session, network, now):
                return FinalClosing(network, closed=False)
            results = {user: final_evaluation.results(
                session, network, user, min_answers=self.settings.evaluation_min_answers)
                for user in network_store.facilitators(session, network.id)}
            # The closing report goes out a week from now unless a facilitator writes first.
            report = queue.add(session, closing_report.delivery(network, now))
        # The close wrote the answers anew: no earlier version stays reachable.
        self.core.db.forget_old_pages(*store.ANSWER_TABLES)
        self.scheduled([report] if report is not None else [])
        return FinalClosing(network, closed=True, results=results)

    def results(self, team_id: str, channel_id: str,
                user_id: str) -> tuple[Network, FinalResults]:
        """The final evaluation as a facilitator may see it now (the count while open)."""
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, user_id)
            if closing.phase(network) == closing.Phase.ACTIVE:
                raise Conflict("closing.error.not_closing")
            return network, final_evaluation.results(
                session, network, user_id, min_answers=self.settings.evaluation_min_answers)
