"""Acknowledgements first: work a listener does after its ack yields, briefly, to the
acknowledgements still owed to other requests.

Slack gives an acknowledgement 3 s and then shows its own error; the work after it (a modal's
reads and `views.open`, a Home redraw) has no such limit. All of it runs on one process's
threads, which share one GIL, so in a burst the work after the first acks delayed the acks of
the rest (P1: about 70% of a `plan`'s CPU comes after its ack). The HTTP server opens a debt
per Slack request (`AckBacklog.owed`); the listener pays it when it acks (`acked`) and then
waits, at most YIELD, until no other request is owed its ack. Outside an HTTP request (Socket
Mode, the scheduler) nothing waits.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# The longest a listener's work after its ack waits for the others' acks: a burst of 50 acks
# takes about a third of that; the modal's trigger stays valid for 3 s from Slack's send.
YIELD = 0.5  # seconds


class AckBacklog:
    """How many requests of one HTTP server are still owed their acknowledgement."""

    def __init__(self) -> None:
        self._owed = 0
        self._changed = threading.Condition()

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
            if self._owed == 0:
                self._changed.notify_all()

    def wait_clear(self, timeout: float) -> bool:
        """Wait until no ack is owed (True), or `timeout` seconds (False)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._owed == 0, timeout)


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
