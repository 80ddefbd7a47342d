"""P1's benchmark keeps working: its four processes (bot, bare Bolt app, twin, load client)
start and every request of a tiny run is acknowledged. Nothing here is timed: the ratio is
the benchmark's to print (`python -m benchmarks --only P1`), never a test's to assert."""

from benchmarks import p1_ack


def test_the_ack_benchmark_runs_at_a_tiny_size(tmp_path):
    result = p1_ack.measure(f"sqlite:///{tmp_path / 'p1.db'}", rounds=1, concurrency=4)
    assert result.requests == 4  # the round after the warm-up, on each side
    assert result.bot_p99 > 0 and result.bare_p99 > 0
    assert "P1 /leernet plan ack p99" in p1_ack.report(result, "SQLite", 4)
