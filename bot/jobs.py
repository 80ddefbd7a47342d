"""`leernet jobs`: what is scheduled, and delivering one of them by hand."""

import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.config import Settings
from bot.text import whole_number
from storage import deliveries as queue
from storage import networks
from storage.database import Database
from storage.migrate import upgrade
from storage.models import Delivery, DeliveryStatus


def _local(moment: datetime | None, timezone: str) -> str | None:
    if moment is None:
        return None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(timezone)).isoformat()


def _row(session: Session, delivery: Delivery) -> dict:
    network = networks.get_network(session, delivery.network_id)
    return {
        "id": delivery.id,
        "kind": str(delivery.kind),
        "status": str(delivery.status),
        "run_at": _local(delivery.run_at, network.timezone),
        "network": network.name,
        "network_id": network.id,
        "session": delivery.meeting_id,
        "attempts": delivery.attempts,
        "last_error": delivery.last_error,
    }


def list_jobs(settings: Settings, *, failed: bool = False) -> list[dict]:
    """Deliveries still to do (being sent, pending, then paused because their workspace
    uninstalled the app; each soonest first), run_at in the network's own time zone; with
    `failed`, those that failed or reached only some people, each with whom it could not
    reach and why."""
    upgrade(settings.database_url)
    db = Database(settings.database_url)
    try:
        with db.session() as session:
            if not failed:
                todo = [*queue.sending(session), *queue.pending(session),
                        *queue.paused(session)]
                return [_row(session, delivery) for delivery in todo]
            rows = []
            for delivery in queue.failed(session):
                row = _row(session, delivery)
                row["finished_at"] = _local(delivery.finished_at, settings.timezone)
                row["unreached"] = [{"user": r.user_id, "error": r.error}
                                    for r in queue.failures(session, delivery.id)]
                rows.append(row)
            return rows
    finally:
        db.dispose()


def run_job(settings: Settings, typed_id: str) -> int:
    """Deliver one pending delivery now; a delivery that is not pending is left alone."""
    from bot.app import create_app

    delivery_id = whole_number(typed_id)
    if delivery_id is None:
        print(f"leernet: no delivery {typed_id!r} (an id is a whole number)", file=sys.stderr)
        return 1
    upgrade(settings.database_url)
    bot = create_app(settings)
    try:
        with bot.db.session(readonly=True) as session:
            delivery = queue.find(session, delivery_id)
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
        done = (DeliveryStatus.SENT, DeliveryStatus.PARTIAL, DeliveryStatus.SKIPPED)
        return 0 if outcome.status in done else 1
    finally:
        bot.close()
