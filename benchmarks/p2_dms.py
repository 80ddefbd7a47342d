"""P2: many session-reminder DMs due at once, against the Slack twin with Slack's rate limits
on (slack_twin.server.RateLimiter: Slack's tiers, enforced per workspace and method).

The networks (12 members each, the most a network takes, every member a different person)
each have a session tomorrow and a reminder due now. The running bot's own scheduler sends
them. The wall time, from "due" to the last DM, is printed as a ratio to the floor the
twin's limits imply: every person needs one conversations.open (Tier 3) and one
chat.postMessage (workspace-wide limit), so no client can finish sooner than the slower of
the two buckets allows. Lost: people without the reminder DM; duplicated: people with two.
"""

import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from slack_twin import RateLimiter
from slack_twin.local_stack import TEAM_ID, LocalStack
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Meeting,
    Membership,
    Network,
    Role,
)

NETWORK_SIZE = 12  # Network.max_participants can be at most 12
# The methods every DM needs once per person; their tiers set the floor.
PER_PERSON = ("conversations.open", "chat.postMessage")


@dataclass(frozen=True)
class Result:
    people: int
    wall: float  # seconds from "due" to the last reminder DM
    floor: float  # seconds the twin's rate limits allow at best
    binding: str  # the method whose limit sets the floor
    lost: int
    duplicated: int
    rate_limited: int  # 429 answers the bot got on its way

    @property
    def ratio(self) -> float:
        return self.wall / self.floor if self.floor else math.nan


def floor(people: int) -> tuple[float, str]:
    """The least time `people` DMs take under the twin's limits, and the method that binds."""
    return max((RateLimiter.floor(method, people), method) for method in PER_PERSON)


def person(network: int, index: int) -> str:
    return f"UP{network:03d}{index:02d}"


def seed(stack: LocalStack, people: int, now: datetime) -> list[str]:
    """Networks of 12 (the last one smaller) with a session tomorrow and its reminder due
    now; every member a twin user. Returns everyone who should get the reminder."""
    everyone = []
    with stack.bot.db.session() as session:
        for n in range(math.ceil(people / NETWORK_SIZE)):
            members = [person(n, i) for i in range(min(NETWORK_SIZE, people - n * 12))]
            net = Network(team_id=TEAM_ID, channel_id=f"CP2{n:05d}", name=f"Netwerk {n}",
                          theme="t", region="r", charter_what="w", charter_why="w",
                          charter_how="h", charter_for_whom="f", format="face_to_face",
                          max_participants=NETWORK_SIZE, timezone="Europe/Brussels",
                          reminder_offsets="1d", evaluation_delay_seconds=3600,
                          created_by=members[0])
            session.add(net)
            session.flush()
            for i, user in enumerate(members):
                session.add(Membership(team_id=TEAM_ID, network_id=net.id, user_id=user,
                                       role=Role.FACILITATOR if i == 0 else Role.PARTICIPANT))
            meeting = Meeting(team_id=TEAM_ID, network_id=net.id,
                              starts_at=now + timedelta(days=1), duration_minutes=120,
                              location="Gent", learning_form="intervision",
                              created_by=members[0], number=1)
            session.add(meeting)
            session.flush()
            session.add(Delivery(team_id=TEAM_ID, key=f"reminder:{meeting.id}:p2",
                                 kind=DeliveryKind.REMINDER, run_at=now,
                                 network_id=net.id, meeting_id=meeting.id, target="members"))
            everyone += members
    for user in everyone:
        stack.twin.add_user(user, user.lower())
    return everyone


def _settled(stack: LocalStack) -> bool:
    with stack.bot.db.session() as session:
        rows = session.exec(select(Delivery).where(Delivery.kind == DeliveryKind.REMINDER)).all()
        return all(r.status not in (DeliveryStatus.PENDING, DeliveryStatus.SENDING)
                   for r in rows)


def measure(database_url: str, people: int = 1200, *, timeout: float | None = None) -> Result:
    best, binding = floor(people)
    timeout = timeout if timeout is not None else 3 * best + 120
    # The sweep would find the deliveries anyway; the bot's own wake-up (notify) is what a
    # new delivery triggers in production, so the run starts when they are due.
    with LocalStack(database_url, sweep_interval=timedelta(hours=1)) as stack:
        now = datetime.now(UTC)
        everyone = seed(stack, people, now)
        started = time.time()
        stack.bot.scheduler.notify(datetime.now(UTC))
        deadline = time.monotonic() + timeout
        while not _settled(stack) and time.monotonic() < deadline:
            time.sleep(0.5)
        twin = stack.twin
        received = {user: [m for m in twin.messages(twin.dm_channel(user) or "")
                           if (m.get("metadata") or {}).get("event_type")]
                    for user in everyone}
        last = max((float(m["ts"]) for ms in received.values() for m in ms), default=started)
        limited = sum(1 for c in twin.calls if c.status == 429)
    return Result(people, last - started, best, binding,
                  lost=sum(1 for ms in received.values() if not ms),
                  duplicated=sum(1 for ms in received.values() if len(ms) > 1),
                  rate_limited=limited)


def report(result: Result) -> str:
    ratio = f"{result.ratio:.2f}x" if result.floor else "n/a (within the bursts)"
    return (f"P2 {result.people} reminder DMs due at once, twin rate limits on: "
            f"{result.wall:.1f} s, floor {result.floor:.1f} s ({result.binding}) -> {ratio} "
            f"(goal <= 1.1x); lost {result.lost}, duplicated {result.duplicated} (goal 0, 0); "
            f"429 answers {result.rate_limited}")
