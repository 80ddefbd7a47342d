"""Queries the domain needs, one function each; callers own the session and transaction."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import (
    Meeting,
    MeetingStatus,
    Membership,
    MembershipStatus,
    Network,
    Rsvp,
)


def network_by_channel(session: Session, team_id: str, channel_id: str) -> Network | None:
    return session.exec(
        select(Network).where(Network.team_id == team_id, Network.channel_id == channel_id)
    ).first()


def membership(session: Session, network_id: int, user_id: str) -> Membership | None:
    return session.exec(
        select(Membership).where(
            Membership.network_id == network_id, Membership.user_id == user_id
        )
    ).first()


def active_members(session: Session, network_id: int) -> Sequence[Membership]:
    return session.exec(
        select(Membership)
        .where(
            Membership.network_id == network_id,
            Membership.status == MembershipStatus.ACTIVE,
        )
        .order_by(col(Membership.id))
    ).all()


def memberships_of_user(session: Session, team_id: str, user_id: str) -> Sequence[Membership]:
    return session.exec(
        select(Membership)
        .where(
            Membership.team_id == team_id,
            Membership.user_id == user_id,
            Membership.status == MembershipStatus.ACTIVE,
        )
        .order_by(col(Membership.id))
    ).all()


def holdings_of_user(session: Session, team_id: str, user_id: str) -> Sequence[Membership]:
    """Where a person is active, waitlisted or waiting for approval."""
    return session.exec(
        select(Membership)
        .where(
            Membership.team_id == team_id,
            Membership.user_id == user_id,
            col(Membership.status).in_((MembershipStatus.ACTIVE, MembershipStatus.WAITLISTED,
                                        MembershipStatus.PENDING)),
        )
        .order_by(col(Membership.id))
    ).all()


def next_meeting(session: Session, network_id: int, now: datetime) -> Meeting | None:
    return session.exec(
        select(Meeting)
        .where(
            Meeting.network_id == network_id,
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at > now,
        )
        .order_by(col(Meeting.starts_at))
    ).first()


def rsvp(session: Session, meeting_id: int, user_id: str) -> Rsvp | None:
    return session.exec(
        select(Rsvp).where(Rsvp.meeting_id == meeting_id, Rsvp.user_id == user_id)
    ).first()
