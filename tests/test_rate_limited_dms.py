"""P2 of `python -m benchmarks` at a tiny size (so the benchmark module cannot rot): reminder
DMs sent by the running bot against the twin with Slack's rate limits on."""

from benchmarks import p2_dms
from benchmarks.__main__ import p2


def test_p2_runs_at_a_tiny_size() -> None:
    text = p2(13)  # two networks: one full, one with a single member
    assert text.startswith("P2 13 reminder DMs due at once")
    assert "lost 0, duplicated 0" in text


def test_p2_floor_follows_the_twins_tiers() -> None:
    """Tier 3 (50 a minute, a minute's burst) binds before the workspace's 300 posts."""
    assert p2_dms.floor(50)[0] == 0.0
    best, method = p2_dms.floor(1200)
    assert method == "conversations.open" and round(best) == round((1200 - 50) * 60 / 50)
