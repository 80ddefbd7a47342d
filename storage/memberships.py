"""Queries for the roster of a network: the roster lock, the participant count, the waitlist,
everyone holding a place, and one membership by id. Callers own the session and transaction."""

from collections.abc import Sequence

from sqlalchemy import update
from sqlmodel import Session, col, func, select

from storage.models import Membership, MembershipStatus, Network, Role

# States in which a person holds (or waits for) a place; everything else can start again.
HOLDING = (MembershipStatus.ACTIVE, MembershipStatus.WAITLISTED, MembershipStatus.PENDING)


def lock_roster(session: Session, network_id: int) -> None:
    """Bump the network's roster version: on PostgreSQL a row lock held until the commit, on
    SQLite the write lock. Must be the transaction's first statement."""
    session.execute(update(Network).where(col(Network.id) == network_id)
                    .values(roster_version=Network.roster_version + 1))


def participant_count(session: Session, network_id: int) -> int:
    return session.exec(select(func.count()).select_from(Membership).where(
        Membership.network_id == network_id, Membership.role == Role.PARTICIPANT,
        Membership.status == MembershipStatus.ACTIVE)).one()


def waitlist(session: Session, network_id: int) -> Sequence[Membership]:
    """The waitlist, first come first served."""
    return session.exec(select(Membership).where(
        Membership.network_id == network_id, Membership.status == MembershipStatus.WAITLISTED,
    ).order_by(col(Membership.status_changed_at), col(Membership.id))).all()


def holding(session: Session, network_id: int) -> Sequence[Membership]:
    """Everyone holding or waiting for a place, in the order they got there."""
    return session.exec(select(Membership).where(
        Membership.network_id == network_id, col(Membership.status).in_(HOLDING),
    ).order_by(col(Membership.status_changed_at), col(Membership.id))).all()


def own_teams(session: Session, team_id: str, user_ids: Sequence[str]) -> dict[str, str]:
    """The own workspace of those of `user_ids` who are members from another workspace than
    `team_id` (Slack Connect) in any of its networks, in one query."""
    rows = session.exec(select(Membership.user_id, Membership.user_team_id).where(
        Membership.team_id == team_id, col(Membership.user_id).in_(user_ids),
        Membership.user_team_id != "", col(Membership.user_team_id) != team_id,
    )).all()
    return dict(rows)


def get_membership(session: Session, membership_id: int) -> Membership | None:
    return session.get(Membership, membership_id)


def waitlists(session: Session, network_ids: Sequence[int]) -> dict[int, list[Membership]]:
    """The waitlists of these networks (first come first served), in one query."""
    grouped: dict[int, list[Membership]] = {n: [] for n in network_ids}
    if not network_ids:
        return grouped
    for member in session.exec(select(Membership).where(
        col(Membership.network_id).in_(network_ids),
        Membership.status == MembershipStatus.WAITLISTED,
    ).order_by(col(Membership.status_changed_at), col(Membership.id))).all():
        grouped.setdefault(member.network_id, []).append(member)
    return grouped
