"""Who is in a network: the participant cap, the waitlist, join requests, leaving and removal.

Every change to the roster starts with `lock_roster`, so the cap holds when two people take
the last place at the same moment (on PostgreSQL a row lock, on SQLite the write lock).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.domain import introductions
from bot.domain.errors import Conflict, DomainError, FieldErrors, Forbidden, NotFound
from bot.domain.networks import ensure_facilitator
from storage import memberships as store
from storage import networks as repo
from storage.memberships import HOLDING
from storage.models import Membership, MembershipStatus, Network, Role

# The organisation a join request states: as long as its column (and the form's field) allows;
# only a forged submission sends more.
ORGANISATION_MAX = 120


@dataclass(frozen=True)
class Admission:
    """The outcome of letting someone in: active, or on the waitlist at `place`."""

    membership: Membership
    place: int | None = None

    @property
    def waitlisted(self) -> bool:
        return self.membership.status == MembershipStatus.WAITLISTED


def lock_roster(session: Session, network_id: int) -> None:
    """Serialise roster changes of one network. Must be the transaction's first statement."""
    store.lock_roster(session, network_id)


def participant_count(session: Session, network_id: int) -> int:
    return store.participant_count(session, network_id)


def is_full(session: Session, network: Network) -> bool:
    return participant_count(session, network.id) >= network.max_participants


def waitlist_place(session: Session, membership: Membership) -> int:
    ids = [m.id for m in store.waitlist(session, membership.network_id)]
    return ids.index(membership.id) + 1


def roster(session: Session, network_id: int) -> Sequence[Membership]:
    """Everyone holding or waiting for a place, facilitators first."""
    return sorted(store.holding(session, network_id), key=lambda m: m.role != Role.FACILITATOR)


def roster_seen_by(session: Session, network_id: int,
                   viewer: Membership) -> Sequence[Membership]:
    """The roster as `viewer` may see it: open join requests, with the organisation they
    state, are for the facilitators who answer them; participants see who is in and who
    waits for a place."""
    members = roster(session, network_id)
    if viewer.role == Role.FACILITATOR and viewer.status == MembershipStatus.ACTIVE:
        return members
    return [m for m in members if m.status != MembershipStatus.PENDING]


def holding_member(session: Session, network: Network, user_id: str) -> Membership | None:
    """The person's membership while they hold or wait for a place; None otherwise."""
    member = repo.membership(session, network.id, user_id)
    return member if member is not None and member.status in HOLDING else None


def ensure_holding(session: Session, network: Network, user_id: str, *,
                   key: str = "member.error.not_member") -> Membership:
    member = holding_member(session, network, user_id)
    if member is None:
        raise NotFound(key, user=user_id)
    return member


def ensure_may_request(session: Session, network: Network, user_id: str) -> None:
    """A join request is for people who hold no place and have no request open, in a
    network that takes requests (a closed one lets people in by invitation only)."""
    member = holding_member(session, network, user_id)
    if member is not None:
        key = ("member.error.pending" if member.status == MembershipStatus.PENDING
               else "member.error.already")
        raise Conflict(key, user=user_id)
    if not network.open_to_requests:
        raise Forbidden("join.error.closed", name=network.name)


def valid_organisation(raw: str | None) -> str:
    """The organisation a join request states, trimmed; FieldErrors when it is blank or
    longer than the form allows (only a forged submission sends more)."""
    organisation = (raw or "").strip()
    if not organisation:
        raise FieldErrors({"organisation": DomainError("network.error.blank")})
    if len(organisation) > ORGANISATION_MAX:
        raise FieldErrors({"organisation": DomainError("error.too_long",
                                                       limit=ORGANISATION_MAX)})
    return organisation


def _set_status(member: Membership, status: MembershipStatus, now: datetime) -> None:
    member.status = status
    member.status_changed_at = now


def admit(session: Session, network: Network, user_id: str, *, now: datetime,
          organisation: str | None = None, invited_by: str | None = None,
          user_team_id: str = "") -> Admission:
    """Let someone in as a participant: active while there is room, else on the waitlist.
    `user_team_id`: their own workspace, when known (Slack Connect); else the network's."""
    member = repo.membership(session, network.id, user_id)
    if member is not None and member.status in (MembershipStatus.ACTIVE,
                                                MembershipStatus.WAITLISTED):
        raise Conflict("member.error.already", user=user_id)
    # Count before this person's row changes, or autoflush would count them as a participant.
    full = is_full(session, network)
    if member is None:
        member = Membership(team_id=network.team_id, network_id=network.id, user_id=user_id,
                            user_team_id=user_team_id, role=Role.PARTICIPANT, joined_at=now)
        session.add(member)
    member.role = Role.PARTICIPANT
    member.organisation = organisation or member.organisation
    member.invited_by = invited_by or member.invited_by
    _set_status(member, MembershipStatus.WAITLISTED if full else MembershipStatus.ACTIVE, now)
    if not full:
        member.joined_at = now
    session.flush()
    return Admission(member, waitlist_place(session, member) if full else None)


def request_join(session: Session, network: Network, user_id: str, organisation: str, *,
                 now: datetime) -> Membership:
    """Ask to join: a pending request a facilitator approves or declines."""
    ensure_may_request(session, network, user_id)
    member = repo.membership(session, network.id, user_id)
    if member is None:
        member = Membership(team_id=network.team_id, network_id=network.id, user_id=user_id,
                            role=Role.PARTICIPANT, joined_at=now)
        session.add(member)
    member.role = Role.PARTICIPANT
    member.organisation = organisation
    _set_status(member, MembershipStatus.PENDING, now)
    session.flush()
    return member


def pending_request(session: Session, membership_id: int) -> tuple[Network, Membership]:
    """The open join request with this id and its network; Conflict once it is answered."""
    member = store.get_membership(session, membership_id)
    if member is None or member.status != MembershipStatus.PENDING:
        raise Conflict("member.error.request_handled")
    return repo.get_network(session, member.network_id), member


def approve(session: Session, membership_id: int, *, by: str, now: datetime) -> Admission:
    network, member = pending_request(session, membership_id)
    ensure_facilitator(session, network, by)
    return admit(session, network, member.user_id, now=now, organisation=member.organisation,
                 invited_by=by)


def decline(session: Session, membership_id: int, *, by: str, now: datetime) -> Membership:
    network, member = pending_request(session, membership_id)
    ensure_facilitator(session, network, by)
    _set_status(member, MembershipStatus.DECLINED, now)
    session.flush()
    return member


@dataclass(frozen=True)
class Ending:
    """Someone left or was removed: their membership, who moved up into their place, and
    their introduction card taken back (its deletion queued, if it was in the channel)."""

    membership: Membership
    promoted: list[Membership]
    withdrawal: introductions.Withdrawal


def leave(session: Session, network: Network, user_id: str, *, now: datetime) -> Ending:
    """Leave the network (or its waitlist)."""
    return _end(session, network, user_id, MembershipStatus.LEFT, now)


def remove(session: Session, network: Network, user_id: str, *, by: str,
           now: datetime) -> Ending:
    ensure_facilitator(session, network, by)
    if user_id == by:
        raise Forbidden("member.error.remove_self")
    return _end(session, network, user_id, MembershipStatus.REMOVED, now)


def _end(session: Session, network: Network, user_id: str, status: MembershipStatus,
         now: datetime) -> Ending:
    """Whoever is no longer in the network is no longer introduced in its channel."""
    member = ensure_holding(session, network, user_id)
    if (member.role == Role.FACILITATOR and member.status == MembershipStatus.ACTIVE
            and repo.facilitators(session, network.id) == [user_id]):
        raise Forbidden("member.error.last_facilitator")
    _set_status(member, status, now)
    session.flush()
    withdrawal = introductions.withdraw(session, network, user_id, now)
    return Ending(member, promote_waitlist(session, network, now=now), withdrawal)


def promote_waitlist(session: Session, network: Network, *, now: datetime) -> list[Membership]:
    """Fill free places from the waitlist, first come first served."""
    promoted = []
    free = network.max_participants - participant_count(session, network.id)
    for member in list(store.waitlist(session, network.id))[:max(free, 0)]:
        _set_status(member, MembershipStatus.ACTIVE, now)
        member.joined_at = now
        promoted.append(member)
    session.flush()
    return promoted


def make_facilitator(session: Session, network: Network, user_id: str, *, by: str,
                     now: datetime) -> list[Membership]:
    """Give an active member the facilitator role; the place they held goes to the waitlist."""
    ensure_facilitator(session, network, by)
    member = repo.membership(session, network.id, user_id)
    if member is None or member.status != MembershipStatus.ACTIVE:
        raise NotFound("member.error.not_member", user=user_id)
    if member.role == Role.FACILITATOR:
        raise Conflict("member.error.already_facilitator", user=user_id)
    member.role = Role.FACILITATOR
    session.flush()
    return promote_waitlist(session, network, now=now)
