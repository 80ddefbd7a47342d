"""The pairing draw on its properties, over many random networks, histories and seeds: no
group within one organisation, no repeat where a draw without one exists, odd numbers in one
group of three, paused and opted-out people left out, as many placed as possible."""

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.pairing import Draw, Member, draw, history_of, organisation_key, pair_key

ORGS = ["AZ Gent", "az  gent", "OCMW Gent", "CAW", "Stad Gent", None]


@st.composite
def networks(draw_, low: int = 0, high: int = 9):
    size = draw_(st.integers(low, high))
    members = [Member(f"U{i:02d}", draw_(st.sampled_from(ORGS))) for i in range(size)]
    excluded = draw_(st.sets(st.sampled_from([m.user_id for m in members]), max_size=3)
                     if members else st.just(set()))
    pairs = [pair_key(a.user_id, b.user_id) for a, b in combinations(members, 2)]
    history = draw_(st.dictionaries(st.sampled_from(pairs), st.integers(1, 3), max_size=8)
                    if pairs else st.just({}))
    return members, excluded, history, draw_(st.integers(0, 2**32))


def _org(members: list[Member], user: str) -> str | None:
    return organisation_key(next(m.organisation for m in members if m.user_id == user))


def _allowed(members: list[Member], group: tuple[str, ...]) -> bool:
    orgs = [_org(members, u) for u in group]
    known = [o for o in orgs if o is not None]
    return len(known) == len(set(known))


def _arrangements(people: list[str], members: list[Member]):
    """Every way to put some of `people` in allowed groups of two, with at most one of three."""
    def go(rest: list[str], triple_used: bool):
        if not rest:
            yield []
            return
        first, others = rest[0], rest[1:]
        yield from go(others, triple_used)  # `first` sits out
        for i, b in enumerate(others):
            if _allowed(members, (first, b)):
                for tail in go(others[:i] + others[i + 1:], triple_used):
                    yield [(first, b), *tail]
            if not triple_used:
                for j in range(i + 1, len(others)):
                    group = (first, b, others[j])
                    if _allowed(members, group):
                        left = [o for k, o in enumerate(others) if k not in (i, j)]
                        for tail in go(left, True):
                            yield [group, *tail]
    yield from go(people, False)


def _repeats(groups, history) -> int:
    return sum(history.get(pair_key(a, b), 0) for g in groups for a, b in combinations(g, 2))


@settings(max_examples=300, deadline=None)
@given(networks())
def test_a_draw_keeps_every_rule(case):
    members, excluded, history, seed = case
    result: Draw = draw(members, excluded, history, seed)
    placed = [u for g in result.groups for u in g]
    # Everyone at most once; nobody excluded; the rest either placed or reported.
    assert len(placed) == len(set(placed))
    assert not set(placed) & excluded
    eligible = {m.user_id for m in members} - excluded
    assert set(placed) | set(result.unmatched) == eligible
    assert not set(placed) & set(result.unmatched)
    # Groups of two, one of three at most; never two of one organisation.
    assert all(len(g) in (2, 3) for g in result.groups)
    assert sum(1 for g in result.groups if len(g) == 3) <= 1
    assert all(_allowed(members, g) for g in result.groups)
    # As many placed as any arrangement could, and no more repeats than the best of those.
    options = list(_arrangements(sorted(eligible), members))
    most = max(sum(len(g) for g in a) for a in options)
    assert len(placed) == most
    fewest = min(_repeats(a, history) for a in options if sum(len(g) for g in a) == most)
    if fewest == 0:
        assert _repeats(result.groups, history) == 0
    # The same seed draws the same round.
    assert draw(members, excluded, history, seed) == result


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 6), st.integers(0, 2**32))
def test_odd_numbers_of_different_organisations_make_one_group_of_three(half, seed):
    members = [Member(f"U{i:02d}", f"Org {i}") for i in range(2 * half + 1)]
    result = draw(members, set(), {}, seed)
    assert sorted(len(g) for g in result.groups) == [2] * (half - 1) + [3]
    assert result.unmatched == ()


def test_someone_with_only_colleagues_left_sits_out_and_is_reported():
    members = [Member("U1", "AZ Gent"), Member("U2", "AZ Gent"), Member("U3", "CAW")]
    result = draw(members, set(), {}, 7)
    assert len(result.groups) == 1 and "U3" in result.groups[0]
    assert len(result.unmatched) == 1


def test_nobody_meets_the_same_partner_twice_before_meeting_everyone():
    """Six people of six organisations, five rounds: everyone meets all five others once, when
    each round's draw is free to avoid repeats (and asserts it found a way every round)."""
    members = [Member(f"U{i}", f"Org {i}") for i in range(6)]
    for seed in range(20):
        earlier: list[tuple[str, ...]] = []
        for number in range(5):
            result = draw(members, set(), history_of(earlier), seed * 10 + number)
            new = [g for g in result.groups
                   if history_of(earlier).get(pair_key(*g), 0) == 0]
            if len(new) < len(result.groups):
                # Only when no round without a repeat was possible at all.
                options = list(_arrangements([m.user_id for m in members], members))
                clean = [a for a in options if sum(len(g) for g in a) == 6
                         and _repeats(a, history_of(earlier)) == 0]
                assert not clean, (seed, number, earlier, result)
            earlier += list(result.groups)
        met = history_of(earlier)
        assert len(met) >= 12  # nearly everyone met everyone (15 pairs, 15 meetings)


def test_rounds_come_every_n_weeks_on_the_local_weekday_and_hour_never_at_two():
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from bot.domain.pairing import next_round_at, valid_setting

    setting = valid_setting(True, 2, 7, 2)
    assert setting.hour == 3
    brussels = ZoneInfo("Europe/Brussels")
    first = next_round_at(setting, "Europe/Brussels", datetime(2027, 3, 20, 12, tzinfo=UTC),
                          None)
    assert first.astimezone(brussels).isoweekday() == 7
    slot = first
    for _ in range(30):  # over both DST switches of 2027
        following = next_round_at(setting, "Europe/Brussels", slot, slot)
        local = following.astimezone(brussels)
        assert (local.isoweekday(), local.hour) == (7, 3)
        assert (local.date() - slot.astimezone(brussels).date()).days == 14
        slot = following
