"""A network's record for export tests, written below the Slack surface (each feature's own
tests drive how it gets there): three sessions with evaluations (released, open, too few
answers), attendance with an erased person, a report and action items, a knowledge item and
two group votes (closed, open)."""

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from slack_twin.local_stack import LocalStack
from storage.models import (
    ActionItem,
    Attendance,
    EvaluationAnswer,
    EvaluationPoll,
    EvaluationSubmission,
    KnowledgeItem,
    KnowledgeKind,
    Meeting,
    Network,
    Poll,
    PollStatus,
    PollVote,
    Report,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR

TEAM = "T0TWIN"
ERASED = "~erased0001"
CARL = "UCARL001"  # answered an evaluation, left since
HOSTILE = '=HYPERLINK("http://evil.example","klik") <!channel>, "quoted"\nnext line'
HOSTILE_NAME = '=HYPERLINK("http://evil.example") <!channel>, "Gent"'


def network_id(stack: LocalStack) -> int:
    with stack.bot.db.session() as session:
        return session.exec(select(Network.id).where(Network.channel_id == CHANNEL)).one()


def _poll(session, meeting: Meeting, status: PollStatus, scores: list[int],
          keep: list[str]) -> None:
    now = datetime.now(UTC)
    poll = EvaluationPoll(team_id=TEAM, meeting_id=meeting.id, status=status,
                          opened_at=now, closes_at=now + timedelta(days=1))
    session.add(poll)
    session.flush()
    for index, (score, user) in enumerate(zip(scores, (ANN, BOB, CARL), strict=False)):
        session.add(EvaluationSubmission(team_id=TEAM, poll_id=poll.id, user_id=user))
        session.add(EvaluationAnswer(poll_id=poll.id, relevance=score, learning=score,
                                     facilitation=score, atmosphere=score,
                                     keep=keep[index] if index < len(keep) else ""))


def seed(stack: LocalStack, hostile: bool = True) -> int:
    """The record; with `hostile`, the network's name and a report's texts try to ping the
    channel, run a formula and break the CSV."""
    nid = network_id(stack)
    now = datetime.now(UTC)
    with stack.bot.db.session() as session:
        if hostile:
            network = session.get(Network, nid)
            network.name = HOSTILE_NAME
            session.add(network)
        meetings = [Meeting(team_id=TEAM, network_id=nid, starts_at=now - timedelta(days=d),
                            duration_minutes=120, location=f"Gent {n}",
                            learning_form="intervision", created_by=FACILITATOR, number=n)
                    for n, d in ((1, 30), (2, 20), (3, 10))]
        session.add_all(meetings)
        session.flush()
        first, second, third = meetings
        _poll(session, first, PollStatus.CLOSED, [4, 5, 3], ["De casus", "=1+1", "Koffie"])
        _poll(session, second, PollStatus.OPEN, [2, 2, 2], ["Nog open"])
        _poll(session, third, PollStatus.CLOSED, [1, 1], ["Te weinig"])
        for user, present in ((ANN, True), (BOB, False), (ERASED, True)):
            session.add(Attendance(team_id=TEAM, meeting_id=first.id, user_id=user,
                                   present=present, confirmed_by=FACILITATOR))
        report = Report(team_id=TEAM, meeting_id=first.id,
                        summary=HOSTILE if hostile else "Samenvatting",
                        insights="-2 is een inzicht", decisions="@iedereen, doe mee",
                        author=FACILITATOR)
        session.add(report)
        session.flush()
        session.add(ActionItem(team_id=TEAM, network_id=nid, meeting_id=first.id,
                               report_id=report.id, text="+ Bel de gemeente", owner_id=ANN,
                               due_date=(now + timedelta(days=7)).date()))
        session.add(ActionItem(team_id=TEAM, network_id=nid, meeting_id=first.id,
                               report_id=report.id, text="Stap, met komma", owner_id=ERASED,
                               done_at=now, done_by=FACILITATOR))
        session.add(KnowledgeItem(team_id=TEAM, network_id=nid, kind=KnowledgeKind.EXAMPLE,
                                  title="Buurtzorg", text="Zo \"werkt\" het,\nin Gent",
                                  themes="zorg\nbuurt", author_id=BOB))
        closed = Poll(team_id=TEAM, network_id=nid, number=1, question="Welk thema?",
                      options_json=json.dumps(["Dementie", "Mantelzorg", "Armoede"]),
                      closes_at=now - timedelta(days=1), status=PollStatus.CLOSED,
                      created_by=FACILITATOR)
        still_open = Poll(team_id=TEAM, network_id=nid, number=2, question="Open vraag?",
                          options_json=json.dumps(["Ja", "Nee"]),
                          closes_at=now + timedelta(days=1), created_by=FACILITATOR)
        session.add_all([closed, still_open])
        session.flush()
        for user, option in ((ANN, 0), (BOB, 1), (FACILITATOR, 0)):
            session.add(PollVote(team_id=TEAM, poll_id=closed.id, user_id=user,
                                 option_index=option))
        session.add(PollVote(team_id=TEAM, poll_id=still_open.id, user_id=ANN, option_index=1))
    return nid
