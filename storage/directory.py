"""Queries of the network directory (`/leernet netwerken`): which networks a person may find,
and their standing in them. Callers own the session and transaction."""

from collections.abc import Sequence

from sqlalchemy import ColumnElement, literal, or_
from sqlmodel import Session, col, select

from storage.models import Membership, Network


def listed_for(team_id: str) -> ColumnElement[bool]:
    """The networks a person of workspace `team_id` may find and ask to join.

    The one place that decides it: the networks of their own workspace, and those whose
    channel is shared with it over Slack Connect (`Network.shared_team_ids` is a
    comma-separated list, so the team is looked for between commas)."""
    shared = literal(",") + col(Network.shared_team_ids) + literal(",")
    return or_(col(Network.team_id) == team_id,
               shared.contains(f",{team_id},", autoescape=True))


def listed_networks(session: Session, team_id: str) -> Sequence[Network]:
    """Every network listed for the workspace, by name."""
    return session.exec(
        select(Network).where(listed_for(team_id)).order_by(col(Network.name), col(Network.id))
    ).all()


def listed_network(session: Session, network_id: int, team_id: str) -> Network | None:
    """The network with this id if it is listed for the workspace (else None)."""
    return session.exec(
        select(Network).where(col(Network.id) == network_id, listed_for(team_id))
    ).first()


def memberships_in(session: Session, network_ids: Sequence[int],
                   user_id: str) -> dict[int, Membership]:
    """The person's membership (in any status) of each of these networks, in one query."""
    if not network_ids:
        return {}
    rows = session.exec(select(Membership).where(
        col(Membership.network_id).in_(network_ids), Membership.user_id == user_id)).all()
    return {m.network_id: m for m in rows}
