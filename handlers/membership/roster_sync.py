"""What follows a roster change in Slack: the channel, the person's DM, their questionnaire.

Each step copes with Slack's refusals on its own and reports them, so one guest or one
deactivated account never fails the whole command.
"""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from bot.text import escape
from handlers.slack.deps import Deps
from handlers.slack.kit import Block, section
from handlers.slack.messaging import tell_each
from storage.models import Network

log = logging.getLogger(__name__)

# Slack's answer for a person the channel cannot take, mapped to what we tell a facilitator.
_INVITE_PROBLEMS = {
    "not_in_channel": "member.channel.not_in_channel",
    "user_is_restricted": "member.channel.restricted",  # a guest: only an admin adds one
    "user_is_ultra_restricted": "member.channel.single_channel_guest",
    "ura_max_channels": "member.channel.single_channel_guest",
    "no_external_invite_permission": "member.channel.external",  # Slack Connect
}


class RosterSync:
    def __init__(self, deps: Deps, client: WebClient) -> None:
        self.deps = deps
        self.client = client

    def add_to_channel(self, network: Network, user_id: str, lang: Lang) -> str | None:
        """Invite to the network's channel; None when done, else a line for the facilitator."""
        try:
            self.client.conversations_invite(channel=network.channel_id, users=user_id)
        except SlackApiError as error:
            code = error.response.get("error", "unknown")
            if code == "already_in_channel":
                return None
            key = _INVITE_PROBLEMS.get(code, "member.channel.failed")
            return t(key, lang, user=user_id, error=code, channel=network.channel_id)
        return None

    def remove_from_channel(self, network: Network, user_id: str) -> None:
        try:
            self.client.conversations_kick(channel=network.channel_id, user=user_id)
        except SlackApiError as error:
            # Already gone, or not ours to kick (the creator, an admin): nothing to undo.
            log.info("kick %s from %s: %s", user_id, network.channel_id,
                     error.response.get("error"))

    def tell(self, network: Network, user_id: str, key: str, **values: object) -> None:
        """A DM about `network`, in the person's language (their choice, else the network's);
        failing to reach them is logged, not fatal."""

        def message(lang: Lang, _user: str) -> tuple[str, list[Block]]:
            text = t(key, lang, **values)
            return text, [section(text)]

        tell_each(self.deps, self.client, network, [user_id], message)

    def welcome(self, network: Network, user_id: str, key: str,
                lang: Lang) -> str | None:
        """A newly active member: into the channel, a welcome DM, the kickoff questionnaire."""
        problem = self.add_to_channel(network, user_id, lang)
        self.tell(network, user_id, key, name=escape(network.name), channel=network.channel_id)
        self.deps.services.membership.schedule_kickoff(network, user_id)
        return problem
