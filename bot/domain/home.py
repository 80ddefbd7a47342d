"""What a person's Home tab shows: per network, where they stand and what awaits an answer."""

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlmodel import Session

from bot.domain import apply_at_work, evaluations, kickoff, reports
from bot.domain.membership import waitlist_place
from storage import agreements as agreement_store
from storage import kickoff as kickoff_store
from storage import networks as repo
from storage import polls as poll_store
from storage import sessions as sessions_repo
from storage.models import (
    ActionItem,
    Agreement,
    ApplyCommitment,
    EvaluationPoll,
    Meeting,
    Membership,
    MembershipStatus,
    Network,
    Poll,
    Role,
    RsvpAnswer,
)


@dataclass(frozen=True)
class OpenPoll:
    poll: Poll
    my_vote: int | None


@dataclass(frozen=True)
class HomeEntry:
    network: Network
    member: Membership
    waitlist_place: int | None = None
    next_meeting: Meeting | None = None
    answer: RsvpAnswer | None = None
    # The questionnaire while it is open: (answered already?, when it closes).
    questionnaire: tuple[bool, datetime | None] | None = None
    agreement_to_ack: Agreement | None = None
    open_polls: list[OpenPoll] = field(default_factory=list)
    my_open_items: list[ActionItem] = field(default_factory=list)
    evaluation: EvaluationPoll | None = None
    followups: list[ApplyCommitment] = field(default_factory=list)

    @property
    def is_facilitator(self) -> bool:
        return self.member.role == Role.FACILITATOR and self.is_active

    @property
    def is_active(self) -> bool:
        return self.member.status == MembershipStatus.ACTIVE


def home_for(session: Session, team_id: str, user_id: str, now: datetime) -> list[HomeEntry]:
    evaluation_of = {network.id: poll for network, _, poll
                     in evaluations.open_for_user(session, team_id, user_id, now)}
    followups_of: dict[int, list[ApplyCommitment]] = {}
    for commitment in apply_at_work.pending_for_user(session, team_id, user_id):
        meeting = sessions_repo.get_meeting(session, commitment.meeting_id)
        followups_of.setdefault(meeting.network_id, []).append(commitment)
    entries = []
    for member in repo.holdings_of_user(session, team_id, user_id):
        network = repo.get_network(session, member.network_id)
        if member.status != MembershipStatus.ACTIVE:
            place = (waitlist_place(session, member)
                     if member.status == MembershipStatus.WAITLISTED else None)
            entries.append(HomeEntry(network, member, waitlist_place=place))
            continue
        entry = _active_entry(session, network, member, now)
        entries.append(replace(entry, evaluation=evaluation_of.get(network.id),
                               followups=followups_of.get(network.id, [])))
    return entries


def _active_entry(session: Session, network: Network, member: Membership,
                  now: datetime) -> HomeEntry:
    meeting = sessions_repo.next_meeting(session, network.id, now)
    rsvp = sessions_repo.rsvp(session, meeting.id, member.user_id) if meeting else None
    questionnaire = None
    got_it = member.user_id in kickoff_store.kickoff_recipients(session, network.id)
    if got_it and kickoff.is_open(session, network, now):
        answered = kickoff_store.response(session, network.id, member.user_id) is not None
        questionnaire = (answered, kickoff.closes_at(session, network))
    agreement = agreement_store.current(session, network.id)
    if agreement and agreement_store.ack_of(session, agreement.id, member.user_id):
        agreement = None
    polls = []
    for poll in poll_store.open_for_network(session, network.id, now):
        vote = poll_store.vote_of(session, poll.id, member.user_id)
        polls.append(OpenPoll(poll, vote.option_index if vote else None))
    items = [i for i in reports.open_action_items(session, network.id)
             if i.owner_id == member.user_id]
    return HomeEntry(network, member, next_meeting=meeting,
                     answer=RsvpAnswer(rsvp.answer) if rsvp else None,
                     questionnaire=questionnaire, agreement_to_ack=agreement, open_polls=polls,
                     my_open_items=items)
