"""The scheduled session reminder: a DM with attendance buttons to every active member."""

from functools import partial

from bot.catalog import Lang
from bot.domain import sessions
from handlers.sessions.reminder_blocks import reminder_message
from handlers.slack.deps import Deps
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage import networks as repo
from storage import sessions as sessions_repo
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
            answer = sessions_repo.rsvp(session, meeting.id, user_id)
        return reminder_message(network, meeting, lang, answer.answer if answer else None,
                                details)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.REMINDER: ReminderSender(deps)}
