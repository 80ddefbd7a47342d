"""Group votes: starting one (and taking it back when its message cannot be posted), votes,
and closing it once, whoever closes it first."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.domain import closing, networks, polls
from bot.domain.errors import DomainError
from bot.domain.polls import PollDraft, Tally
from bot.services.core import Service
from storage import networks as network_store
from storage import polls as store
from storage.models import Delivery, Network, Poll, PollStatus


@dataclass(frozen=True)
class PollForm:
    network: Network
    now: datetime


@dataclass(frozen=True)
class Started:
    network: Network
    poll: Poll
    delivery: Delivery  # the scheduled close


@dataclass(frozen=True)
class PollState:
    """A poll as its channel message shows it: open with a count, or closed."""

    network: Network
    poll: Poll
    votes_cast: int

    @property
    def open(self) -> bool:
        return self.poll.status == PollStatus.OPEN


@dataclass(frozen=True)
class Voted:
    state: PollState
    option: str


@dataclass(frozen=True)
class Closed:
    network: Network
    poll: Poll
    tally: Tally


class PollService(Service):
    def form_in_channel(self, team_id: str, channel_id: str, user_id: str) -> PollForm:
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, user_id)
            closing.ensure_not_closed(network)
        return PollForm(network, self.now())

    def validate(self, network_id: int, user_id: str, draft: PollDraft) -> None:
        """FieldErrors for what the form got wrong; a refusal when the person may not."""
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            networks.ensure_facilitator(session, network, user_id)
            draft.validated(network.timezone, self.now())

    def start(self, network_id: int, user_id: str, draft: PollDraft) -> Started:
        """Store the poll and its scheduled close; it shows nowhere until `published`."""
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            closing.ensure_not_closed(network)
            poll, delivery = polls.create(session, network, draft, user_id=user_id,
                                          now=self.now())
        return Started(network, poll, delivery)

    def published(self, started: Started, channel_ts: str) -> None:
        """The poll's message is in the channel: remember where, and wake the scheduler."""
        with self.unit() as session:
            store.get_poll(session, started.poll.id).channel_ts = channel_ts
        started.poll.channel_ts = channel_ts
        self.scheduled([started.delivery])

    def discard(self, poll_id: int) -> None:
        """Undo a poll nobody could see (its message was never posted)."""
        with self.unit() as session:
            store.delete_new_poll(session, poll_id)

    def vote(self, poll_id: int, option_index: int, user_id: str) -> Voted:
        """Store or change a member's vote while the poll is open."""
        with self.unit() as session:
            network, poll = polls.vote(session, poll_id, option_index, user_id, now=self.now())
            state = PollState(network, poll, polls.vote_count(session, poll))
        return Voted(state, polls.options_of(poll)[option_index])

    def state(self, poll_id: int) -> PollState:
        with self.read() as session:
            poll = store.get_poll(session, poll_id)
            return self._state(session, poll)

    @staticmethod
    def _state(session: Session, poll: Poll) -> PollState:
        return PollState(network_store.get_network(session, poll.network_id), poll,
                         polls.vote_count(session, poll))

    def close_early(self, team_id: str, channel_id: str, number: int,
                    user_id: str) -> Closed:
        """A facilitator closes an open poll of the channel's network now, by its number."""
        with self.unit() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            poll = polls.ensure_closable(session, network, number, user_id)
            closed = polls.close(session, poll.id)
        if closed is None:  # closed by someone else a moment ago
            raise DomainError("poll.error.closed")
        return Closed(*closed)

    def close_due(self, poll_id: int) -> Closed | None:
        """The scheduled close; None when the poll was closed already (a second close)."""
        with self.unit() as session:
            closed = polls.close(session, poll_id)
        return None if closed is None else Closed(*closed)

    def reopen(self, poll_id: int) -> None:
        """Undo a close whose results could not be posted (nobody saw it close), so that the
        next close posts them instead of losing them."""
        with self.unit() as session:
            store.mark_open(session, poll_id)
