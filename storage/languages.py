"""The languages people chose and the languages of their networks. Callers own the session."""

from datetime import datetime

from sqlalchemy import and_, delete
from sqlmodel import Session, col, select

from storage.models import LanguageChoice, Membership, MembershipStatus, Network
from storage.networks import of_person


def chosen(session: Session, team_id: str, user_id: str) -> str | None:
    return session.exec(
        select(LanguageChoice.language).where(LanguageChoice.team_id == team_id,
                                              LanguageChoice.user_id == user_id)
    ).first()


def chosen_in_network(session: Session, network_id: int) -> dict[str, str]:
    """The choices of everyone who holds or held a place in the network, in one query (each
    made in the person's own workspace: a member from another workspace chose in theirs, and
    the same user id in any other workspace is someone else)."""
    rows = session.exec(
        select(LanguageChoice.user_id, LanguageChoice.language)
        .join(Membership, and_(col(Membership.user_id) == col(LanguageChoice.user_id),
                               col(Membership.user_team_id) == col(LanguageChoice.team_id)))
        .where(Membership.network_id == network_id)
    ).all()
    return dict(rows)


def choose(session: Session, team_id: str, user_id: str, language: str, now: datetime) -> None:
    row = session.exec(
        select(LanguageChoice).where(LanguageChoice.team_id == team_id,
                                     LanguageChoice.user_id == user_id)
    ).first()
    if row is None:
        session.add(LanguageChoice(team_id=team_id, user_id=user_id, language=language,
                                   chosen_at=now))
    else:
        row.language, row.chosen_at = language, now
        session.add(row)
    session.flush()


def forget(session: Session, team_id: str, user_id: str) -> None:
    session.execute(delete(LanguageChoice).where(col(LanguageChoice.team_id) == team_id,
                                                 col(LanguageChoice.user_id) == user_id))


def of_network(session: Session, network_id: int) -> str | None:
    return session.exec(select(Network.language).where(Network.id == network_id)).first()


def in_channel(session: Session, team_id: str, channel_id: str) -> str | None:
    return session.exec(
        select(Network.language).where(Network.team_id == team_id,
                                       Network.channel_id == channel_id)
    ).first()


def of_latest_network(session: Session, team_id: str, user_id: str) -> str | None:
    """The language of the network the person most recently became an active member of."""
    return session.exec(
        select(Network.language)
        .join(Membership, col(Membership.network_id) == col(Network.id))
        .where(of_person(team_id, user_id), Membership.status == MembershipStatus.ACTIVE)
        .order_by(col(Membership.status_changed_at).desc(), col(Membership.id).desc())
    ).first()
