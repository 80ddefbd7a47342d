"""After a network's close its facilitators choose (any one of them, at any time after it):
whether the network's knowledge items stay visible with their reach or are withdrawn (seen by
nobody, kept for the export and the retention), and whether its channel is archived. Until
they choose, nothing happens: the knowledge stays as it is and the channel stays open.

The knowledge choice can be changed later; the archive cannot be undone by the bot (Slack
does not let a bot token unarchive), so the channel is recorded as archived only once Slack
did it (`conversations.archive`, called by the handler after the acknowledgement and outside
any transaction)."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session

from bot.domain.closing import Phase, phase
from bot.domain.errors import BadInput, Conflict
from bot.domain.networks import ensure_facilitator
from storage.knowledge import WITHDRAWN
from storage.models import Network


class Knowledge(StrEnum):
    KEEP = "keep"
    WITHDRAW = WITHDRAWN


class Channel(StrEnum):
    OPEN = "open"
    ARCHIVE = "archive"


# Slack's refusals of conversations.archive that have a message of their own (catalog
# "after.archive.error.<code>"); any other code gets the general one, with the code.
ARCHIVE_REFUSALS = frozenset({"not_in_channel", "cant_archive_general", "cant_archive_required",
                              "restricted_action", "missing_scope", "channel_not_found",
                              "method_not_supported_for_channel_type"})


@dataclass(frozen=True)
class AfterClosing:
    """The choices as they stand (None: not chosen yet)."""

    knowledge: Knowledge | None
    knowledge_by: str | None
    knowledge_at: datetime | None
    channel: Channel | None
    channel_by: str | None
    channel_at: datetime | None

    @property
    def archived(self) -> bool:
        return self.channel == Channel.ARCHIVE


def of(network: Network) -> AfterClosing:
    return AfterClosing(
        Knowledge(network.knowledge_choice) if network.knowledge_choice else None,
        network.knowledge_chosen_by, network.knowledge_chosen_at,
        Channel(network.channel_choice) if network.channel_choice else None,
        network.channel_chosen_by, network.channel_chosen_at)


def ensure_may_choose(session: Session, network: Network, user_id: str) -> None:
    """A facilitator of a closed network."""
    ensure_facilitator(session, network, user_id)
    if phase(network) != Phase.CLOSED:
        raise Conflict("after.error.not_closed")


def choose_knowledge(session: Session, network: Network, user_id: str, choice: str, *,
                     now: datetime) -> Network:
    if choice not in tuple(Knowledge):
        raise BadInput()
    ensure_may_choose(session, network, user_id)
    network.knowledge_choice = str(choice)
    network.knowledge_chosen_by, network.knowledge_chosen_at = user_id, now
    session.add(network)
    session.flush()
    return network


def ensure_may_archive(session: Session, network: Network, user_id: str) -> None:
    ensure_may_choose(session, network, user_id)
    if network.channel_choice == Channel.ARCHIVE:
        raise Conflict("after.error.archived")


def keep_open(session: Session, network: Network, user_id: str, *, now: datetime) -> Network:
    ensure_may_archive(session, network, user_id)
    network.channel_choice = str(Channel.OPEN)
    network.channel_chosen_by, network.channel_chosen_at = user_id, now
    session.add(network)
    session.flush()
    return network


def archived(session: Session, network: Network, user_id: str, *, now: datetime) -> Network:
    """Slack archived the channel (or it was archived already): recorded once."""
    ensure_facilitator(session, network, user_id)
    if network.channel_choice != Channel.ARCHIVE:
        network.channel_choice = str(Channel.ARCHIVE)
        network.channel_chosen_by, network.channel_chosen_at = user_id, now
        session.add(network)
        session.flush()
    return network
