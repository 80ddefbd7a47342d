"""A person's own data: what is stored about them per network, who may erase it, and when a
network's personal data is due for erasure (retention)."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Session

from bot.domain.errors import Conflict, NotFound
from storage import erasure
from storage import external as external_store
from storage import final_evaluation as final_store
from storage import knowledge as knowledge_store
from storage import mydata as store
from storage import networks as repo
from storage import pairing as pairing_store
from storage import reports as report_store
from storage import sessions as meeting_store
from storage.models import (
    ActionItem,
    AgendaContribution,
    ApplyCommitment,
    Consent,
    Delivery,
    DeliveryKind,
    EvaluationAnswer,
    Intervision,
    IntervisionEntry,
    KickoffResponse,
    KnowledgeItem,
    LearningQuestionAnswer,
    Meeting,
    Membership,
    MembershipStatus,
    Network,
    Poll,
    PollVote,
    Report,
    Role,
    Rsvp,
    SessionGuest,
)

# Facilitators hear this long before a network's personal data is erased for inactivity.
RETENTION_WARNING = timedelta(days=30)


@dataclass
class NetworkData:
    """Everything stored about one person in one network."""

    network: Network
    member: Membership
    kickoff: KickoffResponse | None
    rsvps: list[tuple[Rsvp, Meeting]]
    votes: list[tuple[PollVote, Poll]]
    agenda: list[tuple[AgendaContribution, Meeting]]
    commitments: list[tuple[ApplyCommitment, Meeting]]
    items: list[ActionItem]
    receipts: int
    evaluations: int
    agreements: list[int]
    consents: list[Consent] = field(default_factory=list)
    library: list[KnowledgeItem] = field(default_factory=list)
    named_answers: list[tuple[EvaluationAnswer, Meeting]] = field(default_factory=list)
    library_files: dict[int, str] = field(default_factory=dict)  # item id -> its file's name
    # Their own learning questions as they answered them in the final evaluation (kept with
    # them, unlike the rest of that evaluation).
    learning: list[LearningQuestionAnswer] = field(default_factory=list)
    # Pairing: (round, the others in the group, whether it met); their pause (a round
    # number), or None; opted out of pairing.
    pairs: list[tuple[int, list[str], bool | None]] = field(default_factory=list)
    pairing_paused_until: int | None = None
    pairing_opted_out: bool = False
    # Intervision: the questions and advice they gave, and the runs of the cases they brought.
    intervision_entries: list[IntervisionEntry] = field(default_factory=list)
    takeaways: list[tuple[Intervision, AgendaContribution]] = field(default_factory=list)

    @property
    def intro_posted(self) -> bool:
        """Their introduction is in the channel (it can be withdrawn)."""
        return bool(self.kickoff and self.kickoff.intro_ts and self.kickoff.consent_intro)


@dataclass
class MyData:
    user_id: str
    language: str | None
    networks: list[NetworkData] = field(default_factory=list)
    # Sessions they were invited to as a guest expert (handlers/external).
    guest_at: list[tuple[SessionGuest, Meeting, Network]] = field(default_factory=list)


def collect(session: Session, team_id: str, user_id: str, language: str | None) -> MyData:
    data = MyData(user_id, language)
    for member, network in store.places(session, team_id, user_id):
        nid = network.id
        library = list(store.library_items(session, nid, user_id))
        data.networks.append(NetworkData(
            network, member, store.kickoff(session, nid, user_id),
            store.rsvps(session, nid, user_id), store.votes(session, nid, user_id),
            store.agenda_items(session, nid, user_id), store.commitments(session, nid, user_id),
            list(store.owned_items(session, nid, user_id)),
            store.receipt_count(session, nid, user_id),
            store.evaluations_answered(session, nid, user_id),
            store.agreements_acknowledged(session, nid, user_id),
            list(store.consents(session, nid, user_id)),
            library, store.named_answers(session, nid, user_id),
            store.library_files(session, [item.id for item in library]),
            list(final_store.learning_answers(session, nid, user_id))))
        pause = pairing_store.pause_of(session, nid, user_id)
        data.networks[-1].pairs = pairing_store.pairs_of(session, nid, user_id)
        data.networks[-1].pairing_paused_until = pause.until_round if pause else None
        data.networks[-1].pairing_opted_out = pause is not None and pause.until_round is None
        data.networks[-1].intervision_entries = store.intervision_entries(session, nid, user_id)
        data.networks[-1].takeaways = store.takeaways(session, nid, user_id)
    data.guest_at = store.guest_invitations(session, user_id)
    return data


@dataclass(frozen=True)
class Intro:
    """An introduction still in a channel, to take down after an erasure."""

    team_id: str
    channel_id: str
    ts: str
    network_id: int


@dataclass(frozen=True)
class PostedReport:
    """A report in a channel that named the erased person: to show again without them."""

    network: Network
    meeting: Meeting
    report: Report
    items: list[ActionItem]
    guests: list[SessionGuest] = field(default_factory=list)  # the session's guest experts


@dataclass(frozen=True)
class Erased:
    intros: list[Intro]
    reports: list[PostedReport]
    agreements: list[int] = field(default_factory=list)  # messages to draw again (ids)


def erase(session: Session, team_id: str, user_id: str, network_id: int | None) -> Erased:
    """Erase the person in one network (`network_id`) or everywhere (None). A facilitator
    who is a network's last one must hand over first (Conflict, nothing erased)."""
    places = store.places(session, team_id, user_id)
    if network_id is not None:
        places = [(m, n) for m, n in places if n.id == network_id]
        if not places:
            raise NotFound("mydata.error.no_data")
    for member, network in places:
        ensure_not_last_facilitator(session, network, member)
    intros = []
    for _, network in places:
        kickoff = store.kickoff(session, network.id, user_id)
        if kickoff is not None and kickoff.intro_ts:
            intros.append(Intro(network.team_id, network.channel_id, kickoff.intro_ts,
                                network.id))
    network_ids = [n.id for _, n in places]
    named = store.posted_reports_naming(session, network_ids, user_id)
    erasure.erase(session, erasure.Person(team_id, user_id), network_ids,
                  everything=network_id is None)
    if network_id is None:  # their messages saved in networks they were never part of
        knowledge_store.remove_saved_from(session, team_id, user_id)
    return Erased(intros, [_posted(session, report_id) for report_id in named],
                  store.posted_agreements(session, network_ids))


def erase_network(session: Session, network: Network) -> Erased:
    """Erase everyone's personal data in the network (retention): what the channel still
    shows of them comes back to the caller, as with one person's erasure: the introductions
    to take down and the reports to show again without names."""
    people = store.everyone(session, network.id)
    intros = [Intro(network.team_id, network.channel_id, kickoff.intro_ts, network.id)
              for kickoff in store.posted_intros(session, network.id)
              if kickoff.intro_ts]
    named = sorted({report_id for _, user in people
                    for report_id in store.posted_reports_naming(session, [network.id], user)})
    for person_team, user in people:
        erasure.erase(session, erasure.Person(person_team, user), [network.id],
                      everything=False)
    # Guest experts are not members: what they shared as a guest, their names, e-mail
    # addresses and user ids go with the rest of the network's personal data.
    for guest_team, guest in external_store.slack_guests_of_network(session, network.id):
        erasure.erase(session, erasure.Person(guest_team, guest), [network.id],
                      everything=False)
    external_store.delete_guests_of_network(session, network.id)
    return Erased(intros, [_posted(session, report_id) for report_id in named],
                  store.posted_agreements(session, [network.id]))


def _posted(session: Session, report_id: int) -> PostedReport:
    report = report_store.get_report(session, report_id)
    meeting = meeting_store.get_meeting(session, report.meeting_id)
    return PostedReport(repo.get_network(session, meeting.network_id), meeting, report,
                        list(report_store.items_of_report(session, report_id)),
                        list(external_store.guests_of_meeting(session, meeting.id)))


def ensure_not_last_facilitator(session: Session, network: Network, member: Membership) -> None:
    """The last facilitator hands over before erasing, when there is someone to hand over to;
    a network's only active member may always erase (the network is left without members)."""
    if member.role != Role.FACILITATOR or member.status != MembershipStatus.ACTIVE:
        return
    if repo.facilitators(session, network.id) != [member.user_id]:
        return
    others = [m for m in repo.active_members(session, network.id) if m.user_id != member.user_id]
    if others:
        raise Conflict("mydata.error.last_facilitator", name=network.name)


def first_retention_check(network: Network, retention: timedelta) -> Delivery:
    """A new network's retention check, due when its warning would be (its first activity
    is its start); each check plans the next one (bot.services.mydata)."""
    run_at = network.created_at + retention - RETENTION_WARNING
    return retention_check(network, run_at)


def retention_check(network: Network, run_at: datetime) -> Delivery:
    return Delivery(team_id=network.team_id, key=f"retention:{network.id}:{run_at.isoformat()}",
                    kind=DeliveryKind.RETENTION, run_at=run_at, network_id=network.id,
                    target="facilitators")


class Retention(StrEnum):
    WAIT = "wait"  # not due: check again at `at`
    WARN = "warn"  # warn the facilitators now, erase at `at` unless it wakes up
    ERASE = "erase"  # warned long enough ago, and nothing happened since


@dataclass(frozen=True)
class RetentionStep:
    action: Retention
    at: datetime | None  # when to check next (None after an erasure)


def retention_step(now: datetime, last_activity: datetime, warned_at: datetime | None,
                   retention: timedelta) -> RetentionStep:
    """A network is inactive once nothing happened in it (see storage.mydata.last_activity)
    for `retention`; its facilitators are warned RETENTION_WARNING before. A warning given
    before the latest activity no longer counts: a network that woke up after the warning is
    not erased, and is warned afresh when it falls asleep again."""
    due = last_activity + retention
    warned = warned_at is not None and warned_at >= last_activity
    if now < due - RETENTION_WARNING:
        return RetentionStep(Retention.WAIT, due - RETENTION_WARNING)
    if not warned:
        return RetentionStep(Retention.WARN, max(due, now + RETENTION_WARNING))
    assert warned_at is not None
    if now < max(due, warned_at + RETENTION_WARNING):
        return RetentionStep(Retention.WAIT, max(due, warned_at + RETENTION_WARNING))
    return RetentionStep(Retention.ERASE, None)
