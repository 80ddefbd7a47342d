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
        # One ping at a time: a hanging database must not pile up a thread per probe.
        self._lock = threading.Lock()
        self._pending: _Ping | None = None

    def problems(self) -> list[str]:
        """Empty when ready; otherwise one short reason per thing that is down."""
        return [p for p in (self._database(), self._scheduler()) if p]

    def _database(self) -> str | None:
        with self._lock:
            if self._pending is None or self._pending.done.is_set():
                self._pending = _Ping(self.db)
            pending = self._pending
        if not pending.done.wait(self.timeout):
            return f"database: no answer within {self.timeout:g}s"
        if pending.error is not None:
            return f"database: {type(pending.error).__name__}"
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
        self.error: BaseException | None = None
        threading.Thread(target=self._run, args=(db,), name="readyz-ping", daemon=True).start()

    def _run(self, db: Database) -> None:
        try:
            health.ping(db.engine)
        except BaseException as exc:  # noqa: BLE001 - reported by Readiness
            self.error = exc
        finally:
            self.done.set()
