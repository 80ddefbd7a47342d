"""Queries for the kickoff questionnaire; callers own the session and transaction."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, func, select

from storage.models import (
    Delivery,
    DeliveryKind,
    KickoffResponse,
    Meeting,
    MeetingStatus,
)


def response(session: Session, network_id: int, user_id: str) -> KickoffResponse | None:
    return session.exec(
        select(KickoffResponse).where(
            KickoffResponse.network_id == network_id, KickoffResponse.user_id == user_id
        )
    ).first()


def existing_response(session: Session, network_id: int, user_id: str) -> KickoffResponse:
    """The answers a concurrent submission stored a moment ago (they must be there)."""
    row = response(session, network_id, user_id)
    if row is None:
        raise LookupError(f"no kickoff response of {user_id} in network {network_id}")
    return row


def responses(session: Session, network_id: int) -> Sequence[KickoffResponse]:
    return session.exec(
        select(KickoffResponse)
        .where(KickoffResponse.network_id == network_id)
        .order_by(col(KickoffResponse.submitted_at), col(KickoffResponse.id))
    ).all()


def first_meeting_start(session: Session, network_id: int) -> datetime | None:
    """The start of the network's earliest planned (not cancelled) session, past or future."""
    return session.exec(
        select(func.min(Meeting.starts_at)).where(
            Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED
        )
    ).one()


def kickoff_recipients(session: Session, network_id: int) -> set[str]:
    """Everyone a kickoff questionnaire delivery was made for in this network."""
    return set(session.exec(
        select(Delivery.target).where(
            Delivery.network_id == network_id, Delivery.kind == DeliveryKind.KICKOFF
        )
    ).all())


def networks_kicked_off_for(session: Session, network_ids: Sequence[int],
                            user_id: str) -> set[int]:
    """Of these networks, those where a kickoff questionnaire delivery was made for the person."""
    if not network_ids:
        return set()
    return {n for n in session.exec(
        select(Delivery.network_id).where(
            col(Delivery.network_id).in_(network_ids), Delivery.kind == DeliveryKind.KICKOFF,
            Delivery.target == user_id)
    ).all() if n is not None}


def networks_answered_by(session: Session, network_ids: Sequence[int], user_id: str) -> set[int]:
    """Of these networks, those whose questionnaire the person answered."""
    if not network_ids:
        return set()
    return set(session.exec(
        select(KickoffResponse.network_id).where(
            col(KickoffResponse.network_id).in_(network_ids), KickoffResponse.user_id == user_id)
    ).all())
