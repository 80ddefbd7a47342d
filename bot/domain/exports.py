"""What a network's export holds (`/leernet export`, `leernet export`): its sessions,
attendance, reports, action items, knowledge items, group votes and evaluations.

What it leaves out, and why:
- Evaluations only as the release rule of bot/domain/evaluations.py gives them to the reader
  (`results`): an open poll, or one with too few answers besides the reader's own, has no
  row at all; open answers without names, in the order drawn at the close.
- Intervisions of confidential cases not at all; a takeaway only when its case-bringer
  shared it in the thread.
- Group votes as counts per option, only once closed (never who voted for what).
- People by Slack user id only where the network shows them already (facilitators, report
  authors, action item owners, attendance the facilitators confirmed); knowledge items
  without their author. An erased person's token is left as it is: the file rendering shows
  "a former member" for it.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from sqlmodel import Session

from bot.domain.evaluations import Results, results
from bot.domain.polls import options_of
from storage import exports as store
from storage import networks as repo
from storage.models import (
    ActionItem,
    AgendaContribution,
    Attendance,
    Intervision,
    KnowledgeItem,
    Meeting,
    Network,
    Poll,
    PollStatus,
    Report,
)


@dataclass(frozen=True)
class VoteCount:
    poll: Poll
    counts: list[tuple[str, int]]  # each option with its number of votes, in option order


@dataclass(frozen=True)
class Evaluation:
    meeting: Meeting
    results: Results  # released (see `record`)


@dataclass(frozen=True)
class NetworkRecord:
    network: Network
    facilitators: list[str]
    meetings: list[Meeting]
    attendance: list[Attendance]
    reports: list[Report]
    action_items: list[ActionItem]
    knowledge: list[KnowledgeItem]
    votes: list[VoteCount]
    evaluations: list[Evaluation]
    # Intervisions with their case; a confidential case ("only in the session") never.
    intervisions: list[tuple[Intervision, AgendaContribution]] = field(default_factory=list)

    @cached_property
    def _meetings_by_id(self) -> dict[int, Meeting]:
        return {m.id: m for m in self.meetings}

    def meeting(self, meeting_id: int) -> Meeting:
        return self._meetings_by_id[meeting_id]


def record(session: Session, network: Network, reader: str | None, *,
           min_answers: int) -> NetworkRecord:
    """The network's record as `reader` may have it (None: an operator, who answered no
    evaluation)."""
    meetings = list(store.meetings(session, network.id))
    meeting_ids = [m.id for m in meetings]
    return NetworkRecord(
        network=network, facilitators=repo.facilitators(session, network.id),
        meetings=meetings, attendance=list(store.attendance(session, meeting_ids)),
        reports=list(store.reports(session, meeting_ids)),
        action_items=list(store.action_items(session, network.id)),
        knowledge=list(store.knowledge_items(session, network.id)),
        votes=_votes(session, network),
        evaluations=_released(session, meetings, reader or "", min_answers),
        intervisions=list(store.intervisions(session, network.id)))


def _votes(session: Session, network: Network) -> list[VoteCount]:
    closed = [p for p in store.polls(session, network.id) if p.status == PollStatus.CLOSED]
    counts = store.vote_counts(session, [p.id for p in closed])
    return [VoteCount(poll, [(option, counts.get(poll.id, {}).get(index, 0))
                             for index, option in enumerate(options_of(poll))])
            for poll in closed]


def _released(session: Session, meetings: Sequence[Meeting], reader: str,
              min_answers: int) -> list[Evaluation]:
    by_id = {m.id: m for m in meetings}
    found = []
    for poll in store.evaluation_polls(session, list(by_id)):
        meeting = by_id[poll.meeting_id]
        shown = results(session, poll, meeting, reader, min_answers=min_answers)
        if shown.released:
            found.append(Evaluation(meeting, shown))
    return found
