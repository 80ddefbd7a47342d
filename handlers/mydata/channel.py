"""What an erasure changes in a network's channel: the person's introduction taken down, the
reports that named them shown again with "a former member". Used after a person's own
erasure (listeners) and a network's erasure for inactivity (senders)."""

import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain.languages import of_network
from bot.domain.mydata import Intro, PostedReport
from handlers.agreements.listeners import draw as draw_agreement
from handlers.reports.blocks import report_message
from handlers.slack.deps import Deps
from handlers.slack.messaging import update_or_log
from storage.models import Network

log = logging.getLogger(__name__)


def take_down(client: WebClient, intro: Intro) -> bool:
    """Delete an erased introduction; False when Slack refused (it is still there)."""
    try:
        client.chat_delete(channel=intro.channel_id, ts=intro.ts)
    except SlackApiError as error:
        if error.response.get("error") == "message_not_found":
            return True  # already gone
        log.warning("could not delete an erased introduction in %s: %s", intro.channel_id,
                    error.response.get("error"))
        return False
    return True


def show_agreements(deps: Deps, client_for: Callable[[Network], WebClient],
                    agreement_ids: list[int]) -> None:
    """Redraw the agreements' messages: their author may be "a former member" now, and the
    count of members who agreed has changed."""
    for agreement_id in agreement_ids:
        state = deps.services.agreements.message_state(agreement_id)
        draw_agreement(client_for(state.network), state)


def show_again(client: WebClient, posted: PostedReport) -> None:
    """Redraw a report from what is stored now (the erased names are "a former member")."""
    network = posted.network
    text, blocks = report_message(network, posted.meeting, posted.report, posted.items,
                                  of_network(network), posted.guests)
    update_or_log(client, network.channel_id, posted.report.channel_ts or "", text, blocks)
