"""The scheduled session reminder: a DM with attendance buttons to every active member."""

import logging
from functools import partial

from bot.catalog import Lang
from bot.services.sessions import Reminder
from handlers.external.blocks import guest_reminder_message
from handlers.sessions.reminder_blocks import reminder_message
from handlers.slack.deps import Deps
from handlers.slack.kit import Block
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


class ReminderSender(OncePerPersonSender):
    """DMs a session reminder with attendance buttons to every active member, once each."""

    def __call__(self, delivery: Delivery) -> None:
        if delivery.meeting_id is None:
            log.warning("reminder %s names no session", delivery.id)
            return
        reminder = self.deps.services.sessions.reminder(delivery.meeting_id)
        for user_id in reminder.members:
            self.dm(delivery, user_id, partial(self._message, reminder, user_id))
        for user_id in reminder.guests:  # guest experts: the session and its agenda, no RSVP
            self.dm(delivery, user_id, partial(guest_reminder_message, reminder.network,
                                               reminder.meeting, reminder.details))

    def _message(self, reminder: Reminder, user_id: str,
                 lang: Lang) -> tuple[str, list[Block]]:
        """Shows the answer the person gave already (from Home, or an earlier reminder), as
        loaded with the reminder: no query per recipient."""
        answer = reminder.answers.get(user_id)
        return reminder_message(reminder.network, reminder.meeting, lang, answer,
                                reminder.details, user_id)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.REMINDER: ReminderSender(deps)}
