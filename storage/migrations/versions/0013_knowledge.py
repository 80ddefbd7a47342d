"""knowledge library: knowledge items, with full-text search (a tsvector column on
PostgreSQL, an FTS5 table on SQLite: storage/knowledge_search.py)

Revision ID: 0013
Revises: 0009
Create Date: 2026-11-29 18:40:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


# The search structures as storage/knowledge_search.py queries them, written out here so
# this migration stays what it was when that module changes. PostgreSQL: two text search
# configurations that take accents off (unaccent) before Dutch stemming or only lowercasing.
_WORDS = "asciiword, word, asciihword, hword, hword_asciipart, hword_part"
_NUMBERS = "numword, numhword, hword_numpart"
_POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION leernet_nl (COPY = pg_catalog.dutch)",
    f"ALTER TEXT SEARCH CONFIGURATION leernet_nl ALTER MAPPING FOR {_WORDS} "
    "WITH unaccent, dutch_stem",
    f"ALTER TEXT SEARCH CONFIGURATION leernet_nl ALTER MAPPING FOR {_NUMBERS} "
    "WITH unaccent, simple",
    "CREATE TEXT SEARCH CONFIGURATION leernet_en (COPY = pg_catalog.simple)",
    f"ALTER TEXT SEARCH CONFIGURATION leernet_en ALTER MAPPING FOR {_WORDS}, {_NUMBERS} "
    "WITH unaccent, simple",
]
_CONFIG = ("CASE WHEN language = 'en' THEN 'leernet_en'::regconfig "
           "ELSE 'leernet_nl'::regconfig END")
_VECTOR = " || ".join(
    f"setweight(to_tsvector({_CONFIG}, coalesce({column}, '')), '{weight}')"
    for column, weight in (("title", "A"), ("themes", "B"), ("text", "C")))


revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'knowledgeitem',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('title', sa.String(length=150), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('link', sa.String(length=500), nullable=True),
        sa.Column('themes', sa.Text(), nullable=False),
        sa.Column('author_id', sa.String(length=32), nullable=False),
        sa.Column('author_team_id', sa.String(length=32), nullable=False),
        sa.Column('show_organisation', sa.Boolean(), nullable=False),
        sa.Column('organisation', sa.String(length=120), nullable=True),
        sa.Column('visibility', sa.String(length=16), nullable=False),
        sa.Column('language', sa.String(length=8), nullable=False),
        sa.Column('source_author_id', sa.String(length=32), nullable=True),
        sa.Column('source_author_team_id', sa.String(length=32), nullable=True),
        sa.Column('pending_visibility', sa.String(length=16), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['network_id'], ['network.id']),
        sa.PrimaryKeyConstraint('id'),
        sqlite_autoincrement=True,
    )
    op.create_index('ix_knowledgeitem_team_id', 'knowledgeitem', ['team_id'])
    op.create_index('ix_knowledgeitem_network_id', 'knowledgeitem', ['network_id'])
    op.create_index('ix_knowledgeitem_created_at', 'knowledgeitem', ['created_at'])
    if op.get_bind().dialect.name == 'postgresql':
        for statement in _POSTGRES:
            op.execute(statement)
        op.execute(f"ALTER TABLE knowledgeitem ADD COLUMN search tsvector "
                   f"GENERATED ALWAYS AS ({_VECTOR}) STORED")
        op.execute("CREATE INDEX ix_knowledgeitem_search ON knowledgeitem USING gin (search)")
    else:
        op.execute("CREATE VIRTUAL TABLE knowledge_fts USING fts5(title, themes, text, "
                   "content='knowledgeitem', content_rowid='id', "
                   "tokenize='unicode61 remove_diacritics 2')")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        op.execute("DROP TABLE knowledge_fts")
    op.drop_index('ix_knowledgeitem_created_at', table_name='knowledgeitem')
    op.drop_index('ix_knowledgeitem_network_id', table_name='knowledgeitem')
    op.drop_index('ix_knowledgeitem_team_id', table_name='knowledgeitem')
    op.drop_table('knowledgeitem')
    if op.get_bind().dialect.name == 'postgresql':
        # The unaccent extension stays: other things may use it.
        op.execute("DROP TEXT SEARCH CONFIGURATION leernet_nl")
        op.execute("DROP TEXT SEARCH CONFIGURATION leernet_en")
