"""identity: a person is (team, user); a network knows the workspaces its channel is shared with

Every membership, answer and delivery receipt records the person's own workspace
(`user_team_id`); the rows made before this migration get the network's, the only one there
was. `network.shared_team_ids` lists the other workspaces of a Slack Connect channel, which
is found by its id alone (`ix_network_channel_id`).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 15:45:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSON_TABLES = ('membership', 'rsvp', 'deliveryreceipt', 'kickoffresponse', 'agreementack',
                 'pollvote', 'agendacontribution', 'attendance', 'evaluationsubmission',
                 'applycommitment')


def upgrade() -> None:
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shared_team_ids',
                                      sa.Text(),
                                      nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_network_channel_id'), ['channel_id'], unique=False)
    for table in PERSON_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('user_team_id',
                                          sqlmodel.sql.sqltypes.AutoString(length=32),
                                          nullable=False, server_default=''))
        op.execute(f"UPDATE {table} SET user_team_id = team_id")
    # The code fills both columns itself: no server defaults left behind.
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.alter_column('shared_team_ids', server_default=None)
    for table in PERSON_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('user_team_id', server_default=None)


def downgrade() -> None:
    for table in reversed(PERSON_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('user_team_id')
    with op.batch_alter_table('network', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_network_channel_id'))
        batch_op.drop_column('shared_team_ids')
