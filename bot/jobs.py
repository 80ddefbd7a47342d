"""`leernet jobs`: what is scheduled, and delivering one of them by hand."""

import sys
from zoneinfo import ZoneInfo

from bot.config import Settings
from storage import deliveries as queue
from storage import networks
from storage.database import Database
from storage.migrate import upgrade
from storage.models import DeliveryStatus


def list_jobs(settings: Settings) -> list[dict]:
    """Pending deliveries, soonest first, run_at in the network's own time zone."""
    upgrade(settings.database_url)
    db = Database(settings.database_url)
    try:
        with db.session() as session:
            rows = []
            for delivery in queue.pending(session):
                network = networks.get_network(session, delivery.network_id)
                rows.append({
                    "id": delivery.id,
                    "kind": str(delivery.kind),
                    "run_at": delivery.run_at.astimezone(ZoneInfo(network.timezone)).isoformat(),
                    "network": network.name,
                    "network_id": network.id,
                    "session": delivery.meeting_id,
                    "attempts": delivery.attempts,
                })
            return rows
    finally:
        db.dispose()


def run_job(settings: Settings, delivery_id: int) -> int:
    """Deliver one pending delivery now; a delivery that is not pending is left alone."""
    from bot.app import create_app

    upgrade(settings.database_url)
    bot = create_app(settings)
    try:
        with bot.db.session() as session:
            delivery = queue.get(session, delivery_id)
            status = delivery.status if delivery else None
        if delivery is None:
            print(f"leernet: no delivery {delivery_id}", file=sys.stderr)
            return 1
        if status != DeliveryStatus.PENDING:
            print(f"leernet: delivery {delivery_id} is {status}, not pending", file=sys.stderr)
            return 1
        outcome = bot.dispatcher.run_one(delivery_id)
        if outcome.status is None:
            print(f"leernet: delivery {delivery_id} was taken by another process",
                  file=sys.stderr)
            return 1
        print(f"delivery {delivery_id} ({delivery.kind}): {outcome.status}"
              + (f" ({outcome.error})" if outcome.error else ""))
        return 0 if outcome.status in (DeliveryStatus.SENT, DeliveryStatus.SKIPPED) else 1
    finally:
        bot.close()
