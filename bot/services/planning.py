"""Planning sessions: what the plan form offers, and planning one session or a series."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.domain import closing, meetings, networks, planning, sessions
from bot.domain.meetings import HostChoice, MeetingDraft, SeriesDraft
from bot.domain.schedule import Cadence
from bot.services.core import Service
from storage import networks as store
from storage.models import AgendaContribution, Delivery, DeliveryKind, Meeting, Network


@dataclass(frozen=True)
class PlanForm:
    """What the plan modal shows: the group's topics, the host in turn, and what members
    brought to the next session."""

    network: Network
    now: datetime
    topics: list[str]
    host: HostChoice
    contributions: tuple[Meeting, list[AgendaContribution]] | None


@dataclass(frozen=True)
class Planned:
    network: Network
    meetings: list[Meeting]
    deliveries: list[Delivery]

    @property
    def reminder_times(self) -> list[datetime]:
        return [d.run_at for d in self.deliveries if d.kind == DeliveryKind.REMINDER]


class PlanningService(Service):
    def form_in_channel(self, team_id: str, channel_id: str, user_id: str) -> PlanForm:
        """The plan form of the network in this channel, when `user_id` may plan its sessions
        (refused otherwise). One read, after the command's acknowledgement (P1)."""
        with self.read() as session:
            return self._form(session, store.network_in_channel(session, team_id, channel_id),
                              user_id)

    def form_for(self, network_id: int, user_id: str) -> PlanForm:
        with self.read() as session:
            return self._form(session, store.get_network(session, network_id), user_id)

    def _form(self, session: Session, network: Network, user_id: str) -> PlanForm:
        networks.ensure_facilitator(session, network, user_id)
        closing.ensure_plannable(network)
        now = self.now()
        return PlanForm(network, now, planning.plan_topics(session, network),
                        meetings.host_choice(session, network),
                        sessions.next_contributions(session, network, now))

    def plan(self, network_id: int, user_id: str, draft: MeetingDraft,
             series: SeriesDraft) -> Planned:
        """Store the session(s) and their reminders; FieldErrors when the form is wrong."""
        with self.unit() as session:
            network = store.get_network(session, network_id)
            networks.ensure_facilitator(session, network, user_id)
            closing.ensure_plannable(network)
            planned, deliveries = meetings.plan_series(
                session, network, draft, series, user_id=user_id, now=self.now(),
                cadence=Cadence.of(network, self.settings))
        self.scheduled(deliveries)
        return Planned(network, planned, deliveries)
