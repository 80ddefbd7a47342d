"""The kickoff questionnaire (bevraging): who gets it, when it closes, answers and synthesis."""

from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain import introductions, schedule
from bot.domain.errors import DomainError, FieldErrors
from bot.domain.meetings import LEARNING_FORMS
from bot.domain.networks import ensure_member
from storage import deliveries as queue
from storage import kickoff as store
from storage import networks as repo
from storage.models import Delivery, DeliveryKind, KickoffResponse, Network

# The longest answer each field takes (the columns' sizes).
LIMITS = {
    "organisation": 120,
    "job_role": 200,
    "expertise": 1000,
    "brings": 1000,
    "learning_questions": 2000,
    "expectations": 2000,
    "experiences": 2000,
}
MAX_TOPICS = 20
AGENDA_LIMIT = 3000


def reminder_key(network_id: int) -> str:
    return f"kickoff-reminder:{network_id}"


@dataclass(frozen=True)
class KickoffDraft:
    """The questionnaire as a member filled it in, before validation."""

    organisation: str | None = None
    job_role: str | None = None
    expertise: str | None = None
    brings: str | None = None
    learning_questions: str | None = None
    expectations: str | None = None
    experiences: str | None = None
    preferred_forms: tuple[str, ...] = ()
    consent_intro: bool = False

    def validated(self) -> "KickoffDraft":
        """Trimmed copy; raises FieldErrors naming each field that is wrong."""
        texts = {name: (getattr(self, name) or "").strip() for name in LIMITS}
        errors: dict[str, DomainError] = {}
        if not texts["organisation"]:
            errors["organisation"] = DomainError("kickoff.error.organisation")
        for name, limit in LIMITS.items():
            if len(texts[name]) > limit:
                errors[name] = DomainError("kickoff.error.too_long", limit=limit)
        if any(form not in LEARNING_FORMS for form in self.preferred_forms):
            errors["preferred_forms"] = DomainError("kickoff.error.form")
        if errors:
            raise FieldErrors(errors)
        forms = tuple(f for f in LEARNING_FORMS if f in self.preferred_forms)
        return KickoffDraft(**texts, preferred_forms=forms, consent_intro=self.consent_intro)


# --- when the questionnaire takes answers ---------------------------------------------------

def closes_at(session: Session, network: Network) -> datetime | None:
    """The set closing time, else the start of the first planned session (None: not yet known)."""
    if network.kickoff_closes_at is not None:
        return network.kickoff_closes_at
    return store.first_meeting_start(session, network.id)


def is_open(session: Session, network: Network, now: datetime) -> bool:
    closing = closes_at(session, network)
    return closing is None or now < closing


def ensure_open(session: Session, network: Network, now: datetime) -> None:
    if not is_open(session, network, now):
        raise DomainError("kickoff.error.closed", name=network.name)


# --- sending ---------------------------------------------------------------------------------

def schedule_kickoff(session: Session, network: Network, user_id: str,
                     now: datetime) -> Delivery | None:
    """Queue the questionnaire DM for one member, once; None if they had it or it is closed."""
    if not is_open(session, network, now):
        return None
    return queue.add(session, Delivery(
        team_id=network.team_id,
        key=schedule.kickoff_key(network.id, user_id),
        kind=DeliveryKind.KICKOFF,
        run_at=now,
        network_id=network.id,
        target=user_id,
    ))


@dataclass(frozen=True)
class KickoffRun:
    """What `/leernet kickoff` (or sending to latecomers) queued."""

    sent: list[Delivery]
    reminder: Delivery | None = None


def send_kickoff(session: Session, network: Network, now: datetime,
                 reminder_delay: timedelta) -> KickoffRun:
    """Send the questionnaire to every active member who has none yet, with one reminder."""
    ensure_open(session, network, now)
    sent = send_to_latecomers(session, network, now)
    reminder = queue.add(session, Delivery(
        team_id=network.team_id,
        key=reminder_key(network.id),
        kind=DeliveryKind.KICKOFF_REMINDER,
        run_at=now + reminder_delay,
        network_id=network.id,
        target=schedule.TARGET_MEMBERS,
    ))
    if network.kickoff_sent_at is None:
        network.kickoff_sent_at = now
        session.add(network)
    session.flush()
    return KickoffRun(sent, reminder)


def send_to_latecomers(session: Session, network: Network, now: datetime) -> list[Delivery]:
    """Queue the questionnaire for each active member who has not had it yet."""
    ensure_open(session, network, now)
    had_it = store.kickoff_recipients(session, network.id)
    queued = []
    for member in repo.active_members(session, network.id):
        if member.user_id not in had_it:
            delivery = schedule_kickoff(session, network, member.user_id, now)
            if delivery is not None:
                queued.append(delivery)
    return queued


def missing_recipients(session: Session, network: Network) -> list[str]:
    """Active members who joined after the kickoff went out and never had it."""
    had_it = store.kickoff_recipients(session, network.id)
    return [m.user_id for m in repo.active_members(session, network.id)
            if m.user_id not in had_it]


def non_respondents(session: Session, network: Network) -> list[str]:
    answered = {r.user_id for r in store.responses(session, network.id)}
    return [m.user_id for m in repo.active_members(session, network.id)
            if m.user_id not in answered]


# --- answering -------------------------------------------------------------------------------

class IntroChange(StrEnum):
    """What the introduction card in the channel needs after an answer (a withdrawn one
    leaves by a delivery: bot.domain.introductions)."""

    POST = "post"
    UPDATE = "update"
    NONE = "none"


def intro_change(response: KickoffResponse) -> IntroChange:
    if response.consent_intro:
        return IntroChange.UPDATE if response.intro_ts else IntroChange.POST
    return IntroChange.NONE


def ensure_may_answer(session: Session, network: Network, user_id: str,
                      now: datetime) -> None:
    """Only an active member answers, and only while the questionnaire is open."""
    ensure_member(session, network, user_id)
    ensure_open(session, network, now)


def own_response(session: Session, network: Network,
                 user_id: str) -> KickoffResponse | None:
    """The person's answers; a same user id of another workspace is someone else."""
    repo.membership(session, network.id, user_id)  # refuses that other person
    return store.response(session, network.id, user_id)


@dataclass(frozen=True)
class ConsentText:
    """The consent to the introduction card exactly as the modal showed it."""

    text: str
    lang: str


@dataclass(frozen=True)
class SavedResponse:
    response: KickoffResponse
    withdrawal: introductions.Withdrawal | None  # consent taken back in this answer


def save_response(session: Session, network: Network, user_id: str, draft: KickoffDraft,
                  now: datetime, consent: ConsentText) -> SavedResponse:
    """Store (or replace) a member's answers while the questionnaire is open; a consent
    given is recorded with its text, one taken back is withdrawn (the card's deletion
    queued)."""
    member = ensure_member(session, network, user_id)
    ensure_open(session, network, now)
    clean = draft.validated()
    answers = {f.name: getattr(clean, f.name) for f in fields(clean)}
    answers["preferred_forms"] = ",".join(clean.preferred_forms)
    row = store.response(session, network.id, user_id)
    if row is None:
        row = KickoffResponse(team_id=network.team_id, network_id=network.id, user_id=user_id,
                              submitted_at=now, **answers)
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:  # a double click stored the first answer a moment ago
            row = store.existing_response(session, network.id, user_id)
    for name, value in answers.items():
        setattr(row, name, value)
    row.updated_at = now
    member.organisation = clean.organisation
    session.add_all([row, member])
    session.flush()
    withdrawal = None
    if clean.consent_intro:
        introductions.give(session, network, user_id, consent.text, consent.lang, now)
    else:
        withdrawal = introductions.withdraw(session, network, user_id, now)
    session.flush()
    return SavedResponse(row, withdrawal)


def set_intro_ts(session: Session, network_id: int, user_id: str, ts: str | None) -> None:
    row = store.response(session, network_id, user_id)
    if row is not None:
        row.intro_ts = ts
        session.add(row)


def forms_of(response: KickoffResponse) -> list[str]:
    return [f for f in response.preferred_forms.split(",") if f]


# --- synthesis -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    user_id: str
    text: str


@dataclass(frozen=True)
class Synthesis:
    """What facilitators learn from the questionnaire, for the group's planning."""

    answered: int
    members: int
    learning_questions: list[Answer] = field(default_factory=list)
    expectations: list[Answer] = field(default_factory=list)
    experiences: list[Answer] = field(default_factory=list)
    forms: list[tuple[str, int]] = field(default_factory=list)  # most preferred first
    closes_at: datetime | None = None


def synthesis(session: Session, network: Network) -> Synthesis:
    """Answers of the current active members; learning forms ranked by how many prefer them."""
    members = {m.user_id for m in repo.active_members(session, network.id)}
    rows = [r for r in store.responses(session, network.id) if r.user_id in members]

    def gathered(name: str) -> list[Answer]:
        return [Answer(r.user_id, getattr(r, name)) for r in rows if getattr(r, name)]

    counts = Counter(form for r in rows for form in forms_of(r))
    order = {form: i for i, form in enumerate(LEARNING_FORMS)}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], order.get(item[0], 99)))
    return Synthesis(
        answered=len(rows),
        members=len(members),
        learning_questions=gathered("learning_questions"),
        expectations=gathered("expectations"),
        experiences=gathered("experiences"),
        forms=ranked,
        closes_at=closes_at(session, network),
    )


def planning_topics(session: Session, network: Network) -> list[str]:
    """Learning questions and experiences as one line each, deduplicated, at most 20."""
    result = synthesis(session, network)
    topics: list[str] = []
    seen: set[str] = set()
    for answer in result.learning_questions + result.experiences:
        for line in answer.text.splitlines():
            topic = line.strip().lstrip("-•*").strip()
            if topic and topic.casefold() not in seen:
                seen.add(topic.casefold())
                topics.append(topic)
    return topics[:MAX_TOPICS]


def agenda_with_topics(agenda: str | None, topics: list[str]) -> str:
    """The agenda as typed, followed by the chosen topics, within the agenda's size."""
    lines = [(agenda or "").strip()] + [f"• {topic}" for topic in topics]
    return "\n".join(line for line in lines if line)[:AGENDA_LIMIT]
