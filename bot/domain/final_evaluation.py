"""The final evaluation of a closing network (eindfase): what went well, what to repeat, the
learning forms liked more or less, the person's own learning questions, applying at work,
suggestions, and whether they would join again.

It keeps the anonymity rules of the per-session evaluation (bot/domain/evaluations.py): who
answered (`FinalSubmission`) and the answer (`FinalAnswer`, a random key, no time, no user id
unless the network is named) are written in two transactions; nothing but the number of
answers is shown while it is open; at the close the answers are written anew with new keys in
a random order, and released once to each facilitator only with at least `min_answers`
answers besides the reader's own.

The learning-question part is personal: each question answered is kept with the person
(`LearningQuestionAnswer`), shown to them, and given to facilitators counted ("7 of 9 fully
answered") only when `min_answers` people besides the reader assessed theirs, per person
only in a named network.
"""

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain.closing import Phase, phase
from bot.domain.digests import NETWORK_KINDS
from bot.domain.errors import BadInput, Conflict, DomainError, FieldErrors, Forbidden
from bot.domain.evaluations import OpenAnswer, Withheld
from bot.domain.meetings import LEARNING_FORMS
from storage import digests as digest_store
from storage import final_evaluation as store
from storage import kickoff as kickoff_store
from storage import networks as repo
from storage.models import (
    FinalAnswer,
    FinalSubmission,
    LearningQuestionAnswer,
    MembershipStatus,
    Network,
    answer_key,
    as_utc,
)

LIKED = ("more", "same", "less")
ANSWERED = ("fully", "partly", "not")
JOIN_AGAIN = ("yes", "maybe", "no")
OPEN_QUESTIONS = ("went_well", "repeat", "applied", "obstacles", "suggestions")
OPEN_LIMIT = 1000
COMMENT_LIMIT = 1000
# A modal holds 100 blocks: each question takes three; more than this are not asked.
MAX_QUESTIONS = 20


def is_open(network: Network, now: datetime) -> bool:
    return (phase(network) == Phase.CLOSING and network.final_evaluation_closes_at is not None
            and as_utc(network.final_evaluation_closes_at) > now)


def learning_forms(session: Session, network: Network) -> list[str]:
    """The learning forms the network used: its held sessions' forms, and intervision when
    members brought cases; the known forms first, in the plan form's order."""
    until = network.closing_started_at or datetime.now(UTC)
    used = store.used_forms(session, network.id, until)
    if store.had_cases(session, network.id, until):
        used.add("intervision")
    return [f for f in LEARNING_FORMS if f in used] + sorted(used - set(LEARNING_FORMS))


def own_questions(session: Session, network_id: int, user_id: str) -> list[str]:
    """The person's kickoff learning questions, one per line (at most MAX_QUESTIONS)."""
    response = kickoff_store.response(session, network_id, user_id)
    if response is None:
        return []
    lines = [line.strip() for line in response.learning_questions.splitlines()]
    return [line for line in lines if line][:MAX_QUESTIONS]


# --- sending ---------------------------------------------------------------------------------

def to_invite(session: Session, network: Network) -> list[str]:
    """Every active member, facilitators too, who has not had the invitation."""
    done = store.invited(session, network.id) | store.submitters(session, network.id)
    return [m.user_id for m in repo.active_members(session, network.id)
            if m.user_id not in done]


def non_respondents(session: Session, network: Network) -> list[str]:
    answered = store.submitters(session, network.id)
    return [m.user_id for m in repo.active_members(session, network.id)
            if m.user_id not in answered]


# --- answering -------------------------------------------------------------------------------

def ensure_may_answer(session: Session, network: Network, user_id: str, now: datetime) -> None:
    member = repo.membership(session, network.id, user_id)
    if member is None or member.status != MembershipStatus.ACTIVE:
        raise Forbidden("final.error.not_member")
    if not is_open(network, now):
        raise DomainError("final.error.closed")
    # A member who joined after it opened answers only if the invitation reached them: an
    # erased member let back in (their 'who answered' row gone) cannot answer twice.
    started = network.closing_started_at
    if (started is not None and as_utc(member.joined_at) > as_utc(started)
            and user_id not in store.invited(session, network.id)):
        raise Forbidden("final.error.not_asked")
    if user_id in store.submitters(session, network.id):
        raise Conflict("final.error.twice")


@dataclass(frozen=True)
class Form:
    network: Network
    forms: list[str]
    questions: list[str]


def form_for(session: Session, network: Network, user_id: str, now: datetime) -> Form:
    ensure_may_answer(session, network, user_id, now)
    return Form(network, learning_forms(session, network),
                own_questions(session, network.id, user_id))


@dataclass(frozen=True)
class FinalDraft:
    """The submitted modal: {block id: value} (forms as "form:<name>", questions as "lq<i>",
    their comments as "lqc<i>")."""

    values: dict[str, str | None]

    def validated(self, form: Form) -> tuple[FinalAnswer, list[tuple[int, str, str, str]]]:
        """The anonymous answer (not yet stored) and the learning questions answered
        (position, question, answered, comment); FieldErrors when a question is unanswered."""
        get = self.values.get
        errors: dict[str, DomainError] = {}
        texts = {}
        for name in OPEN_QUESTIONS:
            text = (get(name) or "").strip()
            if len(text) > OPEN_LIMIT:
                errors[name] = DomainError("error.too_long", limit=OPEN_LIMIT)
            texts[name] = text
        liked = []
        for name in form.forms:
            choice = get(f"form:{name}")
            if choice is not None and choice not in LIKED:
                raise BadInput()
            if choice:
                liked.append(f"{name}={choice}")
        join_again = get("join_again") or ""
        if join_again and join_again not in JOIN_AGAIN:
            raise BadInput()
        questions = []
        for position, question in enumerate(form.questions):
            answered = get(f"lq{position}")
            comment = (get(f"lqc{position}") or "").strip()
            if not answered:
                errors[f"lq{position}"] = DomainError("final.error.question_unanswered")
            elif answered not in ANSWERED:
                raise BadInput()
            if len(comment) > COMMENT_LIMIT:
                errors[f"lqc{position}"] = DomainError("error.too_long", limit=COMMENT_LIMIT)
            questions.append((position, question, answered or "", comment))
        if errors:
            raise FieldErrors(errors)
        answer = FinalAnswer(network_id=form.network.id, forms=",".join(liked),
                             join_again=join_again, **texts)
        return answer, questions


@dataclass(frozen=True)
class Registered:
    network: Network
    answer: FinalAnswer
    own: list[LearningQuestionAnswer]  # the person's learning questions, as they answered


def register(session: Session, network_id: int, user_id: str, draft: FinalDraft, *,
             now: datetime) -> Registered:
    """The first of an answer's two transactions: that this person answered (once), and
    their learning questions answered (kept with them). Flushed, not committed."""
    store.hold_open(session, network_id, now)
    network = repo.get_network(session, network_id)
    form = form_for(session, network, user_id, now)
    answer, questions = draft.validated(form)
    member = repo.membership(session, network.id, user_id)
    user_team = member.user_team_id if member is not None else ""
    try:
        with session.begin_nested():
            session.add(FinalSubmission(team_id=network.team_id, network_id=network.id,
                                        user_id=user_id, user_team_id=user_team))
    except IntegrityError:  # a double click: the first one counted
        raise Conflict("final.error.twice") from None
    own = [LearningQuestionAnswer(team_id=network.team_id, network_id=network.id,
                                  user_id=user_id, user_team_id=user_team, position=position,
                                  question=question, answered=answered, comment=comment)
           for position, question, answered, comment in questions]
    session.add_all(own)
    if network.evaluation_named:
        answer.named_user_id = user_id
    session.flush()
    return Registered(network, answer, own)


def store_answer(session: Session, network_id: int, answer: FinalAnswer, *,
                 now: datetime) -> None:
    """The second transaction: the answer itself, one inserted row with a random key;
    refused when the final evaluation closed in between."""
    if not store.hold_open(session, network_id, now):
        raise DomainError("final.error.closed")
    store.add_answer(session, answer)


# --- closing ---------------------------------------------------------------------------------

def close(session: Session, network: Network, now: datetime) -> bool:
    """Close the network (read-only from now on) and write the answers anew, with new keys in
    a random order; True for the one caller that did it."""
    if not store.mark_closed(session, network.id, now):
        return False
    # A closed network gets no more digests (its channel may be archived next).
    digest_store.drop_pending(session, network.id, NETWORK_KINDS)
    rows = list(store.answers(session, network.id))
    random.SystemRandom().shuffle(rows)
    store.replace_answers(session, network.id, [_copy(row) for row in rows])
    session.refresh(network)
    return True


def _copy(row: FinalAnswer) -> FinalAnswer:
    return FinalAnswer(key=answer_key(), network_id=row.network_id, went_well=row.went_well,
                       repeat=row.repeat, forms=row.forms, applied=row.applied,
                       obstacles=row.obstacles, suggestions=row.suggestions,
                       join_again=row.join_again, named_user_id=row.named_user_id)


# --- results ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuestionCounts:
    total: int = 0
    fully: int = 0
    partly: int = 0
    not_: int = 0


@dataclass(frozen=True)
class FinalResults:
    """The final evaluation as one reader may see it (the per-session release rule)."""

    answered: int
    asked: int
    withheld: Withheld | None
    min_answers: int
    named: bool
    forms: dict[str, Counter[str]] = field(default_factory=dict)
    join_again: Counter[str] = field(default_factory=Counter)
    open_answers: dict[str, list[OpenAnswer]] = field(default_factory=dict)
    questions: QuestionCounts = QuestionCounts()
    # Per person, in a named network only: (user id, question, answered, comment).
    named_questions: list[tuple[str, str, str, str]] = field(default_factory=list)
    # Anonymous, and too few people besides the reader assessed theirs: not counted.
    questions_withheld: bool = False

    @property
    def released(self) -> bool:
        return self.withheld is None


def response_rate(session: Session, network: Network) -> tuple[int, int]:
    """(answers, asked): the count only, which anyone may see while it is open."""
    submitters = store.submitters(session, network.id)
    answered = store.answer_count(session, network.id)
    members = {m.user_id for m in repo.active_members(session, network.id)}
    return answered, max(len(members | submitters), answered)


def _withheld(closed: bool, answered: int, own: bool, min_answers: int) -> Withheld | None:
    if not closed:
        return Withheld.OPEN
    if answered - (1 if own else 0) >= min_answers:
        return None
    return Withheld.TOO_FEW_BESIDES_YOU if own and answered >= min_answers else Withheld.TOO_FEW


def results(session: Session, network: Network, reader: str, *,
            min_answers: int) -> FinalResults:
    """The number of answers; from the close (and the threshold, without the reader's own
    answer) the forms liked, join again, open answers and learning questions answered."""
    submitters = store.submitters(session, network.id)
    answered = store.answer_count(session, network.id)
    members = {m.user_id for m in repo.active_members(session, network.id)}
    asked = max(len(members | submitters), answered)
    member = repo.membership(session, network.id, reader)
    started = network.closing_started_at
    own = reader in submitters or (member is not None and started is not None
                                   and as_utc(member.joined_at) > as_utc(started))
    withheld = _withheld(network.closed_at is not None, answered, own, min_answers)
    named = network.evaluation_named
    if withheld is not None:
        return FinalResults(answered, asked, withheld, min_answers, named)
    rows = store.answers(session, network.id)
    forms: dict[str, Counter[str]] = {}
    for row in rows:
        for pair in filter(None, row.forms.split(",")):
            name, _, choice = pair.partition("=")
            forms.setdefault(name, Counter())[choice] += 1
    join_again = Counter(row.join_again for row in rows if row.join_again)
    open_answers = {name: [OpenAnswer(getattr(row, name), row.named_user_id if named else None)
                           for row in rows if getattr(row, name)] for name in OPEN_QUESTIONS}
    personal = store.learning_answers(session, network.id)
    # Kept with the person, whose questions they are is known: in an anonymous network the
    # counts only over `min_answers` people besides the reader, never one person's own.
    people = {q.user_id for q in personal}
    withheld_questions = (not named and bool(people)
                          and len(people - {reader}) < min_answers)
    given = Counter(q.answered for q in personal)
    counts = (QuestionCounts() if withheld_questions else
              QuestionCounts(len(personal), given["fully"], given["partly"], given["not"]))
    named_questions = ([(q.user_id, q.question, q.answered, q.comment) for q in personal]
                       if named else [])
    return FinalResults(answered, asked, None, min_answers, named, forms, join_again,
                        open_answers, counts, named_questions, withheld_questions)
