"""The kickoff questionnaire: sending it (or, once sent, its synthesis), answering it, the
introduction card's place in the channel, and what its scheduled DMs need."""

from dataclasses import dataclass
from datetime import datetime

from bot.domain import closing, introductions, kickoff, networks
from bot.domain.errors import DomainError
from bot.domain.introductions import CardToDelete
from bot.domain.kickoff import ConsentText, KickoffDraft, KickoffRun, Synthesis
from bot.services.core import Service
from storage.models import Delivery, KickoffResponse, MembershipStatus, Network
from storage.networks import facilitators, get_network, membership, network_in_channel


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
    """What the questionnaire modal shows: the member's previous answers, if any. `refusal`:
    why it takes no answers (closed, no longer a member) while the person's introduction is
    in the channel; the modal then offers only to withdraw it."""

    network: Network
    previous: KickoffResponse | None
    closes_at: datetime | None
    refusal: DomainError | None = None


@dataclass(frozen=True)
class Withdrawn:
    """An introduction taken back: whether there was one (a stale button finds none)."""

    network: Network
    had_consent: bool


@dataclass(frozen=True)
class IntroDelete:
    """For the scheduled delete: the card, and whom to tell when it cannot be deleted."""

    card: CardToDelete
    facilitators: list[str]


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
            if network.kickoff_sent_at is None:
                closing.ensure_not_closed(network)
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
            network = get_network(session, network_id)
            previous = kickoff.own_response(session, network, user_id)
            try:
                kickoff.ensure_may_answer(session, network, user_id, self.now())
            except DomainError as refusal:
                if previous is None or not previous.consent_intro:
                    raise
                return Questionnaire(network, previous, None, refusal)
            return Questionnaire(network, previous, kickoff.closes_at(session, network))

    def save(self, network_id: int, user_id: str, draft: KickoffDraft,
             consent: ConsentText) -> Saved:
        with self.unit() as session:
            network = get_network(session, network_id)
            closing.ensure_not_closed(network)
            saved = kickoff.save_response(session, network, user_id, draft, self.now(),
                                          consent)
            closes_at = kickoff.closes_at(session, network)
        withdrawal = saved.withdrawal
        self.scheduled([withdrawal.delete] if withdrawal and withdrawal.delete else [])
        return Saved(network, saved.response, closes_at)

    def withdraw_intro(self, user_id: str, network_id: int) -> Withdrawn:
        """Take the person's introduction back, at any time: also after the questionnaire
        closed and after they left. Consent is off once this returns; the card leaves the
        channel by a delivery (retried while Slack refuses)."""
        with self.unit() as session:
            network = get_network(session, network_id)
            kickoff.own_response(session, network, user_id)  # another workspace's person
            withdrawal = introductions.withdraw(session, network, user_id, self.now())
        self.scheduled([withdrawal.delete] if withdrawal.delete else [])
        return Withdrawn(network, withdrawal.had_consent)

    def intro_to_delete(self, network_id: int, user_id: str,
                        key: str = "") -> IntroDelete | None:
        """The withdrawn card a delete delivery is for; None when there is nothing to do."""
        with self.read() as session:
            network = get_network(session, network_id)
            card = introductions.card_to_delete(session, network, user_id, key)
            if card is None:
                return None
            return IntroDelete(card, facilitators(session, network.id))

    def erased_card_left(self, network_id: int, ts: str) -> None:
        """An erased person's card Slack would not delete at once: a delivery keeps trying,
        and tells the facilitators if it never can."""
        with self.unit() as session:
            network = get_network(session, network_id)
            planned = introductions.queue_erased_card_delete(session, network, ts, self.now())
        if planned is not None:
            self.scheduled([planned])

    def intro_deleted(self, network_id: int, user_id: str, ts: str) -> None:
        with self.unit() as session:
            introductions.card_deleted(session, network_id, user_id, ts)

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
