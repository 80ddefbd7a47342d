"""Queries about session evaluations and apply-at-work commitments; callers own the session."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, or_, update
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.database import affected_rows
from storage.models import (
    ApplyCommitment,
    ApplyOutcome,
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
    EvaluationAnswer,
    EvaluationPoll,
    EvaluationSubmission,
    Meeting,
    MeetingStatus,
    PollStatus,
)


def get_poll(session: Session, poll_id: int) -> EvaluationPoll:
    """The evaluation poll with this id; NotFound when there is none (a forged id)."""
    poll = session.get(EvaluationPoll, poll_id)
    if poll is None:
        raise NotFound("evaluation.error.gone")
    return poll


def meeting_poll(session: Session, meeting_id: int) -> EvaluationPoll:
    """The meeting's poll, which must exist; NotFound when it does not."""
    poll = poll_for_meeting(session, meeting_id)
    if poll is None:
        raise NotFound("evaluation.error.gone")
    return poll


def poll_for_meeting(session: Session, meeting_id: int) -> EvaluationPoll | None:
    return session.exec(
        select(EvaluationPoll).where(EvaluationPoll.meeting_id == meeting_id)
    ).first()


def hold_open(session: Session, poll_id: int, now: datetime) -> bool:
    """Whether the poll still takes answers at `now`, holding it so until the transaction
    ends: a close waits for an answer being stored, and an answer after the close is refused.

    PostgreSQL: a shared row lock (FOR SHARE), which writes no new version of the poll row;
    SQLite: the write lock BEGIN IMMEDIATE took already.
    """
    found = session.exec(
        select(EvaluationPoll.id)
        .where(col(EvaluationPoll.id) == poll_id, col(EvaluationPoll.status) == PollStatus.OPEN,
               col(EvaluationPoll.closes_at) > now)
        .with_for_update(read=True)
    ).first()
    return found is not None


def add_answer(session: Session, answer: EvaluationAnswer) -> None:
    """One answer, inserted (never updated)."""
    session.add(answer)
    session.flush()


def answers(session: Session, poll_id: int) -> Sequence[EvaluationAnswer]:
    """The poll's answers in the order of their random keys (the same order every time)."""
    return session.exec(
        select(EvaluationAnswer).where(EvaluationAnswer.poll_id == poll_id)
        .order_by(col(EvaluationAnswer.key))
    ).all()


def answer_counts(session: Session, poll_ids: Sequence[int]) -> dict[int, int]:
    """How many answers each of these polls has (counted from the rows)."""
    if not poll_ids:
        return {}
    found = dict.fromkeys(poll_ids, 0)
    for poll_id, count in session.exec(
        select(EvaluationAnswer.poll_id, func.count())
        .where(col(EvaluationAnswer.poll_id).in_(poll_ids))
        .group_by(col(EvaluationAnswer.poll_id))
    ).all():
        found[poll_id] = count
    return found


def replace_answers(session: Session, poll_id: int, fresh: Sequence[EvaluationAnswer]) -> None:
    """Delete the poll's answer rows and insert `fresh` ones, in one transaction."""
    session.execute(delete(EvaluationAnswer).where(col(EvaluationAnswer.poll_id) == poll_id))
    session.add_all(fresh)
    session.flush()



def mark_closed(session: Session, poll_id: int) -> bool:
    """Move an open poll to closed; True for the one caller that did it."""
    result = session.execute(
        update(EvaluationPoll)
        .where(col(EvaluationPoll.id) == poll_id, col(EvaluationPoll.status) == PollStatus.OPEN)
        .values(status=PollStatus.CLOSED)
    )
    return affected_rows(result) == 1


def submitters(session: Session, poll_id: int) -> set[str]:
    return set(session.exec(
        select(EvaluationSubmission.user_id).where(EvaluationSubmission.poll_id == poll_id)
    ).all())


def invited(session: Session, meeting_id: int,
            kind: DeliveryKind = DeliveryKind.EVALUATION) -> set[str]:
    """Everyone a delivery of `kind` for this meeting went to (or was tried for)."""
    return set(session.exec(
        select(DeliveryReceipt.user_id)
        .join(Delivery, col(Delivery.id) == col(DeliveryReceipt.delivery_id))
        .where(Delivery.meeting_id == meeting_id, Delivery.kind == kind)
    ).all())


def latest_started_meeting(session: Session, network_id: int, now: datetime) -> Meeting | None:
    return session.exec(
        select(Meeting)
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at <= now)
        .order_by(col(Meeting.starts_at).desc())
    ).first()


def earlier_closed(session: Session, network_id: int, before: datetime,
                  limit: int) -> list[EvaluationPoll]:
    """Closed polls of earlier sessions, newest first (an open one may still change)."""
    return list(session.exec(
        select(EvaluationPoll)
        .join(Meeting, col(EvaluationPoll.meeting_id) == col(Meeting.id))
        .where(Meeting.network_id == network_id, Meeting.starts_at < before,
               EvaluationPoll.status == PollStatus.CLOSED)
        .order_by(col(Meeting.starts_at).desc())
        .limit(limit)
    ).all())


# --- apply at work ---------------------------------------------------------------------------

def get_commitment(session: Session, commitment_id: int) -> ApplyCommitment:
    """The apply-at-work commitment with this id; NotFound when there is none."""
    row = session.get(ApplyCommitment, commitment_id)
    if row is None:
        raise NotFound("apply.error.gone")
    return row


def commitment(session: Session, meeting_id: int, user_id: str) -> ApplyCommitment | None:
    return session.exec(
        select(ApplyCommitment).where(ApplyCommitment.meeting_id == meeting_id,
                                      ApplyCommitment.user_id == user_id)
    ).first()


def awaiting_outcome(session: Session, meeting_id: int) -> Sequence[ApplyCommitment]:
    return session.exec(
        select(ApplyCommitment)
        .where(ApplyCommitment.meeting_id == meeting_id,
               col(ApplyCommitment.outcome).is_(None))
        .order_by(col(ApplyCommitment.id))
    ).all()


def claim_outcome(session: Session, commitment_id: int, *, outcome: ApplyOutcome, result: str,
                  obstacle: str, answered_at: datetime) -> bool:
    """Store the follow-up answer unless one is there; True for the one caller that stored it."""
    changed = session.execute(
        update(ApplyCommitment)
        .where(col(ApplyCommitment.id) == commitment_id,
               col(ApplyCommitment.outcome).is_(None))
        .values(outcome=outcome, result=result, obstacle=obstacle, answered_at=answered_at)
    )
    return affected_rows(changed) == 1


def recent_obstacles(session: Session, network_id: int, limit: int) -> list[str]:
    found = session.exec(
        select(ApplyCommitment.obstacle)
        .join(Meeting, col(Meeting.id) == col(ApplyCommitment.meeting_id))
        .where(Meeting.network_id == network_id, col(ApplyCommitment.obstacle).is_not(None),
               ApplyCommitment.obstacle != "")
        .order_by(col(ApplyCommitment.answered_at).desc(), col(ApplyCommitment.id).desc())
        .limit(limit)
    ).all()
    return [text for text in found if text is not None]


def pending_followups_of_user(session: Session, team_id: str,
                              user_id: str) -> Sequence[ApplyCommitment]:
    """Commitments whose follow-up question reached the person and awaits an answer."""
    return session.exec(
        select(ApplyCommitment)
        .join(Delivery, col(Delivery.meeting_id) == col(ApplyCommitment.meeting_id))
        .join(DeliveryReceipt, col(DeliveryReceipt.delivery_id) == col(Delivery.id))
        .where(or_(col(ApplyCommitment.team_id) == team_id,
                   col(ApplyCommitment.user_team_id) == team_id),
               ApplyCommitment.user_id == user_id,
               col(ApplyCommitment.outcome).is_(None),
               Delivery.kind == DeliveryKind.APPLY_FOLLOWUP, DeliveryReceipt.user_id == user_id)
        .order_by(col(ApplyCommitment.id))
    ).all()


def polls_for_meetings(session: Session,
                       meeting_ids: Sequence[int]) -> dict[int, EvaluationPoll]:
    """The evaluation poll of each of these sessions that has one, by session id."""
    if not meeting_ids:
        return {}
    return {p.meeting_id: p for p in session.exec(
        select(EvaluationPoll).where(col(EvaluationPoll.meeting_id).in_(meeting_ids))).all()}


def polls_answered_by(session: Session, poll_ids: Sequence[int], user_id: str) -> set[int]:
    if not poll_ids:
        return set()
    return set(session.exec(
        select(EvaluationSubmission.poll_id).where(
            col(EvaluationSubmission.poll_id).in_(poll_ids),
            EvaluationSubmission.user_id == user_id)
    ).all())


def meetings_invited_to(session: Session, meeting_ids: Sequence[int], user_id: str,
                        kind: DeliveryKind = DeliveryKind.EVALUATION) -> set[int]:
    """Of these sessions, those a delivery of `kind` went to the person for (or was tried)."""
    if not meeting_ids:
        return set()
    return {m for m in session.exec(
        select(Delivery.meeting_id)
        .join(DeliveryReceipt, col(Delivery.id) == col(DeliveryReceipt.delivery_id))
        .where(col(Delivery.meeting_id).in_(meeting_ids), Delivery.kind == kind,
               DeliveryReceipt.user_id == user_id)
    ).all() if m is not None}
