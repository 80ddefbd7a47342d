"""Full-text search of the library on both databases: Dutch word forms match, the results are
the same on SQLite and PostgreSQL, hostile queries are plain words, and the index follows
changes and removals at once."""

import os

import pytest
from sqlalchemy import true
from sqlmodel import select

from bot.domain.knowledge import search_terms
from storage import knowledge as store
from storage.database import Database
from storage.migrate import upgrade
from storage.models import Network
from tests.conftest import PG_ENV
from tests.knowledge.corpus import CORPUS, EXPECTED, fill, network_row

HOSTILE = ['"', '"stagiair', "stagiair*", "NEAR(mentor stagiair)", "mentor OR stagiair",
           "-mentor", "mentor AND NOT zorg", "^stagiair", "title:stagiair", "{title}: x",
           "ﬁ ẞ 𝔪𝔢𝔫𝔱𝔬𝔯 ² ½ 中文 عربي", "\u0301\u0301", "\ue000", "'; DROP TABLE x; --",
           "a" * 2000, " ".join(["stagiairs"] * 300), "%_\\", "::regconfig", "&& || !",
           "<@U123> <!channel>", ":*", "stagiair:*"]


def _titles(db: Database, query: str) -> set[str]:
    with db.session(readonly=True) as session:
        return {hit.item.title for hit in store.search(session, search_terms(query), true(), 50)}


@pytest.fixture
def library(database_url):
    db = Database(database_url)
    with db.session() as session:
        fill(session, network_row(session))
    yield db
    db.dispose()


def test_dutch_word_forms_match_and_results_are_as_expected(library):
    for query, titles in EXPECTED.items():
        assert _titles(library, query) == titles, query


def test_snippets_mark_the_matched_words_of_the_original_text(library):
    with library.session(readonly=True) as session:
        hits = store.search(session, search_terms("mentoren"), true(), 5)
    by_title = {h.item.title: h.snippet for h in hits}
    assert "\ue001mentoren\ue002" in by_title["Mentoren opleiden"]
    assert "\ue001mentor\ue002" in by_title["Stagiairs begeleiden"]


def test_hostile_queries_are_plain_words_and_never_fail(library):
    for query in HOSTILE:
        _titles(library, query)  # no exception from either database
    assert _titles(library, '"stagiair') == EXPECTED["stagiair"]
    assert _titles(library, "NEAR(mentor stagiair)") == set()  # 'near' is a word to find
    assert _titles(library, "stagiair*") == EXPECTED["stagiair"]


def test_a_change_and_a_removal_reach_the_index_at_once(library):
    with library.session() as session:
        item = next(i for i in store.newest(session, true(), 50) if i.title == "Mentoren opleiden")
        store.change(session, item, text="Coaching door collega's.", title="Coaches",
                     themes="coaching")
    assert _titles(library, "mentoren") == {"Stagiairs begeleiden"}
    assert _titles(library, "coaching") == {"Coaches"}
    with library.session() as session:
        item = next(i for i in store.newest(session, true(), 50) if i.title == "Coaches")
        store.remove(session, item)
    assert _titles(library, "coaching") == set()
    with library.session() as session:  # a new item never takes the removed one's id
        fill(session, network_row(session, channel="CLIB0002"))
    assert len(_titles(library, "coaching")) == 0


@pytest.mark.skipif(not os.environ.get(PG_ENV), reason="needs PostgreSQL")
def test_sqlite_and_postgresql_find_the_same_items_for_every_word_of_the_corpus(
        sqlite_template, postgres_url, tmp_path):
    import shutil

    from tests.conftest import _truncate_postgres

    path = tmp_path / "same.db"
    shutil.copy(sqlite_template, path)
    _truncate_postgres(postgres_url)
    upgrade(postgres_url)
    dbs = [Database(f"sqlite:///{path}"), Database(postgres_url)]
    for db in dbs:
        with db.session() as session:
            fill(session, network_row(session))
    words = {w for title, text, themes, _ in CORPUS for w in f"{title} {text} {themes}".split()}
    queries = sorted(words) + list(EXPECTED) + HOSTILE
    try:
        for query in queries:
            assert _titles(dbs[0], query) == _titles(dbs[1], query), query
    finally:
        for db in dbs:
            db.dispose()


def test_erasing_a_person_removes_what_they_shared_and_their_saved_messages(library):
    with library.session() as session:
        newest_first = list(store.newest(session, true(), 50))
        # saved by someone else from the facilitator's message: theirs too
        store.change(session, newest_first[-2], author_id="UOTHER01",
                     source_author_id="UFACIL01", source_author_team_id="T0TWIN")
        store.change(session, newest_first[0], author_id="UOTHER01")  # someone else's
    with library.session() as session:
        networks = list(session.exec(select(Network.id)).all())
        assert store.remove_by_person(session, "UFACIL01", networks) == len(CORPUS) - 1
    assert _titles(library, "stagiairs mentor") == set()
    assert _titles(library, "oplossing") == {"Do's en don'ts bij intervisie"}
