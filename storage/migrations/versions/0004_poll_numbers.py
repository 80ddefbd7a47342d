"""poll numbers per network

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 14:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.Integer(), nullable=True))
    # Existing polls are numbered per network in the order they were created.
    poll = sa.table('poll', sa.column('id', sa.Integer()), sa.column('network_id', sa.Integer()),
                    sa.column('number', sa.Integer()))
    connection = op.get_bind()
    rows = connection.execute(sa.select(poll.c.id, poll.c.network_id)
                              .order_by(poll.c.network_id, poll.c.id)).all()
    counts: dict[int, int] = {}
    for poll_id, network_id in rows:
        counts[network_id] = counts.get(network_id, 0) + 1
        connection.execute(poll.update().where(poll.c.id == poll_id)
                           .values(number=counts[network_id]))
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.alter_column('number', existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint('uq_poll_network_number', ['network_id', 'number'])


def downgrade() -> None:
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.drop_constraint('uq_poll_network_number', type_='unique')
        batch_op.drop_column('number')
