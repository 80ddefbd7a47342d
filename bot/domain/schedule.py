"""When deliveries are due, and what to do with one that fell due while the bot was down."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.config import Settings
from bot.durations import parse_durations
from storage.models import Delivery, DeliveryKind, Meeting, MeetingStatus, Network

TARGET_MEMBERS = "members"

__all__ = ["Cadence", "DeliveryKind", "Verdict", "catch_up", "meeting_deliveries"]

# Deliveries that hang off a meeting's times: rescheduling recomputes them, cancelling drops
# them. One source (meeting_deliveries) says when each is due.
MEETING_KINDS = (
    DeliveryKind.REMINDER,
    DeliveryKind.EVALUATION,
    DeliveryKind.EVALUATION_REMINDER,
    DeliveryKind.EVALUATION_CLOSE,
    DeliveryKind.REPORT_REMINDER,
    DeliveryKind.APPLY_FOLLOWUP,
)


class Verdict(StrEnum):
    SEND = "send"
    SKIP = "skip"


def kickoff_key(network_id: int, user_id: str) -> str:
    """One kickoff questionnaire DM per member and network, however often it is triggered."""
    return f"kickoff:{network_id}:{user_id}"


@dataclass(frozen=True)
class Cadence:
    """The delays that turn a meeting's start and end into due times for its deliveries."""

    reminder_offsets: tuple[timedelta, ...]
    evaluation_delay: timedelta
    evaluation_reminder_after: timedelta
    evaluation_open: timedelta
    report_reminder_after: timedelta
    apply_followup_after: timedelta

    @classmethod
    def of(cls, network: Network, settings: Settings) -> "Cadence":
        """The network's own reminders and evaluation delay; the rest from the settings."""
        return cls(
            reminder_offsets=parse_durations(network.reminder_offsets),
            evaluation_delay=timedelta(seconds=network.evaluation_delay_seconds),
            evaluation_reminder_after=settings.evaluation_reminder_after,
            evaluation_open=settings.evaluation_open,
            report_reminder_after=settings.report_reminder_after,
            apply_followup_after=settings.apply_followup_after,
        )


def meeting_key(kind: DeliveryKind, meeting: Meeting, suffix: str = "") -> str:
    """Unique per kind, meeting and start time, so a rescheduled meeting gets fresh keys."""
    return f"{kind}:{meeting.id}:{int(meeting.starts_at.timestamp())}{suffix}"


def meeting_deliveries(network: Network, meeting: Meeting, cadence: Cadence,
                       now: datetime) -> list[Delivery]:
    """Every delivery a planned meeting should have that is still ahead of `now`."""
    end = meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
    poll_at = end + cadence.evaluation_delay
    due: list[tuple[DeliveryKind, datetime, str]] = [
        (DeliveryKind.REMINDER, meeting.starts_at - offset, f":{int(offset.total_seconds())}")
        for offset in cadence.reminder_offsets
    ]
    due += [
        (DeliveryKind.EVALUATION, poll_at, ""),
        (DeliveryKind.EVALUATION_REMINDER, poll_at + cadence.evaluation_reminder_after, ""),
        (DeliveryKind.EVALUATION_CLOSE, poll_at + cadence.evaluation_open, ""),
        (DeliveryKind.REPORT_REMINDER, end + cadence.report_reminder_after, ""),
        (DeliveryKind.APPLY_FOLLOWUP, end + cadence.apply_followup_after, ""),
    ]
    return [
        Delivery(team_id=network.team_id, key=meeting_key(kind, meeting, suffix), kind=kind,
                 run_at=run_at, network_id=network.id, meeting_id=meeting.id,
                 target=TARGET_MEMBERS)
        for kind, run_at, suffix in due if run_at > now
    ]


def catch_up(kind: DeliveryKind, run_at: datetime, now: datetime,
             meeting: Meeting | None) -> Verdict:
    """The rule per kind for a delivery that is due (on time or late).

    A reminder is only useful before its session starts; a kickoff questionnaire, an
    evaluation poll and a digest are still worth receiving late.
    """
    if kind == DeliveryKind.INTERVISION_ERASE:
        return Verdict.SEND  # a confidential case is erased, held or cancelled
    if meeting is not None and meeting.status == MeetingStatus.CANCELLED:
        return Verdict.SKIP
    if kind == DeliveryKind.REMINDER:
        return Verdict.SEND if meeting is not None and meeting.starts_at > now else Verdict.SKIP
    return Verdict.SEND
