"""The queries of a network's export: everything of one network, in a stable order."""

from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import (
    ActionItem,
    AgendaContribution,
    Attendance,
    EvaluationPoll,
    Intervision,
    KnowledgeItem,
    Meeting,
    Poll,
    PollVote,
    Report,
)


def meetings(session: Session, network_id: int) -> Sequence[Meeting]:
    """Every session, planned or cancelled, oldest first."""
    return session.exec(select(Meeting).where(Meeting.network_id == network_id)
                        .order_by(col(Meeting.starts_at), col(Meeting.id))).all()


def attendance(session: Session, meeting_ids: Sequence[int]) -> Sequence[Attendance]:
    return session.exec(select(Attendance).where(col(Attendance.meeting_id).in_(meeting_ids))
                        .order_by(col(Attendance.meeting_id), col(Attendance.id))).all()


def reports(session: Session, meeting_ids: Sequence[int]) -> Sequence[Report]:
    return session.exec(select(Report).where(col(Report.meeting_id).in_(meeting_ids))
                        .order_by(col(Report.id))).all()


def action_items(session: Session, network_id: int) -> Sequence[ActionItem]:
    return session.exec(select(ActionItem).where(ActionItem.network_id == network_id)
                        .order_by(col(ActionItem.id))).all()


def knowledge_items(session: Session, network_id: int) -> Sequence[KnowledgeItem]:
    return session.exec(select(KnowledgeItem).where(KnowledgeItem.network_id == network_id)
                        .order_by(col(KnowledgeItem.created_at), col(KnowledgeItem.id))).all()


def evaluation_polls(session: Session, meeting_ids: Sequence[int]) -> Sequence[EvaluationPoll]:
    return session.exec(select(EvaluationPoll)
                        .where(col(EvaluationPoll.meeting_id).in_(meeting_ids))
                        .order_by(col(EvaluationPoll.id))).all()


def polls(session: Session, network_id: int) -> Sequence[Poll]:
    return session.exec(select(Poll).where(Poll.network_id == network_id)
                        .order_by(col(Poll.number))).all()


def vote_counts(session: Session, poll_ids: Sequence[int]) -> dict[int, dict[int, int]]:
    """Per poll, the number of votes per option index (never who cast them)."""
    rows = session.exec(select(PollVote.poll_id, PollVote.option_index, func.count())
                        .where(col(PollVote.poll_id).in_(poll_ids))
                        .group_by(col(PollVote.poll_id), col(PollVote.option_index))).all()
    counts: dict[int, dict[int, int]] = {}
    for poll_id, option, count in rows:
        counts.setdefault(poll_id, {})[option] = count
    return counts


def intervisions(session: Session,
                 network_id: int) -> Sequence[tuple[Intervision, AgendaContribution]]:
    """The network's intervisions with their case, confidential cases left out."""
    return session.exec(
        select(Intervision, AgendaContribution)
        .join(AgendaContribution, col(AgendaContribution.id) == col(Intervision.contribution_id))
        .where(Intervision.network_id == network_id,
               col(AgendaContribution.confidential).is_(False))
        .order_by(col(Intervision.started_at), col(Intervision.id))
    ).all()
