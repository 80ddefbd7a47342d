"""P1: `/leernet plan` ack latency under bursts of 50 concurrent signed requests, against a
bare Bolt app that only acks, served the same way (waitress via bot.web.HttpServer), both
talking to the same Slack twin. Rounds alternate between the two so drift hits both alike.
"""

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from benchmarks import scenarios
from bot.metrics import Metrics
from bot.web import EVENTS_PATH, HttpServer
from slack_twin import SlackDriver
from slack_twin.local_stack import BOT_TOKEN, SIGNING_SECRET, LocalStack


def bare_app(stack: LocalStack) -> Any:
    """A Bolt app that acks `/leernet` and does nothing else, with what `wsgi_app` needs of a
    bot: its own metrics (every ack is observed, as the bot's are) and, for /readyz (never
    asked here), the running bot's database and scheduler."""
    app = App(signing_secret=SIGNING_SECRET,
              client=WebClient(token=BOT_TOKEN, base_url=stack.twin.api_url),
              token_verification_enabled=False)

    @app.command("/leernet")
    def _ack(ack) -> None:
        ack()

    assert stack.bot is not None
    return SimpleNamespace(app=app, settings=SimpleNamespace(signing_secret=SIGNING_SECRET,
                                                             port=0),
                           db=stack.bot.db, scheduler=stack.bot.scheduler,
                           metrics=Metrics(stack.bot.db))


class Served:
    """An app on a free port in a thread, stopped on exit."""

    def __init__(self, bot: Any) -> None:
        self.server = HttpServer(bot, host="127.0.0.1", port=0)
        self.thread = threading.Thread(target=self.server.serve, daemon=True)

    def __enter__(self) -> "Served":
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}{EVENTS_PATH}"

    def __exit__(self, *_exc: object) -> None:
        self.server.stop()
        self.thread.join(5)


def burst(driver: SlackDriver, channel: str, concurrency: int) -> list[float]:
    """`concurrency` signed `/leernet plan` commands released at once; seconds to each answer."""
    gate = threading.Barrier(concurrency)

    def one(_: int) -> float:
        gate.wait()
        started = time.perf_counter()
        response = driver.command(scenarios.PERSON, "plan", channel)
        took = time.perf_counter() - started
        if response.status != 200:
            raise RuntimeError(f"answer {response.status}: {response.text[:200]}")
        return took

    with ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(one, range(concurrency)))


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[98]


@dataclass(frozen=True)
class AckLatency:
    requests: int
    bot_p99: float
    bare_p99: float
    bot_max: float
    bare_max: float

    @property
    def ratio(self) -> float:
        return self.bot_p99 / self.bare_p99


def measure(database_url: str, *, rounds: int = 10, concurrency: int = 50) -> AckLatency:
    with LocalStack(database_url) as stack:
        seeded = scenarios.network(stack.bot.db, 1, members=6, sessions=4)
        for user in scenarios.member_ids(6):
            stack.twin.add_user(user, user.lower())
        stack.twin.add_channel(seeded.channel_id, "leernet-bench",
                               members=scenarios.member_ids(6))
        with Served(bare_app(stack)) as bare:
            bare_driver = SlackDriver(app_url=bare.url, signing_secret=SIGNING_SECRET,
                                      twin=stack.twin, team_id=scenarios.TEAM)
            bot_samples: list[float] = []
            bare_samples: list[float] = []
            burst(stack.driver, seeded.channel_id, concurrency)  # warm up both
            burst(bare_driver, seeded.channel_id, concurrency)
            for _ in range(rounds):
                bot_samples += burst(stack.driver, seeded.channel_id, concurrency)
                bare_samples += burst(bare_driver, seeded.channel_id, concurrency)
                # Let the bot finish the work it does after the ack (the modals) first.
                time.sleep(0.5)
            # Every modal opened before the twin stops (else the last ones fail noisily).
            stack.twin.wait_for("views.open", count=(rounds + 1) * concurrency, timeout=60)
    return AckLatency(len(bot_samples), p99(bot_samples), p99(bare_samples), max(bot_samples),
                      max(bare_samples))


def report(result: AckLatency, backend: str, concurrency: int) -> str:
    return (f"P1 /leernet plan ack p99, {concurrency} concurrent, {result.requests} requests "
            f"each ({backend}): bot {result.bot_p99 * 1000:.0f} ms, bare Bolt "
            f"{result.bare_p99 * 1000:.0f} ms -> {result.ratio:.2f}x (goal <= 1.25x); "
            f"slowest bot {result.bot_max * 1000:.0f} ms (never over 3000 ms)")
