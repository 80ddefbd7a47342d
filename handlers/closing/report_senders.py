"""The closing report's delivery: due a week after the close, or at once when a facilitator
wrote the closing words. Publishes it without them if nobody did, then posts it in the
channel (once), uploads its charts there (once) and DMs it to every active member (each
once; one unreachable person does not stop the others)."""

import logging
from collections.abc import Sequence
from functools import partial
from typing import Protocol

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from bot.domain.languages import of_network
from bot.services.closing_report import Published
from bot.text import escape
from handlers.closing.report_blocks import report_message
from handlers.slack.kit import Block
from handlers.slack.messaging import OncePerPersonSender, is_ratelimited, raise_if_ratelimited
from handlers.slack.people import CHARTS
from storage.models import Delivery

log = logging.getLogger(__name__)

FILES = CHARTS  # the receipt of the charts' upload, by channel
UNKNOWN = "?"  # an upload's receipt whose file id is not known


class ClosingReportSender(OncePerPersonSender):
    def __call__(self, delivery: Delivery) -> None:
        published = self.deps.services.closing_report.due(delivery.network_id)
        if published is None:
            log.info("closing report %s not sent: the network is not closed", delivery.id)
            return
        public_url = self.deps.settings.public_url
        channel = published.network.channel_id
        self.send_once(delivery, channel, channel,
                       partial(_in_network_language, published, public_url))
        self._upload(delivery, published)
        for user_id in published.members:
            self.dm(delivery, user_id, partial(_dm, published, public_url))

    def _open(self, client: WebClient, user_id: str) -> str:
        if user_id.startswith(("C", "G")):  # the network's channel: posted in as it is
            return user_id
        return super()._open(client, user_id)

    def _upload(self, delivery: Delivery, published: Published) -> None:
        network = published.network
        lang = of_network(network)
        upload_once(self, delivery, network.channel_id, published.charts,
                    t("closing_report.charts", lang, network=escape(network.name)))


class Picture(Protocol):
    """A chart as drawn (bot.charts.Chart) or as stored (ReportChart)."""

    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def png(self) -> bytes: ...


def upload_once(sender: OncePerPersonSender, delivery: Delivery, channel: str,
                charts: Sequence[Picture], comment: str, part: str = "") -> None:
    """Charts into a channel (a DM's too), one files_upload_v2, with a receipt keyed
    `files:<channel><part>` (`part`: one of several uploads to the same channel). At most
    once: an attempt cut off mid-way (an open receipt) is settled as sent rather than
    repeated (files carry no metadata to look them up by). A 429 shared nothing: the intent
    is dropped and the delivery tried again as Slack asks (RetryLater)."""
    if not charts:
        return
    deliveries = sender.deps.services.deliveries
    claimed = deliveries.claim_receipt(delivery, FILES + channel + part)
    if claimed is None:
        return
    receipt, fresh = claimed
    receipt.channel_id = channel
    if not fresh:
        receipt.message_ts = UNKNOWN
        deliveries.record(receipt)
        return
    try:
        done = sender.client_for(delivery).files_upload_v2(
            channel=channel, initial_comment=comment,
            file_uploads=[{"content": chart.png, "filename": f"{chart.name}.png",
                           "title": chart.title} for chart in charts])
        receipt.message_ts = str((done.get("file") or {}).get("id") or UNKNOWN)[:32]
    except SlackApiError as error:
        if is_ratelimited(error):
            deliveries.forget(receipt)  # nothing was shared: uploaded on the next attempt
            raise_if_ratelimited(error)
        receipt.error = str(error.response.get("error") or "?")[:200]
        log.warning("%s %s: charts not uploaded to %s: %s", delivery.kind, delivery.id,
                    channel, receipt.error)
    deliveries.record(receipt)


def _in_network_language(published: Published, public_url: str | None,
                         _lang: Lang) -> tuple[str, list[Block]]:
    """What is posted in the channel is in the network's language (not a reader's)."""
    return report_message(published, of_network(published.network), public_url)


def _dm(published: Published, public_url: str | None, lang: Lang) -> tuple[str, list[Block]]:
    return report_message(published, lang, public_url, intro=True)
