"""A database that goes away and comes back, under the running bot, as an outage does: the
bot's engine is left as it is (no restart), only the server or the file stops answering."""

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from slack_twin.local_stack import LocalStack
from storage.database import normalise_url
from tests.conftest import PG_ENV


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE): no moment exists in which
    the database path is missing, when a connection opening it would create an empty one."""
    libc = ctypes.CDLL(None, use_errno=True)
    at_fdcwd, rename_exchange = -100, 2
    if libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange):
        raise OSError(ctypes.get_errno(), "renameat2", str(a))


class SqliteFile:
    """Take the database file (and its WAL) away, and put it back. While it is away a
    directory stands in its place, so a new connection fails ('unable to open database
    file') instead of making an empty database.

    The bot's threads keep trying to connect meanwhile, so the order matters: the main file
    is swapped with the directory in one step, and it goes away first and comes back last. A
    connection that found the main file without its WAL would read the database without the
    WAL's commits, and when it closed it would delete the WAL they are in."""

    def __init__(self, stack: LocalStack) -> None:
        self.stack = stack
        self.path = Path(stack.settings.database_url.removeprefix("sqlite:///"))
        self.journals = [self.path.with_name(self.path.name + "-wal"),
                         self.path.with_name(self.path.name + "-shm")]
        self.away = self.path.parent / "away"

    def take_away(self) -> None:
        self.away.mkdir(exist_ok=True)
        stand_in = self.away / self.path.name
        stand_in.mkdir()
        _exchange(self.path, stand_in)  # the main file is now in away/, a directory here
        for journal in self.journals:
            if journal.exists():
                os.rename(journal, self.away / journal.name)
        self.stack.bot.db.engine.dispose()  # open connections would still see the moved file

    def put_back(self) -> None:
        self.stack.bot.db.engine.dispose()
        for journal in self.journals:
            journal.unlink(missing_ok=True)
            if (self.away / journal.name).exists():
                os.rename(self.away / journal.name, journal)
        _exchange(self.away / self.path.name, self.path)
        (self.away / self.path.name).rmdir()


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
