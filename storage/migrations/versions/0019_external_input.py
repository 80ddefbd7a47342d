"""external input: the answer to the external-input question in an evaluation answer; asking the group whether it wants external input on a theme (a vote or an
evaluation question, with its outcome), and guest experts invited to one session

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-29 21:10:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('evaluationanswer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_input', sa.String(length=8), nullable=True))
    op.create_table(
        'externalinputask',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('theme', sa.String(length=150), nullable=False),
        sa.Column('method', sa.String(length=16), nullable=False),
        sa.Column('poll_id', sa.Integer(), nullable=True),
        sa.Column('meeting_id', sa.Integer(), nullable=True),
        sa.Column('asked_by', sa.String(length=32), nullable=False),
        sa.Column('asked_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('yes', sa.Integer(), nullable=False),
        sa.Column('no', sa.Integer(), nullable=False),
        sa.Column('maybe', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=True),
        sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.ForeignKeyConstraint(['poll_id'], ['poll.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('meeting_id'),
    )
    with op.batch_alter_table('externalinputask', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_externalinputask_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_externalinputask_poll_id'), ['poll_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_externalinputask_team_id'), ['team_id'],
                              unique=False)
    op.create_table(
        'sessionguest',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=True),
        sa.Column('user_team_id', sa.String(length=32), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=True),
        sa.Column('email', sa.String(length=254), nullable=True),
        sa.Column('invited_by', sa.String(length=32), nullable=False),
        sa.Column('invited_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('thanked_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('meeting_id', 'user_id'),
    )
    with op.batch_alter_table('sessionguest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessionguest_meeting_id'), ['meeting_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_sessionguest_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_sessionguest_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessionguest_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_table('sessionguest')
    op.drop_table('externalinputask')
    with op.batch_alter_table('evaluationanswer', schema=None) as batch_op:
        batch_op.drop_column('external_input')
