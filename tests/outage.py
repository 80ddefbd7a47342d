"""A database that goes away and comes back, under the running bot, as an outage does: the
bot's engine is left as it is (no restart), only the server or the file stops answering."""

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from slack_twin.local_stack import LocalStack
from storage.database import normalise_url
from tests.conftest import PG_ENV


class SqliteFile:
    """Take the database file (and its WAL) away, and put it back. While it is away a
    directory stands in its place, so a new connection fails ('unable to open database
    file') instead of making an empty database."""

    def __init__(self, stack: LocalStack) -> None:
        self.stack = stack
        self.path = Path(stack.settings.database_url.removeprefix("sqlite:///"))
        self.files = [self.path, self.path.with_name(self.path.name + "-wal"),
                      self.path.with_name(self.path.name + "-shm")]
        self.away = self.path.parent / "away"

    def take_away(self) -> None:
        self.away.mkdir(exist_ok=True)
        for file in self.files:
            if file.exists():
                shutil.move(file, self.away / file.name)
        self.path.mkdir()
        self.stack.bot.db.engine.dispose()  # open connections would still see the moved file

    def put_back(self) -> None:
        self.stack.bot.db.engine.dispose()
        if self.path.is_dir():
            self.path.rmdir()
        for file in self.files:
            file.unlink(missing_ok=True)
            if (self.away / file.name).exists():
                shutil.move(self.away / file.name, file)


@contextmanager
def database_down(stack: LocalStack) -> Iterator[None]:
    """The database is unreachable inside the block: on SQLite its file is gone; on PostgreSQL
    every connection to it is terminated and new ones are refused (ALLOW_CONNECTIONS false)."""
    url = stack.settings.database_url
    if url.startswith("sqlite"):
        file = SqliteFile(stack)
        file.take_away()
        try:
            yield
        finally:
            file.put_back()
        return
    name = make_url(normalise_url(url)).database
    admin = create_engine(normalise_url(os.environ[PG_ENV]), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :name AND pid <> pg_backend_pid()"),
                         {"name": name})
        try:
            yield
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
    finally:
        admin.dispose()
