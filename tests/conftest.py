"""Shared fixtures: a migrated database per test (SQLite, and PostgreSQL when configured),
and the whole bot running over HTTP against the local Slack twin."""

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from slack_twin.local_stack import LocalStack
from storage.database import normalise_url
from storage.migrate import upgrade

# Set (as .ci/run does) to run every database test on PostgreSQL as well as on SQLite.
PG_ENV = "LEERNET_TEST_DATABASE_URL"


def _backends() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get(PG_ENV) else ["sqlite"]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """Migrate once, copy per test: a fresh file costs a copy, not a migration."""
    path = tmp_path_factory.mktemp("template") / "leernet.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throw-away database on the configured server, migrated once for the whole run."""
    admin_url = normalise_url(os.environ[PG_ENV])
    name = f"leernet_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    upgrade(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'"))]
        if tables:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=_backends())
def database_url(request, tmp_path) -> str:
    """An empty, migrated database: a SQLite file, or the PostgreSQL test database."""
    if request.param == "sqlite":
        path = tmp_path / "leernet.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("postgres_url")
    _truncate_postgres(url)
    return url


FACILITATOR, ANN, BOB = "UFACIL01", "UANN0001", "UBOB0001"
CHANNEL = "CGENT001"


@pytest.fixture
def stack(database_url) -> Iterator[LocalStack]:
    """The bot over HTTP against the twin, with a facilitator, two colleagues and a channel.
    Ann reads Leernet in English: she chose it (`/leernet taal en`); her Slack locale alone
    would not make a Dutch network English."""
    from tests.slack_helpers import choose_language  # it imports this module

    with LocalStack(database_url, migrate=False) as running:
        twin = running.twin
        twin.add_user(FACILITATOR, "fien", real_name="Fien Facilitator")
        twin.add_user(ANN, "ann", real_name="Ann Anderson", locale="en-US")
        twin.add_user(BOB, "bob", real_name="Bob Peeters")
        twin.add_channel(CHANNEL, "leernet-gent", members=[FACILITATOR, ANN, BOB])
        choose_language(running, ANN, "en")
        yield running


@pytest.fixture
def oauth_stack(database_url) -> Iterator[LocalStack]:
    """`stack` in distributed mode (OAuth, SLACK_CLIENT_ID): the same people and channel in
    the twin's default team, which has not installed the app yet (`oauth_stack.install`)."""
    with LocalStack(database_url, migrate=False, oauth=True) as running:
        twin = running.twin
        twin.add_user(FACILITATOR, "fien", real_name="Fien Facilitator")
        twin.add_user(ANN, "ann", real_name="Ann Anderson", locale="en-US")
        twin.add_user(BOB, "bob", real_name="Bob Peeters")
        twin.add_channel(CHANNEL, "leernet-gent", members=[FACILITATOR, ANN, BOB])
        yield running


@pytest.fixture
def network(stack) -> LocalStack:
    """A started network in CHANNEL: the facilitator, and Ann and Bob as participants."""
    from tests.slack_helpers import add_member, create_network  # they import this module

    create_network(stack)
    add_member(stack, ANN)
    add_member(stack, BOB)
    return stack
