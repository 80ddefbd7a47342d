"""What every scheduled sender shares: the intent to DM a person, recorded before the call,
and the result, recorded after it, so a DM is neither lost nor repeated whatever dies when."""

from dataclasses import dataclass

from bot.services.core import Service
from storage import deliveries as queue
from storage import networks
from storage.deliveries import NOTICE_PREFIX
from storage.models import Delivery, DeliveryReceipt

__all__ = ["NOTICE_PREFIX", "DeliveryService", "Notice"]


@dataclass(frozen=True)
class Notice:
    """Who to tell that a delivery could not reach some people, and about which network."""

    network: str
    facilitators: list[str]


class DeliveryService(Service):
    def claim_receipt(self, delivery: Delivery,
                      user_id: str) -> tuple[DeliveryReceipt, bool] | None:
        """The intent for this person: (receipt, fresh), or None when their send is settled.
        Not fresh: an interrupted attempt left it open, so Slack may have the message."""
        with self.unit() as session:
            return queue.claim_receipt(session, delivery, user_id)

    def record(self, receipt: DeliveryReceipt) -> None:
        """The result: the message Slack made, or why Slack refused for good."""
        with self.unit() as session:
            queue.save_receipt(session, receipt)

    def forget(self, receipt: DeliveryReceipt) -> None:
        """Slack certainly did not send (a 429 on a fresh intent): no intent to resolve."""
        with self.unit() as session:
            queue.forget_receipt(session, receipt.id)

    def notice(self, delivery: Delivery) -> Notice:
        with self.unit() as session:
            network = networks.get_network(session, delivery.network_id)
            return Notice(network.name, networks.facilitators(session, delivery.network_id))
