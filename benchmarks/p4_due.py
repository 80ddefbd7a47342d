"""P4: the due-delivery query (storage.deliveries.due) with 1k and then 1M pending rows on
PostgreSQL, in a throw-away database on the given server. The same ~500 rows are due at both
sizes (the extra rows lie in the future), so the ratio shows how the query scales with the
queue, and EXPLAIN shows whether it runs on an index.
"""

import statistics
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import create_engine, text
from sqlalchemy.dialects import postgresql
from sqlmodel import Session, col, select

from storage import deliveries
from storage.database import Database, normalise_url
from storage.migrate import upgrade
from storage.models import Delivery, DeliveryStatus

NETWORK = text("""
    INSERT INTO network (team_id, channel_id, name, theme, region, charter_what, charter_why,
        charter_how, charter_for_whom, format, max_participants, timezone, reminder_offsets,
        evaluation_delay_seconds, created_by, created_at, roster_version, evaluation_named)
    VALUES ('TBENCH', 'CBENCH', 'Bench', 't', 'r', 'w', 'w', 'h', 'f', 'face_to_face', 12,
        'Europe/Brussels', '7d,1d', 3600, 'UBENCH', now(), 0, false)
    RETURNING id""")

# Row i: run_at = now - 500 s + i s (the first 1000: half due, half ahead; the rest ahead).
ROWS = text("""
    INSERT INTO delivery (team_id, key, kind, run_at, network_id, target, status, attempts,
        created_at)
    SELECT 'TBENCH', 'bench:' || i, 'reminder', :now - interval '500 seconds'
           + i * interval '1 second', :network, 'members', 'pending', 0, now()
    FROM generate_series(CAST(:first AS integer), CAST(:last AS integer)) AS i""")


@dataclass(frozen=True)
class Timed:
    rows: int
    median_ms: float
    plan: str

    @property
    def on_index(self) -> bool:
        return "Index" in self.plan


def _time_due(db: Database, now: datetime, repeats: int) -> float:
    samples = []
    with db.session(readonly=True) as session:
        for _ in range(repeats // 4):  # warm the caches and the connection first
            deliveries.due(session, now)
        for _ in range(repeats):
            started = time.perf_counter()
            due = deliveries.due(session, now)
            samples.append(time.perf_counter() - started)
            assert len(due) == 100
    return statistics.median(samples) * 1000


def _explain(db: Database, now: datetime) -> str:
    query = (select(Delivery)
             .where(Delivery.status == DeliveryStatus.PENDING, Delivery.run_at <= now)
             .order_by(col(Delivery.run_at), col(Delivery.id)).limit(100))
    compiled = str(query.compile(dialect=postgresql.dialect(),
                                 compile_kwargs={"literal_binds": True}))
    with Session(db.engine) as session:
        return "\n".join(row[0] for row in session.execute(text("EXPLAIN " + compiled)))


def measure(server_url: str, *, large: int = 1_000_000, repeats: int = 200) -> list[Timed]:
    admin_url = normalise_url(server_url)
    name = f"leernet_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        upgrade(url)
        db = Database(url)
        now = datetime.now(UTC)
        results = []
        with db.engine.begin() as conn:
            network = conn.execute(NETWORK).scalar_one()
        filled = 0
        for size in (1000, large):
            with db.engine.begin() as conn:
                conn.execute(ROWS, {"now": now, "network": network, "first": filled + 1,
                                    "last": size})
            filled = size
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE delivery"))
            results.append(Timed(size, _time_due(db, now, repeats), _explain(db, now)))
        db.dispose()
        return results
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def report(results: list[Timed]) -> str:
    small, large = results
    lines = [f"P4 due-delivery query (PostgreSQL), median of repeated runs: "
             f"{small.rows} pending {small.median_ms:.2f} ms, {large.rows} pending "
             f"{large.median_ms:.2f} ms -> {large.median_ms / small.median_ms:.2f}x "
             f"(goal <= 2x); index used: {'yes' if large.on_index else 'NO'}",
             "  plan at the large size:"]
    lines += ["    " + line for line in large.plan.splitlines()]
    return "\n".join(lines)
