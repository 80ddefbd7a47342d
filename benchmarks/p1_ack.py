"""P1: `/leernet plan` ack latency under bursts of 50 concurrent signed requests, against a
bare Bolt app that only acks, served the same way (waitress via bot.web.HttpServer).

Every part runs in its own process, as it would in production: the bot is `leernet serve`,
the bare app and the Slack twin (which answers the bot's `views.open` after each ack) are
this module's `bare` and `twin` commands, and the load client is the process that runs the
benchmark. In one process they shared one GIL on 2 cores, so each ack also paid for the
client's and Slack's side of the others' work; now the figure measures the two servers.
Rounds alternate between the two so drift hits both alike, and each burst to the bot is
followed by a wait until the twin saw all its modals, so every burst meets a server done
with the one before (a fixed pause of 0.5 s was too short on a busy machine).
"""

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any

from benchmarks import scenarios
from slack_twin import SlackDriver
from slack_twin.local_stack import BOT_TOKEN, SIGNING_SECRET

ROOT = Path(__file__).parents[1]
MEMBERS = 6
CHANNEL_NAME = "leernet-bench"


# --- the processes -------------------------------------------------------------------------

def _spawn(args: list[str], env: dict[str, str] | None = None,
           log: IO[str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=log if log is not None else subprocess.DEVNULL)


def _line(process: subprocess.Popen, what: str) -> dict[str, Any]:
    """The JSON line a child prints when it is ready."""
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        raise RuntimeError(f"the {what} process stopped before it was ready")
    return json.loads(line)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_up(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not come up") from None
            time.sleep(0.2)


def twin_main(triggers: int, channel_id: str) -> None:
    """The Slack twin on its own: prints its address and `triggers` trigger ids and
    response_urls made ahead (the client cannot ask a twin in another process for them),
    then answers `wait METHOD COUNT` lines on stdin until stdin closes."""
    from slack_twin import SlackTwin

    # No rate limits: 550 modals in a few seconds is far over views.open's tier on purpose
    # (P1 measures acks under a burst; 429s and their retries would change the bot's work).
    twin = SlackTwin(bot_token=BOT_TOKEN, team_id=scenarios.TEAM, rate_limits=False).start()
    twin.trigger_ttl = 3600  # made ahead of the burst, used within it
    for user in scenarios.member_ids(MEMBERS):
        twin.add_user(user, user.lower())
    twin.add_channel(channel_id, CHANNEL_NAME, members=scenarios.member_ids(MEMBERS))
    print(json.dumps({
        "api_url": twin.api_url, "team_domain": twin.team_domain, "app_id": twin.app_id,
        "triggers": [twin.new_trigger_id() for _ in range(triggers)],
        "response_urls": [twin.new_response_url(channel_id=channel_id)
                          for _ in range(triggers)],
    }), flush=True)
    for line in sys.stdin:
        _, method, count = line.split()
        try:
            twin.wait_for(method, count=int(count), timeout=120)
            print("ok", flush=True)
        except AssertionError:
            outcomes = Counter(f"{c.method} {'ok' if c.ok else c.response.get('error')}"
                               for c in twin.calls)
            print(f"missing: {dict(outcomes)}", flush=True)
    twin.stop()


def bare_main(database_url: str, api_url: str) -> None:
    """A Bolt app that acks `/leernet` and does nothing else, served like the bot (waitress
    via bot.web.HttpServer, every ack observed in its own metrics); prints its port."""
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.config import load_settings
    from bot.metrics import Metrics
    from bot.web import HttpServer, freeze_startup_heap
    from storage.database import Database

    app = App(signing_secret=SIGNING_SECRET, client=WebClient(token=BOT_TOKEN, base_url=api_url),
              token_verification_enabled=False)

    @app.command("/leernet")
    def _ack(ack) -> None:
        ack()

    db = Database(database_url)
    settings = load_settings({"SLACK_SIGNING_SECRET": SIGNING_SECRET,
                              "DATABASE_URL": database_url}, dotenv=False)
    bare = SimpleNamespace(app=app, settings=settings, db=db, metrics=Metrics(db),
                           # the web page's routes are built (never asked here), as the bot's
                           deps=SimpleNamespace(settings=settings),
                           # /readyz is never asked here; Readiness only reads this.
                           scheduler=SimpleNamespace(sweep_interval=timedelta(seconds=30)))
    server = HttpServer(bare, host="127.0.0.1", port=0)  # type: ignore[arg-type]
    freeze_startup_heap()  # as `leernet serve` does
    signal.signal(signal.SIGTERM, lambda *_: server.stop())
    print(json.dumps({"port": server.port}), flush=True)
    server.serve()


def _wait_twin(twin: subprocess.Popen, method: str, count: int) -> None:
    """Until the twin saw `count` calls of `method` in all (it gives up after 120 s)."""
    assert twin.stdin is not None and twin.stdout is not None
    twin.stdin.write(f"wait {method} {count}\n")
    twin.stdin.flush()
    answer = twin.stdout.readline().strip()
    if answer != "ok":
        raise RuntimeError(f"the bot did not open every modal: {answer}")


class MintedTwin:
    """What SlackDriver.command asks of the twin, from what the twin process made ahead."""

    def __init__(self, info: dict[str, Any]) -> None:
        self.team_id = scenarios.TEAM
        self.team_domain = info["team_domain"]
        self.app_id = info["app_id"]
        self._triggers: list[str] = list(info["triggers"])
        self._urls: list[str] = list(info["response_urls"])

    def can_run_commands(self, _user_id: str) -> bool:
        return True

    def user_team(self, _user_id: str) -> str:
        return self.team_id

    def team_domain_of(self, _team_id: str) -> str:
        return self.team_domain

    def channel_name(self, _channel_id: str) -> str:
        return CHANNEL_NAME

    def user_name(self, user_id: str) -> str:
        return user_id.lower()

    def new_trigger_id(self, view_id: str | None = None) -> str:
        return self._triggers.pop()

    def new_response_url(self, **_where: Any) -> str:
        return self._urls.pop()


# --- the measurement -----------------------------------------------------------------------

def burst(driver: SlackDriver, channel: str, concurrency: int) -> list[float]:
    """`concurrency` signed `/leernet plan` commands released at once; seconds to each answer."""
    gate = threading.Barrier(concurrency)

    def one(_: int) -> float:
        gate.wait()
        started = time.perf_counter()
        response = driver.command(scenarios.PERSON, "plan", channel)
        took = time.perf_counter() - started
        if response.status != 200:
            raise RuntimeError(f"answer {response.status}: {response.body[:200]}")
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
    # The median, over the rounds, of the bot's slowest ack over the bare app's in the burst
    # right after: a machine shared with other work slows a whole burst at a time, and one
    # such burst decides a p99 of 500 samples; this figure shows the typical round.
    round_ratio: float = 0.0

    @property
    def ratio(self) -> float:
        return self.bot_p99 / self.bare_p99


def measure(database_url: str, *, rounds: int = 10, concurrency: int = 50) -> AckLatency:
    from storage.database import Database
    from storage.migrate import upgrade

    upgrade(database_url)
    db = Database(database_url)
    seeded = scenarios.network(db, 1, members=MEMBERS, sessions=4)
    db.dispose()
    requests = (rounds + 1) * concurrency  # each side: a warm-up burst, then the rounds
    me = [str(Path(__file__).relative_to(ROOT).with_suffix("")).replace("/", ".")]
    children: list[subprocess.Popen] = []
    with tempfile.TemporaryFile("w+") as log:
        try:
            twin = _spawn(["-m", *me, "twin", str(2 * requests), seeded.channel_id])
            children.append(twin)
            info = _line(twin, "twin")
            port = _free_port()
            bot = _spawn(["-m", "bot.cli", "serve"], log=log, env={
                "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": info["api_url"], "DATABASE_URL": database_url,
                "PORT": str(port), "LEERNET_BIND": "127.0.0.1"})
            children.append(bot)
            bare = _spawn(["-m", *me, "bare", database_url, info["api_url"]], log=log)
            children.append(bare)
            bare_port = _line(bare, "bare app")["port"]
            _wait_up(f"http://127.0.0.1:{port}/healthz", bot)

            minted = MintedTwin(info)
            drivers = [SlackDriver(app_url=f"http://127.0.0.1:{p}/slack/events",
                                   signing_secret=SIGNING_SECRET, twin=minted,  # type: ignore[arg-type]
                                   team_id=scenarios.TEAM) for p in (port, bare_port)]
            samples: tuple[list[float], list[float]] = ([], [])
            opened = 0  # modals the bot was asked for so far, one per `plan`

            def settle(driver: SlackDriver) -> None:
                """After a burst to the bot, wait until it opened every modal (all its work
                after the acks; a fixed pause was too short on a busy machine), so that each
                burst, to either app, meets a server done with the one before."""
                nonlocal opened
                if driver is drivers[0]:
                    opened += concurrency
                    _wait_twin(twin, "views.open", opened)

            for driver in drivers:  # warm up both
                burst(driver, seeded.channel_id, concurrency)
                settle(driver)
            for _ in range(rounds):
                for driver, taken in zip(drivers, samples, strict=True):
                    taken += burst(driver, seeded.channel_id, concurrency)
                    settle(driver)
                    time.sleep(0.1)
            assert opened == requests
        except BaseException:
            log.seek(0)
            sys.stderr.write(log.read()[-3000:])
            raise
        finally:
            for child in reversed(children):
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)
                if child.stdin is not None:
                    child.stdin.close()
            for child in children:
                try:
                    child.wait(20)
                except subprocess.TimeoutExpired:
                    child.kill()
    bot_samples, bare_samples = samples
    slowest = [(max(bot_samples[i:i + concurrency]), max(bare_samples[i:i + concurrency]))
               for i in range(0, len(bot_samples), concurrency)]
    return AckLatency(len(bot_samples), p99(bot_samples), p99(bare_samples), max(bot_samples),
                      max(bare_samples), statistics.median(b / a for b, a in slowest))


def report(result: AckLatency, backend: str, concurrency: int) -> str:
    return (f"P1 /leernet plan ack p99, {concurrency} concurrent, {result.requests} requests "
            f"each ({backend}; bot, bare app, twin and client each in its own process): bot "
            f"{result.bot_p99 * 1000:.0f} ms, bare Bolt {result.bare_p99 * 1000:.0f} ms -> "
            f"{result.ratio:.2f}x (goal <= 1.25x); slowest bot {result.bot_max * 1000:.0f} ms "
            f"(never over 3000 ms); per round, median slowest-ack ratio "
            f"{result.round_ratio:.2f}x")


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "twin":
        twin_main(int(rest[0]), rest[1])
    elif command == "bare":
        bare_main(rest[0], rest[1])
    else:
        raise SystemExit(f"unknown command {command!r}: twin or bare")
