"""closing report: a closed network's closing report (published once, its closing words, the
library item it was kept as) and its charts as PNG images

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-29 21:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0021'
down_revision: str | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'closingreport',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('words', sa.Text(), nullable=False),
        sa.Column('automatic', sa.Boolean(), nullable=False),
        sa.Column('figures', sa.Text(), nullable=False),
        sa.Column('knowledge_item_id', sa.Integer(), nullable=True),
        sa.Column('published_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('network_id'),
    )
    with op.batch_alter_table('closingreport', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closingreport_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_closingreport_knowledge_item_id'),
                              ['knowledge_item_id'], unique=False)
    op.create_table(
        'reportchart',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('report_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=32), nullable=False),
        sa.Column('title', sa.String(length=150), nullable=False),
        sa.Column('png', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['report_id'], ['closingreport.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('report_id', 'position'),
    )
    with op.batch_alter_table('reportchart', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reportchart_report_id'), ['report_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reportchart', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reportchart_report_id'))
    op.drop_table('reportchart')
    with op.batch_alter_table('closingreport', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closingreport_knowledge_item_id'))
        batch_op.drop_index(batch_op.f('ix_closingreport_team_id'))
    op.drop_table('closingreport')
