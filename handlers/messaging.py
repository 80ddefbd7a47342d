"""Outbound messages every feature sends: a DM to one person, a post in a network's channel."""

from slack_sdk import WebClient

from handlers.kit import Block


def send_dm(client: WebClient, user_id: str, text: str, blocks: list[Block]) -> tuple[str, str]:
    """Open (or reuse) the DM with `user_id` and post there; returns (channel id, message ts)."""
    channel = client.conversations_open(users=user_id)["channel"]["id"]
    posted = client.chat_postMessage(channel=channel, text=text, blocks=blocks)
    return channel, posted["ts"]
