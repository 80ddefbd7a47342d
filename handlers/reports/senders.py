"""The reports feature's scheduled DMs: the reminder to write a report, and an action item's
reminder to its owner."""

import logging

from handlers.reports.blocks import action_reminder_message, report_reminder_message
from handlers.slack.deps import Deps
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


class ReportReminderSender(OncePerPersonSender):
    """Some days after a session: each facilitator, if the session still has no report."""

    def __call__(self, delivery: Delivery) -> None:
        due = self.deps.services.reports.report_reminder(delivery)
        if not due.recipients:
            log.info("report reminder %s not sent: a report exists", delivery.id)
        for user_id in due.recipients:
            self.dm(delivery, user_id,
                    lambda lang: report_reminder_message(due.network, due.meeting, lang))


class ActionReminderSender(OncePerPersonSender):
    """Before an item's due date: its owner, while the item is open."""

    def __call__(self, delivery: Delivery) -> None:
        due = self.deps.services.reports.action_reminder(delivery)
        if due is None:
            log.info("action reminder %s not sent: item done, dropped or moved", delivery.id)
            return
        self.dm(delivery, due.item.owner_id,
                lambda lang: action_reminder_message(due.network, due.item, lang))


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.REPORT_REMINDER: ReportReminderSender(deps),
            DeliveryKind.ACTION_REMINDER: ActionReminderSender(deps)}
