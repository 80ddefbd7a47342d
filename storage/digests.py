"""Digest queries: what happened in a network within a window, the planned digests, who
unsubscribed, and the workspaces' coordinators."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col, func, select

from storage.database import affected_rows
from storage.models import (
    ActionItem,
    ApplyCommitment,
    Attendance,
    Coordinator,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DigestOptOut,
    EvaluationPoll,
    EvaluationSubmission,
    KnowledgeItem,
    KnowledgeKind,
    Meeting,
    MeetingStatus,
    Network,
    Poll,
    PollStatus,
    PollVote,
    Report,
)

LISTED = 10  # items of one kind a digest lists (the rest is a count)


def pending(session: Session, network_id: int,
            kinds: Sequence[DeliveryKind]) -> Sequence[Delivery]:
    return session.exec(
        select(Delivery).where(Delivery.network_id == network_id,
                               col(Delivery.kind).in_(kinds),
                               Delivery.status == DeliveryStatus.PENDING)
        .order_by(col(Delivery.run_at))
    ).all()


def drop_pending(session: Session, network_id: int, kinds: Sequence[DeliveryKind]) -> int:
    """Take the network's planned digests out of the queue (the setting changed)."""
    result = session.execute(delete(Delivery).where(
        col(Delivery.network_id) == network_id, col(Delivery.kind).in_(kinds),
        col(Delivery.status) == DeliveryStatus.PENDING))
    return affected_rows(result)


def planned_networks(session: Session, kind: DeliveryKind) -> set[int]:
    """Networks that have a digest of `kind` pending or being sent."""
    return set(session.exec(select(Delivery.network_id).where(
        Delivery.kind == kind,
        col(Delivery.status).in_((DeliveryStatus.PENDING, DeliveryStatus.SENDING)))).all())


def all_networks(session: Session) -> Sequence[Network]:
    return session.exec(select(Network).order_by(col(Network.id))).all()


def new_reports(session: Session, network_id: int, since: datetime,
                until: datetime) -> Sequence[tuple[Report, Meeting]]:
    return session.exec(
        select(Report, Meeting).join(Meeting, col(Meeting.id) == col(Report.meeting_id))
        .where(Meeting.network_id == network_id, Report.created_at > since,
               Report.created_at <= until)
        .order_by(col(Meeting.starts_at)).limit(LISTED)
    ).all()


def new_knowledge(session: Session, network_id: int, since: datetime,
                  until: datetime) -> Sequence[KnowledgeItem]:
    """Items the network added in the window (every visibility is at least the network's)."""
    return session.exec(
        select(KnowledgeItem)
        .where(KnowledgeItem.network_id == network_id, KnowledgeItem.created_at > since,
               KnowledgeItem.created_at <= until)
        .order_by(col(KnowledgeItem.created_at), col(KnowledgeItem.id)).limit(2 * LISTED)
    ).all()


def knowledge_count(session: Session, network_id: int) -> int:
    return session.exec(select(func.count()).select_from(KnowledgeItem).where(
        KnowledgeItem.network_id == network_id)).one()


def new_polls(session: Session, network_id: int, since: datetime, until: datetime) -> int:
    return session.exec(select(func.count()).select_from(Poll).where(
        Poll.network_id == network_id, col(Poll.channel_ts).is_not(None),
        Poll.created_at > since, Poll.created_at <= until)).one()


def new_meetings(session: Session, network_id: int, since: datetime, until: datetime) -> int:
    return session.exec(select(func.count()).select_from(Meeting).where(
        Meeting.network_id == network_id, Meeting.created_at > since,
        Meeting.created_at <= until)).one()


def overdue_items(session: Session, network_id: int, today: object) -> Sequence[ActionItem]:
    return session.exec(
        select(ActionItem).where(ActionItem.network_id == network_id,
                                 col(ActionItem.done_at).is_(None),
                                 col(ActionItem.due_date).is_not(None),
                                 col(ActionItem.due_date) < today)
        .order_by(col(ActionItem.due_date), col(ActionItem.id)).limit(LISTED)
    ).all()


def obstacles_between(session: Session, network_id: int, since: datetime,
                      until: datetime) -> list[tuple[int, str]]:
    """(commitment id, obstacle) of the follow-ups answered in the period."""
    found = session.exec(
        select(ApplyCommitment.id, ApplyCommitment.obstacle)
        .join(Meeting, col(Meeting.id) == col(ApplyCommitment.meeting_id))
        .where(Meeting.network_id == network_id, col(ApplyCommitment.obstacle).is_not(None),
               ApplyCommitment.obstacle != "", col(ApplyCommitment.answered_at) > since,
               col(ApplyCommitment.answered_at) <= until)
        .order_by(col(ApplyCommitment.answered_at)).limit(LISTED)
    ).all()
    return [(row_id, text) for row_id, text in found if text]


SUCCESS_KINDS = (KnowledgeKind.SUCCESS_STORY,)


def opted_out(session: Session, team_id: str, kind: DeliveryKind,
              network_id: int | None) -> set[str]:
    where = (col(DigestOptOut.network_id).is_(None) if network_id is None
             else DigestOptOut.network_id == network_id)
    return set(session.exec(select(DigestOptOut.user_id).where(
        DigestOptOut.team_id == team_id, DigestOptOut.kind == kind, where)).all())


def opt_out(session: Session, team_id: str, user_id: str, kind: DeliveryKind,
            network_id: int | None) -> bool:
    """Record the unsubscription; False when it was there already."""
    if user_id in opted_out(session, team_id, kind, network_id):
        return False
    session.add(DigestOptOut(team_id=team_id, user_id=user_id, kind=kind,
                             network_id=network_id))
    session.flush()
    return True


def opt_in(session: Session, team_id: str, user_id: str, kind: DeliveryKind,
           network_id: int | None) -> None:
    where = (col(DigestOptOut.network_id).is_(None) if network_id is None
             else col(DigestOptOut.network_id) == network_id)
    session.execute(delete(DigestOptOut).where(
        col(DigestOptOut.team_id) == team_id, col(DigestOptOut.user_id) == user_id,
        col(DigestOptOut.kind) == kind, where))


def coordinators(session: Session, team_id: str | None = None) -> Sequence[Coordinator]:
    query = select(Coordinator)
    if team_id is not None:
        query = query.where(Coordinator.team_id == team_id)
    return session.exec(query.order_by(col(Coordinator.team_id), col(Coordinator.id))).all()


def add_coordinator(session: Session, team_id: str, user_id: str, added_by: str) -> bool:
    """False when the person is a coordinator of the workspace already."""
    if session.exec(select(Coordinator).where(Coordinator.team_id == team_id,
                                              Coordinator.user_id == user_id)).first():
        return False
    session.add(Coordinator(team_id=team_id, user_id=user_id, added_by=added_by))
    session.flush()
    return True


def remove_coordinator(session: Session, team_id: str, user_id: str) -> bool:
    result = session.execute(delete(Coordinator).where(col(Coordinator.team_id) == team_id,
                                                       col(Coordinator.user_id) == user_id))
    return affected_rows(result) == 1


def held_meetings(session: Session, network_id: int, now: datetime) -> int:
    return session.exec(select(func.count()).select_from(Meeting).where(
        Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
        Meeting.starts_at <= now)).one()


def report_count(session: Session, network_id: int) -> int:
    return session.exec(select(func.count()).select_from(Report).join(
        Meeting, col(Meeting.id) == col(Report.meeting_id)).where(
        Meeting.network_id == network_id)).one()


def vote_counts(session: Session, poll_ids: Sequence[int]) -> dict[int, int]:
    if not poll_ids:
        return {}
    return dict(session.exec(select(PollVote.poll_id, func.count()).where(
        col(PollVote.poll_id).in_(poll_ids)).group_by(col(PollVote.poll_id))).all())


def open_evaluation(session: Session, network_id: int,
                    now: datetime) -> tuple[Meeting, int] | None:
    """The network's evaluation that still takes answers, with how many answered."""
    found = session.exec(
        select(EvaluationPoll, Meeting).join(Meeting, col(Meeting.id) == col(
            EvaluationPoll.meeting_id))
        .where(Meeting.network_id == network_id, EvaluationPoll.status == PollStatus.OPEN,
               EvaluationPoll.closes_at > now)
        .order_by(col(Meeting.starts_at).desc())).first()
    if found is None:
        return None
    poll, meeting = found
    answered = session.exec(select(func.count()).select_from(EvaluationSubmission).where(
        EvaluationSubmission.poll_id == poll.id)).one()
    return meeting, answered


def scheduled(session: Session, network_id: int,
              kinds: Sequence[DeliveryKind]) -> dict[DeliveryKind, datetime]:
    """When each of these kinds of the network's deliveries is next due."""
    rows = session.exec(select(Delivery.kind, func.min(Delivery.run_at)).where(
        Delivery.network_id == network_id, col(Delivery.kind).in_(kinds),
        Delivery.status == DeliveryStatus.PENDING).group_by(col(Delivery.kind))).all()
    return {DeliveryKind(kind): run_at for kind, run_at in rows}


def networks_of_team(session: Session, team_id: str,
                     open_since: datetime | None = None) -> Sequence[Network]:
    """The workspace's networks, oldest first; with `open_since`, those not closed before."""
    query = select(Network).where(Network.team_id == team_id)
    if open_since is not None:
        query = query.where(col(Network.closed_at).is_(None)
                            | (col(Network.closed_at) >= open_since))
    return session.exec(query.order_by(col(Network.id))).all()


def pending_for_team(session: Session, team_id: str, kind: DeliveryKind) -> Sequence[Delivery]:
    return session.exec(select(Delivery).where(
        Delivery.team_id == team_id, Delivery.kind == kind,
        col(Delivery.status).in_((DeliveryStatus.PENDING, DeliveryStatus.SENDING)))).all()


def held_between(session: Session, network_id: int, since: datetime,
                 until: datetime) -> Sequence[Meeting]:
    return session.exec(select(Meeting).where(
        Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED,
        Meeting.starts_at > since, Meeting.starts_at <= until)
        .order_by(col(Meeting.starts_at))).all()


def present_count(session: Session, meeting_ids: Sequence[int]) -> int:
    if not meeting_ids:
        return 0
    return session.exec(select(func.count()).select_from(Attendance).where(
        col(Attendance.meeting_id).in_(meeting_ids), col(Attendance.present).is_(True))).one()


def closed_evaluations(session: Session, meeting_ids: Sequence[int]) -> Sequence[EvaluationPoll]:
    if not meeting_ids:
        return []
    return session.exec(select(EvaluationPoll).where(
        col(EvaluationPoll.meeting_id).in_(meeting_ids),
        EvaluationPoll.status == PollStatus.CLOSED)).all()


def knowledge_between(session: Session, network_id: int, since: datetime,
                      until: datetime) -> int:
    return session.exec(select(func.count()).select_from(KnowledgeItem).where(
        KnowledgeItem.network_id == network_id, KnowledgeItem.created_at > since,
        KnowledgeItem.created_at <= until)).one()
