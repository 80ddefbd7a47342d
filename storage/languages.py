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


def people_in_network(session: Session,
                      network_id: int) -> list[tuple[str, str, str, str | None]]:
    """Everyone who holds or held a place in the network, in one query: (user id, the
    network's workspace, their own workspace, the language they chose or None). A choice
    counts when made in the person's own workspace: a member from another workspace chose
    in theirs, and the same user id in any other workspace is someone else."""
    rows = session.exec(
        select(Membership.user_id, Membership.team_id, Membership.user_team_id,
               LanguageChoice.language)
        .outerjoin(LanguageChoice,
                   and_(col(LanguageChoice.user_id) == col(Membership.user_id),
                        col(LanguageChoice.team_id) == col(Membership.user_team_id)))
        .where(Membership.network_id == network_id)
    ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


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
    """The language of the network the person most recently became an active member of (in
    `team_id`'s networks, or as a person of `team_id` in a network shared with it)."""
    return session.exec(
        select(Network.language)
        .join(Membership, col(Membership.network_id) == col(Network.id))
        .where(of_person(team_id, user_id), Membership.status == MembershipStatus.ACTIVE)
        .order_by(col(Membership.status_changed_at).desc(), col(Membership.id).desc())
    ).first()
