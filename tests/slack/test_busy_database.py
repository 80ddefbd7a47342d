"""A long write holds the database's lock while someone types a command (a migration, a big
import, a stuck transaction). The request path waits for the lock only as long as Slack waits
for the answer: the person gets an apology inside the acknowledgement (not Slack's own error
after Bolt's 404), nothing is half stored, and once the write is over the command works."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

from bot.catalog import t
from storage.models import Membership, Role
from tests.conftest import ANN, CHANNEL, FACILITATOR
from tests.slack_helpers import rows

BUSY_NL, BUSY_EN = t("error.busy", "nl"), t("error.busy", "en")


@contextmanager
def long_write(database_url: str) -> Iterator[None]:
    """Another connection holds the write lock inside the block: SQLite's (BEGIN IMMEDIATE;
    readers go on under WAL), or on PostgreSQL an ACCESS EXCLUSIVE lock on the members table
    (readers of it wait too)."""
    if database_url.startswith("sqlite"):
        holder = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    url = make_url(database_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as holder:
        holder.execute("LOCK TABLE membership IN ACCESS EXCLUSIVE MODE")
        try:
            yield
        finally:
            holder.rollback()


def _mention(user: str) -> str:
    return f"<@{user}|{user.lower()}>"


def _roles(stack) -> dict[str, str]:
    return {m.user_id: m.role for m in rows(stack, Membership)}


def test_a_command_that_writes_while_the_lock_is_held_gets_an_apology_in_time(network):
    before = _roles(network)
    assert before[ANN] == Role.PARTICIPANT
    with long_write(network.settings.database_url):
        answer = network.driver.command(FACILITATOR, "facilitator " + _mention(ANN), CHANNEL)
    assert (answer.status, answer.body) == (200, BUSY_NL)  # not Bolt's 404 after 3 s
    assert _roles(network) == before  # nothing half stored

    again = network.driver.command(FACILITATOR, "facilitator " + _mention(ANN), CHANNEL)
    assert again.status == 200
    network.twin.wait_for("response_url", lambda c: "is nu facilitator" in c.args["text"])
    assert _roles(network)[ANN] == Role.FACILITATOR


def test_a_read_is_answered_too_in_the_readers_language(network):
    """On SQLite a reader does not wait for the writer (WAL); on PostgreSQL the lock on the
    members table holds readers back as well, and they are told in their own language."""
    sqlite = network.settings.database_url.startswith("sqlite")
    with long_write(network.settings.database_url):
        answer = network.driver.command(ANN, "leden", CHANNEL)
    assert answer.status == 200
    if sqlite:
        assert answer.json is not None and ANN in str(answer.json["blocks"])
    else:
        assert answer.body == BUSY_EN
