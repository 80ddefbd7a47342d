"""Read-only work does not queue for SQLite's write lock (and cannot write by mistake)."""

import sqlite3
import threading

import pytest

from benchmarks import scenarios
from bot.config import Settings
from bot.services.core import Core
from bot.services.registry import Services
from storage.database import Database, ReadOnlyViolation
from storage.models import Network


@pytest.fixture
def db(database_url):
    database = Database(database_url)
    yield database
    database.dispose()


def test_a_read_runs_while_another_connection_holds_the_write_lock(db):
    if not db.url.startswith("sqlite"):
        pytest.skip("the write lock is SQLite's")
    seeded = scenarios.network(db, 1, members=3, sessions=2)
    services = Services.build(Core(settings=Settings(database_url=db.url), db=db))
    writer = sqlite3.connect(db.url.removeprefix("sqlite:///"), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # holds the write lock until we let go
    try:
        done = threading.Event()
        result = {}

        def read() -> None:
            result["overview"] = services.sessions.overview_in_channel(
                scenarios.TEAM, seeded.channel_id, scenarios.PERSON)
            result["home"] = services.home.entries(scenarios.TEAM, scenarios.PERSON)
            done.set()

        threading.Thread(target=read, daemon=True).start()
        # With BEGIN IMMEDIATE the read would wait for the lock (busy_timeout: 30 s).
        assert done.wait(10), "the read queued behind the writer"
        assert len(result["overview"].past) == 1 and len(result["home"]) == 1
    finally:
        writer.rollback()
        writer.close()


def test_a_write_still_takes_the_lock_up_front(db):
    if not db.url.startswith("sqlite"):
        pytest.skip("the write lock is SQLite's")
    writer = sqlite3.connect(db.url.removeprefix("sqlite:///"), isolation_level=None,
                             timeout=0)
    try:
        with db.session() as session:
            session.connection()  # BEGIN IMMEDIATE: the lock is ours
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                writer.execute("BEGIN IMMEDIATE")
    finally:
        writer.close()


def test_a_read_only_unit_refuses_to_write(db):
    scenarios.network(db, 1, members=2, sessions=1)
    with pytest.raises(ReadOnlyViolation), db.session(readonly=True) as session:
        network = session.get(Network, 1)
        assert network is not None
        network.name = "Anders"
        session.flush()
    with db.session(readonly=True) as session:
        network = session.get(Network, 1)
        assert network is not None and network.name == "Netwerk 1"
