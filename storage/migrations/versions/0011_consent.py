"""consent: each consent to the introduction card, with its time and the text agreed to

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-29 18:40:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('network_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('lang', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('given_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('withdrawn_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['network_id'], ['network.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_network_id'), ['network_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_user_id'))
        batch_op.drop_index(batch_op.f('ix_consent_team_id'))
        batch_op.drop_index(batch_op.f('ix_consent_network_id'))

    op.drop_table('consent')
