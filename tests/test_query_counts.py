"""Fast answers: the SQL a command runs does not grow with the rows it shows.

Counted statements (before_cursor_execute on the bot's engine), never timings: the same
count at two sizes, on the running bot's services and its reminder sender (against the twin).
"""

import pytest

from benchmarks import p3_queries
from slack_twin.local_stack import LocalStack


@pytest.fixture
def bot(database_url):
    with LocalStack(database_url, migrate=False) as running:
        yield running


def test_sessies_runs_as_many_queries_for_12_sessions_as_for_2(bot):
    assert p3_queries.sessies(bot, 2, index=1) == p3_queries.sessies(bot, 12, index=2)


def test_leden_runs_as_many_queries_for_12_members_as_for_3(bot):
    assert p3_queries.leden(bot, 3, index=1) == p3_queries.leden(bot, 12, index=2)


def test_home_runs_as_many_queries_for_8_networks_as_for_1(bot):
    # (even indexes: the first network's questionnaire closes at its first session, which
    # takes one query for all such networks; a bulk query is skipped when no row needs it)
    assert p3_queries.home(bot, 1, index=0) == p3_queries.home(bot, 8, index=20)


def test_netwerken_runs_as_many_queries_for_8_networks_as_for_1(bot):
    assert p3_queries.netwerken(bot, 1, index=600) == p3_queries.netwerken(bot, 8, index=700)


def test_a_reminder_runs_no_query_per_recipient_besides_their_receipt(bot):
    """Each person's receipt (claimed before the DM, its result after) is the only per-person
    SQL; what the reminder shows, each person's answer included, is read once."""
    small = p3_queries.reminder(bot, 3, index=1)
    large = p3_queries.reminder(bot, 12, index=2)
    assert small.besides_receipts == large.besides_receipts
    # Statements grow by the same amount for every extra recipient (the receipt's own).
    per_recipient = (large.statements - small.statements) / 9
    assert per_recipient == int(per_recipient)


def test_the_benchmark_runs_at_tiny_sizes():
    """P3 of `python -m benchmarks` (so the benchmark module cannot rot)."""
    from benchmarks.__main__ import p3

    text = p3(sessions=(1, 2), members=(2, 3), networks=(1, 2))
    assert "sessies" in text and "Home" in text and "netwerken" in text and "reminder" in text
