"""Digests: their setting, what each one says, planning the next one, unsubscribing, and the
workspaces' coordinators."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from statistics import fmean
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain import closing, digests, final_evaluation
from bot.domain.digests import DigestSetting
from bot.domain.errors import BadInput
from bot.domain.evaluations import SCALES
from bot.domain.networks import ensure_facilitator, ensure_member
from bot.services.core import Service
from storage import agreements as agreement_store
from storage import deliveries as delivery_store
from storage import digests as store
from storage import evaluations as evaluation_store
from storage import external as external_store
from storage import intervision as intervision_store
from storage import kickoff as kickoff_store
from storage import memberships as membership_store
from storage import networks as network_store
from storage import polls as poll_store
from storage import reports as report_store
from storage import sessions as session_store
from storage.models import (
    ActionItem,
    Coordinator,
    Delivery,
    DeliveryKind,
    ExternalInputAsk,
    KnowledgeItem,
    Meeting,
    MembershipStatus,
    Network,
    Poll,
    Report,
    Role,
    RsvpAnswer,
)

UNSUBSCRIBABLE = (DeliveryKind.FACILITATOR_DIGEST, DeliveryKind.COORDINATOR_DIGEST)


STATUS_ASKS = 3  # the latest answers on external input in `/leernet status`

@dataclass(frozen=True)
class NextSession:
    meeting: Meeting
    yes: int
    no: int
    members: int
    # The titles of its intervision cases; a confidential one ("only in the session") never.
    cases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ChannelDigest:
    """What the channel reads: the coming session, and what is new since the last digest."""

    network: Network
    next_session: NextSession | None
    reports: list[tuple[Report, Meeting]]
    knowledge: list[KnowledgeItem]
    successes: list[KnowledgeItem]  # success stories their authors shared (their consent)
    polls: list[Poll]
    items: list[ActionItem]
    # The closing phase: the final evaluation is open until then (a reminder, no names).
    final_until: datetime | None = None


@dataclass(frozen=True)
class Rate:
    answered: int
    asked: int


@dataclass(frozen=True)
class FacilitatorDigest:
    """What a network's facilitators should know or do this week."""

    network: Network
    recipients: list[str]
    kickoff: Rate | None  # the startbevraging, while it is open
    evaluation: tuple[Meeting, Rate] | None  # the latest session's evaluation
    rsvps: tuple[Meeting, Rate] | None  # the coming session
    missing_report: Meeting | None
    unacknowledged: list[str] = field(default_factory=list)
    waitlist: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    overdue: list[ActionItem] = field(default_factory=list)
    # (commitment id, obstacle): a facilitator may keep one as a knowledge item
    obstacles: list[tuple[int, str]] = field(default_factory=list)
    # The closing phase: the final evaluation's response rate and when it closes.
    final: tuple[datetime, Rate] | None = None
    # What the group answered on external input this week (handlers/external)
    external: list[ExternalInputAsk] = field(default_factory=list)

    @property
    def has_news(self) -> bool:
        return bool(self.kickoff or self.evaluation or self.missing_report or self.unacknowledged
                    or self.waitlist or self.pending or self.overdue or self.obstacles
                    or self.final or self.external)


@dataclass(frozen=True)
class NetworkMonth:
    """One network's month, as a coordinator reads it."""

    network: Network
    held: int
    present: int  # attendances confirmed over the sessions held
    averages: dict[str, float]  # per scale, over the released evaluations only
    knowledge: int
    planned: bool  # a session is planned ahead


@dataclass(frozen=True)
class CoordinatorDigest:
    team_id: str
    recipients: list[str]
    networks: list[NetworkMonth]

    @property
    def has_news(self) -> bool:
        return any(n.held or n.knowledge or not n.planned for n in self.networks)


# What `/leernet status` lists as scheduled: for everyone, and for facilitators only.
SCHEDULED_FOR_ALL = (DeliveryKind.DIGEST, DeliveryKind.REMINDER, DeliveryKind.EVALUATION,
                     DeliveryKind.POLL_CLOSE)
SCHEDULED_FOR_FACILITATORS = (DeliveryKind.FACILITATOR_DIGEST, DeliveryKind.REPORT_REMINDER,
                              DeliveryKind.KICKOFF_REMINDER)


@dataclass(frozen=True)
class Status:
    """A network at a glance; `facilitator` decides what the blocks show (waitlist names,
    pending requests and the facilitators' schedule are theirs)."""

    network: Network
    facilitator: bool
    held: int
    members: int
    places_left: int
    waitlist: list[str]
    pending: list[str]
    next_session: NextSession | None
    kickoff: Rate | None
    polls: list[tuple[Poll, int]]
    evaluation: tuple[Meeting, int] | None
    reports_done: int
    reports_missing: int
    open_items: int
    knowledge: int
    scheduled: list[tuple[DeliveryKind, datetime]]
    # The closing phase: the final evaluation open until then, with its count of answers
    # (the count only: what anyone may see while it is open).
    final: tuple[datetime, Rate] | None = None
    # The latest answers of the group on external input (handlers/external), newest first
    external: list[ExternalInputAsk] = field(default_factory=list)


@dataclass(frozen=True)
class SettingChange:
    network: Network
    next_at: datetime | None  # None: the digests are off


class DigestService(Service):
    # --- the setting ------------------------------------------------------------------
    def setting(self, team_id: str, channel_id: str, user_id: str) -> tuple[Network, bool]:
        """The channel's network and whether the person is one of its facilitators."""
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            return network, user_id in network_store.facilitators(session, network.id)

    def setting_of_network(self, network_id: int, user_id: str) -> tuple[Network, bool]:
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            return network, user_id in network_store.facilitators(session, network.id)

    def change(self, network_id: int, user_id: str, setting: DigestSetting) -> SettingChange:
        """A facilitator's new day and time (or off): the planned digests move with it."""
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            ensure_facilitator(session, network, user_id)
            closing.ensure_not_closed(network)  # a closed network gets no more digests
            network.digest_weekday, network.digest_hour = setting.weekday, setting.hour
            network.digest_minute, network.digest_on = setting.minute, setting.on
            session.add(network)
            store.drop_pending(session, network.id, digests.NETWORK_KINDS)
            planned = [d for d in digests.planned_digests(network, self.now())
                       if delivery_store.add(session, d)]
            session.flush()
        self.scheduled(planned)
        return SettingChange(network, planned[0].run_at if planned else None)

    def change_typed(self, team_id: str, channel_id: str, user_id: str,
                     words: list[str]) -> SettingChange:
        """`/leernet digest ma 9:00` (or `uit`, `aan`) in the network's channel."""
        network, _ = self.setting(team_id, channel_id, user_id)
        setting = digests.parse_setting(words, digests.setting_of(network))
        return self.change(network.id, user_id, setting)

    # --- planning -----------------------------------------------------------------------
    def ensure_planned(self) -> int:
        """Plan the digests of networks that have none (networks older than the digests);
        returns how many were planned."""
        planned: list[Delivery] = []
        with self.unit() as session:
            have = store.planned_networks(session, DeliveryKind.DIGEST)
            for network in store.all_networks(session):
                if network.id not in have and network.closed_at is None:
                    planned += [d for d in digests.planned_digests(network, self.now())
                                if delivery_store.add(session, d)]
        self.scheduled(planned)
        return len(planned)

    def plan_next(self, delivery: Delivery) -> None:
        """After a digest: the next one of its kind, one slot on (idempotent: its key)."""
        if delivery.kind == DeliveryKind.COORDINATOR_DIGEST:
            self._plan_next_month(delivery)
            return
        with self.unit() as session:
            network = network_store.get_network(session, delivery.network_id)
            setting = digests.setting_of(network)
            if not setting.on or network.closed_at is not None:
                return  # off, or closed: a closed network gets no more digests
            after = max(digests.slot_of(delivery), self.now())
            slot = digests.next_slot(setting, network.timezone, after)
            planned = delivery_store.add(session, digests.digest_delivery(
                network, DeliveryKind(delivery.kind), slot))
        self.scheduled([planned] if planned else [])

    def plan_coordinator_digest(self, team_id: str) -> Delivery | None:
        """The workspace's next monthly coordinator digest, unless one is planned or the
        workspace has no network yet (the first network's start does not plan it: adding a
        coordinator, or the previous digest, does)."""
        with self.unit() as session:
            if store.pending_for_team(session, team_id, DeliveryKind.COORDINATOR_DIGEST):
                return None
            networks = store.networks_of_team(session, team_id)
            if not networks:
                return None
            slot = digests.next_month_slot(networks[0].timezone, self.now())
            planned = delivery_store.add(session, digests.coordinator_delivery(
                networks[0], team_id, slot))
        self.scheduled([planned] if planned else [])
        return planned

    def _plan_next_month(self, delivery: Delivery) -> None:
        with self.unit() as session:
            networks = store.networks_of_team(session, delivery.team_id)
            if not networks or not store.coordinators(session, delivery.team_id):
                return  # planned again when a coordinator is named
            after = max(digests.slot_of(delivery), self.now())
            slot = digests.next_month_slot(networks[0].timezone, after)
            planned = delivery_store.add(session, digests.coordinator_delivery(
                networks[0], delivery.team_id, slot))
        self.scheduled([planned] if planned else [])

    def next_planned(self, network_id: int) -> list[Delivery]:
        with self.read() as session:
            return list(store.pending(session, network_id, digests.NETWORK_KINDS))

    # --- content ------------------------------------------------------------------------
    def channel_digest(self, delivery: Delivery) -> ChannelDigest | None:
        """The channel digest, or None when nothing is new since the previous one."""
        since, until = digests.window(delivery)
        now = self.now()
        with self.read() as session:
            network = network_store.get_network(session, delivery.network_id)
            if network.closed_at is not None:
                return None  # closed: its channel may be archived, nothing more is posted
            final_until = (network.final_evaluation_closes_at
                           if final_evaluation.is_open(network, now) else None)
            reports = list(store.new_reports(session, network.id, since, until))
            items = list(store.new_knowledge(session, network.id, since, until))
            news = (reports or items or final_until
                    or store.new_polls(session, network.id, since, until)
                    or store.new_meetings(session, network.id, since, until))
            if not news:
                return None
            return ChannelDigest(
                network=network,
                next_session=self._next_session(session, network, self.now()),
                reports=reports,
                knowledge=[i for i in items if i.kind not in store.SUCCESS_KINDS][:store.LISTED],
                successes=[i for i in items if i.kind in store.SUCCESS_KINDS][:store.LISTED],
                polls=list(poll_store.open_for_network(session, network.id, self.now())),
                items=list(report_store.open_items_of_network(session, network.id)),
                final_until=final_until,
            )

    @staticmethod
    def _next_session(session: Session, network: Network,
                      after: datetime) -> NextSession | None:
        meeting = session_store.next_meeting(session, network.id, after)
        if meeting is None:
            return None
        answers = Counter(r.answer for r in session_store.rsvps(session, meeting.id))
        members = len(network_store.active_members(session, network.id))
        return NextSession(meeting, answers[RsvpAnswer.YES], answers[RsvpAnswer.NO], members,
                           [case.title for case in intervision_store.cases_of_meetings(
                               session, [meeting.id]) if not case.confidential and case.title])

    def facilitator_digest(self, delivery: Delivery) -> FacilitatorDigest:
        since, until = digests.window(delivery)
        now = self.now()
        with self.read() as session:
            network = network_store.get_network(session, delivery.network_id)
            if network.closed_at is not None:  # closed: nothing more to tell
                return FacilitatorDigest(network, [], None, None, None, None)
            facilitators = network_store.facilitators(session, network.id)
            unsubscribed = store.opted_out(session, network.team_id,
                                           DeliveryKind.FACILITATOR_DIGEST, network.id)
            members = [m.user_id for m in network_store.active_members(session, network.id)]
            next_session = self._next_session(session, network, now)
            missing = report_store.meetings_without_report(session, network.id, now, limit=1)
            today = now.astimezone(ZoneInfo(network.timezone)).date()
            holding = membership_store.holding(session, network.id)
            return FacilitatorDigest(
                network=network,
                recipients=[f for f in facilitators if f not in unsubscribed],
                kickoff=self._kickoff_rate(session, network, now),
                evaluation=self._evaluation_rate(session, network, since, now),
                rsvps=(next_session.meeting, Rate(next_session.yes + next_session.no,
                                                  next_session.members))
                if next_session else None,
                missing_report=missing[0] if missing else None,
                unacknowledged=self._unacknowledged(session, network, members),
                waitlist=[m.user_id for m in holding
                          if m.status == MembershipStatus.WAITLISTED],
                pending=[m.user_id for m in holding if m.status == MembershipStatus.PENDING],
                overdue=list(store.overdue_items(session, network.id, today)),
                obstacles=store.obstacles_between(session, network.id, since, until),
                final=self._final(session, network, now),
                external=list(external_store.decided_between(session, network.id, since,
                                                             until)),
            )

    def coordinator_digest(self, delivery: Delivery) -> CoordinatorDigest:
        """Per network of the workspace, its last calendar month."""
        team_id = delivery.team_id
        with self.read() as session:
            anchor = network_store.get_network(session, delivery.network_id)
            since, until = digests.month_window(delivery, anchor.timezone)
            unsubscribed = store.opted_out(session, team_id, DeliveryKind.COORDINATOR_DIGEST,
                                           None)
            recipients = [c.user_id for c in store.coordinators(session, team_id)
                          if c.user_id not in unsubscribed]
            months = [self._month(session, network, since, until)
                      for network in store.networks_of_team(session, team_id, since)]
        return CoordinatorDigest(team_id, recipients, months)

    def _month(self, session: Session, network: Network, since: datetime,
               until: datetime) -> NetworkMonth:
        held = list(store.held_between(session, network.id, since, until))
        ids = [m.id for m in held]
        polls = list(store.closed_evaluations(session, ids))
        counts = evaluation_store.answer_counts(session, [p.id for p in polls])
        minimum = self.settings.evaluation_min_answers
        answers = [a for p in polls
                   if digests.released(True, counts.get(p.id, 0), minimum)
                   for a in evaluation_store.answers(session, p.id)]
        averages = ({scale: round(fmean(getattr(a, scale) for a in answers), 1)
                     for scale in SCALES} if answers else {})
        return NetworkMonth(
            network=network, held=len(held), present=store.present_count(session, ids),
            averages=averages, knowledge=store.knowledge_between(session, network.id, since,
                                                                 until),
            # A closing or closed network plans nothing more, by design: not a gap to flag.
            planned=network.closing_started_at is not None
            or session_store.next_meeting(session, network.id, self.now()) is not None)

    @staticmethod
    def _final(session: Session, network: Network, now: datetime, *,
               open_only: bool = True) -> tuple[datetime, Rate] | None:
        """While the final evaluation is open (or, `open_only=False`, until the network is
        closed): until when, and how many answered."""
        closes_at = network.final_evaluation_closes_at
        if closes_at is None or network.closed_at is not None or (
                open_only and not final_evaluation.is_open(network, now)):
            return None
        answered, asked = final_evaluation.response_rate(session, network)
        return closes_at, Rate(answered, asked)

    @staticmethod
    def _kickoff_rate(session: Session, network: Network, now: datetime) -> Rate | None:
        if network.kickoff_sent_at is None:
            return None
        closes = network.kickoff_closes_at or kickoff_store.first_meeting_start(session,
                                                                                 network.id)
        if closes is not None and closes <= now:
            return None
        asked = kickoff_store.kickoff_recipients(session, network.id)
        answered = {r.user_id for r in kickoff_store.responses(session, network.id)}
        return Rate(len(answered & asked), len(asked))

    @staticmethod
    def _evaluation_rate(session: Session, network: Network, since: datetime,
                         now: datetime) -> tuple[Meeting, Rate] | None:
        meeting = evaluation_store.latest_started_meeting(session, network.id, now)
        poll = evaluation_store.poll_for_meeting(session, meeting.id) if meeting else None
        if meeting is None or poll is None or poll.opened_at <= since:
            return None
        invited = evaluation_store.invited(session, meeting.id)
        answered = evaluation_store.submitters(session, poll.id)
        return meeting, Rate(len(answered), len(invited))

    @staticmethod
    def _unacknowledged(session: Session, network: Network, members: Sequence[str]) -> list[str]:
        agreement = agreement_store.current(session, network.id)
        if agreement is None:
            return []
        acked = set(agreement_store.acked_user_ids(session, agreement.id))
        return [m for m in members if m not in acked]

    # --- /leernet status ---------------------------------------------------------------
    def status(self, team_id: str, channel_id: str, user_id: str) -> Status:
        """The channel's network for one of its active members (Forbidden otherwise)."""
        now = self.now()
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            member = ensure_member(session, network, user_id)
            facilitator = member.role == Role.FACILITATOR
            holding = membership_store.holding(session, network.id)
            polls = list(poll_store.open_for_network(session, network.id, now))
            votes = store.vote_counts(session, [p.id for p in polls])
            kinds = SCHEDULED_FOR_ALL + (SCHEDULED_FOR_FACILITATORS if facilitator else ())
            return Status(
                network=network, facilitator=facilitator,
                held=store.held_meetings(session, network.id, now),
                members=len(network_store.active_members(session, network.id)),
                places_left=max(network.max_participants - membership_store.participant_count(
                    session, network.id), 0),
                waitlist=[m.user_id for m in holding
                          if m.status == MembershipStatus.WAITLISTED],
                pending=[m.user_id for m in holding if m.status == MembershipStatus.PENDING]
                if facilitator else [],
                next_session=self._next_session(session, network, now),
                kickoff=self._kickoff_rate(session, network, now),
                polls=[(p, votes.get(p.id, 0)) for p in polls],
                evaluation=store.open_evaluation(session, network.id, now),
                reports_done=store.report_count(session, network.id),
                reports_missing=len(report_store.meetings_without_report(session, network.id,
                                                                         now)),
                open_items=len(report_store.open_items_of_network(session, network.id)),
                knowledge=store.knowledge_count(session, network.id),
                scheduled=sorted(store.scheduled(session, network.id, kinds).items(),
                                 key=lambda pair: pair[1]),
                final=self._final(session, network, now, open_only=False),
                external=list(external_store.asks_of_network(session, network.id,
                                                             limit=STATUS_ASKS)),
            )

    # --- unsubscribing ------------------------------------------------------------------
    def unsubscribe(self, team_id: str, user_id: str, kind: DeliveryKind,
                    network_id: int | None) -> bool:
        if kind not in UNSUBSCRIBABLE:
            raise BadInput()
        with self.unit() as session:
            return store.opt_out(session, team_id, user_id, kind, network_id)

    def resubscribe(self, team_id: str, user_id: str, kind: DeliveryKind,
                    network_id: int | None) -> None:
        with self.unit() as session:
            store.opt_in(session, team_id, user_id, kind, network_id)

    # --- coordinators -------------------------------------------------------------------
    def add_coordinator(self, team_id: str, user_id: str, added_by: str) -> bool:
        """Name a coordinator (False: they were already); their monthly digest is planned."""
        with self.unit() as session:
            added = store.add_coordinator(session, team_id, user_id, added_by)
        self.plan_coordinator_digest(team_id)
        return added

    def remove_coordinator(self, team_id: str, user_id: str) -> bool:
        with self.unit() as session:
            return store.remove_coordinator(session, team_id, user_id)

    def coordinators(self, team_id: str | None = None) -> list[Coordinator]:
        with self.read() as session:
            return list(store.coordinators(session, team_id))
