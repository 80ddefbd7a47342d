"""What a person's Home tab shows: per network, where they stand and what awaits an answer."""

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlmodel import Session

from bot.domain import apply_at_work, evaluations
from bot.domain.intervision import Part, parts_of
from storage import agreements as agreement_store
from storage import closing_report as closing_store
from storage import intervision as intervision_store
from storage import kickoff as kickoff_store
from storage import memberships as member_store
from storage import networks as repo
from storage import pairing as pairing_store
from storage import polls as poll_store
from storage import reports as report_store
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
    # In a network with pairing on: the person's pause (a round number), or -1: opted out;
    # None: taking part.
    pairing_away: int | None = None
    # Intervision cases the person brings or holds a role in.
    intervision: list[Part] = field(default_factory=list)
    # A closed network's closing report, as its library item (None: not out yet).
    closing_report_item: int | None = None

    @property
    def is_facilitator(self) -> bool:
        return self.member.role == Role.FACILITATOR and self.is_active

    @property
    def is_active(self) -> bool:
        return self.member.status == MembershipStatus.ACTIVE


def home_for(session: Session, team_id: str, user_id: str, now: datetime) -> list[HomeEntry]:
    """Every network the person holds or waits for a place in, with what awaits them there.

    Loaded in bulk: one query per kind of row (networks, sessions, answers, polls, ...), so
    the number of queries does not grow with the number of networks.
    """
    holdings = repo.holdings_of_user(session, team_id, user_id)
    networks = repo.networks_by_id(session, [m.network_id for m in holdings])
    active = [networks[m.network_id] for m in holdings if m.status == MembershipStatus.ACTIVE]
    waiting = [m.network_id for m in holdings if m.status == MembershipStatus.WAITLISTED]
    waitlists = member_store.waitlists(session, waiting)
    details = _ActiveDetails.load(session, team_id, active, user_id, now)
    entries = []
    for member in holdings:
        network = networks[member.network_id]
        if member.status != MembershipStatus.ACTIVE:
            place = None
            if member.status == MembershipStatus.WAITLISTED:
                place = [m.id for m in waitlists[network.id]].index(member.id) + 1
            entries.append(HomeEntry(network, member, waitlist_place=place))
            continue
        entries.append(details.entry(network, member, now))
    closed = [e.network.id for e in entries if e.network.closed_at is not None and e.is_active]
    if closed:  # one query, and only for someone with a closed network
        reports = closing_store.report_items(session, closed)
        entries = [replace(e, closing_report_item=reports.get(e.network.id)) for e in entries]
    return entries


@dataclass(frozen=True)
class _ActiveDetails:
    """What the Home tab shows for the networks a person is active in, loaded in bulk."""

    next_meetings: dict[int, Meeting]
    answers: dict[int, RsvpAnswer]
    kicked_off: set[int]
    kickoff_answered: set[int]
    first_starts: dict[int, datetime]
    agreements: dict[int, Agreement]
    acked: set[int]
    polls: dict[int, list[Poll]]
    votes: dict[int, int]
    items: dict[int, list[ActionItem]]
    evaluations: dict[int, EvaluationPoll]
    followups: dict[int, list[ApplyCommitment]]
    pairing_away: dict[int, int]
    intervision: dict[int, list[Part]]

    @classmethod
    def load(cls, session: Session, team_id: str, networks: list[Network], user_id: str,
             now: datetime) -> "_ActiveDetails":
        ids = [n.id for n in networks]
        next_meetings = sessions_repo.next_meetings(session, ids, now)
        kicked_off = kickoff_store.networks_kicked_off_for(session, ids, user_id)
        # The questionnaire closes at its set time, else at the first session.
        unset = [n.id for n in networks if n.id in kicked_off and n.kickoff_closes_at is None]
        agreements = agreement_store.current_of_networks(session, ids)
        polls = poll_store.open_for_networks(session, ids, now)
        followups: dict[int, list[ApplyCommitment]] = {}
        commitments = apply_at_work.pending_for_user(session, team_id, user_id)
        meetings = sessions_repo.meetings_by_id(session, [c.meeting_id for c in commitments])
        for commitment in commitments:
            followups.setdefault(meetings[commitment.meeting_id].network_id,
                                 []).append(commitment)
        runs = intervision_store.runs_with_roles(session, ids, user_id)
        cases = intervision_store.own_cases(session, [m.id for m in next_meetings.values()],
                                            user_id)
        parts: dict[int, list[Part]] = {}
        for network_id in ids:
            meeting = next_meetings.get(network_id)
            parts[network_id] = parts_of(
                user_id, [(r, c) for r, c in runs if r.network_id == network_id],
                [c for c in cases if meeting is not None and c.meeting_id == meeting.id])
        return cls(
            intervision=parts,
            next_meetings=next_meetings,
            answers=sessions_repo.rsvps_of_user(
                session, [m.id for m in next_meetings.values()], user_id),
            kicked_off=kicked_off,
            kickoff_answered=kickoff_store.networks_answered_by(session, list(kicked_off),
                                                                user_id),
            first_starts=sessions_repo.first_meeting_starts(session, unset),
            agreements=agreements,
            acked=agreement_store.acked_by(session, [a.id for a in agreements.values()],
                                           user_id),
            polls=polls,
            votes=poll_store.votes_of_user(
                session, [p.id for group in polls.values() for p in group], user_id),
            items=report_store.open_items_of_owner(session, ids, user_id),
            evaluations={network.id: poll for network, _, poll
                         in evaluations.open_in_networks(session, networks, user_id, now)},
            followups=followups,
            pairing_away=pairing_store.pauses_of(session, ids, user_id),
        )

    def entry(self, network: Network, member: Membership, now: datetime) -> HomeEntry:
        questionnaire = None
        if network.id in self.kicked_off:
            closing = network.kickoff_closes_at or self.first_starts.get(network.id)
            if closing is None or now < closing:
                questionnaire = (network.id in self.kickoff_answered, closing)
        agreement = self.agreements.get(network.id)
        if agreement is not None and agreement.id in self.acked:
            agreement = None
        meeting = self.next_meetings.get(network.id)
        return HomeEntry(
            network, member, next_meeting=meeting,
            answer=self.answers.get(meeting.id) if meeting else None,
            questionnaire=questionnaire, agreement_to_ack=agreement,
            open_polls=[OpenPoll(p, self.votes.get(p.id)) for p in self.polls[network.id]],
            my_open_items=self.items[network.id],
            evaluation=self.evaluations.get(network.id),
            followups=self.followups.get(network.id, []),
            pairing_away=self.pairing_away.get(network.id),
            intervision=self.intervision.get(network.id, []))
