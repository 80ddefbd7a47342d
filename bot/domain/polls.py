"""Group votes (stemmingen): one vote per active member, changeable until the poll closes."""

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain import schedule
from bot.domain.errors import DomainError, FieldErrors, NotFound
from bot.domain.meetings import local_to_utc
from bot.domain.networks import ensure_facilitator, ensure_member
from storage import networks as members_repo
from storage import polls as repo
from storage.models import Delivery, DeliveryKind, Network, Poll, PollStatus, PollVote, utcnow
from storage.networks import get_network

MIN_OPTIONS, MAX_OPTIONS = 2, 10
MAX_QUESTION = 300
MAX_OPTION = 75  # Slack's limit for a button's text: each option is a button
MAX_OPEN = timedelta(days=60)


def close_key(poll_id: int) -> str:
    return f"poll-close:{poll_id}"


def options_of(poll: Poll) -> list[str]:
    return json.loads(poll.options_json)


@dataclass(frozen=True)
class PollDraft:
    """The vote form as typed: options one per line, the close moment from the pickers."""

    question: str | None
    options: str | None
    closes_date: str | None
    closes_time: str | None

    def validated(self, timezone: str, now: datetime) -> tuple[str, list[str], datetime]:
        """(question, options, closes_at in UTC); raises FieldErrors naming each wrong field."""
        errors: dict[str, DomainError] = {}
        question = (self.question or "").strip()
        if not question:
            errors["question"] = DomainError("network.error.blank")
        elif len(question) > MAX_QUESTION:
            errors["question"] = DomainError("agreements.error.too_long", limit=MAX_QUESTION)
        options = [line.strip() for line in (self.options or "").splitlines() if line.strip()]
        if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
            errors["options"] = DomainError("poll.error.option_count", low=MIN_OPTIONS,
                                            high=MAX_OPTIONS, count=len(options))
        elif any(len(o) > MAX_OPTION for o in options):
            errors["options"] = DomainError("poll.error.option_long", limit=MAX_OPTION)
        elif len({o.casefold() for o in options}) != len(options):
            errors["options"] = DomainError("poll.error.option_twice")
        closes_at = None
        try:
            closes_at = self._closes_at(timezone, now)
        except FieldErrors as exc:
            errors.update(exc.errors)
        if errors:
            raise FieldErrors(errors)
        assert closes_at is not None
        return question, options, closes_at

    def _closes_at(self, timezone: str, now: datetime) -> datetime:
        try:
            day = date.fromisoformat(self.closes_date or "")
        except ValueError:
            raise FieldErrors({"closes_date": DomainError("network.error.blank")}) from None
        try:
            clock = time.fromisoformat(self.closes_time or "")
        except ValueError:
            raise FieldErrors({"closes_time": DomainError("network.error.blank")}) from None
        try:
            closes_at = local_to_utc(day, clock, ZoneInfo(timezone))
        except FieldErrors:
            raise FieldErrors({"closes_time": DomainError("plan.error.nonexistent_time")}) \
                from None
        if closes_at <= now:
            field = "closes_date" if day < now.astimezone(ZoneInfo(timezone)).date() \
                else "closes_time"
            raise FieldErrors({field: DomainError("plan.error.past")})
        if closes_at - now > MAX_OPEN:
            raise FieldErrors({"closes_date": DomainError("poll.error.too_far",
                                                          days=MAX_OPEN.days)})
        return closes_at


def create(session: Session, network: Network, draft: PollDraft, *, user_id: str,
           now: datetime) -> tuple[Poll, Delivery]:
    """Store the poll and the delivery that closes it (flushed, not committed)."""
    ensure_facilitator(session, network, user_id)
    question, options, closes_at = draft.validated(network.timezone, now)
    poll = Poll(team_id=network.team_id, network_id=network.id,
                number=repo.next_number(session, network.id), question=question,
                options_json=json.dumps(options, ensure_ascii=False), closes_at=closes_at,
                created_by=user_id, created_at=now)
    session.add(poll)
    session.flush()
    delivery = Delivery(team_id=network.team_id, key=close_key(poll.id),
                        kind=DeliveryKind.POLL_CLOSE, run_at=closes_at, network_id=network.id,
                        poll_id=poll.id, target=schedule.TARGET_MEMBERS)
    session.add(delivery)
    session.flush()
    return poll, delivery


def vote(session: Session, poll_id: int, option_index: int, user_id: str, *,
         now: datetime) -> tuple[Network, Poll]:
    """Store or change a member's vote while the poll is open."""
    if not repo.lock_open(session, poll_id, now):
        repo.get_poll(session, poll_id)  # NotFound when there is no such poll
        raise DomainError("poll.error.closed")
    poll = repo.get_poll(session, poll_id)
    network = get_network(session, poll.network_id)
    ensure_member(session, network, user_id)
    if not 0 <= option_index < len(options_of(poll)):
        raise NotFound("poll.error.gone")
    existing = repo.vote_of(session, poll_id, user_id)
    if existing is None:
        try:
            with session.begin_nested():
                session.add(PollVote(team_id=network.team_id, poll_id=poll_id, user_id=user_id,
                                     option_index=option_index, voted_at=now))
            return network, poll
        except IntegrityError:  # a double click of the same person, both first votes
            existing = repo.vote_of(session, poll_id, user_id)
            assert existing is not None  # the other click's vote is what collided
    existing.option_index = option_index
    existing.voted_at = now
    session.flush()
    return network, poll


def vote_count(session: Session, poll: Poll) -> int:
    return len(repo.votes(session, poll.id))


@dataclass(frozen=True)
class Tally:
    """A closed poll's outcome: (option, votes) ranked, the winners, and the turnout."""

    ranked: list[tuple[str, int]]
    winners: list[str]
    voters: int
    members: int


def tally(session: Session, poll: Poll) -> Tally:
    options = options_of(poll)
    counts = [0] * len(options)
    for cast in repo.votes(session, poll.id):
        counts[cast.option_index] += 1
    ranked = sorted(zip(options, counts, strict=True), key=lambda pair: -pair[1])
    top = ranked[0][1]
    winners = [option for option, count in ranked if count == top] if top else []
    members = len(members_repo.active_members(session, poll.network_id))
    return Tally(ranked, winners, sum(counts), members)


def close(session: Session, poll_id: int) -> tuple[Network, Poll, Tally] | None:
    """Close an open poll and count it; None when it was closed already (a second close)."""
    if not repo.mark_closed(session, poll_id):
        return None
    poll = repo.get_poll(session, poll_id)
    session.refresh(poll)
    # A vote asking whether the group wants external input records its outcome on the
    # network (bot/domain/external.py builds on this module, hence the late import).
    from bot.domain import external
    external.record_poll(session, poll, now=utcnow())
    return get_network(session, poll.network_id), poll, tally(session, poll)


def ensure_closable(session: Session, network: Network, number: int, user_id: str) -> Poll:
    """A facilitator may close an open poll of their own network early (by its number)."""
    ensure_facilitator(session, network, user_id)
    poll = repo.by_number(session, network.id, number)
    if poll is None:
        raise NotFound("poll.error.gone")
    if poll.status != PollStatus.OPEN:
        raise DomainError("poll.error.closed")
    return poll
