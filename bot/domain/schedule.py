"""When deliveries are due, and what to do with one that fell due while the bot was down."""

from datetime import datetime, timedelta
from enum import StrEnum

from storage.models import DeliveryKind, Meeting, MeetingStatus

TARGET_MEMBERS = "members"
# A claim older than this belongs to a process that died mid-send; the sweep frees it.
STALE_CLAIM = timedelta(minutes=10)

__all__ = ["DeliveryKind", "Verdict", "catch_up", "reminder_key", "reminder_times"]


class Verdict(StrEnum):
    SEND = "send"
    SKIP = "skip"


def kickoff_key(network_id: int, user_id: str) -> str:
    """One kickoff questionnaire DM per member and network, however often it is triggered."""
    return f"kickoff:{network_id}:{user_id}"


def reminder_key(meeting_id: int, offset: timedelta) -> str:
    return f"reminder:{meeting_id}:{int(offset.total_seconds())}"


def reminder_times(
    starts_at: datetime, offsets: tuple[timedelta, ...], now: datetime
) -> list[tuple[timedelta, datetime]]:
    """(offset, run_at) for each reminder still ahead; a reminder already past is not made."""
    return [(o, starts_at - o) for o in offsets if starts_at - o > now]


def catch_up(kind: DeliveryKind, run_at: datetime, now: datetime,
             meeting: Meeting | None) -> Verdict:
    """The rule per kind for a delivery that is due (on time or late).

    A reminder is only useful before its session starts; a kickoff questionnaire, an
    evaluation poll and a digest are still worth receiving late.
    """
    if meeting is not None and meeting.status == MeetingStatus.CANCELLED:
        return Verdict.SKIP
    if kind == DeliveryKind.REMINDER:
        return Verdict.SEND if meeting is not None and meeting.starts_at > now else Verdict.SKIP
    return Verdict.SEND
