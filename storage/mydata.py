"""What is stored about one person, per network: the queries behind `/leernet mijn-data`,
its export and the retention check. Callers own the session."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import (
    ActionItem,
    AgendaContribution,
    Agreement,
    AgreementAck,
    ApplyCommitment,
    Consent,
    Delivery,
    DeliveryReceipt,
    EvaluationAnswer,
    EvaluationPoll,
    EvaluationSubmission,
    Intervision,
    IntervisionEntry,
    KickoffResponse,
    KnowledgeFile,
    KnowledgeItem,
    Meeting,
    Membership,
    Network,
    Poll,
    PollVote,
    Report,
    Rsvp,
    SessionGuest,
    as_utc,
)
from storage.networks import of_person


def places(session: Session, team_id: str, user_id: str) -> list[tuple[Membership, Network]]:
    """Every membership row of the person (whatever its status), with its network."""
    rows = session.exec(
        select(Membership, Network).join(Network, col(Network.id) == col(Membership.network_id))
        .where(of_person(team_id, user_id)).order_by(col(Membership.id))
    ).all()
    return [(member, network) for member, network in rows]


def kickoff(session: Session, network_id: int, user_id: str) -> KickoffResponse | None:
    return session.exec(select(KickoffResponse).where(
        KickoffResponse.network_id == network_id, KickoffResponse.user_id == user_id)).first()


def posted_intros(session: Session, network_id: int) -> Sequence[KickoffResponse]:
    """The network's kickoff answers whose introduction is in the channel."""
    return session.exec(select(KickoffResponse).where(
        KickoffResponse.network_id == network_id,
        col(KickoffResponse.intro_ts).is_not(None))).all()


def rsvps(session: Session, network_id: int, user_id: str) -> list[tuple[Rsvp, Meeting]]:
    rows = session.exec(
        select(Rsvp, Meeting).join(Meeting, col(Meeting.id) == col(Rsvp.meeting_id))
        .where(Meeting.network_id == network_id, Rsvp.user_id == user_id)
        .order_by(col(Meeting.starts_at))
    ).all()
    return [(rsvp, meeting) for rsvp, meeting in rows]


def votes(session: Session, network_id: int, user_id: str) -> list[tuple[PollVote, Poll]]:
    rows = session.exec(
        select(PollVote, Poll).join(Poll, col(Poll.id) == col(PollVote.poll_id))
        .where(Poll.network_id == network_id, PollVote.user_id == user_id)
        .order_by(col(Poll.number))
    ).all()
    return [(vote, poll) for vote, poll in rows]


def intervision_entries(session: Session, network_id: int,
                        user_id: str) -> list[IntervisionEntry]:
    """The questions and advice the person gave in the network's intervisions."""
    return list(session.exec(
        select(IntervisionEntry)
        .join(Intervision, col(Intervision.id) == col(IntervisionEntry.intervision_id))
        .where(Intervision.network_id == network_id, IntervisionEntry.author_id == user_id)
        .order_by(col(IntervisionEntry.id))
    ).all())


def takeaways(session: Session, network_id: int,
              user_id: str) -> list[tuple[Intervision, AgendaContribution]]:
    """The intervisions of cases the person brought, with what they took away."""
    rows = session.exec(
        select(Intervision, AgendaContribution)
        .join(AgendaContribution,
              col(AgendaContribution.id) == col(Intervision.contribution_id))
        .where(Intervision.network_id == network_id, Intervision.case_bringer_id == user_id)
        .order_by(col(Intervision.id))
    ).all()
    return [(run, case) for run, case in rows]


def agenda_items(session: Session, network_id: int,
                 user_id: str) -> list[tuple[AgendaContribution, Meeting]]:
    rows = session.exec(
        select(AgendaContribution, Meeting)
        .join(Meeting, col(Meeting.id) == col(AgendaContribution.meeting_id))
        .where(Meeting.network_id == network_id, AgendaContribution.user_id == user_id)
        .order_by(col(AgendaContribution.id))
    ).all()
    return [(item, meeting) for item, meeting in rows]


def commitments(session: Session, network_id: int,
                user_id: str) -> list[tuple[ApplyCommitment, Meeting]]:
    rows = session.exec(
        select(ApplyCommitment, Meeting)
        .join(Meeting, col(Meeting.id) == col(ApplyCommitment.meeting_id))
        .where(Meeting.network_id == network_id, ApplyCommitment.user_id == user_id)
        .order_by(col(ApplyCommitment.id))
    ).all()
    return [(item, meeting) for item, meeting in rows]


def consents(session: Session, network_id: int, user_id: str) -> Sequence[Consent]:
    return session.exec(select(Consent).where(
        Consent.network_id == network_id, Consent.user_id == user_id)
        .order_by(col(Consent.id))).all()


def named_answers(session: Session, network_id: int,
                  user_id: str) -> list[tuple[EvaluationAnswer, Meeting]]:
    """Her answers to evaluations held by name (an anonymous answer holds no id to find)."""
    rows = session.exec(
        select(EvaluationAnswer, Meeting)
        .join(EvaluationPoll, col(EvaluationPoll.id) == col(EvaluationAnswer.poll_id))
        .join(Meeting, col(Meeting.id) == col(EvaluationPoll.meeting_id))
        .where(Meeting.network_id == network_id, EvaluationAnswer.named_user_id == user_id)
        .order_by(col(Meeting.starts_at))
    ).all()
    return [(answer, meeting) for answer, meeting in rows]


def owned_items(session: Session, network_id: int, user_id: str) -> Sequence[ActionItem]:
    return session.exec(select(ActionItem).where(
        ActionItem.network_id == network_id, ActionItem.owner_id == user_id)
        .order_by(col(ActionItem.id))).all()


def library_items(session: Session, network_id: int, user_id: str) -> Sequence[KnowledgeItem]:
    """Library items the person shared, or that were saved from their Slack message."""
    return session.exec(select(KnowledgeItem).where(
        KnowledgeItem.network_id == network_id,
        (col(KnowledgeItem.author_id) == user_id)
        | (col(KnowledgeItem.source_author_id) == user_id))
        .order_by(col(KnowledgeItem.id))).all()


def receipt_count(session: Session, network_id: int, user_id: str) -> int:
    return session.exec(
        select(func.count()).select_from(DeliveryReceipt)
        .join(Delivery, col(Delivery.id) == col(DeliveryReceipt.delivery_id))
        .where(Delivery.network_id == network_id, DeliveryReceipt.user_id == user_id)
    ).one()


def evaluations_answered(session: Session, network_id: int, user_id: str) -> int:
    return session.exec(
        select(func.count()).select_from(EvaluationSubmission)
        .join(EvaluationPoll, col(EvaluationPoll.id) == col(EvaluationSubmission.poll_id))
        .join(Meeting, col(Meeting.id) == col(EvaluationPoll.meeting_id))
        .where(Meeting.network_id == network_id, EvaluationSubmission.user_id == user_id)
    ).one()


def agreements_acknowledged(session: Session, network_id: int, user_id: str) -> list[int]:
    return list(session.exec(
        select(Agreement.version).join(AgreementAck,
                                       col(AgreementAck.agreement_id) == col(Agreement.id))
        .where(Agreement.network_id == network_id, AgreementAck.user_id == user_id)
        .order_by(col(Agreement.version))
    ).all())


def posted_agreements(session: Session, network_ids: Sequence[int]) -> list[int]:
    """The agreements' messages in these networks' channels (their author and count change
    when a member is erased)."""
    return list(session.exec(
        select(Agreement.id).where(col(Agreement.network_id).in_(network_ids),
                                   col(Agreement.channel_ts).is_not(None))
        .order_by(col(Agreement.id))
    ).all())


def posted_reports_naming(session: Session, network_ids: Sequence[int],
                          user_id: str) -> list[int]:
    """The reports in the channel that name the person: as author, owner or done-by of a
    next step (to show them again once the person is erased)."""
    by_items = select(ActionItem.report_id).where(
        col(ActionItem.network_id).in_(network_ids),
        (col(ActionItem.owner_id) == user_id) | (col(ActionItem.done_by) == user_id))
    return list(session.exec(
        select(Report.id).join(Meeting, col(Meeting.id) == col(Report.meeting_id))
        .where(col(Meeting.network_id).in_(network_ids), col(Report.channel_ts).is_not(None),
               (col(Report.author) == user_id) | col(Report.id).in_(by_items))
        .order_by(col(Report.id))
    ).all())


def last_activity(session: Session, network: Network) -> datetime:
    """The latest sign of life of a network: its start, a session (planned ones count at
    their start, so a network with a session ahead is active until after it), a change in
    who is in it, a report, a vote put to the group, an agreement, an answered
    questionnaire. A closed network's is its closing date: nothing happens in it after, and
    the sessions its closing cancelled (planned ahead) do not keep it alive."""
    if network.closed_at is not None:
        return _aware(network.closed_at)
    network_id = network.id
    moments = [
        network.created_at,
        session.exec(select(func.max(Meeting.starts_at)).where(
            Meeting.network_id == network_id)).one(),
        session.exec(select(func.max(Membership.status_changed_at)).where(
            Membership.network_id == network_id)).one(),
        session.exec(select(func.max(Report.updated_at)).join(
            Meeting, col(Meeting.id) == col(Report.meeting_id)).where(
            Meeting.network_id == network_id)).one(),
        session.exec(select(func.max(Poll.created_at)).where(
            Poll.network_id == network_id)).one(),
        session.exec(select(func.max(Agreement.created_at)).where(
            Agreement.network_id == network_id)).one(),
        session.exec(select(func.max(KickoffResponse.updated_at)).where(
            KickoffResponse.network_id == network_id)).one(),
    ]
    return max(_aware(moment) for moment in moments if moment is not None)


def _aware(moment: datetime) -> datetime:
    """SQLite hands aggregates back as naive UTC (or text): make them aware again."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return as_utc(moment)


def everyone(session: Session, network_id: int) -> list[tuple[str, str]]:
    """Every person with a membership row in the network: (their workspace, user id)."""
    rows = session.exec(select(Membership.user_team_id, Membership.team_id, Membership.user_id)
                        .where(Membership.network_id == network_id)).all()
    return [(own or team, user) for own, team, user in rows]


def library_files(session: Session, item_ids: Sequence[int]) -> dict[int, str]:
    """{item id: the name of its file} of these library items (those with a file)."""
    if not item_ids:
        return {}
    rows = session.exec(select(KnowledgeFile.item_id, KnowledgeFile.name).where(
        col(KnowledgeFile.item_id).in_(item_ids))).all()
    return {item_id: name for item_id, name in rows}


def guest_invitations(session: Session,
                      user_id: str) -> list[tuple[SessionGuest, Meeting, Network]]:
    """Where the person was invited as a guest expert (not a member: no place of theirs)."""
    rows = session.exec(
        select(SessionGuest, Meeting, Network)
        .join(Meeting, col(Meeting.id) == col(SessionGuest.meeting_id))
        .join(Network, col(Network.id) == col(SessionGuest.network_id))
        .where(col(SessionGuest.user_id) == user_id).order_by(col(Meeting.starts_at))
    ).all()
    return [(guest, meeting, network) for guest, meeting, network in rows]
