"""APScheduler wakes the process; the database (bot.dispatch) decides what is due.

APScheduler 3 cannot share a job store between processes, so it keeps no jobs of its own
worth persisting: one 'wake' job at the next due time and a periodic sweep for anything
another process added or this one missed.
"""

import logging
import threading
import time
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from bot.dispatch import Dispatcher

log = logging.getLogger(__name__)
# A wake that falls while a tick still runs is skipped with a warning; the running tick re-arms
# the wake for whatever is next, so nothing is lost and the warning is only noise.
logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)
# APScheduler's executor says "Running job ..." and "... executed successfully" at INFO for
# every wake and sweep; our own lines (this module, bot.dispatch) say what matters. A job
# that raises is still logged (ERROR), though `tick` catches everything itself.
logging.getLogger("apscheduler.executors").setLevel(logging.WARNING)

WAKE_JOB, SWEEP_JOB = "wake", "sweep"
# While the database is unreachable, try again this often (not only at the next sweep).
OUTAGE_RETRY = timedelta(seconds=5)


class DeliveryScheduler:
    def __init__(self, dispatcher: Dispatcher, sweep_interval: timedelta) -> None:
        self.dispatcher = dispatcher
        self.sweep_interval = sweep_interval
        self._tick_lock = threading.Lock()
        self._stopping = False
        # time.monotonic() when a tick last started or ended (or the scheduler started), and
        # when the running tick started (None between ticks): what /readyz judges.
        self.last_beat: float | None = None
        self.tick_started: float | None = None
        self._failing = False  # a tick failed and none has succeeded since: one log per outage
        self._scheduler = BackgroundScheduler(
            timezone=UTC,
            # Late is better than never: the catch-up rules decide what a late send means.
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    def start(self) -> None:
        self._scheduler.add_job(
            self.tick, "interval", seconds=self.sweep_interval.total_seconds(), id=SWEEP_JOB,
            next_run_time=datetime.now(UTC),
        )
        self.last_beat = time.monotonic()
        self._scheduler.start()

    @property
    def running(self) -> bool:
        return self._scheduler.running and not self._stopping

    def shutdown(self) -> None:
        """Stop waking; let a tick that is sending finish its delivery first.

        Not APScheduler's shutdown(wait=True): it holds the job store lock while it waits for
        running jobs, and a running tick needs that lock to re-arm the wake: a deadlock.
        """
        self._stopping = True
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        with self._tick_lock:
            pass

    def notify(self, run_at: datetime) -> None:
        """Something new is due at `run_at`: wake then if that is sooner than planned."""
        if self._stopping or not self._scheduler.running:
            return
        current = self._scheduler.get_job(WAKE_JOB)
        if current is None or current.next_run_time is None or run_at < current.next_run_time:
            self._arm(run_at)

    def tick(self) -> None:
        """Send everything due, then sleep until the next due time."""
        with self._tick_lock:
            if self._stopping:
                return
            self.last_beat = self.tick_started = time.monotonic()
            try:
                self.dispatcher.run_due()
                next_run = self.dispatcher.next_run_at()
            except Exception:  # noqa: BLE001 - the scheduler thread must survive a bad tick
                if not self._failing:
                    log.exception("delivery sweep failed; retrying every %s until it works",
                                  OUTAGE_RETRY)
                else:
                    log.debug("delivery sweep still failing", exc_info=True)
                self._failing = True
                next_run = datetime.now(UTC) + OUTAGE_RETRY
            else:
                if self._failing:
                    log.warning("delivery sweep works again")
                self._failing = False
            finally:
                self.last_beat, self.tick_started = time.monotonic(), None
        if next_run is not None and not self._stopping:
            self._arm(next_run)

    def _arm(self, run_at: datetime) -> None:
        run_at = max(run_at, datetime.now(UTC))
        self._scheduler.add_job(
            self.tick, "date", run_date=run_at, id=WAKE_JOB, replace_existing=True
        )
