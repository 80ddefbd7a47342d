"""What every scheduled sender shares: claiming a person's receipt before a DM, so nobody
gets a delivery twice, and recording what Slack made of it."""

from bot.services.core import Service
from storage import deliveries as queue
from storage.models import Delivery, DeliveryReceipt


class DeliveryService(Service):
    def claim_receipt(self, delivery: Delivery, user_id: str) -> DeliveryReceipt | None:
        """The receipt for this person, or None when they had this delivery already."""
        with self.unit() as session:
            return queue.claim_receipt(session, delivery, user_id)

    def record(self, receipt: DeliveryReceipt) -> None:
        with self.unit() as session:
            queue.save_receipt(session, receipt)
