"""Data for my-data tests: everything a member can leave behind in a network, written below
the Slack surface (each feature's own tests drive how it gets there)."""

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from slack_twin.local_stack import LocalStack
from storage import erasure, knowledge
from storage.models import (
    ActionItem,
    AgendaContribution,
    AgendaKind,
    Agreement,
    AgreementAck,
    ApplyCommitment,
    Attendance,
    Consent,
    ConsentKind,
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
    EvaluationAnswer,
    EvaluationPoll,
    EvaluationSubmission,
    KickoffResponse,
    KnowledgeItem,
    KnowledgeKind,
    Meeting,
    Network,
    Poll,
    PollVote,
    Report,
    Rsvp,
    RsvpAnswer,
)
from tests.conftest import CHANNEL, FACILITATOR

TEAM = "T0TWIN"


def network_id(stack: LocalStack, channel: str = CHANNEL) -> int:
    with stack.bot.db.session() as session:
        return session.exec(select(Network.id).where(Network.channel_id == channel)).one()


def seed(stack: LocalStack, people: dict[str, str], channel: str = CHANNEL) -> dict[str, int]:
    """For each person (user id -> a word only their texts hold): kickoff answers, an RSVP, a
    vote, an agenda item, an apply-at-work text, an evaluation answered, an acknowledged
    agreement, a receipt, an attendance; a report by the first, with an action item each."""
    nid = network_id(stack, channel)
    now = datetime.now(UTC)
    with stack.bot.db.session() as session:
        meeting = Meeting(team_id=TEAM, network_id=nid, starts_at=now - timedelta(days=2),
                          duration_minutes=120, location="Gent", learning_form="intervision",
                          created_by=FACILITATOR, number=1)
        poll = Poll(team_id=TEAM, network_id=nid, number=1, question="Welk thema?",
                    options_json=json.dumps(["Dementie", "Mantelzorg"]),
                    closes_at=now + timedelta(days=1), created_by=FACILITATOR)
        agreement = Agreement(team_id=TEAM, network_id=nid, version=1, text="Vertrouwelijk",
                              created_by=FACILITATOR)
        delivery = Delivery(team_id=TEAM, key=f"test:{nid}", kind=DeliveryKind.DIGEST,
                            run_at=now, network_id=nid, target="members", status="sent")
        session.add_all([meeting, poll, agreement, delivery])
        session.flush()
        evaluation = EvaluationPoll(team_id=TEAM, meeting_id=meeting.id, closes_at=now)
        # A second session, evaluated by name: each answer carries its author's id.
        second = Meeting(team_id=TEAM, network_id=nid, starts_at=now - timedelta(days=1),
                         duration_minutes=120, location="Gent", learning_form="intervision",
                         created_by=FACILITATOR, number=2)
        session.add(second)
        session.flush()
        named = EvaluationPoll(team_id=TEAM, meeting_id=second.id, closes_at=now, named=True)
        first = next(iter(people))
        report = Report(team_id=TEAM, meeting_id=meeting.id, summary="Goede sessie",
                        author=first)
        session.add_all([evaluation, named, report])
        session.flush()
        for user, word in people.items():
            session.add_all([
                KickoffResponse(team_id=TEAM, network_id=nid, user_id=user,
                                organisation=f"Org {word}",
                                learning_questions=f"Vraag {word}", consent_intro=True),
                Rsvp(team_id=TEAM, meeting_id=meeting.id, user_id=user, answer=RsvpAnswer.YES),
                PollVote(team_id=TEAM, poll_id=poll.id, user_id=user, option_index=0),
                AgendaContribution(team_id=TEAM, meeting_id=meeting.id, user_id=user,
                                   kind=AgendaKind.ITEM, text=f"Agenda {word}"),
                ApplyCommitment(team_id=TEAM, meeting_id=meeting.id, user_id=user,
                                text=f"Toepassen {word}"),
                EvaluationSubmission(team_id=TEAM, poll_id=evaluation.id, user_id=user),
                AgreementAck(team_id=TEAM, agreement_id=agreement.id, user_id=user),
                EvaluationAnswer(poll_id=named.id, relevance=4, learning=4, facilitation=4,
                                 atmosphere=4, keep=f"Behouden {word}", named_user_id=user),
                Consent(team_id=TEAM, network_id=nid, user_id=user, kind=ConsentKind.INTRO,
                        text="Mijn kennismaking mag in het kanaal.", lang="nl", given_at=now),
                DeliveryReceipt(team_id=TEAM, delivery_id=delivery.id, user_id=user,
                                channel_id="D1", message_ts="1.1"),
                Attendance(team_id=TEAM, meeting_id=meeting.id, user_id=user, present=True,
                           confirmed_by=FACILITATOR),
                ActionItem(team_id=TEAM, network_id=nid, meeting_id=meeting.id,
                           report_id=report.id, text=f"Stap {word}", owner_id=user),
            ])
        for user, word in people.items():
            knowledge.add(session, KnowledgeItem(
                team_id=TEAM, network_id=nid, kind=KnowledgeKind.EXAMPLE, title=f"Item {word}",
                text=f"Voorbeeld {word}", author_id=user, author_team_id=TEAM))
    return {"network": nid, "meeting": meeting.id, "poll": poll.id, "report": report.id}


def personal_rows(stack: LocalStack, user: str) -> dict[str, int]:
    """Every column that can hold a person, searched for this user id."""
    with stack.bot.db.session() as session:
        return erasure.personal_rows(session, user)
