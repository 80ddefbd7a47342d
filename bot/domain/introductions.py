"""The introduction card a member allows in the network's channel: consent given (with the
exact text agreed to and when) and withdrawn, which is possible at any time, also after the
questionnaire closed and after leaving.

Withdrawing is stored at once; taking the card out of the channel is a delivery
(`DeliveryKind.INTRO_DELETE`), so a refused `chat.delete` is tried again, and what cannot be
deleted is reported to the facilitators.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session

from storage import consents as store
from storage import deliveries as queue
from storage import kickoff as kickoff_store
from storage.models import (
    FORMER_MEMBER,
    Consent,
    ConsentKind,
    Delivery,
    DeliveryKind,
    KickoffResponse,
    Network,
)

# The key of a delete for an erased person's card: `intro-delete-erased:<network>:<ts>`.
ERASED_CARD_KEY = "intro-delete-erased"

# Slack's answers to chat.delete: the card is gone already (done), or it cannot be deleted by
# the bot (a facilitator must remove it by hand). Anything else is worth another attempt.
GONE = frozenset({"message_not_found"})
CANNOT_DELETE = frozenset({"cant_delete_message", "channel_not_found", "not_in_channel",
                           "is_archived", "restricted_action", "access_denied",
                           "missing_scope", "compliance_exports_prevent_deletion"})


class DeleteOutcome(StrEnum):
    DONE = "done"  # deleted, or already gone
    CANNOT = "cannot"  # Slack will never let the bot delete it
    RETRY = "retry"  # Slack failed this time


def delete_outcome(error: str | None) -> DeleteOutcome:
    """What Slack's answer to chat.delete (None: ok) means for the withdrawn card."""
    if error is None or error in GONE:
        return DeleteOutcome.DONE
    if error in CANNOT_DELETE:
        return DeleteOutcome.CANNOT
    return DeleteOutcome.RETRY


def give(session: Session, network: Network, user_id: str, text: str, lang: str,
         now: datetime) -> Consent:
    """Record a consent to the introduction card, unless one is in force already."""
    current = store.open_consents(session, network.id, user_id, ConsentKind.INTRO)
    if current:
        return current[-1]
    consent = Consent(team_id=network.team_id, network_id=network.id, user_id=user_id,
                      kind=ConsentKind.INTRO, text=text, lang=lang, given_at=now)
    session.add(consent)
    return consent


@dataclass(frozen=True)
class Withdrawal:
    """What withdrawing did: whether a card was in the channel, and its deletion queued."""

    had_consent: bool
    delete: Delivery | None


def withdraw(session: Session, network: Network, user_id: str, now: datetime) -> Withdrawal:
    """Consent off at once, whatever Slack will say; the card's deletion is queued."""
    response = kickoff_store.response(session, network.id, user_id)
    consents = store.open_consents(session, network.id, user_id, ConsentKind.INTRO)
    for consent in consents:
        consent.withdrawn_at = now
        session.add(consent)
    had_consent = bool(consents) or (response is not None and response.consent_intro)
    if response is None:
        session.flush()
        return Withdrawal(had_consent, None)
    response.consent_intro = False
    response.updated_at = now
    session.add(response)
    delete = queue_delete(session, network, response, now) if response.intro_ts else None
    session.flush()
    return Withdrawal(had_consent, delete)


def queue_delete(session: Session, network: Network, response: KickoffResponse,
                 now: datetime) -> Delivery | None:
    """The delivery that takes the member's card out of the channel, due now. Keyed by the
    moment: a card withdrawn again after a failed delete is tried again."""
    return queue.add(session, Delivery(
        team_id=network.team_id,
        key=f"intro-delete:{network.id}:{response.user_id}:{int(now.timestamp() * 1e6)}",
        kind=DeliveryKind.INTRO_DELETE,
        run_at=now,
        network_id=network.id,
        target=response.user_id,
    ))


@dataclass(frozen=True)
class CardToDelete:
    network: Network
    channel_id: str
    ts: str


def queue_erased_card_delete(session: Session, network: Network, ts: str,
                             now: datetime) -> Delivery | None:
    """The delivery that keeps trying to take down the card of a person who was erased (their
    kickoff row is gone, so the key holds the card and the target names nobody)."""
    return queue.add(session, Delivery(
        team_id=network.team_id,
        key=f"{ERASED_CARD_KEY}:{network.id}:{ts}",
        kind=DeliveryKind.INTRO_DELETE,
        run_at=now,
        network_id=network.id,
        target=FORMER_MEMBER,
    ))


def card_to_delete(session: Session, network: Network, user_id: str,
                   key: str = "") -> CardToDelete | None:
    """The card a queued delete is for; None when there is none any more, or when the member
    consented again meanwhile (the card is wanted after all)."""
    if user_id == FORMER_MEMBER:  # an erased person's card: the key says which
        ts = key.rsplit(":", 1)[-1] if key.startswith(ERASED_CARD_KEY + ":") else ""
        return CardToDelete(network, network.channel_id, ts) if ts else None
    response = kickoff_store.response(session, network.id, user_id)
    if response is None or response.consent_intro or not response.intro_ts:
        return None
    return CardToDelete(network, network.channel_id, response.intro_ts)


def card_deleted(session: Session, network_id: int, user_id: str, ts: str) -> None:
    if user_id == FORMER_MEMBER:
        return  # nothing of the person is left to update
    store.clear_intro_ts(session, network_id, user_id, ts)


def introduced_in(session: Session, team_id: str, user_id: str) -> list[Network]:
    """Where the person's introduction is (or is about to be) in the channel."""
    return list(store.introduced_in(session, team_id, user_id))
