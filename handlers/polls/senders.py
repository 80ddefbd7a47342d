"""Closing a poll: the results in the channel, by schedule or by a facilitator."""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain.languages import of_network
from bot.services.polls import Closed, PollService
from handlers.home.publish import refresh_network_homes
from handlers.polls.blocks import closed_message, results_message
from handlers.slack.deps import Deps
from handlers.slack.messaging import Sender, update_or_log
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


def announce_close(client: WebClient, polls: PollService, closed: Closed) -> None:
    """After the close is committed: post the results and show the poll message closed.

    If Slack refuses the results, the close is undone (nobody saw it) and the SlackApiError
    goes up, so the scheduled close is retried, or the facilitator is told.
    """
    network, poll, tally = closed.network, closed.poll, closed.tally
    text, blocks = results_message(poll, tally, of_network(network))
    try:
        client.chat_postMessage(channel=network.channel_id, text=text, blocks=blocks)
    except SlackApiError:
        polls.reopen(poll.id)
        raise
    if poll.channel_ts:  # the results say it is over; late votes are refused anyway
        text, blocks = closed_message(poll, tally.voters, of_network(network))
        update_or_log(client, network.channel_id, poll.channel_ts, text, blocks)


class PollCloseSender(Sender):
    """The scheduled close of a poll (DeliveryKind.POLL_CLOSE)."""

    def __call__(self, delivery: Delivery) -> None:
        if delivery.poll_id is None:
            log.warning("poll close %s names no poll", delivery.id)
            return
        polls = self.deps.services.polls
        closed = polls.close_due(delivery.poll_id)
        if closed is None:
            log.info("poll %s was closed already", delivery.poll_id)
            return
        client = self.client_for(delivery)
        announce_close(client, polls, closed)
        refresh_network_homes(client, self.deps, delivery.network_id)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.POLL_CLOSE: PollCloseSender(deps)}
