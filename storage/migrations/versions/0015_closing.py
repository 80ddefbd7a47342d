"""closing: when a network's closing phase started, when its final evaluation closes and when
the network was closed (read-only from then on); the final evaluation's anonymous answers,
who answered, and each person's own learning questions answered

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29 19:50:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closing_started_at',
                                      sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('final_evaluation_closes_at',
                                      sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('closed_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                      nullable=True))
    op.create_table(
        'finalanswer',
        sa.Column('key', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('went_well', sa.String(length=1000), nullable=False),
        sa.Column('repeat', sa.String(length=1000), nullable=False),
        sa.Column('forms', sa.String(length=400), nullable=False),
        sa.Column('applied', sa.String(length=1000), nullable=False),
        sa.Column('obstacles', sa.String(length=1000), nullable=False),
        sa.Column('suggestions', sa.String(length=1000), nullable=False),
        sa.Column('join_again', sa.String(length=8), nullable=False),
        sa.Column('named_user_id', sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('key'),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table('finalanswer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finalanswer_network_id'), ['network_id'],
                              unique=False)
    op.create_table(
        'finalsubmission',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('user_team_id', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('network_id', 'user_id'),
    )
    with op.batch_alter_table('finalsubmission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finalsubmission_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_finalsubmission_team_id'), ['team_id'],
                              unique=False)
    op.create_table(
        'learningquestionanswer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('user_team_id', sa.String(length=32), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('question', sa.String(length=2000), nullable=False),
        sa.Column('answered', sa.String(length=8), nullable=False),
        sa.Column('comment', sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('network_id', 'user_id', 'position'),
    )
    with op.batch_alter_table('learningquestionanswer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learningquestionanswer_network_id'),
                              ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_learningquestionanswer_team_id'), ['team_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('learningquestionanswer')
    op.drop_table('finalsubmission')
    op.drop_table('finalanswer')
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
        batch_op.drop_column('final_evaluation_closes_at')
        batch_op.drop_column('closing_started_at')
