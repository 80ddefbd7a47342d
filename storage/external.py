"""Queries about external input: the group's answer on a theme (asks), and guest experts
invited to a session."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.models import (
    EvaluationAnswer,
    EvaluationPoll,
    ExternalInputAsk,
    Meeting,
    MeetingStatus,
    SessionGuest,
)


def ask_for_poll(session: Session, poll_id: int) -> ExternalInputAsk | None:
    return session.exec(select(ExternalInputAsk)
                        .where(ExternalInputAsk.poll_id == poll_id)).first()


def ask_for_meeting(session: Session, meeting_id: int) -> ExternalInputAsk | None:
    return session.exec(select(ExternalInputAsk)
                        .where(ExternalInputAsk.meeting_id == meeting_id)).first()


def evaluation_answers(session: Session, meeting_id: int) -> list[str]:
    """The answers to the external-input question in the meeting's evaluation, as kept in
    its anonymous answer rows (in the order of their keys: no order of answering)."""
    polls = select(EvaluationPoll.id).where(EvaluationPoll.meeting_id == meeting_id)
    return [answer for answer in session.exec(
        select(EvaluationAnswer.external_input)
        .where(col(EvaluationAnswer.poll_id).in_(polls),
               col(EvaluationAnswer.external_input).is_not(None))
        .order_by(col(EvaluationAnswer.key))).all() if answer]


def asks_of_network(session: Session, network_id: int, limit: int = 10
                    ) -> Sequence[ExternalInputAsk]:
    """The network's asks, newest first."""
    return session.exec(select(ExternalInputAsk)
                        .where(ExternalInputAsk.network_id == network_id)
                        .order_by(col(ExternalInputAsk.asked_at).desc(),
                                  col(ExternalInputAsk.id).desc())
                        .limit(limit)).all()


def decided_between(session: Session, network_id: int, since: datetime,
                    until: datetime) -> Sequence[ExternalInputAsk]:
    """The network's asks whose outcome was recorded in [since, until), oldest first."""
    return session.exec(select(ExternalInputAsk)
                        .where(ExternalInputAsk.network_id == network_id,
                               col(ExternalInputAsk.decided_at) >= since,
                               col(ExternalInputAsk.decided_at) < until)
                        .order_by(col(ExternalInputAsk.decided_at))).all()


def get_guest(session: Session, guest_id: int) -> SessionGuest:
    guest = session.get(SessionGuest, guest_id)
    if guest is None:
        raise NotFound("external.error.guest_gone")
    return guest


def find_guest(session: Session, guest_id: int) -> SessionGuest | None:
    return session.get(SessionGuest, guest_id)


def delete_ask(session: Session, ask_id: int) -> None:
    session.execute(delete(ExternalInputAsk).where(col(ExternalInputAsk.id) == ask_id))


def drop_open_ask(session: Session, meeting_id: int) -> None:
    """The question a session's evaluation was to ask, not answered yet."""
    session.execute(delete(ExternalInputAsk).where(
        col(ExternalInputAsk.meeting_id) == meeting_id, col(ExternalInputAsk.outcome).is_(None)))


def guests_of_meeting(session: Session, meeting_id: int) -> Sequence[SessionGuest]:
    return session.exec(select(SessionGuest).where(SessionGuest.meeting_id == meeting_id)
                        .order_by(col(SessionGuest.id))).all()


def guests_of_meetings(session: Session, meeting_ids: Sequence[int]
                       ) -> dict[int, list[SessionGuest]]:
    grouped: dict[int, list[SessionGuest]] = {m: [] for m in meeting_ids}
    if not meeting_ids:
        return grouped
    for guest in session.exec(select(SessionGuest)
                              .where(col(SessionGuest.meeting_id).in_(meeting_ids))
                              .order_by(col(SessionGuest.id))).all():
        grouped.setdefault(guest.meeting_id, []).append(guest)
    return grouped


def slack_guest(session: Session, meeting_id: int, user_id: str) -> SessionGuest | None:
    return session.exec(select(SessionGuest).where(SessionGuest.meeting_id == meeting_id,
                                                   SessionGuest.user_id == user_id)).first()


def add_guest(session: Session, guest: SessionGuest) -> SessionGuest:
    session.add(guest)
    session.flush()
    return guest


def remove_guest(session: Session, guest: SessionGuest) -> None:
    session.execute(delete(SessionGuest).where(col(SessionGuest.id) == guest.id))


def upcoming_meetings(session: Session, network_id: int, now: object) -> Sequence[Meeting]:
    """Planned sessions still to start, soonest first."""
    return session.exec(select(Meeting).where(Meeting.network_id == network_id,
                                              Meeting.status == MeetingStatus.PLANNED,
                                              col(Meeting.starts_at) > now)
                        .order_by(col(Meeting.starts_at))).all()


def meetings_with_guests(session: Session, network_id: int, limit: int = 10
                         ) -> Sequence[Meeting]:
    """The network's planned sessions that have guests, newest first."""
    with_guests = select(SessionGuest.meeting_id).where(SessionGuest.network_id == network_id)
    return session.exec(select(Meeting).where(col(Meeting.id).in_(with_guests),
                                              Meeting.status == MeetingStatus.PLANNED)
                        .order_by(col(Meeting.starts_at).desc()).limit(limit)).all()


def slack_guests_of_network(session: Session, network_id: int) -> list[tuple[str, str]]:
    """Every Slack guest of the network's sessions: (their workspace, user id), once each."""
    rows = session.exec(select(SessionGuest.user_team_id, SessionGuest.team_id,
                               SessionGuest.user_id)
                        .where(SessionGuest.network_id == network_id,
                               col(SessionGuest.user_id).is_not(None))).all()
    return sorted({(own or team, user) for own, team, user in rows if user})


def delete_guests_of_network(session: Session, network_id: int) -> None:
    session.execute(delete(SessionGuest).where(col(SessionGuest.network_id) == network_id))


def delete_guest_rows_of(session: Session, user_id: str) -> list[int]:
    """Every guest invitation of this Slack user, wherever: deleted; their networks returned."""
    networks = list(session.exec(select(SessionGuest.network_id)
                                 .where(SessionGuest.user_id == user_id)).all())
    session.execute(delete(SessionGuest).where(col(SessionGuest.user_id) == user_id))
    return sorted(set(networks))
