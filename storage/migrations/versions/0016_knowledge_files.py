"""knowledge files: the file shared with a knowledge item (its Slack metadata and a copy of
its bytes for the web page)

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29 21:20:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'knowledgefile',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('slack_file_id', sa.String(length=32), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('mimetype', sa.String(length=100), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('permalink', sa.String(length=1000), nullable=True),
        sa.Column('content', sa.LargeBinary(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['knowledgeitem.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('item_id'),
    )


def downgrade() -> None:
    op.drop_table('knowledgefile')
