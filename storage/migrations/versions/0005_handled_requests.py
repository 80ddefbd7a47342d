"""handled requests: replayed or double-clicked submissions and event retries change nothing

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 14:45:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('handledrequest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('handled_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('handledrequest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handledrequest_handled_at'), ['handled_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_handledrequest_team_id'), ['team_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('handledrequest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handledrequest_team_id'))
        batch_op.drop_index(batch_op.f('ix_handledrequest_handled_at'))

    op.drop_table('handledrequest')
