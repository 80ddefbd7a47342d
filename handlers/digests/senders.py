"""The digests on their schedule: the channel's (a post, once) and the facilitators' (a DM
each, once). Each plans the next one of its kind, whether or not it had anything to say."""

import logging
from functools import partial

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from bot.charts import Chart
from bot.domain.languages import of_network
from bot.services.digests import ChannelDigest
from bot.text import escape
from handlers.closing.report_senders import upload_once
from handlers.digests.blocks import (
    channel_digest_message,
    coordinator_digest_message,
    facilitator_digest_message,
)
from handlers.slack.deps import Deps
from handlers.slack.kit import Block
from handlers.slack.messaging import OncePerPersonSender, Sender, raise_if_ratelimited
from storage.models import Delivery, DeliveryKind, Network

log = logging.getLogger(__name__)


class ChannelDigestSender(OncePerPersonSender):
    """The weekly digest in the network's channel, unless nothing is new.

    The channel is the one 'person' of this delivery: its receipt is written before the post
    and the post carries the delivery's metadata, so a retried digest is looked up in the
    channel's history instead of being posted twice."""

    def __call__(self, delivery: Delivery) -> None:
        digests = self.deps.services.digests
        digest = digests.channel_digest(delivery)
        if digest is None:
            log.info("digest %s not sent: nothing new", delivery.id)
        else:
            channel = digest.network.channel_id
            self.send_once(delivery, channel, channel,
                           partial(_in_network_language, digest))
        digests.plan_next(delivery)

    def _open(self, client: WebClient, user_id: str) -> str:
        return user_id  # a channel id: posted in as it is, no DM to open


def _in_network_language(digest: ChannelDigest, _lang: Lang) -> tuple[str, list[Block]]:
    """What is posted in the channel is in the network's language (not a reader's)."""
    return channel_digest_message(digest, of_network(digest.network))


class FacilitatorDigestSender(OncePerPersonSender):
    """The weekly DM to each facilitator who did not unsubscribe, unless there is nothing to
    tell."""

    def __call__(self, delivery: Delivery) -> None:
        digests = self.deps.services.digests
        digest = digests.facilitator_digest(delivery)
        if not digest.has_news:
            log.info("facilitator digest %s not sent: nothing to tell", delivery.id)
        else:
            for user_id in digest.recipients:
                self.dm(delivery, user_id, partial(facilitator_digest_message, digest))
            self._charts(delivery, digest.network, digest.recipients)
        digests.plan_next(delivery)

    def _charts(self, delivery: Delivery, network: Network, recipients: list[str]) -> None:
        upload_charts(self, delivery, network,
                      recipients, self.deps.services.closing_report.progress_charts(delivery))


def upload_charts(sender: OncePerPersonSender, delivery: Delivery, network: Network,
                  recipients: list[str], charts: list[Chart], part: str = "") -> None:
    """After a week (a month) with a session: attendance and the evaluation trend as images,
    in each recipient's DM (once; a refusal is the upload's own, the digest stands)."""
    if not charts:
        return
    comment = t("closing_report.digest_charts", of_network(network),
                network=escape(network.name))
    for user_id in recipients:
        try:
            channel = sender._open(sender.client_for(delivery), user_id)
        except SlackApiError as error:
            raise_if_ratelimited(error)
            log.warning("%s %s: no DM with %s for its charts: %s", delivery.kind, delivery.id,
                        user_id, error.response.get("error"))
            continue
        upload_once(sender, delivery, channel, charts, comment, part)


class CoordinatorDigestSender(OncePerPersonSender):
    """The monthly DM to each coordinator of the workspace who did not unsubscribe."""

    def __call__(self, delivery: Delivery) -> None:
        digests = self.deps.services.digests
        digest = digests.coordinator_digest(delivery)
        if not digest.has_news:
            log.info("coordinator digest %s not sent: nothing to tell", delivery.id)
        else:
            for user_id in digest.recipients:
                self.dm(delivery, user_id, partial(coordinator_digest_message, digest))
            for month in digest.networks:
                if month.held:
                    charts = self.deps.services.closing_report.month_charts(
                        delivery, month.network.id)
                    upload_charts(self, delivery, month.network, digest.recipients, charts,
                                  f":{month.network.id}")
        digests.plan_next(delivery)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.DIGEST: ChannelDigestSender(deps),
            DeliveryKind.FACILITATOR_DIGEST: FacilitatorDigestSender(deps),
            DeliveryKind.COORDINATOR_DIGEST: CoordinatorDigestSender(deps)}
