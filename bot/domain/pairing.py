"""Pairing: who meets whom between sessions, and when the next round is due.

A round puts the network's members who take part in groups of two (one group of three when
their number is odd), each with people of other organisations only. Among every arrangement
that places as many people as possible, it takes the one that repeats the fewest earlier
meetings: a pair that met once counts less than one that met twice, so nobody meets the same
partner again before they met everyone they can (where the numbers allow it: a round with
every new pair used up repeats the least-met ones). The draw is fixed by its seed.

Maximum-weight matching (networkx's blossom algorithm) finds the pairs: exact at any size,
where hand-written backtracking over every arrangement would be slow past a dozen people.
"""

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import networkx as nx

from bot.domain.digests import DigestSetting, next_slot
from bot.domain.errors import DomainError

MIN_WEEKS, MAX_WEEKS = 1, 8
FOLLOW_UP_AFTER = timedelta(days=7)
JITTER = 1000  # random tie-breaks, each smaller than one repeat (see _weights)


@dataclass(frozen=True)
class Member:
    user_id: str
    organisation: str | None  # None: unknown, taken as nobody else's


@dataclass(frozen=True)
class Draw:
    """A round's groups (sorted user ids), and who could be placed with nobody."""

    groups: tuple[tuple[str, ...], ...]
    unmatched: tuple[str, ...]


def organisation_key(organisation: str | None) -> str | None:
    """`AZ  Gent` and `az gent` are one organisation."""
    if organisation is None or not organisation.strip():
        return None
    return " ".join(organisation.split()).casefold()


def same_organisation(a: Member, b: Member) -> bool:
    key = organisation_key(a.organisation)
    return key is not None and key == organisation_key(b.organisation)


def pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def history_of(groups: Iterable[Sequence[str]]) -> dict[frozenset[str], int]:
    """How often each two people were in one group, over the given earlier groups."""
    counts: dict[frozenset[str], int] = {}
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                counts[pair_key(a, b)] = counts.get(pair_key(a, b), 0) + 1
    return counts


def draw(members: Sequence[Member], excluded: Iterable[str],
         history: Mapping[frozenset[str], int], seed: int) -> Draw:
    """The round: everyone not excluded placed if possible, never with their own organisation,
    with the fewest repeats of `history`; one group of three at most."""
    out = set(excluded)
    people = sorted({m.user_id: m for m in members if m.user_id not in out}.values(),
                    key=lambda m: m.user_id)
    if len(people) < 2:
        return Draw((), tuple(m.user_id for m in people))
    rng = random.Random(seed)
    weights = _weights(people, history, rng)
    best: tuple[tuple[int, int, int], list[tuple[str, ...]]] | None = None
    # The third of a group of three is one of the people (or whoever the matching left over);
    # trying each finds the arrangement that places the most with the fewest repeats.
    candidates: list[Member | None] = [None, *people]
    for third in candidates:
        groups = _arrange(people, third, weights, history)
        score = _score(groups, history, weights)
        if best is None or score > best[0]:
            best = (score, groups)
    assert best is not None
    groups = best[1]
    placed = {user for group in groups for user in group}
    return Draw(tuple(sorted(groups)), tuple(m.user_id for m in people if m.user_id not in placed))


def _weights(people: Sequence[Member], history: Mapping[frozenset[str], int],
             rng: random.Random) -> dict[frozenset[str], int]:
    """Each allowed pair's weight: a pair that met k times weighs less than any number of
    pairs that met fewer times (base**k), with a random tie-break below one step."""
    base = len(people) // 2 + 2
    worst = max((history.get(pair_key(a.user_id, b.user_id), 0)
                 for a in people for b in people if a.user_id < b.user_id), default=0)
    top = base ** (worst + 1)
    weights: dict[frozenset[str], int] = {}
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if same_organisation(a, b):
                continue
            met = history.get(pair_key(a.user_id, b.user_id), 0)
            weights[pair_key(a.user_id, b.user_id)] = ((top - base ** met + 1) * JITTER * base
                                                        + rng.randrange(JITTER))
    return weights


def _arrange(people: Sequence[Member], third: Member | None,
             weights: Mapping[frozenset[str], int],
             history: Mapping[frozenset[str], int]) -> list[tuple[str, ...]]:
    """Pairs for everyone but `third` (most people first, then the heaviest), then one person
    left over (`third`, or else one the matching could not place) joins the pair that suits
    them best, when one has nobody of their organisation."""
    rest = [m for m in people if m is not third]
    graph = nx.Graph()
    graph.add_nodes_from(m.user_id for m in rest)
    for i, a in enumerate(rest):
        for b in rest[i + 1:]:
            weight = weights.get(pair_key(a.user_id, b.user_id))
            if weight is not None:
                graph.add_edge(a.user_id, b.user_id, weight=weight)
    matching = nx.max_weight_matching(graph, maxcardinality=True, weight="weight")
    groups = [tuple(sorted(pair)) for pair in matching]
    placed = {user for group in groups for user in group}
    by_id = {m.user_id: m for m in people}
    left = [third] if third is not None else [m for m in rest if m.user_id not in placed]
    for person in left:
        fits = [g for g in groups if not any(same_organisation(person, by_id[u]) for u in g)]
        if fits:
            group = max(fits, key=lambda g: (-sum(history.get(pair_key(person.user_id, u), 0)
                                                  for u in g),
                                             sum(weights[pair_key(person.user_id, u)]
                                                 for u in g)))
            groups[groups.index(group)] = tuple(sorted((*group, person.user_id)))
            break
    return groups


def _score(groups: Sequence[tuple[str, ...]], history: Mapping[frozenset[str], int],
           weights: Mapping[frozenset[str], int]) -> tuple[int, int, int]:
    """Most people placed, then the fewest (and least) repeats, then the random tie-break."""
    pairs = [pair_key(a, b) for g in groups for i, a in enumerate(g) for b in g[i + 1:]]
    base = sum(len(g) for g in groups) // 2 + 2
    repeats = sum(base ** history.get(p, 0) - 1 for p in pairs)
    return sum(len(g) for g in groups), -repeats, sum(weights[p] % JITTER for p in pairs)


# --- the schedule --------------------------------------------------------------------------


@dataclass(frozen=True)
class PairingSetting:
    """The facilitators' choice: on or off, every `weeks` weeks, on a weekday and hour in the
    network's time zone (never 02:00-03:00: the DST hour moves to 03:00)."""

    on: bool
    weeks: int
    weekday: int
    hour: int


def valid_setting(on: bool, weeks: int, weekday: int, hour: int) -> PairingSetting:
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise DomainError("pairing.error.weeks", low=MIN_WEEKS, high=MAX_WEEKS)
    if not 1 <= weekday <= 7 or not 0 <= hour <= 23:
        raise DomainError("pairing.error.setting")
    return PairingSetting(on, weeks, weekday, 3 if hour == 2 else hour)


def next_round_at(setting: PairingSetting, timezone: str, after: datetime,
                  previous: datetime | None) -> datetime:
    """The first round: the setting's next weekday and hour after `after`. Later rounds:
    `weeks` weeks after the previous one's slot, on that weekday and hour."""
    slot_setting = DigestSetting(setting.weekday, setting.hour, 0)
    if previous is None:
        return next_slot(slot_setting, timezone, after)
    earliest = max(previous + timedelta(weeks=setting.weeks) - timedelta(days=1), after)
    return next_slot(slot_setting, timezone, earliest)


def round_key(network_id: int, slot: datetime) -> str:
    return f"pairing:{network_id}:{int(slot.timestamp())}"


def follow_up_key(round_id: int) -> str:
    return f"pairing_followup:{round_id}"


def seed_of(network_id: int, slot: datetime) -> int:
    """The draw's seed: fixed by the round, so drawing it again gives the same groups."""
    return network_id * 1_000_003 + int(slot.timestamp())
