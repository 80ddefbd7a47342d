"""Outbound side of the scheduler: turns a due delivery into Slack messages."""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain import sessions
from handlers import evaluations, kickoff, reports
from handlers.blocks import reminder_message
from handlers.deps import Deps
from handlers.messaging import send_dm
from handlers.polls import PollCloseSender
from storage import deliveries as queue
from storage import repositories as repo
from storage.models import Delivery, DeliveryKind, Meeting, Network

log = logging.getLogger(__name__)


class ReminderSender:
    """DMs a session reminder with attendance buttons to every active member, once each."""

    def __init__(self, deps: Deps, client: WebClient) -> None:
        self.deps = deps
        self.client = client

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            network = session.get(Network, delivery.network_id)
            meeting = session.get(Meeting, delivery.meeting_id)
            members = [m.user_id for m in repo.active_members(session, network.id)]
            details = sessions.reminder_details(session, meeting)
        for user_id in members:
            self._send_to(delivery, network, meeting, user_id, details)

    def _send_to(self, delivery: Delivery, network: Network, meeting: Meeting,
                 user_id: str, details: sessions.ReminderDetails) -> None:
        with self.deps.db.session() as session:
            receipt = queue.claim_receipt(session, delivery, user_id)
        if receipt is None:
            return  # this person already had it (an earlier, interrupted attempt)
        with self.deps.db.session() as session:
            answer = repo.rsvp(session, meeting.id, user_id)
        try:
            lang = self.deps.locales.lang(self.client, user_id)
            text, blocks = reminder_message(network, meeting, lang,
                                            answer.answer if answer else None, details)
            receipt.channel_id, receipt.message_ts = send_dm(self.client, user_id, text, blocks)
        except SlackApiError as exc:
            # One unreachable member (deactivated, a bot, rate limited for too long) must not
            # keep the reminder from the others; the receipt keeps the reason.
            receipt.error = str(exc.response.get("error", "unknown"))[:200]
            log.warning("reminder %s to %s failed: %s", delivery.id, user_id, receipt.error)
        with self.deps.db.session() as session:
            session.merge(receipt)


def senders(deps: Deps, client: WebClient) -> dict[DeliveryKind, object]:
    return {DeliveryKind.REMINDER: ReminderSender(deps, client),
            DeliveryKind.POLL_CLOSE: PollCloseSender(deps, client),
            **kickoff.senders(deps, client),
            **evaluations.senders(deps, client),
            **reports.senders(deps, client)}



