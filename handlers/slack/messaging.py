"""Outbound messages every feature sends: a DM to one person, a post in a network's channel."""

import logging
from collections.abc import Callable, Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang
from bot.domain.errors import DomainError
from handlers.slack.deps import Deps
from handlers.slack.kit import Block
from storage.models import Delivery

log = logging.getLogger(__name__)

# Builds a message in the reader's language: (fallback text, blocks).
MessageBuilder = Callable[[Lang], tuple[str, list[Block]]]


def send_dm(client: WebClient, user_id: str, text: str, blocks: list[Block]) -> tuple[str, str]:
    """Open (or reuse) the DM with `user_id` and post there; returns (channel id, message ts)."""
    channel = client.conversations_open(users=user_id)["channel"]["id"]
    posted = client.chat_postMessage(channel=channel, text=text, blocks=blocks)
    return channel, posted["ts"]


def tell_each(deps: Deps, client: WebClient, user_ids: Iterable[str],
              build: Callable[[Lang, str], tuple[str, list[Block]]]) -> int:
    """DM each person what `build(their language, their id)` makes; one unreachable person
    does not stop the others (logged). Returns how many were reached."""
    reached = 0
    for user_id in user_ids:
        try:
            send_dm(client, user_id, *build(deps.locales.lang(client, user_id), user_id))
            reached += 1
        except SlackApiError as error:
            log.warning("could not DM %s: %s", user_id, error.response.get("error"))
    return reached


def post_or_undo(client: WebClient, channel_id: str, text: str, blocks: list[Block],
                 undo: Callable[[], None]) -> str:
    """Post what was just stored in a network's channel; if Slack refuses, `undo` takes the
    stored thing back (nobody saw it) and the refusal becomes a DomainError to show."""
    try:
        return str(client.chat_postMessage(channel=channel_id, text=text, blocks=blocks)["ts"])
    except SlackApiError as error:
        undo()
        raise DomainError("error.cannot_post", error=error.response.get("error", "?")) from error


def update_or_log(client: WebClient, channel_id: str, ts: str, text: str,
                  blocks: list[Block]) -> None:
    """Redraw a posted message whose state is already stored; if Slack refuses, only the
    display lags behind, so log it rather than fail what the user did."""
    try:
        client.chat_update(channel=channel_id, ts=ts, text=text, blocks=blocks)
    except SlackApiError as error:
        log.warning("could not update message %s in %s: %s", ts, channel_id,
                    error.response.get("error"))


class Sender:
    """Base of scheduled senders: the delivery's workspace decides which client calls Slack."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def __call__(self, delivery: Delivery) -> None:
        raise NotImplementedError

    def client_for(self, delivery: Delivery) -> WebClient:
        return self.deps.clients.for_team(delivery.team_id)


class OncePerPersonSender(Sender):
    """Base of scheduled deliveries that DM people: each person once, per delivery.

    The receipt is claimed before the send, so a retried or doubled delivery never DMs anyone
    twice; a person Slack refuses keeps the reason on the receipt and does not stop the others.
    """

    def dm(self, delivery: Delivery, user_id: str, build: MessageBuilder) -> None:
        receipt = self.deps.services.deliveries.claim_receipt(delivery, user_id)
        if receipt is None:
            return  # this person already had it (an earlier, interrupted attempt)
        client = self.client_for(delivery)
        try:
            text, blocks = build(self.deps.locales.lang(client, user_id))
            receipt.channel_id, receipt.message_ts = send_dm(client, user_id, text, blocks)
        except SlackApiError as exc:
            receipt.error = str(exc.response.get("error", "unknown"))[:200]
            log.warning("%s %s to %s failed: %s", delivery.kind, delivery.id, user_id,
                        receipt.error)
        self.deps.services.deliveries.record(receipt)
