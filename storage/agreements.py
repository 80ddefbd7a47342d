"""Queries about the group's agreements (afspraken) and who acknowledged which version."""

from collections.abc import Sequence

from sqlalchemy import and_, delete, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.models import Agreement, AgreementAck


def get_agreement(session: Session, agreement_id: int) -> Agreement:
    """The version with this id; NotFound when there is none (discarded, or a forged id)."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound("agreements.error.gone")
    return agreement


def current(session: Session, network_id: int) -> Agreement | None:
    """The version in force: the newest."""
    return session.exec(
        select(Agreement)
        .where(Agreement.network_id == network_id)
        .order_by(col(Agreement.version).desc())
    ).first()


def newest_posted(session: Session, network_id: int) -> Agreement | None:
    """The newest version whose message is in the channel."""
    return session.exec(
        select(Agreement)
        .where(Agreement.network_id == network_id, col(Agreement.channel_ts).is_not(None))
        .order_by(col(Agreement.version).desc())
    ).first()


def acked_user_ids(session: Session, agreement_id: int) -> Sequence[str]:
    return session.exec(
        select(AgreementAck.user_id)
        .where(AgreementAck.agreement_id == agreement_id)
        .order_by(col(AgreementAck.id))
    ).all()


def ack_of(session: Session, agreement_id: int, user_id: str) -> AgreementAck | None:
    return session.exec(
        select(AgreementAck).where(
            AgreementAck.agreement_id == agreement_id, AgreementAck.user_id == user_id
        )
    ).first()


def add_ack(session: Session, ack: AgreementAck) -> bool:
    """Insert unless this person already acknowledged this version (then False)."""
    try:
        with session.begin_nested():
            session.add(ack)
        return True
    except IntegrityError:
        return False


def delete_agreement(session: Session, agreement_id: int) -> None:
    """Remove a version saved a moment ago, with its acknowledgements (nothing else refers
    to it)."""
    session.execute(delete(AgreementAck).where(col(AgreementAck.agreement_id) == agreement_id))
    session.execute(delete(Agreement).where(col(Agreement.id) == agreement_id))


def current_of_networks(session: Session, network_ids: Sequence[int]) -> dict[int, Agreement]:
    """The version in force (the newest) of each of these networks, in one query."""
    if not network_ids:
        return {}
    newest = (
        select(col(Agreement.network_id).label("network_id"),
               func.max(Agreement.version).label("version"))
        .where(col(Agreement.network_id).in_(network_ids))
        .group_by(col(Agreement.network_id))
        .subquery()
    )
    rows = session.exec(
        select(Agreement).join(newest, and_(col(Agreement.network_id) == newest.c.network_id,
                                            col(Agreement.version) == newest.c.version))
    ).all()
    return {a.network_id: a for a in rows}


def acked_by(session: Session, agreement_ids: Sequence[int], user_id: str) -> set[int]:
    """Of these versions, the ones the person acknowledged."""
    if not agreement_ids:
        return set()
    return set(session.exec(
        select(AgreementAck.agreement_id).where(col(AgreementAck.agreement_id).in_(agreement_ids),
                                                AgreementAck.user_id == user_id)
    ).all())
