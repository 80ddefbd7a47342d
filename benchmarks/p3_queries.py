"""P3: SQL statements per command at two sizes (`sessies`, `leden`, Home, `netwerken`, a
session reminder).

Counted with `StatementCounter` (before_cursor_execute) on the running bot's engine, around
the same service calls the listeners make, and around the reminder sender itself (against
the Slack twin). Flat means: the same count at both sizes (for the reminder: the same number
of statements per recipient, and none besides the per-person receipt).
"""

from dataclasses import dataclass

from benchmarks import scenarios
from slack_twin.local_stack import LocalStack
from storage.database import StatementCounter
from storage.models import DeliveryKind


@dataclass(frozen=True)
class Counted:
    what: str
    size_label: str
    small: int
    large: int
    # How many statements: (small size, large size); for the reminder, per recipient.
    counts: tuple[float, float]

    @property
    def ratio(self) -> float:
        return self.counts[1] / self.counts[0] if self.counts[0] else float("nan")


def sessies(stack: LocalStack, sessions: int, *, index: int) -> int:
    """Queries of `/leernet sessies` in a network with this many sessions (half past)."""
    seeded = scenarios.network(stack.bot.db, index, members=6, sessions=sessions)
    with StatementCounter(stack.bot.db.engine) as counter:
        stack.bot.deps.services.sessions.overview_in_channel(scenarios.TEAM, seeded.channel_id,
                                                             scenarios.PERSON)
    return counter.count


def leden(stack: LocalStack, members: int, *, index: int) -> int:
    seeded = scenarios.network(stack.bot.db, index, members=members, sessions=2)
    with StatementCounter(stack.bot.db.engine) as counter:
        stack.bot.deps.services.membership.roster_in_channel(scenarios.TEAM, seeded.channel_id,
                                                             scenarios.PERSON)
    return counter.count


def home(stack: LocalStack, networks: int, *, index: int) -> int:
    """Queries of one person's Home entries when they are in this many networks."""
    team = f"THOME{index:04d}"
    scenarios.person_in_networks(stack.bot.db, networks, team=team, first_index=index)
    with StatementCounter(stack.bot.db.engine) as counter:
        entries = stack.bot.deps.services.home.entries(team, scenarios.PERSON)
    assert len(entries) == networks + 1
    return counter.count


def netwerken(stack: LocalStack, networks: int, *, index: int) -> int:
    """Queries of `/leernet netwerken` in a workspace with this many networks."""
    team = f"TDIR{index:04d}"
    for n in range(networks):
        scenarios.network(stack.bot.db, index + n, members=4, sessions=2, team=team)
    with StatementCounter(stack.bot.db.engine) as counter:
        found = stack.bot.deps.services.directory.listing(team, "UOUTSIDE")
    assert len(found.listings) == networks
    return counter.count


@dataclass(frozen=True)
class ReminderCount:
    statements: int  # everything the sender ran, transaction statements included
    besides_receipts: int  # queries not about the per-person receipt


def reminder(stack: LocalStack, members: int, *, index: int) -> ReminderCount:
    """What the session reminder's sender runs for a network with this many members."""
    seeded = scenarios.network(stack.bot.db, index, members=members, sessions=2)
    for user in scenarios.member_ids(members):
        if user not in stack.twin._users:
            stack.twin.add_user(user, user.lower())
    delivery = scenarios.reminder_delivery(stack.bot.db, seeded)
    sender = stack.bot.dispatcher.senders[DeliveryKind.REMINDER]
    with StatementCounter(stack.bot.db.engine) as counter:
        sender(delivery)
    dms = [c for c in stack.twin.calls_to("chat.postMessage")
           if str(c.args.get("channel", "")).startswith("D")]
    assert len(dms) >= members, "every member got the reminder"
    return ReminderCount(len(counter.statements),
                         sum(1 for q in counter.queries if "deliveryreceipt" not in q.lower()))


def measure(stack: LocalStack, *, sessions: tuple[int, int] = (2, 12),
            members: tuple[int, int] = (3, 12),
            networks: tuple[int, int] = (1, 8)) -> list[Counted]:
    """Every command at both sizes, in one database (each size its own network/workspace)."""
    rows = [
        Counted("sessies", "sessions", *sessions,
                (sessies(stack, sessions[0], index=100), sessies(stack, sessions[1], index=101))),
        Counted("leden", "members", *members,
                (leden(stack, members[0], index=200), leden(stack, members[1], index=201))),
        Counted("Home", "networks", *networks,
                (home(stack, networks[0], index=300), home(stack, networks[1], index=400))),
        Counted("netwerken", "networks", *networks,
                (netwerken(stack, networks[0], index=600),
                 netwerken(stack, networks[1], index=700))),
    ]
    small = reminder(stack, members[0], index=500)
    large = reminder(stack, members[1], index=501)
    rows.append(Counted("reminder, statements per recipient", "members", *members,
                        (small.statements / members[0], large.statements / members[1])))
    rows.append(Counted("reminder, queries besides receipts", "members", *members,
                        (small.besides_receipts, large.besides_receipts)))
    return rows


def report(rows: list[Counted]) -> str:
    lines = [f"{'P3 SQL statements':38} {'size':>18} {'small':>7} {'large':>7} {'ratio':>6}"]
    for row in rows:
        size = f"{row.small} vs {row.large} {row.size_label}"
        lines.append(f"{row.what:38} {size:>18} {row.counts[0]:>7.4g} {row.counts[1]:>7.4g} "
                     f"{row.ratio:>5.2f}x")
    return "\n".join(lines)


def run(database_url: str, **sizes: tuple[int, int]) -> str:
    with LocalStack(database_url) as stack:
        return report(measure(stack, **sizes))
