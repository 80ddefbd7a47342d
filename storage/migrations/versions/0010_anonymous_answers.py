"""anonymous answers: one inserted row per answer with a random key, no time and no order

Moves each poll's `answers_json` list into `evaluationanswer` (new random keys, in a shuffled
order) and drops `answers_json` and `answer_count` from `evaluationpoll`.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 18:40:00.000000
"""
import json
import random
import secrets
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCALES = ('relevance', 'learning', 'facilitation', 'atmosphere')


def upgrade() -> None:
    answers = op.create_table(
        'evaluationanswer',
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('poll_id', sa.Integer(), nullable=False),
        sa.Column('relevance', sa.Integer(), nullable=False),
        sa.Column('learning', sa.Integer(), nullable=False),
        sa.Column('facilitation', sa.Integer(), nullable=False),
        sa.Column('atmosphere', sa.Integer(), nullable=False),
        sa.Column('keep', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column('change', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column('named_user_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.ForeignKeyConstraint(['poll_id'], ['evaluationpoll.id']),
        sa.PrimaryKeyConstraint('key'),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f('ix_evaluationanswer_poll_id'), 'evaluationanswer', ['poll_id'],
                    unique=False)
    bind = op.get_bind()
    rows = []
    for poll_id, raw in bind.execute(sa.text('SELECT id, answers_json FROM evaluationpoll')):
        for entry in json.loads(raw or '[]'):
            rows.append({'key': secrets.token_hex(16), 'poll_id': poll_id,
                         **{name: int(entry['scales'][name]) for name in SCALES},
                         'keep': entry.get('keep', ''), 'change': entry.get('change', ''),
                         'named_user_id': entry.get('user_id')})
    # Inserted in a shuffled order: not the order the list kept (which was random too).
    random.SystemRandom().shuffle(rows)
    if rows:
        op.bulk_insert(answers, rows)
    with op.batch_alter_table('evaluationpoll', schema=None) as batch_op:
        batch_op.drop_column('answers_json')
        batch_op.drop_column('answer_count')


def downgrade() -> None:
    with op.batch_alter_table('evaluationpoll', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answers_json', sa.Text(), nullable=False,
                                      server_default='[]'))
        batch_op.add_column(sa.Column('answer_count', sa.Integer(), nullable=False,
                                      server_default='0'))
    bind = op.get_bind()
    lists: dict[int, list[dict]] = {}
    for row in bind.execute(sa.text(
            'SELECT poll_id, relevance, learning, facilitation, atmosphere, keep, change, '
            'named_user_id FROM evaluationanswer ORDER BY key')).mappings():
        entry = {'scales': {name: row[name] for name in SCALES}, 'keep': row['keep'],
                 'change': row['change']}
        if row['named_user_id']:
            entry['user_id'] = row['named_user_id']
        lists.setdefault(row['poll_id'], []).append(entry)
    for poll_id, entries in lists.items():
        bind.execute(sa.text('UPDATE evaluationpoll SET answers_json = :a, answer_count = :n '
                             'WHERE id = :id'),
                     {'a': json.dumps(entries, ensure_ascii=False), 'n': len(entries),
                      'id': poll_id})
    op.drop_index(op.f('ix_evaluationanswer_poll_id'), table_name='evaluationanswer')
    op.drop_table('evaluationanswer')
