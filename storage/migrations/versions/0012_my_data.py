"""my data and retention: a network counts its erased members and remembers its retention
warning; each network gets its first retention check

Revision ID: 0012
Revises: 0009
Create Date: 2026-11-29 18:40:00.000000
"""
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('former_members', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('retention_warned_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                      nullable=True))
    # Every existing network's first retention check, due now: the sender works out when the
    # network falls due and plans the next check itself.
    bind = op.get_bind()
    now = datetime.now(UTC)
    networks = bind.execute(sa.text("SELECT id, team_id FROM network")).all()
    delivery = sa.table('delivery', sa.column('team_id', sa.String), sa.column('key', sa.String),
                        sa.column('kind', sa.String), sa.column('run_at', sqlmodel.sql.sqltypes.UTCDateTime()),
                        sa.column('network_id', sa.Integer), sa.column('target', sa.String),
                        sa.column('status', sa.String), sa.column('attempts', sa.Integer),
                        sa.column('created_at', sqlmodel.sql.sqltypes.UTCDateTime()))
    if networks:
        op.bulk_insert(delivery, [
            {"team_id": team_id, "key": f"retention:{network_id}:start", "kind": "retention",
             "run_at": now, "network_id": network_id, "target": "facilitators",
             "status": "pending", "attempts": 0, "created_at": now}
            for network_id, team_id in networks])


def downgrade() -> None:
    op.execute("DELETE FROM delivery WHERE kind = 'retention'")
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_column('retention_warned_at')
        batch_op.drop_column('former_members')
