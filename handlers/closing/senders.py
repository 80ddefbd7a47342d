"""Scheduled DMs of the closing phase: the final evaluation to every active member, its one
reminder, and the close with each facilitator's results."""

import logging
from functools import partial

from bot.catalog import Lang
from bot.domain.final_evaluation import FinalResults
from handlers.closing.final_blocks import invitation_message, reminder_message, results_message
from handlers.closing.report_blocks import report_invitation
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.slack.deps import Deps
from handlers.slack.kit import Block
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind, Network

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
            self.dm(delivery, user_id, partial(_close_dm, closing.network, result))
        refresh_network_homes(self.client_for(delivery), self.deps, closing.network.id)


def _close_dm(network: Network, result: FinalResults, lang: Lang) -> tuple[str, list[Block]]:
    """The results, then the closing report's button (handlers/closing/report_blocks.py)."""
    text, blocks = results_message(network, result, lang)
    return text, blocks + report_invitation(network, lang)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.FINAL_EVALUATION: FinalEvaluationSender(deps),
            DeliveryKind.FINAL_EVALUATION_REMINDER: FinalReminderSender(deps),
            DeliveryKind.FINAL_EVALUATION_CLOSE: FinalCloseSender(deps)}
