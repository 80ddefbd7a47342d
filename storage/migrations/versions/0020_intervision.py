"""intervision: a case's title and whether it stays in the session (confidential, erased
after it), intervisions run on a case (method, phase, roles, time boxes, thread, takeaway)
and the questions and advice gathered in their thread

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-29 21:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0020'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('agendacontribution', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title', sa.String(length=150), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('confidential', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('erased_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                      nullable=True))
    op.create_table(
        'intervision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('contribution_id', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=16), nullable=False),
        sa.Column('phase', sa.Integer(), nullable=False),
        sa.Column('minutes', sa.String(length=100), nullable=False),
        sa.Column('case_bringer_id', sa.String(length=32), nullable=False),
        sa.Column('process_lead_id', sa.String(length=32), nullable=False),
        sa.Column('timekeeper_id', sa.String(length=32), nullable=True),
        sa.Column('started_by', sa.String(length=32), nullable=False),
        sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('finished_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('channel_id', sa.String(length=32), nullable=False),
        sa.Column('root_ts', sa.String(length=32), nullable=True),
        sa.Column('phase_ts', sa.String(length=32), nullable=True),
        sa.Column('takeaway', sa.String(length=2000), nullable=False),
        sa.Column('takeaway_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('takeaway_ts', sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(['contribution_id'], ['agendacontribution.id'], ),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('contribution_id'),
    )
    with op.batch_alter_table('intervision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intervision_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intervision_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_intervision_meeting_id'), ['meeting_id'],
                              unique=False)
    op.create_table(
        'intervisionentry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('intervision_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('text', sa.String(length=1000), nullable=False),
        sa.Column('author_id', sa.String(length=32), nullable=False),
        sa.Column('author_team_id', sa.String(length=32), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('message_ts', sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(['intervision_id'], ['intervision.id'], ),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('intervisionentry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intervisionentry_team_id'), ['team_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_intervisionentry_intervision_id'),
                              ['intervision_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('intervisionentry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intervisionentry_intervision_id'))
        batch_op.drop_index(batch_op.f('ix_intervisionentry_team_id'))
    op.drop_table('intervisionentry')
    with op.batch_alter_table('intervision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intervision_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_intervision_network_id'))
        batch_op.drop_index(batch_op.f('ix_intervision_team_id'))
    op.drop_table('intervision')
    with op.batch_alter_table('agendacontribution', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
        batch_op.drop_column('confidential')
        batch_op.drop_column('title')
