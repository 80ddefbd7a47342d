"""Outbound side of the scheduler: turns a due delivery into Slack messages."""

from functools import partial

from slack_sdk import WebClient

from bot.catalog import Lang
from bot.domain import sessions
from handlers import evaluations, kickoff, reports
from handlers.blocks import reminder_message
from handlers.deps import Deps
from handlers.messaging import OncePerPersonSender
from handlers.polls import PollCloseSender
from storage import repositories as repo
from storage.models import Delivery, DeliveryKind, Meeting, Network


class ReminderSender(OncePerPersonSender):
    """DMs a session reminder with attendance buttons to every active member, once each."""

    def __call__(self, delivery: Delivery) -> None:
        with self.deps.db.session() as session:
            network = session.get(Network, delivery.network_id)
            meeting = session.get(Meeting, delivery.meeting_id)
            members = [m.user_id for m in repo.active_members(session, network.id)]
            details = sessions.reminder_details(session, meeting)
        for user_id in members:
            self.dm(delivery, user_id, partial(self._message, network, meeting, details, user_id))

    def _message(self, network: Network, meeting: Meeting, details: sessions.ReminderDetails,
                 user_id: str, lang: Lang) -> tuple[str, list]:
        """Shows the answer the person gave already (from Home, or an earlier reminder)."""
        with self.deps.db.session() as session:
            answer = repo.rsvp(session, meeting.id, user_id)
        return reminder_message(network, meeting, lang, answer.answer if answer else None,
                                details)


def senders(deps: Deps, client: WebClient) -> dict[DeliveryKind, object]:
    return {DeliveryKind.REMINDER: ReminderSender(deps, client),
            DeliveryKind.POLL_CLOSE: PollCloseSender(deps, client),
            **kickoff.senders(deps, client),
            **evaluations.senders(deps, client),
            **reports.senders(deps, client)}



