"""Scheduled DMs of the closing phase: the final evaluation to every active member, its one
reminder, and the close with each facilitator's results."""

import logging
from functools import partial

from handlers.closing.after_blocks import closed_message
from handlers.closing.final_blocks import invitation_message, reminder_message
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.slack.deps import Deps
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


class FinalEvaluationSender(OncePerPersonSender):
    """The invitation, to each active member (facilitators too) who has not had it."""

    def __call__(self, delivery: Delivery) -> None:
        found = self.deps.services.closing.open_for_invitations(delivery.network_id)
        if not found.is_open:
            log.info("final evaluation %s not sent: it is not open", delivery.id)
            return
        for user_id in found.to_invite:
            self.dm(delivery, user_id, partial(
                invitation_message, found.network,
                min_answers=self.deps.settings.evaluation_min_answers))
        refresh_homes(self.client_for(delivery), self.deps, found.network.team_id,
                      found.to_invite)


class FinalReminderSender(OncePerPersonSender):
    """One reminder to each active member who has not answered, while it is open."""

    def __call__(self, delivery: Delivery) -> None:
        found = self.deps.services.closing.to_remind(delivery.network_id)
        if not found.is_open:
            log.info("final evaluation reminder %s not sent: it is not open", delivery.id)
            return
        for user_id in found.to_invite:
            self.dm(delivery, user_id, partial(reminder_message, found.network))


class FinalCloseSender(OncePerPersonSender):
    """Closes the network (read-only) and sends each facilitator their results, once."""

    def __call__(self, delivery: Delivery) -> None:
        closing = self.deps.services.closing.close(delivery.network_id)
        if not closing.closed:
            log.info("final evaluation close %s: nothing to close", delivery.id)
            return
        for user_id, result in closing.results.items():  # each their own: one's answer counts out
            self.dm(delivery, user_id, partial(closed_message, closing.network, result))
        refresh_network_homes(self.client_for(delivery), self.deps, closing.network.id)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.FINAL_EVALUATION: FinalEvaluationSender(deps),
            DeliveryKind.FINAL_EVALUATION_REMINDER: FinalReminderSender(deps),
            DeliveryKind.FINAL_EVALUATION_CLOSE: FinalCloseSender(deps)}
