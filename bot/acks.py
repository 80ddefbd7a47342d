"""Acknowledgements first: work a listener does after its ack yields, briefly, to the
acknowledgements still owed to other requests.

Slack gives an acknowledgement 3 s and then shows its own error; the work after it (a modal's
reads and `views.open`, a Home redraw) has no such limit. All of it runs on one process's
threads, which share one GIL, so in a burst the work after the first acks delayed the acks of
the rest (P1: about 90% of a `plan`'s CPU comes after its ack). The HTTP server counts every
request from the moment it is read off its connection and queued for a thread (`held`) until
its answer is written, and each Slack request as owed (`owed`) until its listener acks
(`acked`); the listener then waits, at most YIELD, until the server holds no request. Counting
only from the WSGI call on missed the requests waiting in the server's queue while all its
threads were busy: the count fell to nought between waves, and the work after the first acks
ran in the middle of the burst. Outside an HTTP request (Socket Mode, the scheduler) nothing
waits.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# The longest a listener's work after its ack waits for the others' acks: a burst of 50 acks
# takes about a third of that; the modal's trigger stays valid for 3 s from Slack's send.
YIELD = 0.5  # seconds


class AckBacklog:
    """How many requests one HTTP server holds, and how many are owed their acknowledgement."""

    def __init__(self) -> None:
        self._owed = 0
        self._held = 0
        self._changed = threading.Condition()

    def arrived(self) -> None:
        """A request was read and queued for one of the server's threads."""
        with self._changed:
            self._held += 1

    def answered(self) -> None:
        """A request `arrived` before has its answer written (or was dropped)."""
        with self._changed:
            self._held -= 1
            self._maybe_idle()

    @contextmanager
    def owed(self) -> Iterator[None]:
        """Around serving one Slack request: its ack is owed until `acked` or the answer."""
        debt = _Debt(self)
        with self._changed:
            self._owed += 1
        token = _current.set(debt)
        try:
            yield
        finally:
            _current.reset(token)
            debt.pay()

    def _pay(self) -> None:
        with self._changed:
            self._owed -= 1
            self._maybe_idle()

    def _maybe_idle(self) -> None:
        if self._owed == 0 and self._held == 0:
            self._changed.notify_all()

    def wait_clear(self, timeout: float) -> bool:
        """Wait until no ack is owed and no request held (True), or `timeout` seconds
        (False)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._owed == 0 and self._held == 0,
                                          timeout)


class _Debt:
    def __init__(self, backlog: AckBacklog) -> None:
        self.backlog = backlog
        self._paid = False
        self._lock = threading.Lock()

    def pay(self) -> None:
        with self._lock:
            if self._paid:
                return
            self._paid = True
        self.backlog._pay()


# The debt of the request being served; listener threads see it through the context copied
# into them (bot.logs.ContextThreadPool).
_current: ContextVar[_Debt | None] = ContextVar("leernet_ack_debt", default=None)


def acked() -> None:
    """Right after a request's ack: its debt is paid; then give the acks still owed to other
    requests their turn (at most YIELD) before the work after this one goes on."""
    debt = _current.get()
    if debt is None:
        return
    debt.pay()
    debt.backlog.wait_clear(YIELD)
