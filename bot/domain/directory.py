"""The network directory ("Kies jouw groep en regio"): the networks a person may find in
their workspace, where they stand in each, and which to show first.

A bounded read: one query per kind of row (networks, their active members, their waitlists,
the person's memberships, the next sessions), whatever the number of networks."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session

from bot.domain.errors import NotFound
from storage import directory as store
from storage import memberships as member_store
from storage import networks as repo
from storage import sessions as sessions_repo
from storage.models import Membership, MembershipStatus, Network, Role

# How many networks one answer lists: one block each, well inside Slack's 50 per message;
# the rest is counted, and a search word narrows the list.
SHOWN = 20
# The longest search word kept (a name is at most 80 characters).
FILTER_MAX = 80


class Standing(StrEnum):
    """Where the person stands towards a listed network, in the order they are listed."""

    OPEN = "open"  # they may ask to join, and there is room
    FULL = "full"  # they may ask to join, and would go on the waitlist once approved
    CLOSED = "closed"  # by a facilitator's invitation only
    PENDING = "pending"  # their request waits for a facilitator
    WAITLISTED = "waitlisted"
    MEMBER = "member"

    @property
    def may_request(self) -> bool:
        return self in (Standing.OPEN, Standing.FULL)


_ORDER = list(Standing)


@dataclass(frozen=True)
class Listing:
    network: Network
    standing: Standing
    places_left: int
    waitlist: int
    facilitators: list[str]
    next_session: datetime | None


@dataclass(frozen=True)
class Directory:
    listings: list[Listing]  # the first SHOWN, joinable ones first
    more: int  # how many more matched but are not shown
    word: str  # the search word, trimmed ("" for all)


def search_word(raw: str) -> str:
    """The search word as typed, trimmed and bounded."""
    return " ".join(raw.split())[:FILTER_MAX]


def matches(network: Network, word: str) -> bool:
    """Whether the word occurs in the network's name, theme or region (any case)."""
    needle = word.casefold()
    return any(needle in text.casefold() for text in (network.name, network.theme,
                                                      network.region))


def standing(network: Network, mine: Membership | None, participants: int) -> Standing:
    if mine is not None and mine.status == MembershipStatus.ACTIVE:
        return Standing.MEMBER
    if mine is not None and mine.status == MembershipStatus.WAITLISTED:
        return Standing.WAITLISTED
    if mine is not None and mine.status == MembershipStatus.PENDING:
        return Standing.PENDING
    if not network.open_to_requests:
        return Standing.CLOSED
    return Standing.FULL if participants >= network.max_participants else Standing.OPEN


def directory_for(session: Session, team_id: str, user_id: str, word: str,
                  now: datetime) -> Directory:
    """The networks listed for the person's workspace that match `word`, joinable first."""
    networks = [n for n in store.listed_networks(session, team_id)
                if not word or matches(n, word)]
    ids = [n.id for n in networks]
    active = repo.active_members_of_networks(session, ids)
    waitlists = member_store.waitlists(session, ids)
    mine = store.memberships_in(session, ids, user_id)
    ranked = []
    for network in networks:
        members = active.get(network.id, [])
        participants = sum(1 for m in members if m.role == Role.PARTICIPANT)
        ranked.append((standing(network, mine.get(network.id), participants), participants,
                       network))
    ranked.sort(key=lambda r: (_ORDER.index(r[0]), r[2].name.casefold(), r[2].id))
    shown = ranked[:SHOWN]
    next_sessions = sessions_repo.next_meetings(session, [r[2].id for r in shown], now)
    listings = []
    for place, participants, network in shown:
        members = active.get(network.id, [])
        upcoming = next_sessions.get(network.id)
        listings.append(Listing(
            network, place, max(network.max_participants - participants, 0),
            len(waitlists.get(network.id, [])),
            [m.user_id for m in members if m.role == Role.FACILITATOR],
            upcoming.starts_at if upcoming is not None else None))
    return Directory(listings, len(ranked) - len(shown), word)


def listed_network(session: Session, network_id: int, team_id: str) -> Network:
    """A network picked from the directory; NotFound when it is gone or not listed for the
    person's workspace (a forged id)."""
    network = store.listed_network(session, network_id, team_id)
    if network is None:
        raise NotFound("error.no_network.listed")
    return network
