"""Acknowledgements first (bot.acks): a listener's work after its ack waits while other
requests are still owed theirs, and goes on as soon as they are paid."""

import threading

from bot import acks
from bot.acks import AckBacklog


def test_work_after_an_ack_waits_for_the_acks_still_owed_to_others():
    backlog = AckBacklog()
    owed, answer = threading.Event(), threading.Event()
    order: list[str] = []

    def other_request() -> None:
        with backlog.owed():  # served until the test lets it answer
            owed.set()
            answer.wait(5)

    def listener() -> None:
        with backlog.owed():
            acks.acked()  # its own ack is paid; the other one is not
            order.append("work after the ack")

    other = threading.Thread(target=other_request)
    other.start()
    assert owed.wait(5)
    working = threading.Thread(target=listener)
    working.start()
    order.append("the other request answered")
    answer.set()
    working.join(5)
    other.join(5)
    assert order == ["the other request answered", "work after the ack"]
    assert backlog.wait_clear(0)  # every debt paid, each once


def test_work_after_an_ack_waits_for_requests_still_queued_in_the_server(monkeypatch):
    """A burst's requests wait in the server's queue, every thread busy, before the app sees
    them: they count from their queueing (bot.web's dispatcher), not from the app's call."""
    monkeypatch.setattr(acks, "YIELD", 60)  # a slow machine must not end the wait early
    backlog = AckBacklog()
    backlog.arrived()  # queued, no thread has taken it yet
    order: list[str] = []

    def listener() -> None:
        with backlog.owed():
            acks.acked()
            order.append("work after the ack")

    working = threading.Thread(target=listener)
    working.start()
    order.append("the queued request answered")
    backlog.answered()
    working.join(5)
    assert order == ["the queued request answered", "work after the ack"]
    assert backlog.wait_clear(0)


def test_outside_an_http_request_nothing_waits():
    acks.acked()  # Socket Mode, the scheduler: no debt, no wait
