"""Alembic owns the schema: migrations match the models and run both ways with data in place."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from storage import knowledge_search
from storage.database import normalise_url
from storage.migrate import alembic_config, current_revision, upgrade


def _fresh(database_url: str, tmp_path) -> str:
    if database_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'migrations.db'}"
    engine = create_engine(normalise_url(database_url))
    with engine.begin() as conn:  # the shared test database: start from nothing
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return database_url


def test_the_models_and_the_migrations_describe_the_same_schema(database_url):
    engine = create_engine(normalise_url(database_url))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_name": knowledge_search.include_name,
            "include_object": knowledge_search.include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_keeps_existing_rows_and_downgrade_returns_to_the_start(database_url, tmp_path):
    url = _fresh(database_url, tmp_path)
    try:
        upgrade(url, "0001")
        engine = create_engine(normalise_url(url))
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO network (team_id, channel_id, name, theme, region, charter_what, "
                "charter_why, charter_how, charter_for_whom, format, max_participants, timezone, "
                "reminder_offsets, evaluation_delay_seconds, created_by, created_at) VALUES "
                "('T', 'C', 'n', 't', 'r', 'a', 'b', 'c', 'd', 'online', 12, 'Europe/Brussels', "
                "'7d,1d', 3600, 'U', CURRENT_TIMESTAMP)"))
            conn.execute(text(
                "INSERT INTO membership (team_id, network_id, user_id, role, status, joined_at) "
                "VALUES ('T', 1, 'U', 'facilitator', 'active', CURRENT_TIMESTAMP)"))
        upgrade(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT roster_version FROM network")).scalar() == 0
            assert conn.execute(text("SELECT status_changed_at FROM membership")).scalar()
        command.downgrade(alembic_config(url), "base")
        assert current_revision(url) is None
        upgrade(url)
        assert current_revision(url) == ScriptDirectory.from_config(
            alembic_config(url)).get_current_head()
        engine.dispose()
    finally:
        if url == database_url:
            upgrade(url)  # leave the shared PostgreSQL database migrated for the next test


def test_0004_numbers_existing_polls_per_network_in_creation_order(database_url, tmp_path):
    url = _fresh(database_url, tmp_path)
    try:
        upgrade(url, "0003")
        engine = create_engine(normalise_url(url))
        with engine.begin() as conn:
            for channel in ("C1", "C2"):
                conn.execute(text(
                    "INSERT INTO network (team_id, channel_id, name, theme, region, "
                    "charter_what, charter_why, charter_how, charter_for_whom, format, "
                    "max_participants, timezone, reminder_offsets, evaluation_delay_seconds, "
                    "created_by, created_at, roster_version, evaluation_named) VALUES "
                    f"('T', '{channel}', 'n', 't', 'r', 'a', 'b', 'c', 'd', 'online', 12, "
                    "'Europe/Brussels', '7d,1d', 3600, 'U', CURRENT_TIMESTAMP, 0, false)"))
            for network_id in (1, 2, 1, 1, 2):
                conn.execute(text(
                    "INSERT INTO poll (team_id, network_id, question, options_json, closes_at, "
                    "status, created_by, created_at) VALUES ('T', :n, 'q', '[]', "
                    "CURRENT_TIMESTAMP, 'open', 'U', CURRENT_TIMESTAMP)"), {"n": network_id})
        upgrade(url, "0004")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT network_id, number FROM poll ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, 1), (2, 1), (1, 2), (1, 3), (2, 2)]
        command.downgrade(alembic_config(url), "0003")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM poll")).scalar() == 5
        engine.dispose()
    finally:
        if url == database_url:
            upgrade(url)


def test_0010_moves_each_answer_into_its_own_row_and_back(database_url, tmp_path):
    import json

    url = _fresh(database_url, tmp_path)
    scales = {"relevance": 4, "learning": 5, "facilitation": 3, "atmosphere": 2}
    answers = [{"scales": scales, "keep": f"keep {i}", "change": ""} for i in range(5)]
    try:
        upgrade(url, "0001")
        engine = create_engine(normalise_url(url))
        with engine.begin() as conn:  # a network as 0001 knew it; later ones fill defaults
            conn.execute(text(
                "INSERT INTO network (team_id, channel_id, name, theme, region, charter_what, "
                "charter_why, charter_how, charter_for_whom, format, max_participants, timezone, "
                "reminder_offsets, evaluation_delay_seconds, created_by, created_at) VALUES "
                "('T', 'C', 'n', 't', 'r', 'a', 'b', 'c', 'd', 'online', 12, 'Europe/Brussels', "
                "'7d,1d', 3600, 'U', CURRENT_TIMESTAMP)"))
        upgrade(url, "0009")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO meeting (team_id, network_id, starts_at, duration_minutes, location, "
                "learning_form, agenda, status, created_by, created_at) VALUES ('T', 1, "
                "CURRENT_TIMESTAMP, 120, 'Gent', 'intervision', '', 'planned', 'U', "
                "CURRENT_TIMESTAMP)"))
            conn.execute(text(
                "INSERT INTO evaluationpoll (team_id, meeting_id, named, status, opened_at, "
                "closes_at, answers_json, answer_count) VALUES ('T', 1, false, 'closed', "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :a, 5)"), {"a": json.dumps(answers)})
        upgrade(url, "0010")
        with engine.connect() as conn:
            moved = conn.execute(text(
                "SELECT key, keep, relevance, named_user_id FROM evaluationanswer")).all()
            columns = conn.execute(text("SELECT * FROM evaluationpoll")).keys()
        assert sorted(r.keep for r in moved) == [f"keep {i}" for i in range(5)]
        assert {(r.relevance, r.named_user_id) for r in moved} == {(4, None)}
        assert len({r.key for r in moved}) == 5
        assert "answers_json" not in columns and "answer_count" not in columns
        command.downgrade(alembic_config(url), "0009")
        with engine.connect() as conn:
            raw, count = conn.execute(text(
                "SELECT answers_json, answer_count FROM evaluationpoll")).one()
        assert count == 5 and sorted(e["keep"] for e in json.loads(raw)) == sorted(
            a["keep"] for a in answers)
        engine.dispose()
    finally:
        if url == database_url:
            upgrade(url)


def test_instances_starting_together_on_postgresql_migrate_one_after_the_other(
        database_url, tmp_path):
    """Two instances of a new release start at once: the second waits for the first's
    migration (an advisory lock) instead of failing on tables the first just created."""
    import threading
    import time

    import pytest

    from storage.migrate import MIGRATION_LOCK

    if database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's advisory lock; SQLite serialises writers on its file")
    url = _fresh(database_url, tmp_path)
    engine = create_engine(normalise_url(url))
    errors: list[BaseException] = []

    def start() -> None:
        try:
            upgrade(url)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    try:
        with engine.connect() as holder:  # the first instance, mid-migration
            holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            holder.commit()
            second = threading.Thread(target=start)
            second.start()
            deadline = time.monotonic() + 30
            while not holder.execute(text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            )).scalar():
                assert second.is_alive() and time.monotonic() < deadline, \
                    "the second instance migrated without waiting for the first"
                time.sleep(0.05)
                holder.commit()
            assert current_revision(url) is None
            holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
            holder.commit()
            second.join(timeout=60)
        assert not second.is_alive() and errors == []
        assert current_revision(url) == ScriptDirectory.from_config(
            alembic_config(url)).get_current_head()
    finally:
        engine.dispose()
        upgrade(url)


def test_0008_gives_existing_rows_the_network_team_as_the_person_team(database_url, tmp_path):
    url = _fresh(database_url, tmp_path)
    try:
        upgrade(url, "0005")
        engine = create_engine(normalise_url(url))
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO network (team_id, channel_id, name, theme, region, charter_what, "
                "charter_why, charter_how, charter_for_whom, format, max_participants, timezone, "
                "reminder_offsets, evaluation_delay_seconds, created_by, created_at, "
                "roster_version, evaluation_named) VALUES ('T1', 'C', 'n', 't', 'r', 'a', 'b', "
                "'c', 'd', 'online', 12, 'Europe/Brussels', '7d,1d', 3600, 'U', "
                "CURRENT_TIMESTAMP, 0, false)"))
            conn.execute(text(
                "INSERT INTO membership (team_id, network_id, user_id, role, status, joined_at, "
                "status_changed_at) VALUES ('T1', 1, 'U', 'facilitator', 'active', "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        upgrade(url, "0008")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT user_team_id FROM membership")).scalar() == "T1"
            assert conn.execute(text("SELECT shared_team_ids FROM network")).scalar() == ""
        command.downgrade(alembic_config(url), "0005")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM membership")).scalar() == 1
        engine.dispose()
    finally:
        if url == database_url:
            upgrade(url)
