"""after closing: the facilitators' choices once a network is closed, whether its knowledge
items stay visible or are withdrawn, and whether its channel was archived or kept open (who
chose last, and when)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29 21:10:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('knowledge_choice', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('knowledge_chosen_by', sa.String(length=32),
                                      nullable=True))
        batch_op.add_column(sa.Column('knowledge_chosen_at',
                                      sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('channel_choice', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('channel_chosen_by', sa.String(length=32),
                                      nullable=True))
        batch_op.add_column(sa.Column('channel_chosen_at',
                                      sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('channel_chosen_at')
        batch_op.drop_column('channel_chosen_by')
        batch_op.drop_column('channel_choice')
        batch_op.drop_column('knowledge_chosen_at')
        batch_op.drop_column('knowledge_chosen_by')
        batch_op.drop_column('knowledge_choice')
