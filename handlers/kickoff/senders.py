"""The kickoff questionnaire's scheduled DMs: the invitation and the one reminder."""

import logging

from handlers.kickoff.blocks import (
    invitation_message,
    reminder_message,
)
from handlers.slack.deps import Deps
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


class KickoffSender(OncePerPersonSender):
    """The invitation to the questionnaire, for the one member the delivery names."""

    def __call__(self, delivery: Delivery) -> None:
        invitation = self.deps.services.kickoff.invitation(delivery.network_id, delivery.target)
        if invitation is None:
            log.info("kickoff %s not sent: member gone or questionnaire closed", delivery.id)
            return
        self.dm(delivery, delivery.target,
                lambda lang: invitation_message(invitation.network, invitation.closes_at, lang))


class KickoffReminderSender(OncePerPersonSender):
    """One reminder to each active member who has not answered, while answers are taken."""

    def __call__(self, delivery: Delivery) -> None:
        reminder = self.deps.services.kickoff.reminder(delivery.network_id)
        if reminder is None:
            log.info("kickoff reminder %s not sent: questionnaire closed", delivery.id)
            return
        for user_id in reminder.recipients:
            self.dm(delivery, user_id,
                    lambda lang: reminder_message(reminder.network, reminder.closes_at, lang))


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.KICKOFF: KickoffSender(deps),
            DeliveryKind.KICKOFF_REMINDER: KickoffReminderSender(deps)}
