"""Queries about group votes (stemmingen): polls, their votes, and closing them once."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.models import Poll, PollStatus, PollVote


def lock_open(session: Session, poll_id: int, now: datetime) -> bool:
    """Take the poll's row lock if it is still open at `now`; False if it is closed.

    The no-op UPDATE makes a vote and the close serialise on the row (PostgreSQL) or the
    database (SQLite), so no vote slips in after the results were counted.
    """
    result = session.execute(
        update(Poll)
        .where(col(Poll.id) == poll_id, col(Poll.status) == PollStatus.OPEN,
               col(Poll.closes_at) > now)
        .values(status=PollStatus.OPEN)
    )
    return result.rowcount == 1


def mark_closed(session: Session, poll_id: int) -> bool:
    """Move an open poll to closed; True for the one caller that did it."""
    result = session.execute(
        update(Poll)
        .where(col(Poll.id) == poll_id, col(Poll.status) == PollStatus.OPEN)
        .values(status=PollStatus.CLOSED)
    )
    return result.rowcount == 1


def vote_of(session: Session, poll_id: int, user_id: str) -> PollVote | None:
    return session.exec(
        select(PollVote).where(PollVote.poll_id == poll_id, PollVote.user_id == user_id)
    ).first()


def votes(session: Session, poll_id: int) -> Sequence[PollVote]:
    return session.exec(
        select(PollVote).where(PollVote.poll_id == poll_id).order_by(col(PollVote.id))
    ).all()


def open_for_network(session: Session, network_id: int, now: datetime) -> Sequence[Poll]:
    """Polls that still take votes, soonest closing first."""
    return session.exec(
        select(Poll)
        .where(Poll.network_id == network_id, Poll.status == PollStatus.OPEN,
               Poll.closes_at > now)
        .order_by(col(Poll.closes_at))
    ).all()
