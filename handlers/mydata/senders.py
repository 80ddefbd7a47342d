"""The retention check, a scheduled delivery per network: it waits, warns the facilitators
by DM, or erases the network's personal data (bot.domain.mydata.retention_step)."""

import logging

from bot.domain.mydata import Retention
from bot.text import format_when
from handlers.mydata.blocks import retention_warning
from handlers.mydata.channel import show_again, show_agreements, take_down
from handlers.slack.deps import Deps
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


class RetentionSender(OncePerPersonSender):
    def __call__(self, delivery: Delivery) -> None:
        outcome = self.deps.services.mydata.retention(delivery.network_id)
        step, network = outcome.step, outcome.network
        if step.action == Retention.ERASE:
            log.info("retention: erased the personal data of network %s", network.id)
            if outcome.erased is not None:  # the channel too: cards down, names out
                client = self.client_for(delivery)
                for posted in outcome.erased.reports:
                    show_again(client, posted)
                show_agreements(self.deps, lambda _network: client, outcome.erased.agreements)
                for intro in outcome.erased.intros:
                    if not take_down(client, intro):  # kept trying by a delivery
                        self.deps.services.kickoff.erased_card_left(intro.network_id, intro.ts)
            return
        if step.action == Retention.WARN:
            assert step.at is not None
            erase_at = step.at
            for user_id in outcome.facilitators:
                self.dm(delivery, user_id, lambda lang: retention_warning(
                    network, format_when(erase_at, network.timezone, lang), lang))


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.RETENTION: RetentionSender(deps)}
