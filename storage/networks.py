"""Networks and their members: finding, loading (or NotFound) and listing. Callers own the
session and transaction."""

from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, delete, or_
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from bot.domain.identity import ensure_may_act, ensure_own
from storage.models import (
    Delivery,
    Membership,
    MembershipStatus,
    Network,
    Role,
)


def network_by_channel(session: Session, team_id: str, channel_id: str) -> Network | None:
    """The network living in this channel, whichever workspace started it (a Slack Connect
    channel has one id in every workspace it is shared with; the own workspace's first).
    Refused when the person acting is from a workspace the channel is not shared with."""
    network = session.exec(
        select(Network).where(Network.channel_id == channel_id)
        .order_by(col(Network.team_id) != team_id, col(Network.id))
    ).first()
    if network is not None:
        ensure_may_act(network)
    return network


def membership(session: Session, network_id: int, user_id: str) -> Membership | None:
    """The user's membership of the network. Refused when the person acting has this user
    id but another workspace than the membership's (bot.domain.identity)."""
    member = session.exec(
        select(Membership).where(
            Membership.network_id == network_id, Membership.user_id == user_id
        )
    ).first()
    if member is not None:
        ensure_own(member)
    return member


def active_members(session: Session, network_id: int) -> Sequence[Membership]:
    return session.exec(
        select(Membership)
        .where(
            Membership.network_id == network_id,
            Membership.status == MembershipStatus.ACTIVE,
        )
        .order_by(col(Membership.id))
    ).all()


def of_person(team_id: str, user_id: str) -> ColumnElement[bool]:
    """The memberships of the person `user_id` as seen from workspace `team_id`: in its own
    networks, or anywhere when it is the person's own workspace (a Slack Connect member
    opening Home, or typing a command, where the app is installed too)."""
    return and_(or_(col(Membership.team_id) == team_id, col(Membership.user_team_id) == team_id),
                col(Membership.user_id) == user_id)


def memberships_of_user(session: Session, team_id: str, user_id: str) -> Sequence[Membership]:
    return session.exec(
        select(Membership)
        .where(
            of_person(team_id, user_id),
            Membership.status == MembershipStatus.ACTIVE,
        )
        .order_by(col(Membership.id))
    ).all()


def holdings_of_user(session: Session, team_id: str, user_id: str) -> Sequence[Membership]:
    """Where a person is active, waitlisted or waiting for approval: in `team_id`'s networks,
    and, for a person of `team_id`, in networks of other workspaces that share their channel
    with it (Slack Connect)."""
    return session.exec(
        select(Membership)
        .where(
            of_person(team_id, user_id),
            col(Membership.status).in_((MembershipStatus.ACTIVE, MembershipStatus.WAITLISTED,
                                        MembershipStatus.PENDING)),
        )
        .order_by(col(Membership.id))
    ).all()


def get_network(session: Session, network_id: int) -> Network:
    """The network with this id; NotFound when there is none (deleted, or a forged id),
    Forbidden for a person from a workspace its channel is not shared with."""
    network = session.get(Network, network_id)
    if network is None:
        raise NotFound("error.no_network")
    ensure_may_act(network)
    return network


def network_in_channel(session: Session, team_id: str, channel_id: str) -> Network:
    """The network that lives in this channel; NotFound when none does."""
    network = network_by_channel(session, team_id, channel_id)
    if network is None:
        raise NotFound("error.no_network")
    return network


def facilitators(session: Session, network_id: int) -> list[str]:
    """User ids of the active facilitators, in the order they joined."""
    return [m.user_id for m in active_members(session, network_id) if m.role == Role.FACILITATOR]


def delete_new_network(session: Session, network_id: int) -> None:
    """Remove a network created a moment ago, with its first membership and its retention
    check (nothing else exists yet: no session, answer or receipt refers to it)."""
    session.execute(delete(Membership).where(col(Membership.network_id) == network_id))
    session.execute(delete(Delivery).where(col(Delivery.network_id) == network_id))
    session.execute(delete(Network).where(col(Network.id) == network_id))


def networks_by_id(session: Session, network_ids: Sequence[int]) -> dict[int, Network]:
    """These networks in one query, by id (ids of deleted networks are left out)."""
    if not network_ids:
        return {}
    rows = session.exec(select(Network).where(col(Network.id).in_(set(network_ids)))).all()
    return {n.id: n for n in rows if n.id is not None}


def active_members_of_networks(session: Session,
                               network_ids: Sequence[int]) -> dict[int, list[Membership]]:
    """Each network's active members (in joining order), in one query."""
    grouped: dict[int, list[Membership]] = {n: [] for n in network_ids}
    if not network_ids:
        return grouped
    for member in session.exec(
        select(Membership)
        .where(col(Membership.network_id).in_(network_ids),
               Membership.status == MembershipStatus.ACTIVE)
        .order_by(col(Membership.id))
    ).all():
        grouped.setdefault(member.network_id, []).append(member)
    return grouped
