"""Digests: when the next one is due in a network's time zone, what a facilitator's setting
means, and which window of time a digest reports on."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.errors import BadInput, DomainError
from storage.models import Delivery, DeliveryKind, Network

WEEK = timedelta(days=7)
# The hour a DST switch skips or repeats in the networks' zones (Europe, the Americas): a
# digest set inside it goes at its end instead, once and at a time that exists.
DST_HOUR = 2
# Dutch and English day names, as facilitators type them; ISO weekday numbers.
DAYS: dict[str, int] = {
    "ma": 1, "maandag": 1, "mon": 1, "monday": 1,
    "di": 2, "dinsdag": 2, "tue": 2, "tuesday": 2,
    "wo": 3, "woensdag": 3, "wed": 3, "wednesday": 3,
    "do": 4, "donderdag": 4, "thu": 4, "thursday": 4,
    "vr": 5, "vrijdag": 5, "fri": 5, "friday": 5,
    "za": 6, "zaterdag": 6, "sat": 6, "saturday": 6,
    "zo": 7, "zondag": 7, "sun": 7, "sunday": 7,
}
OFF_WORDS = frozenset({"uit", "off"})
ON_WORDS = frozenset({"aan", "on"})
_CLOCK = re.compile(r"^(\d{1,2})(?::|[.hu])?(\d{2})?$")
# The channel and facilitator digests are weekly and follow the network's setting.
NETWORK_KINDS = (DeliveryKind.DIGEST, DeliveryKind.FACILITATOR_DIGEST)


@dataclass(frozen=True)
class DigestSetting:
    """A facilitator's choice: the weekday (1-7) and local time, or the digests off."""

    weekday: int
    hour: int
    minute: int
    on: bool = True


def parse_setting(words: list[str], current: DigestSetting) -> DigestSetting:
    """`ma 9:00`, `dag vrijdag 16u30`, `uit`, `aan`: DomainError("digest.error.setting")
    for anything else."""
    words = [w.lower() for w in words if w.lower() not in ("dag", "day", "om", "at")]
    if len(words) == 1 and words[0] in OFF_WORDS | ON_WORDS:
        return DigestSetting(current.weekday, current.hour, current.minute,
                             on=words[0] in ON_WORDS)
    if len(words) != 2 or words[0] not in DAYS:
        raise DomainError("digest.error.setting")
    clock = _CLOCK.match(words[1])
    if clock is None:
        raise DomainError("digest.error.setting")
    hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
    if hour > 23 or minute > 59:
        raise DomainError("digest.error.setting")
    return DigestSetting(DAYS[words[0]], hour, minute)


def setting_of(network: Network) -> DigestSetting:
    return DigestSetting(network.digest_weekday, network.digest_hour, network.digest_minute,
                         network.digest_on)


def local_time(setting: DigestSetting) -> time:
    """The clock time a digest goes at: the setting, moved out of the DST hour."""
    if setting.hour == DST_HOUR:
        return time(DST_HOUR + 1, 0)
    return time(setting.hour, setting.minute)


def next_slot(setting: DigestSetting, timezone: str, after: datetime) -> datetime:
    """The first moment strictly after `after` (aware) that is the setting's weekday and time
    in `timezone`, as aware UTC."""
    zone = ZoneInfo(timezone)
    local = after.astimezone(zone)
    at = local_time(setting)
    for days in range(8):
        day = local.date() + timedelta(days=days)
        if day.isoweekday() != setting.weekday:
            continue
        candidate = datetime.combine(day, at, tzinfo=zone).astimezone(UTC)
        if candidate > after:
            return candidate
    raise AssertionError("a weekday recurs within 8 days")


def next_month_slot(timezone: str, after: datetime, hour: int = 9) -> datetime:
    """The coordinator digest: the first day of the next month, at `hour` local time."""
    local = after.astimezone(ZoneInfo(timezone))
    year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
    first = datetime(year, month, 1, hour, tzinfo=ZoneInfo(timezone))
    return first.astimezone(UTC)


def digest_key(kind: DeliveryKind, owner: int | str, slot: datetime) -> str:
    """One per network (or workspace, for coordinators), kind and slot: planning the same slot
    twice adds nothing."""
    return f"{kind}:{owner}:{int(slot.timestamp())}"


def slot_of(delivery: Delivery) -> datetime:
    """The slot a digest was planned for (its key), whatever retries did to its run_at."""
    try:
        return datetime.fromtimestamp(int(delivery.key.rsplit(":", 1)[1]), UTC)
    except (IndexError, ValueError) as error:
        raise BadInput() from error


def window(delivery: Delivery, period: timedelta = WEEK) -> tuple[datetime, datetime]:
    """What a digest reports on: the period up to its slot (the previous digest's slot on)."""
    slot = slot_of(delivery)
    return slot - period, slot


def month_window(delivery: Delivery, timezone: str) -> tuple[datetime, datetime]:
    """What a coordinator digest reports on: the calendar month before its slot."""
    slot = slot_of(delivery)
    local = slot.astimezone(ZoneInfo(timezone))
    year, month = (local.year - 1, 12) if local.month == 1 else (local.year, local.month - 1)
    start = datetime(year, month, 1, tzinfo=ZoneInfo(timezone)).astimezone(UTC)
    return start, slot


def coordinator_delivery(anchor: Network, team_id: str, slot: datetime) -> Delivery:
    """A workspace's coordinator digest. A delivery hangs off a network: the workspace's
    oldest one carries it (its time zone decides the hour)."""
    kind = DeliveryKind.COORDINATOR_DIGEST
    return Delivery(team_id=team_id, key=digest_key(kind, team_id, slot), kind=kind,
                    run_at=slot, network_id=anchor.id, target="coordinators")


def released(closed: bool, answered: int, min_answers: int) -> bool:
    """An evaluation's averages may be shown to someone who did not answer it: closed, and
    with at least the minimum of answers (bot.domain.evaluations' release rule)."""
    return closed and answered >= min_answers


def digest_delivery(network: Network, kind: DeliveryKind, slot: datetime) -> Delivery:
    target = "channel" if kind == DeliveryKind.DIGEST else "facilitators"
    return Delivery(team_id=network.team_id, key=digest_key(kind, network.id, slot), kind=kind,
                    run_at=slot, network_id=network.id, target=target)


def planned_digests(network: Network, after: datetime) -> list[Delivery]:
    """The network's next channel and facilitator digests after `after` (none when off)."""
    setting = setting_of(network)
    if not setting.on:
        return []
    slot = next_slot(setting, network.timezone, after)
    return [digest_delivery(network, kind, slot) for kind in NETWORK_KINDS]
