"""Outbound messages every feature sends: a DM to one person, a post in a network's channel."""

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain.errors import DomainError
from handlers.kit import Block


def send_dm(client: WebClient, user_id: str, text: str, blocks: list[Block]) -> tuple[str, str]:
    """Open (or reuse) the DM with `user_id` and post there; returns (channel id, message ts)."""
    channel = client.conversations_open(users=user_id)["channel"]["id"]
    posted = client.chat_postMessage(channel=channel, text=text, blocks=blocks)
    return channel, posted["ts"]


def post_or_refuse(client: WebClient, channel_id: str, text: str, blocks: list[Block]) -> str:
    """Post in a network's channel; a refusal becomes a DomainError the modal can show, so the
    caller's transaction rolls back and nothing is stored half."""
    try:
        return client.chat_postMessage(channel=channel_id, text=text, blocks=blocks)["ts"]
    except SlackApiError as error:
        raise DomainError("error.cannot_post", error=error.response.get("error", "?")) from error
