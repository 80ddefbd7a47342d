"""Queries about requests from Slack that were handled (replayed submissions, event retries)."""

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from storage.database import affected_rows
from storage.models import HandledRequest


def claim(session: Session, team_id: str, key: str, now: datetime) -> bool:
    """Record `key` as handled; False when it already was (by this or another process).

    INSERT .. ON CONFLICT DO NOTHING on the unique key: of two claims at once, PostgreSQL makes
    the second wait for the first's commit and then skip; SQLite has one writer anyway.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (insert(HandledRequest)
                 .values(team_id=team_id, key=key, handled_at=now)
                 .on_conflict_do_nothing(index_elements=["key"])
                 .returning(col(HandledRequest.id)))
    # RETURNING, not rowcount: psycopg does not report a row count for this statement.
    return session.execute(statement).first() is not None


def release(session: Session, key: str) -> None:
    """Forget a claim, so the same request may be handled again (it changed nothing)."""
    session.execute(delete(HandledRequest).where(col(HandledRequest.key) == key))


def prune(session: Session, before: datetime) -> int:
    """Forget claims older than `before` (on the handled_at index); how many were removed."""
    return affected_rows(session.execute(
        delete(HandledRequest).where(col(HandledRequest.handled_at) < before)))
