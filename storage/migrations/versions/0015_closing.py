"""closing: when a network's closing phase started, when its final evaluation closes and when
the network was closed (read-only from then on)

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


def downgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
        batch_op.drop_column('final_evaluation_closes_at')
        batch_op.drop_column('closing_started_at')
