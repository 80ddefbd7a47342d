"""Apply Alembic migrations programmatically (`leernet migrate`, and `serve` on start)."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from storage.database import normalise_url

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_url(database_url).replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
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
    before = current_revision(database_url)
    if before not in order:  # a newer release migrated this database: only it can step back
        raise UnknownRevision(f"the database is at {before!r}, a revision this release does "
                              "not know; run the downgrade with the release that made it")
    if order.index(target) > order.index(before):
        command.upgrade(config, target or "base")
    elif order.index(target) < order.index(before):
        command.downgrade(config, target or "base")
    return before, current_revision(database_url)


def current_revision(database_url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    from storage.database import make_engine

    engine = make_engine(database_url)
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    return revision
