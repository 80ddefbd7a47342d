"""/readyz: whether this process can do its work now (the database answers, the scheduler
ticks). /healthz only says the process serves HTTP."""

import threading
import time
from datetime import timedelta

from bot.scheduler import DeliveryScheduler
from storage import health
from storage.database import Database

DATABASE_TIMEOUT = 2.0  # seconds; a load balancer's probe usually waits 5
# A tick running longer than this is taken to hang (a paced fan-out to a big network is minutes).
TICK_HANGS_AFTER = timedelta(hours=1)
MAX_HUNG = 4  # pings left hanging on a database that does not answer, at most


def stale_after(sweep_interval: timedelta) -> timedelta:
    """How long without a tick before the scheduler counts as stopped: two missed sweeps."""
    return max(2 * sweep_interval + timedelta(seconds=30), timedelta(seconds=60))


class Readiness:
    def __init__(self, db: Database, scheduler: DeliveryScheduler, *,
                 timeout: float = DATABASE_TIMEOUT) -> None:
        self.db = db
        self.scheduler = scheduler
        self.timeout = timeout
        self.stale_after = stale_after(scheduler.sweep_interval).total_seconds()
        # One ping at a time; a hanging one is left to finish (a thread each, at most
        # MAX_HUNG) while a fresh one is tried, so a database that comes back is seen at once.
        self._lock = threading.Lock()
        self._pending: list[_Ping] = []

    def problems(self) -> list[str]:
        """Empty when ready; otherwise one short reason per thing that is down."""
        return [p for p in (self._database(), self._scheduler()) if p]

    def _database(self) -> str | None:
        with self._lock:
            self._pending = [p for p in self._pending if not p.done.is_set()]
            latest = self._pending[-1] if self._pending else None
            if latest is None or time.monotonic() - latest.started > self.timeout:
                if len(self._pending) >= MAX_HUNG:
                    return f"database: no answer within {self.timeout:g}s"
                latest = _Ping(self.db)
                self._pending.append(latest)
        if not latest.done.wait(self.timeout):
            return f"database: no answer within {self.timeout:g}s"
        if latest.error is not None:
            return f"database: {type(latest.error).__name__}"
        return None

    def _scheduler(self) -> str | None:
        scheduler = self.scheduler
        if not scheduler.running:
            return "scheduler: not running"
        now = time.monotonic()
        started = scheduler.tick_started
        if started is not None:
            if now - started > TICK_HANGS_AFTER.total_seconds():
                return f"scheduler: a tick has been running for {now - started:.0f}s"
            return None
        if scheduler.last_beat is None or now - scheduler.last_beat > self.stale_after:
            since = "ever" if scheduler.last_beat is None else f"{now - scheduler.last_beat:.0f}s"
            return f"scheduler: no tick for {since}"
        return None


class _Ping:
    """One database ping on a daemon thread (a hung one never holds up the process's exit)."""

    def __init__(self, db: Database) -> None:
        self.done = threading.Event()
        self.started = time.monotonic()
        self.error: BaseException | None = None
        threading.Thread(target=self._run, args=(db,), name="readyz-ping", daemon=True).start()

    def _run(self, db: Database) -> None:
        try:
            health.ping(db.engine)
        except BaseException as exc:  # noqa: BLE001 - reported by Readiness
            self.error = exc
        finally:
            self.done.set()
