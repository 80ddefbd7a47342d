"""Queries of the closing phase: the final evaluation's answers, who answered, each person's
learning questions answered, and the network's move to closed; callers own the session."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from storage.database import affected_rows
from storage.models import (
    AgendaContribution,
    AgendaKind,
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
    DeliveryStatus,
    FinalAnswer,
    FinalSubmission,
    LearningQuestionAnswer,
    Meeting,
    MeetingStatus,
    Network,
)

FINAL_KINDS = (DeliveryKind.FINAL_EVALUATION, DeliveryKind.FINAL_EVALUATION_REMINDER,
               DeliveryKind.FINAL_EVALUATION_CLOSE)
# What the close writes anew (and what is vacuumed or checkpointed after it).
ANSWER_TABLES = ("finalanswer", "finalsubmission", "network")


def hold_open(session: Session, network_id: int, now: datetime) -> bool:
    """Whether the final evaluation still takes answers at `now`, holding it so until the
    transaction ends (PostgreSQL: FOR SHARE, no new row version; SQLite: BEGIN IMMEDIATE)."""
    found = session.exec(
        select(Network.id)
        .where(col(Network.id) == network_id, col(Network.closed_at).is_(None),
               col(Network.closing_started_at).is_not(None),
               col(Network.final_evaluation_closes_at) > now)
        .with_for_update(read=True)
    ).first()
    return found is not None


def used_forms(session: Session, network_id: int, until: datetime) -> set[str]:
    """The learning forms of the sessions held before `until`."""
    return {form for form in session.exec(
        select(Meeting.learning_form).distinct()
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at < until)
    ).all() if form}


def had_cases(session: Session, network_id: int, until: datetime) -> bool:
    """Whether members brought intervision cases to sessions held before `until`."""
    return session.exec(
        select(AgendaContribution.id)
        .join(Meeting, col(Meeting.id) == col(AgendaContribution.meeting_id))
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at < until, AgendaContribution.kind == AgendaKind.CASE)
        .limit(1)
    ).first() is not None


def submitters(session: Session, network_id: int) -> set[str]:
    return set(session.exec(
        select(FinalSubmission.user_id).where(FinalSubmission.network_id == network_id)
    ).all())


def invited(session: Session, network_id: int) -> set[str]:
    """Everyone the final evaluation's invitation went to (or was tried for)."""
    return set(session.exec(
        select(DeliveryReceipt.user_id)
        .join(Delivery, col(Delivery.id) == col(DeliveryReceipt.delivery_id))
        .where(Delivery.network_id == network_id,
               Delivery.kind == DeliveryKind.FINAL_EVALUATION)
    ).all())


def add_answer(session: Session, answer: FinalAnswer) -> None:
    """One answer, inserted (never updated)."""
    session.add(answer)
    session.flush()


def answers(session: Session, network_id: int) -> Sequence[FinalAnswer]:
    """The answers in the order of their random keys (the same order every time)."""
    return session.exec(
        select(FinalAnswer).where(FinalAnswer.network_id == network_id)
        .order_by(col(FinalAnswer.key))
    ).all()


def answer_count(session: Session, network_id: int) -> int:
    return session.exec(
        select(func.count()).select_from(FinalAnswer).where(FinalAnswer.network_id == network_id)
    ).one()


def replace_answers(session: Session, network_id: int, fresh: Sequence[FinalAnswer]) -> None:
    """Delete the network's answer rows and insert `fresh` ones, in one transaction."""
    session.execute(delete(FinalAnswer).where(col(FinalAnswer.network_id) == network_id))
    session.add_all(fresh)
    session.flush()


def learning_answers(session: Session, network_id: int,
                     user_id: str | None = None) -> Sequence[LearningQuestionAnswer]:
    """The learning questions answered in the network (one person's, or everyone's)."""
    query = select(LearningQuestionAnswer).where(
        LearningQuestionAnswer.network_id == network_id)
    if user_id is not None:
        query = query.where(LearningQuestionAnswer.user_id == user_id)
    return session.exec(query.order_by(col(LearningQuestionAnswer.user_id),
                                       col(LearningQuestionAnswer.position))).all()


def forget_answers(session: Session, network_id: int) -> None:
    """A closing phase undone: its answers, who gave them and the learning questions go."""
    for model in (FinalAnswer, FinalSubmission, LearningQuestionAnswer):
        session.execute(delete(model).where(col(model.network_id) == network_id))


def drop_pending(session: Session, network_id: int) -> None:
    """The final evaluation's deliveries that have not gone out yet."""
    ids = session.exec(
        select(Delivery.id).where(Delivery.network_id == network_id,
                                  Delivery.status == DeliveryStatus.PENDING,
                                  col(Delivery.kind).in_(FINAL_KINDS))
    ).all()
    if ids:
        session.execute(delete(DeliveryReceipt).where(col(DeliveryReceipt.delivery_id).in_(ids)))
        session.execute(delete(Delivery).where(col(Delivery.id).in_(ids)))


def mark_closed(session: Session, network_id: int, now: datetime) -> bool:
    """Move a closing network to closed; True for the one caller that did it."""
    result = session.execute(
        update(Network)
        .where(col(Network.id) == network_id, col(Network.closed_at).is_(None),
               col(Network.closing_started_at).is_not(None))
        .values(closed_at=now)
    )
    return affected_rows(result) == 1
