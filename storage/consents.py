"""Queries for consents and the introduction cards they allow; callers own the session."""

from collections.abc import Sequence

from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.models import Consent, ConsentKind, KickoffResponse, Membership, Network
from storage.networks import of_person


def open_consents(session: Session, network_id: int, user_id: str,
                  kind: ConsentKind) -> Sequence[Consent]:
    """The person's consents of this kind that were not withdrawn."""
    return session.exec(
        select(Consent).where(Consent.network_id == network_id, Consent.user_id == user_id,
                              Consent.kind == kind, col(Consent.withdrawn_at).is_(None))
        .order_by(col(Consent.id))
    ).all()


def consents_of(session: Session, network_id: int, user_id: str) -> Sequence[Consent]:
    return session.exec(
        select(Consent).where(Consent.network_id == network_id, Consent.user_id == user_id)
        .order_by(col(Consent.id))
    ).all()


def clear_intro_ts(session: Session, network_id: int, user_id: str, ts: str) -> None:
    """Forget the card `ts` once it is gone; a card posted since (another ts) is kept."""
    session.execute(
        update(KickoffResponse)
        .where(col(KickoffResponse.network_id) == network_id,
               col(KickoffResponse.user_id) == user_id, col(KickoffResponse.intro_ts) == ts)
        .values(intro_ts=None)
    )


def introduced_in(session: Session, team_id: str, user_id: str) -> Sequence[Network]:
    """The networks where the person (as seen from `team_id`) has consented to an
    introduction card, whatever their membership now is (also after leaving)."""
    return session.exec(
        select(Network)
        .join(KickoffResponse, col(KickoffResponse.network_id) == col(Network.id))
        .join(Membership, (col(Membership.network_id) == col(Network.id))
              & (col(Membership.user_id) == col(KickoffResponse.user_id)))
        .where(of_person(team_id, user_id), col(KickoffResponse.consent_intro).is_(True))
        .order_by(col(Network.id))
    ).all()
