"""Engine and session factory for SQLite (default) and PostgreSQL (psycopg 3)."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, event
from sqlmodel import Session, create_engine


def normalise_url(url: str) -> str:
    """Let operators write postgres:// or postgresql:// and still get psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def affected_rows(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed (what conditional claims are decided on)."""
    return cast(CursorResult[Any], result).rowcount


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # pysqlite starts transactions lazily and lets a leading SAVEPOINT commit on release, so a
    # rollback would not undo it; we take over and BEGIN ourselves (SQLAlchemy's own recipe).
    dbapi_connection.isolation_level = None
    # WAL lets the web threads read while the scheduler writes; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: a transaction that read first and writes later
    # would otherwise fail at once ("database is locked") when another connection wrote in
    # between. SQLite has one writer anyway; busy_timeout queues the others.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """Owns the engine; hands out short-lived sessions that commit or roll back as one unit."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
