"""What /readyz and /metrics read: a ping, and the delivery queue counted in the database
(so the numbers are right whichever of several processes sent what)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from storage.models import Delivery, DeliveryStatus


def ping(engine: Engine) -> None:
    """One cheap round trip, or an exception. On a raw DBAPI connection: no transaction, so
    on SQLite it never queues for the write lock. SQLite reads its schema page, so a file that
    went away fails too (SELECT 1 alone would not touch the file)."""
    sql = ("SELECT 1 FROM sqlite_master LIMIT 1" if engine.dialect.name == "sqlite"
           else "SELECT 1")
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            cursor.execute(sql)
            cursor.fetchall()
        finally:
            cursor.close()
    finally:
        connection.close()  # back to the pool (rolled back)


@dataclass(frozen=True)
class QueueFigures:
    by_status: dict[str, int]
    late: int
    oldest_due: datetime | None


def queue_figures(session: Session, now: datetime, late_after: timedelta) -> QueueFigures:
    """Deliveries per status; how many were sent (finished) later than run_at + `late_after`;
    the run_at of the oldest pending delivery that is due."""
    by_status = {str(status): count for status, count in session.exec(
        select(Delivery.status, func.count()).group_by(Delivery.status))}
    if session.get_bind().dialect.name == "sqlite":  # no interval arithmetic: Julian days
        overdue = (func.julianday(Delivery.finished_at)
                   > func.julianday(Delivery.run_at) + late_after.total_seconds() / 86400)
    else:
        overdue = col(Delivery.finished_at) > col(Delivery.run_at) + late_after
    late = session.exec(
        select(func.count()).select_from(Delivery)
        .where(col(Delivery.status).in_((DeliveryStatus.SENT, DeliveryStatus.PARTIAL)), overdue)
    ).one()
    oldest_due = session.exec(
        select(func.min(Delivery.run_at))
        .where(Delivery.status == DeliveryStatus.PENDING, col(Delivery.run_at) <= now)
    ).one()
    return QueueFigures(by_status, late, oldest_due)
