"""Knowledge items started from the learning cycle: a line of a report's insights or
decisions, an apply-at-work follow-up that worked, an obstacle met applying.

Each only fills in the share form; nothing is stored until the person submits it, with
themselves as the author (so their click is their consent)."""

from dataclasses import dataclass

from sqlmodel import Session

from bot.domain.errors import Forbidden, NotFound
from bot.domain.identity import Actor
from bot.domain.knowledge import MAX_TEXT, MAX_TITLE, active_member, ensure_may_share
from storage import evaluations as apply_store
from storage import intervision as intervision_store
from storage import reports as report_store
from storage import sessions as sessions_repo
from storage.models import (
    ApplyCommitment,
    ApplyOutcome,
    KnowledgeKind,
    Membership,
    Network,
    Report,
    Role,
)

REPORT_CHOICES = 100  # Slack's limit on a select's options
# A report's part as it is named in a choice's value, and the kind its lines become.
REPORT_PARTS = {"i": ("insights", KnowledgeKind.KNOWLEDGE),
                "d": ("decisions", KnowledgeKind.BEST_PRACTICE)}
BULLETS = "-*•·–"


@dataclass(frozen=True)
class Prefill:
    """What the share form starts from."""

    network: Network
    member: Membership  # the person who will be the author
    kind: KnowledgeKind
    title: str
    text: str


@dataclass(frozen=True)
class ReportLine:
    part: str  # a key of REPORT_PARTS
    index: int  # the line's place among the part's lines
    text: str

    def value(self, report_id: int) -> str:
        return f"{report_id}:{self.part}:{self.index}"


def title_of(text: str) -> str:
    """A line as a title: spaces collapsed, cut to the title's limit."""
    one = " ".join(text.split())
    return one if len(one) <= MAX_TITLE else one[:MAX_TITLE - 1] + "…"


def _lines(text: str) -> list[str]:
    """A part's lines as typed, without list bullets and blank lines."""
    found = []
    for raw in text.splitlines():
        line = raw.strip().lstrip(BULLETS).strip()
        if line:
            found.append(line)
    return found


def report_lines(report: Report) -> list[ReportLine]:
    """The report's insight and decision lines, as many as a select holds."""
    lines = [ReportLine(part, index, line)
             for part, (field, _kind) in REPORT_PARTS.items()
             for index, line in enumerate(_lines(getattr(report, field)))]
    return lines[:REPORT_CHOICES]


def from_report(session: Session, report_id: int, part: str, index: int,
                user_id: str) -> Prefill:
    """A report's line as an item of the report's network, for its active members."""
    report = report_store.get_report(session, report_id)
    network, _meeting = sessions_repo.network_and_meeting(session, report.meeting_id)
    member = ensure_may_share(session, network, user_id)
    chosen = next((line for line in report_lines(report)
                   if (line.part, line.index) == (part, index)), None)
    if chosen is None:  # the report was edited since, or a forged choice
        raise NotFound("knowledge.error.line_gone")
    return Prefill(network, member, REPORT_PARTS[part][1], title_of(chosen.text),
                   chosen.text[:MAX_TEXT])


def worked(row: ApplyCommitment) -> bool:
    """A follow-up that worked: offered as a success story to the person."""
    return row.outcome == ApplyOutcome.YES


def _own(row: ApplyCommitment, actor: Actor) -> bool:
    return row.user_id == actor.user_id and row.user_team_id in ("", actor.team_id)


def success_story(session: Session, commitment_id: int, actor: Actor) -> Prefill:
    """The person's own follow-up that worked, as a success story; NotFound for anyone
    else's (as if it did not exist)."""
    row = apply_store.get_commitment(session, commitment_id)
    if not _own(row, actor) or not worked(row):
        raise NotFound("apply.error.gone")
    network, _meeting = sessions_repo.network_and_meeting(session, row.meeting_id)
    member = ensure_may_share(session, network, actor.user_id)
    text = (row.result or "").strip() or row.text
    return Prefill(network, member, KnowledgeKind.SUCCESS_STORY, title_of(row.text),
                   text[:MAX_TEXT])


def obstacle(session: Session, commitment_id: int, actor: Actor) -> Prefill:
    """An obstacle named in a follow-up, as an item by a facilitator of its network; it
    carries the obstacle's text only, never who met it."""
    row = apply_store.get_commitment(session, commitment_id)
    text = (row.obstacle or "").strip()
    if not text:
        raise NotFound("apply.error.gone")
    network, _meeting = sessions_repo.network_and_meeting(session, row.meeting_id)
    member = active_member(session, network, actor.user_id)
    if member is None or member.role != Role.FACILITATOR:
        raise Forbidden("knowledge.error.facilitators_only")
    return Prefill(network, member, KnowledgeKind.OBSTACLE, title_of(text), text[:MAX_TEXT])


def intervision(session: Session, run_id: int, actor: Actor) -> Prefill:
    """What a case-bringer took away from an intervision, as an example in the library: their
    own click is their consent. A confidential case never ("only in the session"): NotFound,
    as for anyone else's."""
    run = intervision_store.get_run(session, run_id)
    case = intervision_store.get_case(session, run.contribution_id)
    if (run.case_bringer_id != actor.user_id or case.confidential
            or case.erased_at is not None or not run.takeaway):
        raise NotFound("intervision.error.gone")
    network, _meeting = sessions_repo.network_and_meeting(session, case.meeting_id)
    member = ensure_may_share(session, network, actor.user_id)
    return Prefill(network, member, KnowledgeKind.EXAMPLE, title_of(case.title),
                   run.takeaway[:MAX_TEXT])
