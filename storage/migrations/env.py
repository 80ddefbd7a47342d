"""Alembic environment: runs against the engine handed in by storage.migrate."""

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage import knowledge_search
from storage.database import make_engine

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("alembic.ini names no database: set sqlalchemy.url")
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds a table by dropping it; with foreign keys on, SQLite refuses to
        # drop a table others point at. Must be set outside a transaction, hence first.
        _sqlite_pragma(connection, "foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode recreates the table.
        render_as_batch=sqlite,
        compare_type=True,
        # Full-text search lives outside the models (storage/knowledge_search.py).
        include_name=knowledge_search.include_name,
        include_object=knowledge_search.include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
    if sqlite:
        _sqlite_pragma(connection, "foreign_keys=ON")


def _sqlite_pragma(connection, pragma: str) -> None:
    # On the driver connection, outside any transaction: inside one SQLite ignores it.
    connection.connection.driver_connection.execute(f"PRAGMA {pragma}")


run_migrations()
