"""Apply Alembic migrations programmatically (`leernet migrate`, and `serve` on start)."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from storage.database import make_engine, normalise_url

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_url(database_url).replace("%", "%%"))
    return config


# pg_advisory_lock key ("leernet" in ASCII) held while migrating, so instances that start at
# the same time on one PostgreSQL database migrate one after the other instead of colliding.
MIGRATION_LOCK = 0x6C6565726E6574


@contextmanager
def serialised(database_url: str) -> Iterator[None]:
    """Hold the migration lock (PostgreSQL; SQLite's own file lock serialises writers)."""
    if not normalise_url(database_url).startswith("postgresql"):
        yield
        return
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                conn.commit()
    finally:
        engine.dispose()


def upgrade(database_url: str, revision: str = "head") -> None:
    with serialised(database_url):
        command.upgrade(alembic_config(database_url), revision)


class UnknownRevision(ValueError):
    """A revision that is not one of the migrations this release ships."""


def migrate_to(database_url: str, revision: str) -> tuple[str | None, str | None]:
    """Upgrade or downgrade the schema to `revision` ('head', 'base' or an id such as '0004');
    returns (before, after). A downgrade drops what later migrations added, data included."""
    config = alembic_config(database_url)
    script = ScriptDirectory.from_config(config)
    order = [None, *(r.revision for r in reversed(list(script.walk_revisions())))]
    target = {"head": script.get_current_head(), "base": None}.get(revision, revision)
    if target not in order:
        known = ", ".join(str(r) for r in order[1:])
        raise UnknownRevision(f"unknown revision {revision!r} (known: base, {known}, head)")
    with serialised(database_url):
        before = current_revision(database_url)
        if before not in order:  # a newer release migrated this database: only it steps back
            raise UnknownRevision(f"the database is at {before!r}, a revision this release "
                                  "does not know; run the downgrade with the release that "
                                  "made it")
        if order.index(target) > order.index(before):
            command.upgrade(config, target or "base")
        elif order.index(target) < order.index(before):
            command.downgrade(config, target or "base")
        return before, current_revision(database_url)


def current_revision(database_url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(database_url)
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    return revision
