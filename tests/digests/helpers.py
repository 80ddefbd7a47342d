"""Steps around the digests: find the planned ones, run them, put things in a network."""

from datetime import UTC, datetime, timedelta

from slack_twin.local_stack import LocalStack
from storage import networks as repo
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Meeting,
    Network,
    Poll,
    Rsvp,
    RsvpAnswer,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.slack_helpers import message_text, rows


def the_network(stack: LocalStack) -> Network:
    (network,) = rows(stack, Network)
    return network


def pending_digests(stack: LocalStack, kind: DeliveryKind = DeliveryKind.DIGEST) -> list[Delivery]:
    return rows(stack, Delivery, Delivery.kind == kind, Delivery.status == DeliveryStatus.PENDING)


def the_pending_digest(stack: LocalStack,
                       kind: DeliveryKind = DeliveryKind.DIGEST) -> Delivery:
    (digest,) = pending_digests(stack, kind)
    return digest


def run(stack: LocalStack, delivery: Delivery) -> DeliveryStatus | None:
    return stack.bot.dispatcher.run_one(delivery.id).status


def digests_in_channel(stack: LocalStack, channel: str = CHANNEL) -> list[dict]:
    return [m for m in stack.twin.messages(channel)
            if (m.get("metadata") or {}).get("event_type") == "leernet_delivery"
            and m["metadata"]["event_payload"]["delivery"].startswith("digest:")]


def dms(stack: LocalStack, user: str) -> list[dict]:
    channel = stack.twin.dm_channel(user)
    return stack.twin.messages(channel) if channel else []


def add_meeting(stack: LocalStack, starts_at: datetime, number: int, agenda: str = "") -> int:
    with stack.bot.db.session() as session:
        network = repo.network_by_channel(session, "T0TWIN", CHANNEL)
        meeting = Meeting(team_id=network.team_id, network_id=network.id, starts_at=starts_at,
                          duration_minutes=120, location="Stadhuis Gent",
                          learning_form="intervision", created_by=FACILITATOR, number=number,
                          agenda=agenda)
        session.add(meeting)
        session.flush()
        return meeting.id


def past_meeting(stack: LocalStack, number: int = 1, days_ago: int = 2) -> int:
    starts = (datetime.now(UTC) - timedelta(days=days_ago)).replace(second=0, microsecond=0)
    return add_meeting(stack, starts, number)


def rsvp(stack: LocalStack, meeting_id: int, user: str, answer: RsvpAnswer) -> None:
    with stack.bot.db.session() as session:
        session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting_id, user_id=user, answer=answer))


def open_poll(stack: LocalStack, question: str) -> None:
    with stack.bot.db.session() as session:
        network = repo.network_by_channel(session, "T0TWIN", CHANNEL)
        session.add(Poll(team_id=network.team_id, network_id=network.id, number=1,
                         question=question, options_json='["Ja", "Nee"]',
                         closes_at=datetime.now(UTC) + timedelta(days=3), created_by=FACILITATOR,
                         channel_ts="1700000000.000100"))


def say(stack: LocalStack, user: str, text: str, channel: str = CHANNEL) -> str:
    """Type `/leernet <text>`; the text of the ephemeral answer (with its blocks' text)."""
    response = stack.driver.command(user, text, channel)
    assert response.status == 200, response.body
    if response.json is None:
        return response.body
    return message_text(response.json)
