"""The evaluation after every session: who is asked, anonymous answers, when results are
released, what they show, and the trend against earlier sessions.

Anonymity is kept in the data, not only in what is shown. `EvaluationSubmission` records who
answered (no double answers, reminders), in its own transaction; the answer is an
`EvaluationAnswer` row inserted in a second one, with a random key, no time and (unless the poll
is named) no user id. At the close every answer is written anew in one transaction, with new
keys in a random order, so neither row positions nor transaction numbers replay the order in
which people answered. Submission first: a crash between the two loses that one answer (the
person counts as having answered) rather than letting anyone answer twice.

Release rule (what a reader can learn cannot single out a person):
- Nothing but the number of answers while the poll is open: a reader who looks before and
  after someone answers cannot subtract the two.
- At the close, results are released once and never change: answers after it are refused.
- Only when at least `min_answers` answers came from people other than the reader (a
  facilitator who answered counts their own out).
- The average is always shown. The spread is shown as a coarse word (close together / far
  apart, from the standard deviation) and only from `DETAIL_MIN_OTHERS` answers besides the
  reader's: an exact deviation next to the mean pins small groups' scores down.
- The lowest and highest score are shown only then too, and only when each was given by at
  least `EXTREME_MIN_SHARE` people, so that even a reader who sets their own answer aside
  knows at least two others who gave it: an extreme never points at one person.
- Open answers are shown at the close, in the random order of the new keys.
- The trend compares closed polls only, each as it was released (it cannot change any more).
"""

import random
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain import apply_at_work, external, schedule
from bot.domain.attendance import attendees, was_there
from bot.domain.errors import Conflict, DomainError, FieldErrors, Forbidden, NotFound
from bot.domain.meetings import ends_at
from bot.domain.networks import ensure_facilitator
from bot.text import whole_number
from storage import deliveries as queue
from storage import evaluations as store
from storage import networks as repo
from storage import sessions as sessions_repo
from storage.models import (
    ApplyCommitment,
    Attendance,
    Delivery,
    DeliveryKind,
    EvaluationAnswer,
    EvaluationPoll,
    EvaluationSubmission,
    Meeting,
    MembershipStatus,
    Network,
    PollStatus,
    Rsvp,
    answer_key,
    as_utc,
)

SCALES = ("relevance", "learning", "facilitation", "atmosphere")
OPEN_QUESTIONS = ("keep", "change")
SCALE_VALUES = range(1, 6)
OPEN_LIMIT = 1000
APPLY_LIMIT = 1000
# A close that comes this little before the poll's own closing time closes it anyway (the
# scheduled close and the poll's clock start a few seconds apart).
CLOSE_GRACE = timedelta(minutes=10)
TREND_SESSIONS = 3
# Earlier polls looked at for the trend (those too small to release to the reader are skipped).
TREND_CANDIDATES = 12
# Spread, lowest and highest only from this many answers besides the reader's.
DETAIL_MIN_OTHERS = 5
# A lowest or highest score is shown only when at least this many people gave it.
EXTREME_MIN_SHARE = 3
# A population standard deviation from this on reads as "far apart".
WIDE_SPREAD = 1.0


# --- the answer ------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvaluationDraft:
    """The evaluation as filled in: scale choices and texts as Slack sends them."""

    relevance: str | None = None
    learning: str | None = None
    facilitation: str | None = None
    atmosphere: str | None = None
    keep: str | None = None
    change: str | None = None
    apply_text: str | None = None
    apply_by: str | None = None
    # The question whether the group wants external input (bot/domain/external.py), when
    # the facilitator put it in this evaluation: yes, no, maybe or none.
    external_input: str | None = None

    def validated(self, today: date) -> "Answer":
        """The clean answer; raises FieldErrors naming each field that is wrong."""
        errors: dict[str, DomainError] = {}
        scales: dict[str, int] = {}
        for name in SCALES:
            raw = (getattr(self, name) or "").strip()
            if whole_number(raw) not in SCALE_VALUES:
                errors[name] = DomainError("evaluation.error.scale")
            else:
                scales[name] = int(raw)
        texts = {name: (getattr(self, name) or "").strip() for name in OPEN_QUESTIONS}
        for name, text in texts.items():
            if len(text) > OPEN_LIMIT:
                errors[name] = DomainError("evaluation.error.too_long", limit=OPEN_LIMIT)
        apply_text = (self.apply_text or "").strip()
        if len(apply_text) > APPLY_LIMIT:
            errors["apply_text"] = DomainError("evaluation.error.too_long", limit=APPLY_LIMIT)
        by: date | None = None
        if self.apply_by:
            try:
                by = date.fromisoformat(self.apply_by)
            except ValueError:
                errors["apply_by"] = DomainError("evaluation.error.date")
            else:
                if by < today:
                    errors["apply_by"] = DomainError("evaluation.error.date_past")
                elif not apply_text:
                    errors["apply_text"] = DomainError("evaluation.error.apply_missing")
        try:
            external_input = external.clean_answer(self.external_input)
        except FieldErrors as exc:
            errors.update(exc.errors)
            external_input = None
        if errors:
            raise FieldErrors(errors)
        return Answer(scales, texts["keep"], texts["change"], apply_text, by, external_input)


@dataclass(frozen=True)
class Answer:
    scales: dict[str, int]
    keep: str
    change: str
    apply_text: str
    apply_by: date | None
    external_input: str | None = None  # kept in the anonymous answer row, like the rest


# --- who is asked ----------------------------------------------------------------------------

def is_open(poll: EvaluationPoll, now: datetime) -> bool:
    return poll.status == PollStatus.OPEN and poll.closes_at > now


def open_poll(session: Session, network: Network, meeting: Meeting, *, now: datetime,
              open_for: timedelta) -> EvaluationPoll:
    """The meeting's evaluation poll, created now (named as the network is) if not there."""
    poll = store.poll_for_meeting(session, meeting.id)
    if poll is not None:
        return poll
    poll = EvaluationPoll(team_id=network.team_id, meeting_id=meeting.id,
                          named=network.evaluation_named, opened_at=now,
                          closes_at=now + open_for)
    try:
        with session.begin_nested():
            session.add(poll)
    except IntegrityError:  # opened at the same moment by the scheduler or a facilitator
        return store.meeting_poll(session, meeting.id)
    return poll


def close_delivery(session: Session, network: Network, meeting: Meeting,
                   poll: EvaluationPoll) -> Delivery | None:
    """A close at the poll's own closing time (None if one is queued already)."""
    key = schedule.meeting_key(DeliveryKind.EVALUATION_CLOSE, meeting,
                               f":at:{int(poll.closes_at.timestamp())}")
    return queue.add(session, Delivery(
        team_id=network.team_id, key=key, kind=DeliveryKind.EVALUATION_CLOSE,
        run_at=poll.closes_at, network_id=network.id, meeting_id=meeting.id,
        target=schedule.TARGET_MEMBERS))


def askable(session: Session, meeting: Meeting) -> set[str]:
    """Who may answer: whoever was there, and whoever the invitation already reached."""
    return set(attendees(session, meeting)) | store.invited(session, meeting.id)


def to_invite(session: Session, poll: EvaluationPoll, meeting: Meeting) -> list[str]:
    """Attendees who have not had the invitation and have not answered, in roster order."""
    done = store.invited(session, meeting.id) | store.submitters(session, poll.id)
    return [u for u in attendees(session, meeting) if u not in done]


def non_respondents(session: Session, poll: EvaluationPoll, meeting: Meeting) -> list[str]:
    answered = store.submitters(session, poll.id)
    return sorted(u for u in askable(session, meeting) if u not in answered)


def ensure_may_answer(session: Session, poll: EvaluationPoll | None, meeting: Meeting,
                      user_id: str, now: datetime) -> EvaluationPoll:
    """Raises the reason a person cannot answer this evaluation now."""
    if poll is None:
        raise DomainError("evaluation.error.not_yet")
    member = repo.membership(session, meeting.network_id, user_id)
    if member is None or member.status != MembershipStatus.ACTIVE:
        raise Forbidden("evaluation.error.not_member")
    if not is_open(poll, now):
        raise DomainError("evaluation.error.closed")
    invited = store.invited(session, meeting.id)
    if user_id not in set(attendees(session, meeting)) | invited:
        raise Forbidden("evaluation.error.not_attended")
    # Someone who joined after the poll opened was not there, unless it reached them. Without
    # RSVPs every active member counts as there: an erased member let back in (their 'who
    # answered' row gone) would otherwise answer a second time.
    if as_utc(member.joined_at) > as_utc(poll.opened_at) and user_id not in invited:
        raise Forbidden("evaluation.error.not_attended")
    if user_id in store.submitters(session, poll.id):
        raise Conflict("evaluation.error.twice")
    return poll


def form_for(session: Session, poll_id: int, user_id: str,
             now: datetime) -> tuple[Network, Meeting, EvaluationPoll]:
    """What the evaluation modal needs, if this person may answer now."""
    poll = store.get_poll(session, poll_id)
    network, meeting = sessions_repo.network_and_meeting(session, poll.meeting_id)
    ensure_may_answer(session, poll, meeting, user_id, now)
    return network, meeting, poll


@dataclass(frozen=True)
class Submitted:
    network: Network
    meeting: Meeting
    poll: EvaluationPoll
    answer: Answer
    commitment: ApplyCommitment | None


def register(session: Session, poll_id: int, user_id: str, draft: EvaluationDraft, *,
             now: datetime) -> Submitted:
    """The first of an answer's two transactions: that this person answered (once), and what
    they will apply at work (kept with their name). Flushed, not committed."""
    # Held open until the commit (a close waits); when it is not open, the checks say why.
    store.hold_open(session, poll_id, now)
    poll = store.get_poll(session, poll_id)
    network, meeting = sessions_repo.network_and_meeting(session, poll.meeting_id)
    ensure_may_answer(session, poll, meeting, user_id, now)
    answer = draft.validated(now.astimezone(ZoneInfo(network.timezone)).date())
    try:
        with session.begin_nested():
            session.add(EvaluationSubmission(team_id=poll.team_id, poll_id=poll.id,
                                             user_id=user_id))
    except IntegrityError:  # a double click: the first one counted
        raise Conflict("evaluation.error.twice") from None
    commitment = None
    if answer.apply_text:
        commitment = apply_at_work.commit(session, meeting, user_id, answer.apply_text,
                                          answer.apply_by)
    session.flush()
    return Submitted(network, meeting, poll, answer, commitment)


def store_answer(session: Session, poll: EvaluationPoll, user_id: str, answer: Answer, *,
                 now: datetime) -> None:
    """The second transaction: the answer itself, one inserted row with a random key and no
    user id (unless the poll is named); refused when the poll closed in between."""
    if not store.hold_open(session, poll.id, now):
        raise DomainError("evaluation.error.closed")
    scales = answer.scales
    store.add_answer(session, EvaluationAnswer(
        poll_id=poll.id, relevance=scales["relevance"], learning=scales["learning"],
        facilitation=scales["facilitation"], atmosphere=scales["atmosphere"],
        keep=answer.keep, change=answer.change, named_user_id=user_id if poll.named else None,
        external_input=answer.external_input))


# --- closing ---------------------------------------------------------------------------------

class CloseStep(StrEnum):
    """What a due close should do with the poll."""

    CLOSE = "close"
    LATER = "later"  # the poll was opened late and runs longer: close at its own time
    NOTHING = "nothing"


def close_step(poll: EvaluationPoll | None, now: datetime) -> CloseStep:
    if poll is None or poll.summary_sent_at is not None:
        return CloseStep.NOTHING
    if poll.status == PollStatus.OPEN and poll.closes_at > now + CLOSE_GRACE:
        return CloseStep.LATER
    return CloseStep.CLOSE


def close(session: Session, poll: EvaluationPoll) -> None:
    """Stop taking answers (a second close changes nothing), and write the answers anew in
    one transaction, with new random keys in a random order: what row positions and
    transaction numbers kept of the order people answered in is gone (after the VACUUM or
    checkpoint that follows the commit)."""
    if store.mark_closed(session, poll.id):
        rows = list(store.answers(session, poll.id))
        random.SystemRandom().shuffle(rows)
        store.replace_answers(session, poll.id, [_copy(row) for row in rows])
    session.refresh(poll)


def _copy(row: EvaluationAnswer) -> EvaluationAnswer:
    return EvaluationAnswer(key=answer_key(), poll_id=row.poll_id, relevance=row.relevance,
                            learning=row.learning, facilitation=row.facilitation,
                            atmosphere=row.atmosphere, keep=row.keep, change=row.change,
                            named_user_id=row.named_user_id,
                            external_input=row.external_input)


def mark_summary_sent(session: Session, poll_id: int, now: datetime) -> None:
    poll = store.get_poll(session, poll_id)
    poll.summary_sent_at = now
    session.add(poll)


# --- results ---------------------------------------------------------------------------------

class Spread(StrEnum):
    CLOSE = "close"
    WIDE = "wide"


@dataclass(frozen=True)
class ScaleResult:
    mean: float
    spread: Spread | None = None  # None: too few answers to show it
    low: int | None = None  # None: hidden (see the release rule)
    high: int | None = None
    previous: list[float] = field(default_factory=list)  # earlier sessions, newest first

    @property
    def delta(self) -> float | None:
        return round(self.mean - self.previous[0], 1) if self.previous else None


def scale_result(values: Sequence[int], others: int,
                 previous: Sequence[float] = ()) -> ScaleResult:
    """The average, and the spread and extremes only where the release rule allows them."""
    mean = round(statistics.fmean(values), 1)
    if others < DETAIL_MIN_OTHERS:
        return ScaleResult(mean, previous=list(previous))
    spread = Spread.WIDE if statistics.pstdev(values) >= WIDE_SPREAD else Spread.CLOSE
    given = Counter(values)
    low, high = min(values), max(values)
    if given[low] < EXTREME_MIN_SHARE or given[high] < EXTREME_MIN_SHARE:
        return ScaleResult(mean, spread, previous=list(previous))
    return ScaleResult(mean, spread, low, high, list(previous))


@dataclass(frozen=True)
class OpenAnswer:
    text: str
    user_id: str | None = None  # only in a named poll


class Withheld(StrEnum):
    """Why a reader sees only the number of answers."""

    OPEN = "open"  # results come at the close
    TOO_FEW = "too_few"
    TOO_FEW_BESIDES_YOU = "too_few_besides_you"  # enough with the reader's own, not without


@dataclass(frozen=True)
class Results:
    """An evaluation as one facilitator may see it (see the release rule above)."""

    answered: int
    asked: int
    withheld: Withheld | None
    min_answers: int
    named: bool
    closed: bool
    scales: dict[str, ScaleResult] = field(default_factory=dict)
    open_answers: dict[str, list[OpenAnswer]] = field(default_factory=dict)
    previous_sessions: int = 0

    @property
    def released(self) -> bool:
        return self.withheld is None

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.asked) if self.asked else 0


def _withheld(poll: EvaluationPoll, answered: int, own: bool,
              min_answers: int) -> Withheld | None:
    if poll.status != PollStatus.CLOSED:
        return Withheld.OPEN
    if answered - (1 if own else 0) >= min_answers:
        return None
    return Withheld.TOO_FEW_BESIDES_YOU if own and answered >= min_answers else Withheld.TOO_FEW


def _may_have_answered(poll: EvaluationPoll, answered: set[int],
                       joined_at: datetime | None) -> bool:
    """Whether the reader's own answer may be among the poll's: they answered, or their
    membership began after the poll opened. An erasure takes the 'who answered' row with it,
    so someone who erased their data and came back is not known to have answered; counting
    one answer out for every newcomer keeps their own answer from pinning down the others."""
    return poll.id in answered or (joined_at is not None and as_utc(joined_at) > as_utc(
        poll.opened_at))


def _joined(session: Session, meeting: Meeting, reader: str) -> datetime | None:
    member = repo.membership(session, meeting.network_id, reader)
    return member.joined_at if member is not None else None


def _averages(rows: Sequence[EvaluationAnswer]) -> dict[str, float]:
    return {name: round(statistics.fmean(getattr(a, name) for a in rows), 1)
            for name in SCALES}


def _trend(session: Session, meeting: Meeting, reader: str,
           min_answers: int) -> list[dict[str, float]]:
    """The averages of the latest earlier closed polls released to this reader, newest first."""
    earlier = store.earlier_closed(session, meeting.network_id, meeting.starts_at,
                                   TREND_CANDIDATES)
    ids = [p.id for p in earlier]
    counts = store.answer_counts(session, ids)
    own = store.polls_answered_by(session, ids, reader)
    joined = _joined(session, meeting, reader)
    shown = [p for p in earlier
             if _withheld(p, counts[p.id], _may_have_answered(p, own, joined),
                          min_answers) is None][:TREND_SESSIONS]
    return [_averages(store.answers(session, p.id)) for p in shown]


def results(session: Session, poll: EvaluationPoll, meeting: Meeting, reader: str, *,
            min_answers: int) -> Results:
    """The evaluation as `reader` may see it: the number of answers, and from the close (and
    the threshold, without the reader's own answer) averages, spread and open answers."""
    submitters = store.submitters(session, poll.id)
    answered = store.answer_counts(session, [poll.id])[poll.id]
    # An erased person's answer stays while they are no longer among those asked.
    asked = max(len(askable(session, meeting) | submitters), answered)
    closed = poll.status == PollStatus.CLOSED
    own = _may_have_answered(poll, {poll.id} if reader in submitters else set(),
                             _joined(session, meeting, reader))
    withheld = _withheld(poll, answered, own, min_answers)
    if withheld is not None:
        return Results(answered=answered, asked=asked, withheld=withheld,
                       min_answers=min_answers, named=poll.named, closed=closed)
    rows = store.answers(session, poll.id)
    others = answered - (1 if own else 0)
    previous = _trend(session, meeting, reader, min_answers)
    scales = {name: scale_result([getattr(a, name) for a in rows], others,
                                 [p[name] for p in previous]) for name in SCALES}
    # In the order of the keys drawn at the close: the same random order at every reading.
    open_answers = {name: [OpenAnswer(getattr(a, name), a.named_user_id if poll.named else None)
                           for a in rows if getattr(a, name)] for name in OPEN_QUESTIONS}
    return Results(answered=answered, asked=asked, withheld=None, min_answers=min_answers,
                   named=poll.named, closed=closed, scales=scales, open_answers=open_answers,
                   previous_sessions=len(previous))


# --- `/leernet evaluatie` ----------------------------------------------------------------------

def latest_session(session: Session, network: Network, now: datetime) -> Meeting:
    meeting = store.latest_started_meeting(session, network.id, now)
    if meeting is None:
        raise NotFound("evaluation.error.no_session")
    return meeting


def opens_at(network: Network, meeting: Meeting) -> datetime:
    """When the scheduled evaluation of a session opens (a delay after its end)."""
    return ends_at(meeting) + timedelta(seconds=network.evaluation_delay_seconds)


def send_now(session: Session, network: Network, meeting: Meeting, *, now: datetime,
             open_for: timedelta) -> tuple[EvaluationPoll, int, list[Delivery]]:
    """Open the poll now and queue its invitation (due now) and its close: the poll, how many
    attendees it will go to, and the deliveries queued (to wake the scheduler for)."""
    poll = open_poll(session, network, meeting, now=now, open_for=open_for)
    count = len(to_invite(session, poll, meeting))
    invite = queue.add(session, Delivery(
        team_id=network.team_id,
        key=schedule.meeting_key(DeliveryKind.EVALUATION, meeting, ":now"),
        kind=DeliveryKind.EVALUATION, run_at=now, network_id=network.id,
        meeting_id=meeting.id, target=schedule.TARGET_MEMBERS))
    close = close_delivery(session, network, meeting, poll)
    return poll, count, [d for d in (invite, close) if d is not None]


def set_named(session: Session, network: Network, user_id: str, named: bool) -> None:
    """Switch named evaluations on or off; Conflict when it already was so."""
    ensure_facilitator(session, network, user_id)
    if network.evaluation_named == named:
        raise Conflict("evaluation.named.already.on" if named
                       else "evaluation.named.already.off", network=network.name)
    network.evaluation_named = named
    session.add(network)
    session.flush()


def undo_named(session: Session, network: Network, named: bool) -> None:
    """Take back a switch to `named` the channel could not be told of (unless someone has
    switched again meanwhile)."""
    if network.evaluation_named == named:
        network.evaluation_named = not named
        session.add(network)
        session.flush()


def open_for_user(session: Session, team_id: str, user_id: str,
                  now: datetime) -> list[tuple[Network, Meeting, EvaluationPoll]]:
    """Evaluations this person can still answer (for the Home tab)."""
    ids = [m.network_id for m in repo.memberships_of_user(session, team_id, user_id)]
    networks = repo.networks_by_id(session, ids)
    return open_in_networks(session, [networks[i] for i in ids], user_id, now)


def open_in_networks(session: Session, networks: Sequence[Network], user_id: str,
                     now: datetime) -> list[tuple[Network, Meeting, EvaluationPoll]]:
    """Evaluations this person can still answer in these networks, where they are active.
    Loaded in bulk: one query per kind of row, however many networks."""
    latest = sessions_repo.latest_started_meetings(session, [n.id for n in networks], now)
    meeting_ids = [m.id for m in latest.values()]
    polls = store.polls_for_meetings(session, meeting_ids)
    open_polls = {m: p for m, p in polls.items() if is_open(p, now)}
    if not open_polls:
        return []
    asked = list(open_polls)
    confirmed = _by_meeting(sessions_repo.attendance_of_meetings(session, asked))
    rsvps = _by_meeting(sessions_repo.rsvps_of_meetings(session, asked))
    invited = store.meetings_invited_to(session, asked, user_id)
    joined = {network_id: member.joined_at
              for network_id, members in repo.active_members_of_networks(
                  session, [n.id for n in networks]).items()
              for member in members if member.user_id == user_id}
    answered = store.polls_answered_by(session, [p.id for p in open_polls.values()], user_id)
    found = []
    for network in networks:
        meeting = latest.get(network.id)
        poll = open_polls.get(meeting.id) if meeting is not None else None
        if meeting is None or poll is None or poll.id in answered:
            continue
        if network.id not in joined:
            continue
        there = was_there(user_id, joined[network.id], meeting, confirmed.get(meeting.id, []),
                          rsvps.get(meeting.id, []))
        if there or meeting.id in invited:
            found.append((network, meeting, poll))
    return found


def _by_meeting(rows: Sequence[Attendance] | Sequence[Rsvp]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.meeting_id, []).append(row)
    return grouped
