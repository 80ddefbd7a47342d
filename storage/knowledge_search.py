"""Full-text search of the knowledge library, on PostgreSQL and on SQLite.

PostgreSQL: a generated, stored `tsvector` column `knowledgeitem.search` (title weighted A,
themes B, text C) with a GIN index; ranked with `ts_rank`, snippets with `ts_headline`. Its
text search configurations are ours: `leernet_nl` is `dutch` with `unaccent` before the
stemmer, `leernet_en` is `simple` with `unaccent` (English items are only lowercased), so
"cafe" finds "café" as FTS5's `remove_diacritics` does on SQLite.

SQLite: an FTS5 table `knowledge_fts` (`unicode61 remove_diacritics 2`) with the item table as
its external content. The index is fed stemmed text computed in Python
(storage.knowledge_words), one token per original word, so `snippet()` reads and highlights
the original text; ranked with `bm25`. Triggers cannot stem, so storage.knowledge keeps it in
step itself: `add_to_index` after an insert, `drop_from_index` before a change or a delete,
in the same transaction. The table never reuses an id (AUTOINCREMENT), so an index entry left
behind by a delete that skipped storage.knowledge can never point at a newer item.

Both are made by migration 0013, are not in the models, and are left out of the
models-versus-migrations comparison (`include_name`, `include_object`).
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, column, func, literal_column, table, text
from sqlmodel import Session, col, select

from storage.knowledge_words import indexed, query_forms
from storage.models import KnowledgeItem

FTS_TABLE = "knowledge_fts"
PG_COLUMN = "search"
PG_INDEX = "ix_knowledgeitem_search"

# Highlight marks around a matched word in a snippet: private-use characters a person
# cannot type into a form that keeps them (handlers turn them into mrkdwn bold after
# escaping the text around them).
MARK_START, MARK_END = "\ue001", "\ue002"
SNIPPET_WORDS = 16
_FTS = table(FTS_TABLE, column("rowid"))

def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Alembic's filter of reflected names: the FTS5 table and its shadow tables are ours."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def include_object(obj: Any, name: str | None, type_: str, _reflected: bool,
                   _compare_to: Any) -> bool:
    """Alembic's filter of objects: the generated search column and its index are ours."""
    if type_ == "column" and name == PG_COLUMN:
        return getattr(getattr(obj, "table", None), "name", None) != "knowledgeitem"
    return not (type_ == "index" and name == PG_INDEX)


# --- keeping SQLite's index in step ----------------------------------------------------------

def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _row(item: KnowledgeItem) -> dict[str, Any]:
    return {"id": item.id, "title": indexed(item.title, item.language),
            "themes": indexed(item.themes, item.language),
            "text": indexed(item.text, item.language)}


def add_to_index(session: Session, item: KnowledgeItem) -> None:
    """After the item is flushed (it has its id)."""
    if _sqlite(session):
        session.execute(text(
            f"INSERT INTO {FTS_TABLE} (rowid, title, themes, text) "
            "VALUES (:id, :title, :themes, :text)"), _row(item))


def drop_from_index(session: Session, item: KnowledgeItem) -> None:
    """Before the item's indexed columns change or it is deleted: FTS5 removes an
    external-content row given exactly what was indexed for it."""
    if _sqlite(session):
        session.execute(text(
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, themes, text) "
            "VALUES ('delete', :id, :title, :themes, :text)"), _row(item))


# --- searching -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    item: KnowledgeItem
    snippet: str  # the text around the matched words, with MARK_START/MARK_END around them


def search(session: Session, terms: list[str], visible: ColumnElement[bool],
           limit: int) -> list[Hit]:
    """The visible items matching every term (in any of its forms), best first. `terms` are
    plain words (letters and digits), never query syntax."""
    if not terms:
        return []
    if _sqlite(session):
        return _search_sqlite(session, terms, visible, limit)
    return _search_postgres(session, terms, visible, limit)


def _search_sqlite(session: Session, terms: list[str], visible: ColumnElement[bool],
                   limit: int) -> list[Hit]:
    match = " AND ".join(
        "(" + " OR ".join(f'"{form}"' for form in query_forms(term)) + ")" for term in terms)
    score: ColumnElement[Any] = literal_column(f"bm25({FTS_TABLE}, 10.0, 4.0, 1.0)")
    snippet: ColumnElement[Any] = literal_column(
        f"snippet({FTS_TABLE}, 2, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_WORDS})")
    rows = session.exec(
        select(KnowledgeItem, snippet)
        .join_from(_FTS, KnowledgeItem, _FTS.c.rowid == col(KnowledgeItem.id))
        .where(text(f"{FTS_TABLE} MATCH :match").bindparams(match=match), visible)
        .order_by(score, col(KnowledgeItem.id).desc())
        .limit(limit)
    ).all()
    return [Hit(item, snippet_text or "") for item, snippet_text in rows]


def _search_postgres(session: Session, terms: list[str], visible: ColumnElement[bool],
                     limit: int) -> list[Hit]:
    dutch: ColumnElement[Any] = literal_column("'leernet_nl'::regconfig")
    simple: ColumnElement[Any] = literal_column("'leernet_en'::regconfig")
    query: Any = None
    for term in terms:
        either = func.plainto_tsquery(dutch, term).op("||")(func.plainto_tsquery(simple, term))
        query = either if query is None else query.op("&&")(either)
    vector: ColumnElement[Any] = literal_column(f"knowledgeitem.{PG_COLUMN}")
    config = case((col(KnowledgeItem.language) == "en", simple), else_=dutch)
    headline = func.ts_headline(
        config, col(KnowledgeItem.text), query,
        f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, MinWords=6, "
        "MaxFragments=1, FragmentDelimiter=…")
    rows = session.exec(
        select(KnowledgeItem, headline)
        .where(vector.op("@@")(query), visible)
        .order_by(func.ts_rank(vector, query).desc(), col(KnowledgeItem.id).desc())
        .limit(limit)
    ).all()
    return [Hit(item, snippet_text or "") for item, snippet_text in rows]
