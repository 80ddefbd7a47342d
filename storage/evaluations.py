"""Queries about session evaluations and apply-at-work commitments; callers own the session."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.database import affected_rows
from storage.models import (
    ApplyCommitment,
    ApplyOutcome,
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
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


def lock_open(session: Session, poll_id: int, now: datetime) -> bool:
    """Take the poll's row lock if it still takes answers at `now`; False if not.

    The no-op UPDATE serialises two submissions (and a submission and the close) on the row
    (PostgreSQL) or the database (SQLite), so neither loses the other's answer.
    """
    result = session.execute(
        update(EvaluationPoll)
        .where(col(EvaluationPoll.id) == poll_id, col(EvaluationPoll.status) == PollStatus.OPEN,
               col(EvaluationPoll.closes_at) > now)
        .values(answer_count=EvaluationPoll.answer_count)
    )
    return affected_rows(result) == 1


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


def earlier_released(session: Session, network_id: int, before: datetime, min_answers: int,
                     limit: int) -> list[tuple[Meeting, EvaluationPoll]]:
    """Earlier sessions whose evaluation has enough answers to show, newest first."""
    rows = session.exec(
        select(Meeting, EvaluationPoll)
        .join(EvaluationPoll, col(EvaluationPoll.meeting_id) == col(Meeting.id))
        .where(Meeting.network_id == network_id, Meeting.starts_at < before,
               EvaluationPoll.answer_count >= min_answers)
        .order_by(col(Meeting.starts_at).desc())
        .limit(limit)
    ).all()
    return [(meeting, poll) for meeting, poll in rows]


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
               ApplyCommitment.user_id == user_id, col(ApplyCommitment.outcome).is_(None),
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
