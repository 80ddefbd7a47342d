"""digests: when a network's digests go out, who unsubscribed, and workspace coordinators;
each network's first channel and facilitator digests are planned by the bot
(bot.services.digests.ensure_planned)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29 19:20:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digest_weekday', sa.Integer(), nullable=False,
                                      server_default='1'))
        batch_op.add_column(sa.Column('digest_hour', sa.Integer(), nullable=False,
                                      server_default='9'))
        batch_op.add_column(sa.Column('digest_minute', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('digest_on', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
    op.create_table(
        'digestoptout',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('team_id', 'user_id', 'kind', 'network_id'),
    )
    with op.batch_alter_table('digestoptout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_digestoptout_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_digestoptout_team_id'), ['team_id'], unique=False)
    op.create_table(
        'coordinator',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('added_by', sa.String(length=32), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('team_id', 'user_id'),
    )
    with op.batch_alter_table('coordinator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coordinator_team_id'), ['team_id'], unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM delivery WHERE kind IN ('digest', 'digest_facil', 'digest_coord')")
    with op.batch_alter_table('coordinator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coordinator_team_id'))
    op.drop_table('coordinator')
    with op.batch_alter_table('digestoptout', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_digestoptout_team_id'))
        batch_op.drop_index(batch_op.f('ix_digestoptout_network_id'))
    op.drop_table('digestoptout')
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('digest_on')
        batch_op.drop_column('digest_minute')
        batch_op.drop_column('digest_hour')
        batch_op.drop_column('digest_weekday')
