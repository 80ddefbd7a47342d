"""The kickoff questionnaire: sending it (or, once sent, its synthesis), answering it, the
introduction card's place in the channel, and what its scheduled DMs need."""

from dataclasses import dataclass
from datetime import datetime

from bot.domain import kickoff, networks
from bot.domain.kickoff import KickoffDraft, KickoffRun, Synthesis
from bot.services.core import Service
from storage.models import Delivery, KickoffResponse, MembershipStatus, Network
from storage.networks import get_network, membership, network_in_channel


@dataclass(frozen=True)
class Started:
    """`/leernet kickoff` the first time: what was queued."""

    network: Network
    run: KickoffRun


@dataclass(frozen=True)
class Summary:
    """`/leernet kickoff` once it was sent: the synthesis so far."""

    network: Network
    result: Synthesis
    latecomers: int
    now: datetime


@dataclass(frozen=True)
class Questionnaire:
    """What the questionnaire modal shows: the member's previous answers, if any."""

    network: Network
    previous: KickoffResponse | None
    closes_at: datetime | None


@dataclass(frozen=True)
class Saved:
    network: Network
    response: KickoffResponse
    closes_at: datetime | None


@dataclass(frozen=True)
class Invitation:
    """What a scheduled invitation or reminder DM shows, and to whom it goes."""

    network: Network
    closes_at: datetime | None
    recipients: list[str]


class KickoffService(Service):
    def start(self, team_id: str, channel_id: str, user_id: str) -> Started | Summary:
        """Send the questionnaire to every member with one reminder; once it was sent, the
        synthesis instead."""
        now = self.now()
        with self.unit() as session:
            network = network_in_channel(session, team_id, channel_id)
            networks.ensure_facilitator(session, network, user_id)
            if network.kickoff_sent_at is not None:
                return Summary(network, kickoff.synthesis(session, network),
                               len(kickoff.missing_recipients(session, network)), now)
            run = kickoff.send_kickoff(session, network, now,
                                       self.settings.kickoff_reminder_delay)
        self.scheduled(run.sent + ([run.reminder] if run.reminder else []))
        return Started(network, run)

    def send_late(self, network_id: int, user_id: str) -> list[Delivery]:
        """The questionnaire for members who joined after the kickoff went out."""
        with self.unit() as session:
            network = get_network(session, network_id)
            networks.ensure_facilitator(session, network, user_id)
            sent = kickoff.send_to_latecomers(session, network, self.now())
        self.scheduled(sent)
        return sent

    def questionnaire(self, network_id: int, user_id: str) -> Questionnaire:
        with self.read() as session:
            network, previous = kickoff.questionnaire_for(session, network_id, user_id,
                                                          self.now())
            return Questionnaire(network, previous, kickoff.closes_at(session, network))

    def save(self, network_id: int, user_id: str, draft: KickoffDraft) -> Saved:
        with self.unit() as session:
            network = get_network(session, network_id)
            response = kickoff.save_response(session, network, user_id, draft, self.now())
            return Saved(network, response, kickoff.closes_at(session, network))

    def intro_shown(self, network_id: int, user_id: str, ts: str | None) -> None:
        """Where the member's introduction card now is in the channel (None: nowhere)."""
        with self.unit() as session:
            kickoff.set_intro_ts(session, network_id, user_id, ts)

    def invitation(self, network_id: int, user_id: str) -> Invitation | None:
        """For the scheduled invitation: None once the member left or the questionnaire
        closed."""
        with self.unit() as session:
            network = get_network(session, network_id)
            member = membership(session, network.id, user_id)
            if member is None or member.status != MembershipStatus.ACTIVE:
                return None
            if not kickoff.is_open(session, network, self.now()):
                return None
            return Invitation(network, kickoff.closes_at(session, network), [user_id])

    def reminder(self, network_id: int) -> Invitation | None:
        """For the one reminder: the members who have not answered; None once closed."""
        with self.unit() as session:
            network = get_network(session, network_id)
            if not kickoff.is_open(session, network, self.now()):
                return None
            return Invitation(network, kickoff.closes_at(session, network),
                              kickoff.non_respondents(session, network))
