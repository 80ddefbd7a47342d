"""Engine and session factory for SQLite (default) and PostgreSQL (psycopg 3)."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, event
from sqlmodel import Session, create_engine

from bot.domain.identity import person_team


def normalise_url(url: str) -> str:
    """Let operators write postgres:// or postgresql:// and still get psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def affected_rows(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed (what conditional claims are decided on)."""
    return cast(CursorResult[Any], result).rowcount


# How long a transaction waits for a lock held by another one, unless `bounded_waits` says
# otherwise: scheduled work (a delivery, a sweep) queues behind a long write and goes on.
SQLITE_BUSY_MS = 30_000
# A new PostgreSQL connection gives up after this long: a silent server is an error, not a
# hang (a SQLite file opens at once or not at all).
CONNECT_TIMEOUT = 5  # seconds (libpq takes whole seconds)
# How long a WAL checkpoint after an anonymous answer waits for readers (see forget_old_pages).
CHECKPOINT_WAIT_MS = 200
# The least a bounded transaction may wait, even when its budget is spent.
MIN_WAIT_MS = 100

# The lock wait allowed to transactions begun in this context, in seconds, asked at each
# BEGIN (see `bounded_waits`); None: the defaults above.
_lock_budget: ContextVar[Callable[[], float] | None] = ContextVar("leernet_lock_budget",
                                                                 default=None)


@contextmanager
def bounded_waits(budget: Callable[[], float]) -> Iterator[None]:
    """Transactions begun inside wait at most `budget()` seconds (asked at each BEGIN) for a
    lock or a slow statement, and then raise OperationalError: for the request path, where
    Slack gives up after 3 s. SQLite: busy_timeout; PostgreSQL: SET LOCAL lock_timeout and
    statement_timeout."""
    token = _lock_budget.set(budget)
    try:
        yield
    finally:
        _lock_budget.reset(token)


# PostgreSQL's lock_not_available (lock_timeout) and query_canceled (statement_timeout).
_WAITED_TOO_LONG = {"55P03", "57014"}


def waited_too_long(error: BaseException) -> bool:
    """Whether a database error says a lock or a statement took longer than the wait allowed
    (another transaction held the lock), rather than that the database is away or broken."""
    orig = getattr(error, "orig", None)
    if getattr(orig, "sqlstate", None) in _WAITED_TOO_LONG:
        return True
    message = str(orig) if orig is not None else ""
    return message.startswith(("database is locked", "database table is locked"))


def _bounded_wait_ms() -> int | None:
    budget = _lock_budget.get()
    return None if budget is None else max(MIN_WAIT_MS, int(budget() * 1000))


def make_engine(url: str, *, connect_timeout: int = CONNECT_TIMEOUT) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False,
                                                  "timeout": SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10,
                           connect_args={"connect_timeout": connect_timeout})
    event.listen(engine, "begin", _postgres_begin)
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:
    # pysqlite starts transactions lazily and lets a leading SAVEPOINT commit on release, so a
    # rollback would not undo it; we take over and BEGIN ourselves (SQLAlchemy's own recipe).
    dbapi_connection.isolation_level = None
    # WAL lets the web threads read while the scheduler writes; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, not left in free space (anonymous answers).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.close()


# Execution option of the read-only engine (see Database.session(readonly=True)).
READONLY = "leernet_readonly"


def _sqlite_begin(connection) -> None:
    # The busy timeout is the connection's (pooled, shared by requests and the scheduler), so
    # it is set before each BEGIN whose wait differs from the last one, on the driver's own
    # connection: connection settings, not statements of the unit.
    wait = _bounded_wait_ms()
    wait = SQLITE_BUSY_MS if wait is None else wait
    if connection.connection.info.get("busy_ms", SQLITE_BUSY_MS) != wait:
        connection.connection.dbapi_connection.execute(f"PRAGMA busy_timeout={wait}")
        connection.connection.info["busy_ms"] = wait
    # IMMEDIATE takes the write lock up front: a transaction that read first and writes later
    # would otherwise fail at once ("database is locked") when another connection wrote in
    # between. SQLite has one writer anyway; busy_timeout queues the others.
    # A read-only unit never writes, so it begins deferred: under WAL it reads its snapshot
    # while a writer holds the lock, instead of queueing behind it.
    if connection.get_execution_options().get(READONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _postgres_begin(connection) -> None:
    # psycopg begins implicitly with the first statement, so this one opens the transaction
    # (READ ONLY where asked: that is set on the connection before) and its settings last
    # until its end. Sent on the driver's own connection: settings, not statements of the unit.
    wait = _bounded_wait_ms()
    if wait is not None:
        connection.connection.dbapi_connection.execute(
            "SELECT set_config('lock_timeout', %s, true), "
            "set_config('statement_timeout', %s, true)", (f"{wait}ms", f"{wait}ms"))


class ReadOnlyViolation(RuntimeError):
    """A read-only unit tried to write (a bug: writes belong in `unit()`)."""


@event.listens_for(Session, "before_flush")
def _fill_person_teams(session: Session, _context, _instances) -> None:
    """A new membership, answer or receipt records the person's own workspace: the one the
    request says they act from, else the network's (see bot.domain.identity)."""
    for row in session.new:
        if getattr(row, "user_team_id", None) == "":
            row.user_team_id = person_team(row.team_id, row.user_id)


@event.listens_for(Session, "before_flush")
def _refuse_writes_in_reads(session: Session, _context, _instances) -> None:
    if session.info.get(READONLY) and (session.new or session.dirty or session.deleted):
        raise ReadOnlyViolation("a read-only unit tried to write")


class StatementCounter:
    """Counts the SQL statements an engine runs while active (tests and benchmarks: query
    counts must stay flat in the number of rows, not grow with them).

    `statements` are the texts run through a cursor; `queries` leaves out the transaction
    bookkeeping (BEGIN, SAVEPOINT, RELEASE, ROLLBACK TO), which differs per backend.
    """

    _BOOKKEEPING = ("BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "COMMIT")

    def __init__(self, engine: Engine, *, this_thread_only: bool = True) -> None:
        self.engine = engine
        self.statements: list[str] = []
        # Only what the measuring thread runs (not a scheduler sweeping meanwhile).
        self._thread = threading.get_ident() if this_thread_only else None

    def _seen(self, _conn, _cursor, statement: str, *_args) -> None:
        if self._thread is None or threading.get_ident() == self._thread:
            self.statements.append(statement)

    @property
    def queries(self) -> list[str]:
        return [s for s in self.statements
                if not s.lstrip().upper().startswith(self._BOOKKEEPING)]

    @property
    def count(self) -> int:
        return len(self.queries)

    def reset(self) -> None:
        self.statements.clear()

    def __enter__(self) -> "StatementCounter":
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


class Database:
    """Owns the engine; hands out short-lived sessions that commit or roll back as one unit."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)

    @property
    def readonly_engine(self) -> Engine:
        """The same engine and pool (derived, so it follows `engine` when that is swapped);
        its transactions begin deferred on SQLite, READ ONLY on PostgreSQL."""
        options: dict[str, Any] = {READONLY: True}
        if not self.url.startswith("sqlite"):
            options["postgresql_readonly"] = True
        return self.engine.execution_options(**options)

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """One transaction, committed on leaving (rolled back on an exception).

        `readonly`: for work that only reads. It does not take SQLite's write lock (and
        PostgreSQL refuses writes in it); a flush with changes raises ReadOnlyViolation.
        """
        engine = self.readonly_engine if readonly else self.engine
        with Session(engine, expire_on_commit=False, info={READONLY: readonly}) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def forget_old_pages(self, *vacuum: str) -> bool:
        """After a write of anonymous answers: leave no earlier page or row version where the
        database keeps them. SQLite: copy the WAL into the main file and truncate it to zero
        bytes; False when a reader's open snapshot keeps that from completing (the frames stay
        until a later checkpoint). PostgreSQL: VACUUM the `vacuum` tables, so no dead row
        version stays reachable (a VACUUM cannot run in a transaction: autocommit)."""
        if self.url.startswith("sqlite"):
            raw = self.engine.raw_connection()  # not `connect()`: that would BEGIN first
            try:
                # TRUNCATE waits for readers of older snapshots: briefly, not a request's 3 s.
                raw.cursor().execute(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
                raw.info["busy_ms"] = CHECKPOINT_WAIT_MS  # the next BEGIN sets its own again
                busy, _, _ = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                raw.close()
            return busy == 0
        if vacuum:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for table in vacuum:
                    conn.exec_driver_sql(f'VACUUM "{table}"')
        return True

    def dispose(self) -> None:
        self.engine.dispose()
