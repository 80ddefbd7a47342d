"""pairing: a network's pairing setting (off by default), its rounds, the groups of each round
with their people and whether they met, and who paused or opted out

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29 21:20:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pairing_on', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('pairing_weeks', sa.Integer(), nullable=False,
                                      server_default='2'))
        batch_op.add_column(sa.Column('pairing_weekday', sa.Integer(), nullable=False,
                                      server_default='2'))
        batch_op.add_column(sa.Column('pairing_hour', sa.Integer(), nullable=False,
                                      server_default='10'))
    op.create_table(
        'pairinground',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('delivery_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('slot', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('unmatched', sa.Integer(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['delivery_id'], ['delivery.id'], ),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('delivery_id'),
        sa.UniqueConstraint('network_id', 'number'),
    )
    with op.batch_alter_table('pairinground', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pairinground_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_pairinground_team_id'), ['team_id'], unique=False)
    op.create_table(
        'pairinggroup',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('met', sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.ForeignKeyConstraint(['round_id'], ['pairinground.id'], ),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('pairinggroup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pairinggroup_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_pairinggroup_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairinggroup_team_id'), ['team_id'], unique=False)
    op.create_table(
        'pairingmember',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('user_team_id', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['group_id'], ['pairinggroup.id'], ),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('group_id', 'user_id'),
    )
    with op.batch_alter_table('pairingmember', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pairingmember_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairingmember_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_pairingmember_team_id'), ['team_id'], unique=False)
    op.create_table(
        'pairingpause',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('network_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('until_round', sa.Integer(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('network_id', 'user_id'),
    )
    with op.batch_alter_table('pairingpause', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pairingpause_network_id'), ['network_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_pairingpause_team_id'), ['team_id'], unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM deliveryreceipt WHERE delivery_id IN (SELECT id FROM delivery "
               "WHERE kind IN ('pairing', 'pairing_followup'))")
    op.drop_table('pairingpause')
    op.drop_table('pairingmember')
    op.drop_table('pairinggroup')
    op.drop_table('pairinground')
    op.execute("DELETE FROM delivery WHERE kind IN ('pairing', 'pairing_followup')")
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('pairing_hour')
        batch_op.drop_column('pairing_weekday')
        batch_op.drop_column('pairing_weeks')
        batch_op.drop_column('pairing_on')
