"""The scheduler wiring: waking on time is tested through Slack in test_reminders; here, that
stopping never hangs on a tick that is still sending."""

import threading
from datetime import UTC, datetime, timedelta

from bot.scheduler import DeliveryScheduler


class SlowDispatcher:
    """Holds a tick inside run_due until told to go on, then reports more work ahead."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.go_on = threading.Event()

    def run_due(self) -> list:
        self.inside.set()
        self.go_on.wait(10)
        return []

    def next_run_at(self) -> datetime:
        return datetime.now(UTC) + timedelta(hours=1)


def test_shutdown_while_a_tick_runs_lets_it_finish_and_returns():
    dispatcher = SlowDispatcher()
    scheduler = DeliveryScheduler(dispatcher, timedelta(minutes=10))
    scheduler.start()  # the first sweep runs at once
    assert dispatcher.inside.wait(10)
    # The tick goes on (and wants to re-arm its wake) while shutdown is under way.
    threading.Timer(0.2, dispatcher.go_on.set).start()
    stopper = threading.Thread(target=scheduler.shutdown)
    stopper.start()
    stopper.join(10)
    assert not stopper.is_alive(), "shutdown deadlocked with the running tick"
