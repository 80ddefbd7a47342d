"""Queries about group votes (stemmingen): polls, their votes, and closing them once."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.database import affected_rows
from storage.models import Delivery, Network, Poll, PollStatus, PollVote


def get_poll(session: Session, poll_id: int) -> Poll:
    """The poll with this id; NotFound when there is none (deleted, or a forged id)."""
    poll = session.get(Poll, poll_id)
    if poll is None:
        raise NotFound("poll.error.gone")
    return poll


def next_number(session: Session, network_id: int) -> int:
    """The number of the network's next poll, taken under a lock on the network's row.

    The no-op UPDATE makes two polls created at once in one network wait for each other
    (PostgreSQL: the row lock; SQLite: the database lock) until the first commits, so they
    cannot both read the same maximum; the unique (network_id, number) is the backstop.
    """
    session.execute(update(Network).where(col(Network.id) == network_id)
                    .values(team_id=Network.team_id))
    highest = session.exec(select(func.max(Poll.number))
                           .where(Poll.network_id == network_id)).one()
    return (highest or 0) + 1


def by_number(session: Session, network_id: int, number: int) -> Poll | None:
    return session.exec(select(Poll).where(Poll.network_id == network_id,
                                           Poll.number == number)).first()


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
    return affected_rows(result) == 1


def mark_closed(session: Session, poll_id: int) -> bool:
    """Move an open poll to closed; True for the one caller that did it."""
    result = session.execute(
        update(Poll)
        .where(col(Poll.id) == poll_id, col(Poll.status) == PollStatus.OPEN)
        .values(status=PollStatus.CLOSED)
    )
    return affected_rows(result) == 1


def mark_open(session: Session, poll_id: int) -> bool:
    """Move a closed poll back to open (a close whose results nobody saw); True if it did."""
    result = session.execute(
        update(Poll)
        .where(col(Poll.id) == poll_id, col(Poll.status) == PollStatus.CLOSED)
        .values(status=PollStatus.OPEN)
    )
    return affected_rows(result) == 1


def delete_new_poll(session: Session, poll_id: int) -> None:
    """Remove a poll created a moment ago whose message was never posted, with its close
    delivery (and any vote a forged click managed to cast)."""
    session.execute(delete(PollVote).where(col(PollVote.poll_id) == poll_id))
    session.execute(delete(Delivery).where(col(Delivery.poll_id) == poll_id))
    session.execute(delete(Poll).where(col(Poll.id) == poll_id))


def vote_of(session: Session, poll_id: int, user_id: str) -> PollVote | None:
    return session.exec(
        select(PollVote).where(PollVote.poll_id == poll_id, PollVote.user_id == user_id)
    ).first()


def votes(session: Session, poll_id: int) -> Sequence[PollVote]:
    return session.exec(
        select(PollVote).where(PollVote.poll_id == poll_id).order_by(col(PollVote.id))
    ).all()


def open_for_network(session: Session, network_id: int, now: datetime) -> Sequence[Poll]:
    """Polls that still take votes, soonest closing first; only those posted in the channel
    (a poll is stored a moment before its message is posted, and dropped if Slack refuses)."""
    return session.exec(
        select(Poll)
        .where(Poll.network_id == network_id, Poll.status == PollStatus.OPEN,
               Poll.closes_at > now, col(Poll.channel_ts).is_not(None))
        .order_by(col(Poll.closes_at))
    ).all()


def open_for_networks(session: Session, network_ids: Sequence[int],
                      now: datetime) -> dict[int, list[Poll]]:
    """`open_for_network` for several networks in one query."""
    grouped: dict[int, list[Poll]] = {n: [] for n in network_ids}
    if not network_ids:
        return grouped
    for poll in session.exec(
        select(Poll)
        .where(col(Poll.network_id).in_(network_ids), Poll.status == PollStatus.OPEN,
               Poll.closes_at > now, col(Poll.channel_ts).is_not(None))
        .order_by(col(Poll.closes_at))
    ).all():
        grouped.setdefault(poll.network_id, []).append(poll)
    return grouped


def votes_of_user(session: Session, poll_ids: Sequence[int], user_id: str) -> dict[int, int]:
    """The option the person chose in each of these polls they voted in, by poll id."""
    if not poll_ids:
        return {}
    return {vote.poll_id: vote.option_index for vote in session.exec(
        select(PollVote).where(col(PollVote.poll_id).in_(poll_ids), PollVote.user_id == user_id)
    ).all()}
