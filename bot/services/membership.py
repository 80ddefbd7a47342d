"""Who is in a network: inviting, join requests and their answer, the member list, leaving,
removal and co-facilitators.

Every method that changes the roster takes the roster lock as the first statement of its
transaction (`membership.lock_roster`), so the cap holds under concurrent requests and the
first answer to a join request wins.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from bot.domain import directory, kickoff, membership, networks
from bot.domain.errors import DomainError
from bot.domain.membership import Admission
from bot.services.core import Service
from storage import networks as store
from storage.models import Membership, MembershipStatus, Network


@dataclass(frozen=True)
class Invited:
    """One invited person: admitted (active or waitlisted), or refused and why."""

    user_id: str
    admission: Admission | None = None
    refusal: DomainError | None = None


@dataclass(frozen=True)
class JoinForm:
    network: Network
    full: bool


@dataclass(frozen=True)
class JoinRequest:
    """A stored request, and the facilitators who are asked to answer it."""

    network: Network
    member: Membership
    full: bool
    facilitators: list[str]


@dataclass(frozen=True)
class Approved:
    network: Network
    admission: Admission


@dataclass(frozen=True)
class Declined:
    network: Network
    member: Membership


@dataclass(frozen=True)
class Roster:
    network: Network
    members: Sequence[Membership]


@dataclass(frozen=True)
class Ended:
    """Someone left or was removed; `was_active` says whether they were in the channel."""

    network: Network
    member: Membership
    was_active: bool
    promoted: list[Membership]


@dataclass(frozen=True)
class Promoted:
    """A new co-facilitator, and who moved up from the waitlist into the place they held."""

    network: Network
    promoted: list[Membership]


class MembershipService(Service):
    # --- inviting ------------------------------------------------------------------------

    def facilitated_network(self, team_id: str, channel_id: str, user_id: str) -> Network:
        """The channel's network, if `user_id` facilitates it (NotFound, Forbidden)."""
        with self.unit() as session:
            network = store.network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, user_id)
            return network

    def invite(self, network_id: int, user_id: str, *, by: str,
               user_team_id: str = "") -> Invited:
        """Admit one invited person (from workspace `user_team_id`, when Slack said); a
        refusal (already in, not a facilitator any more) is part of the outcome, so one
        person never stops the invitation of the others."""
        try:
            with self.unit() as session:
                membership.lock_roster(session, network_id)
                network = store.get_network(session, network_id)
                networks.ensure_facilitator(session, network, by)
                admission = membership.admit(session, network, user_id, now=self.now(),
                                             invited_by=by, user_team_id=user_team_id)
        except DomainError as refusal:
            return Invited(user_id, refusal=refusal)
        return Invited(user_id, admission=admission)

    def schedule_kickoff(self, network: Network, user_id: str) -> None:
        """A newly active member gets the kickoff questionnaire while it is open."""
        with self.unit() as session:
            delivery = kickoff.schedule_kickoff(session, network, user_id, self.now())
        self.scheduled([delivery] if delivery is not None else [])

    # --- join requests -------------------------------------------------------------------

    def join_form(self, team_id: str, channel_id: str, user_id: str) -> JoinForm:
        """What the join modal needs; Conflict when the person holds a place or asked."""
        with self.unit() as session:
            network = store.network_in_channel(session, team_id, channel_id)
            membership.ensure_may_request(session, network, user_id)
            return JoinForm(network, membership.is_full(session, network))

    def join_form_for(self, network_id: int, team_id: str, user_id: str) -> JoinForm:
        """The join modal for a network picked from the directory or the charter card
        (the person may be of a workspace the channel is shared with): NotFound when the
        network is gone or not listed for the person's workspace, Forbidden when it takes
        no requests, Conflict when the person holds a place or asked already."""
        with self.unit() as session:
            network = directory.listed_network(session, network_id, team_id)
            membership.ensure_may_request(session, network, user_id)
            return JoinForm(network, membership.is_full(session, network))

    def request_join(self, network_id: int, user_id: str,
                     organisation: str | None) -> JoinRequest:
        """Store a pending request; FieldErrors for a blank organisation, NotFound when the
        network is gone, Conflict when the person holds a place or asked already."""
        stated = membership.valid_organisation(organisation)
        with self.unit() as session:
            network = store.get_network(session, network_id)
            member = membership.request_join(session, network, user_id, stated,
                                             now=self.now())
            return JoinRequest(network, member, membership.is_full(session, network),
                               store.facilitators(session, network.id))

    def approve(self, membership_id: int, *, by: str) -> Approved:
        """Let the requester in (or onto the waitlist); Conflict when already answered."""
        network_id = self._request_network(membership_id)
        with self.unit() as session:
            membership.lock_roster(session, network_id)
            network = store.get_network(session, network_id)
            admission = membership.approve(session, membership_id, by=by, now=self.now())
            return Approved(network, admission)

    def decline(self, membership_id: int, *, by: str) -> Declined:
        """Turn the request down; Conflict when already answered. Under the roster lock too,
        so an approval and a decline at the same moment cannot both win."""
        network_id = self._request_network(membership_id)
        with self.unit() as session:
            membership.lock_roster(session, network_id)
            network = store.get_network(session, network_id)
            member = membership.decline(session, membership_id, by=by, now=self.now())
            return Declined(network, member)

    def _request_network(self, membership_id: int) -> int:
        with self.unit() as session:
            network, _ = membership.pending_request(session, membership_id)
            return network.id

    # --- the member list -----------------------------------------------------------------

    def roster_in_channel(self, team_id: str, channel_id: str, user_id: str) -> Roster:
        """For a member of the channel's network (Forbidden for anyone else)."""
        with self.read() as session:
            network = store.network_in_channel(session, team_id, channel_id)
            viewer = networks.ensure_member(session, network, user_id)
            return Roster(network, membership.roster_seen_by(session, network.id, viewer))

    def roster_for_facilitator(self, network_id: int, user_id: str) -> Roster:
        """For a facilitator of the network (the Home tab's members button)."""
        with self.read() as session:
            network = store.get_network(session, network_id)
            networks.ensure_facilitator(session, network, user_id)
            return self._roster(session, network)

    @staticmethod
    def _roster(session: Session, network: Network) -> Roster:
        return Roster(network, membership.roster(session, network.id))

    # --- leaving and removing ------------------------------------------------------------

    def leaving(self, team_id: str, channel_id: str, user_id: str) -> Network:
        """The network the person may leave, before they confirm (NotFound otherwise)."""
        with self.unit() as session:
            network = store.network_in_channel(session, team_id, channel_id)
            membership.ensure_holding(session, network, user_id, key="error.not_member")
            return network

    def removing(self, team_id: str, channel_id: str, user_id: str, *, by: str) -> Network:
        """The network `by` facilitates and `user_id` is in, before `by` confirms."""
        with self.unit() as session:
            network = store.network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, by)
            membership.ensure_holding(session, network, user_id)
            return network

    def leave(self, network_id: int, user_id: str) -> Ended:
        return self._end(network_id, user_id, by=None)

    def remove(self, network_id: int, user_id: str, *, by: str) -> Ended:
        return self._end(network_id, user_id, by=by)

    def _end(self, network_id: int, user_id: str, by: str | None) -> Ended:
        """Leaving or a removal; the person's introduction card is taken back with it."""
        with self.unit() as session:
            membership.lock_roster(session, network_id)
            network = store.get_network(session, network_id)
            before = store.membership(session, network_id, user_id)
            was_active = before is not None and before.status == MembershipStatus.ACTIVE
            if by is None:
                ending = membership.leave(session, network, user_id, now=self.now())
            else:
                ending = membership.remove(session, network, user_id, by=by, now=self.now())
        delete = ending.withdrawal.delete
        self.scheduled([delete] if delete is not None else [])
        return Ended(network, ending.membership, was_active, ending.promoted)

    # --- co-facilitators -----------------------------------------------------------------

    def make_facilitator(self, team_id: str, channel_id: str, user_id: str, *,
                         by: str) -> Promoted:
        with self.unit() as session:
            network_id = store.network_in_channel(session, team_id, channel_id).id
        with self.unit() as session:
            membership.lock_roster(session, network_id)
            network = store.get_network(session, network_id)
            promoted = membership.make_facilitator(session, network, user_id, by=by,
                                                   now=self.now())
            return Promoted(network, promoted)
