"""Intervision (intervisie) as a method: a member's case run through the phases of a known
method, with a case-bringer, a process lead and a timekeeper.

The phases and their names follow published Dutch descriptions (checked on 2026-11-29 with the
excerpts our search tool holds; the books themselves could not be read here):

- The incident method (*incidentmethode*), J. Hendriksen, *Intervisie bij werkproblemen*
  (2000): ten rounds in the book (choosing the incident, sketching it, noting questions, the
  information round, analysis, written positions, the positions, what the case-bringer did,
  discussion, evaluation), as summarised by eenmeesterinleren.nl ("De 10 stappen van
  intervisie", 2025) and fotoscholing.nl ("Incidentmethode": inbreng casus, informatieve
  vragen, analyse, adviesronde, evaluatie). We run the five the issue names, in that order:
  inbreng van het incident, informatieve vragen, analyse, advies, reflectie van de inbrenger.
- The Balint method (*Balintmethode*), after Michael Balint's groups of doctors (1950s), as
  Movisie describes it ("De Balint-methode voor intervisie", 2019, after intervisie.nl:
  casus toelichten, associëren, beeldvorming, oordelen, oordeelsvorming in de groep zonder
  reactie van de inbrenger, besluitvorming, evaluatie) and with the "roddelfase" of the
  variant Dutch groups call *roddelmethode* (unik-tc.nl: "respectvol roddelen", the group
  talks as if the case-bringer is not there while they listen). Five phases here: casus
  toelichten, beeldvorming, roddelfase, besluitvorming, evaluatie.

Time boxes are the defaults of those descriptions (10-20 minutes a phase); the process lead
may change them when assigning the roles."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.domain.errors import DomainError, FieldErrors
from bot.domain.schedule import TARGET_MEMBERS
from storage.models import (
    AgendaContribution,
    AgendaKind,
    Delivery,
    DeliveryKind,
    Intervision,
    IntervisionMethod,
    Meeting,
    MeetingStatus,
    Network,
)

MAX_ENTRY = 1000
MAX_TAKEAWAY = 2000
MAX_MINUTES = 120
# A case can be run until this long after its session's planned end (sessions run late).
RUN_AFTER_END = timedelta(hours=6)
ERASE_GRACE = timedelta(hours=1)


class Actor(StrEnum):
    """Who acts in a phase."""

    CASE_BRINGER = "case_bringer"
    GROUP = "group"
    PROCESS_LEAD = "process_lead"


class Gathers(StrEnum):
    """What a phase collects in the thread."""

    QUESTION = "question"
    ADVICE = "advice"


@dataclass(frozen=True)
class Phase:
    key: str  # catalog: intervision.phase.<method>.<key> (name) and .<key>.how
    actor: Actor
    minutes: int
    gathers: Gathers | None = None


PHASES: dict[IntervisionMethod, tuple[Phase, ...]] = {
    IntervisionMethod.INCIDENT: (
        Phase("inbreng", Actor.CASE_BRINGER, 10),
        Phase("vragen", Actor.GROUP, 15, Gathers.QUESTION),
        Phase("analyse", Actor.GROUP, 15),
        Phase("advies", Actor.GROUP, 15, Gathers.ADVICE),
        Phase("reflectie", Actor.CASE_BRINGER, 10),
    ),
    IntervisionMethod.BALINT: (
        Phase("casus", Actor.CASE_BRINGER, 10),
        Phase("beeldvorming", Actor.GROUP, 15, Gathers.QUESTION),
        Phase("roddel", Actor.GROUP, 20, Gathers.ADVICE),
        Phase("besluit", Actor.CASE_BRINGER, 10),
        Phase("evaluatie", Actor.PROCESS_LEAD, 5),
    ),
}

# The phase in which the case-bringer records what they take away: where they answer the group.
TAKEAWAY_PHASE: dict[IntervisionMethod, str] = {
    IntervisionMethod.INCIDENT: "reflectie",
    IntervisionMethod.BALINT: "besluit",
}


def method_of(value: str | None) -> IntervisionMethod:
    if value not in set(IntervisionMethod):
        raise DomainError("intervision.error.method")
    return IntervisionMethod(value)


def phases(method: IntervisionMethod | str) -> tuple[Phase, ...]:
    return PHASES[IntervisionMethod(method)]


def default_minutes(method: IntervisionMethod) -> list[int]:
    return [phase.minutes for phase in phases(method)]


def minutes_of(run: Intervision) -> list[int]:
    return [int(m) for m in run.minutes.split(",")]


def current(run: Intervision) -> Phase:
    return phases(run.method)[run.phase]


def is_last(run: Intervision) -> bool:
    return run.phase == len(phases(run.method)) - 1


def takeaway_open(run: Intervision) -> bool:
    """The case-bringer may record their takeaway from its phase on, also after the end."""
    keys = [phase.key for phase in phases(run.method)]
    return run.phase >= keys.index(TAKEAWAY_PHASE[IntervisionMethod(run.method)])


def ensure_case(contribution: AgendaContribution) -> None:
    if contribution.kind != AgendaKind.CASE:
        raise DomainError("intervision.error.not_a_case")
    if contribution.erased_at is not None:
        raise DomainError("intervision.error.erased")


def runnable(meeting: Meeting, now: datetime) -> bool:
    """A case is run at its session (or before it, to prepare): until a while after its end."""
    end = meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
    return meeting.status == MeetingStatus.PLANNED and now <= end + RUN_AFTER_END


def ensure_runnable(meeting: Meeting, now: datetime) -> None:
    if not runnable(meeting, now):
        raise DomainError("intervision.error.session_over")


@dataclass(frozen=True)
class Roles:
    """The roles as the modal assigns them (Slack user ids) and the time boxes as typed."""

    case_bringer: str | None
    process_lead: str | None
    timekeeper: str | None
    minutes: list[str | None]


def validated(roles: Roles, method: IntervisionMethod) -> tuple[str, str, str | None, str]:
    """Case-bringer, process lead, timekeeper and the time boxes as stored; FieldErrors at the
    fields the modal names (`case_bringer`, `process_lead`, `minutes_<i>`)."""
    errors: dict[str, DomainError] = {}
    if not roles.case_bringer:
        errors["case_bringer"] = DomainError("network.error.blank")
    if not roles.process_lead:
        errors["process_lead"] = DomainError("network.error.blank")
    boxes: list[int] = []
    for index, (typed, phase) in enumerate(zip(roles.minutes, phases(method), strict=False)):
        value = (typed or "").strip()
        if not value:
            boxes.append(phase.minutes)
        elif value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_MINUTES:
            boxes.append(int(value))
        else:
            errors[f"minutes_{index}"] = DomainError("intervision.error.minutes",
                                                     limit=MAX_MINUTES)
    boxes += default_minutes(method)[len(boxes):]
    if errors or not roles.case_bringer or not roles.process_lead:
        raise FieldErrors(errors)
    return (roles.case_bringer, roles.process_lead, roles.timekeeper or None,
            ",".join(str(b) for b in boxes))


def ensure_moves_from(run: Intervision, expected_phase: int) -> None:
    """A click on 'next phase' names the phase it was shown in: a second click (or a stale
    message) finds the run moved on already and moves nothing."""
    if run.finished_at is not None:
        raise DomainError("intervision.error.finished")
    if run.phase != expected_phase:
        raise DomainError("intervision.error.moved")


def entry_text(kind: Gathers, run: Intervision, case: AgendaContribution,
               text: str | None) -> str:
    """A question or advice as stored; refused when its phase is not the current one, or
    when its confidential case was erased."""
    if case.erased_at is not None:
        raise DomainError("intervision.error.erased")
    if run.finished_at is not None or current(run).gathers != kind:
        raise DomainError("intervision.error.phase_over")
    cleaned = (text or "").strip()
    if not cleaned:
        raise FieldErrors({"text": DomainError("network.error.blank")})
    if len(cleaned) > MAX_ENTRY:
        raise FieldErrors({"text": DomainError("agenda.error.long", limit=MAX_ENTRY)})
    return cleaned


def takeaway_text(text: str | None) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise FieldErrors({"takeaway": DomainError("network.error.blank")})
    if len(cleaned) > MAX_TAKEAWAY:
        raise FieldErrors({"takeaway": DomainError("agenda.error.long", limit=MAX_TAKEAWAY)})
    return cleaned


def erase_due(meeting: Meeting) -> datetime:
    """When a confidential case's text goes: an hour after its session's planned end (a
    session that runs late keeps its case to the end); nothing is added to it after that."""
    return meeting.starts_at + timedelta(minutes=meeting.duration_minutes) + ERASE_GRACE


def erase_delivery(network: Network, meeting: Meeting) -> Delivery:
    """The delivery that erases a session's confidential cases, keyed by its due time: a
    session moved later gets a new one (the old one, when it comes, plans it)."""
    due = erase_due(meeting)
    return Delivery(team_id=network.team_id,
                    key=f"intervision-erase:{meeting.id}:{int(due.timestamp())}",
                    kind=DeliveryKind.INTERVISION_ERASE, run_at=due, network_id=network.id,
                    meeting_id=meeting.id, target=TARGET_MEMBERS)


@dataclass(frozen=True)
class Part:
    """A person's part in a case: its title and their roles (none yet: they bring it)."""

    title: str
    roles: tuple[str, ...]


def parts_of(user_id: str, runs: Sequence[tuple[Intervision, AgendaContribution]],
             cases: Sequence[AgendaContribution]) -> list[Part]:
    """What concerns the person: the roles they hold in running cases, and the cases they
    bring that are not running yet."""
    parts = [Part(case.title, tuple(name for name, holder in (
        ("case_bringer", run.case_bringer_id), ("process_lead", run.process_lead_id),
        ("timekeeper", run.timekeeper_id)) if holder == user_id)) for run, case in runs]
    running = {case.id for _, case in runs}
    parts += [Part(case.title, ()) for case in cases
              if case.id not in running and case.title and case.erased_at is None]
    return parts
