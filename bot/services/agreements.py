"""The group's agreements: reading them, saving a version (and taking it back when its message
cannot be posted), acknowledging one, and what a posted message should show now."""

from dataclasses import dataclass

from bot.domain import agreements, networks
from bot.domain.agreements import AckStatus, AgreementDraft
from bot.services.core import Service
from storage import agreements as store
from storage.models import Agreement, Network, Role
from storage.networks import get_network, network_in_channel


@dataclass(frozen=True)
class Overview:
    """What `/leernet afspraken` shows one person."""

    network: Network
    facilitator: bool
    current: Agreement | None
    status: AckStatus | None
    acked: bool


@dataclass(frozen=True)
class Recorded:
    """A version just saved (not yet posted) and the version it replaces."""

    network: Network
    agreement: Agreement
    previous: Agreement | None
    status: AckStatus


@dataclass(frozen=True)
class Acknowledged:
    network: Network
    agreement: Agreement
    added: bool  # False: they had agreed to this version already


@dataclass(frozen=True)
class MessageState:
    """What a version's channel message shows, read from the database as it is now."""

    network: Network
    agreement: Agreement
    status: AckStatus
    replaced_by: int | None  # the newer version in the channel; then the message has no button


class AgreementService(Service):
    def overview(self, team_id: str, channel_id: str, user_id: str) -> Overview:
        with self.read() as session:
            network = network_in_channel(session, team_id, channel_id)
            member = networks.ensure_member(session, network, user_id)
            current = store.current(session, network.id)
            status = agreements.ack_status(session, current) if current else None
            acked = bool(current and agreements.has_acked(session, current, user_id))
            return Overview(network, member.role == Role.FACILITATOR, current, status, acked)

    def validate(self, network_id: int, user_id: str, draft: AgreementDraft,
                 amends_version: int | None) -> None:
        """Before the modal closes: FieldErrors, Forbidden, or Conflict (a newer version)."""
        with self.unit() as session:
            network = get_network(session, network_id)
            agreements.checked(session, network, draft, user_id=user_id,
                               amends_version=amends_version)

    def record(self, network_id: int, user_id: str, draft: AgreementDraft,
               amends_version: int | None) -> Recorded:
        """Save a new version, acknowledged by its author; its message is posted after."""
        with self.unit() as session:
            network = get_network(session, network_id)
            agreement, previous = agreements.record(
                session, network, draft, user_id=user_id, amends_version=amends_version,
                now=self.now())
            return Recorded(network, agreement, previous,
                            agreements.ack_status(session, agreement))

    def posted(self, agreement_id: int, channel_ts: str) -> None:
        with self.unit() as session:
            agreements.mark_posted(session, agreement_id, channel_ts)

    def discard(self, agreement_id: int) -> None:
        """Undo a version nobody could see (Slack refused its message)."""
        with self.unit() as session:
            agreements.discard(session, agreement_id)

    def acknowledge(self, agreement_id: int, user_id: str) -> Acknowledged:
        with self.unit() as session:
            network, agreement, added = agreements.acknowledge(session, agreement_id, user_id,
                                                               now=self.now())
            return Acknowledged(network, agreement, added)

    def message_state(self, agreement_id: int) -> MessageState:
        with self.read() as session:
            agreement = store.get_agreement(session, agreement_id)
            network = get_network(session, agreement.network_id)
            return MessageState(network, agreement, agreements.ack_status(session, agreement),
                                agreements.replaced_by(session, agreement))
