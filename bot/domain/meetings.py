"""Planning a session (bijeenkomst): validation in the network's time zone, and its reminders."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain import schedule
from bot.domain.errors import DomainError, FieldErrors
from storage.models import Delivery, Meeting, Network

LEARNING_FORMS = (
    "intervision",
    "success_stories",
    "dos_and_donts",
    "external_input",
    "company_visit",
    "free_exchange",
)
MIN_DURATION, MAX_DURATION = 15, 12 * 60


@dataclass(frozen=True)
class MeetingDraft:
    """The plan form as typed: strings from Slack's date and time pickers."""

    date: str | None
    time: str | None
    duration: str | None
    location: str | None
    learning_form: str | None
    agenda: str | None = None

    def starts_at(self, timezone: str, now: datetime) -> datetime:
        """The start in UTC; raises FieldErrors for a missing, past or non-existent moment."""
        try:
            day = date.fromisoformat(self.date or "")
        except ValueError:
            raise FieldErrors({"date": DomainError("network.error.blank")}) from None
        try:
            clock = time.fromisoformat(self.time or "")
        except ValueError:
            raise FieldErrors({"time": DomainError("network.error.blank")}) from None
        start = local_to_utc(day, clock, ZoneInfo(timezone))
        if start <= now:
            field = "date" if day < now.astimezone(ZoneInfo(timezone)).date() else "time"
            raise FieldErrors({field: DomainError("plan.error.past")})
        return start

    def validated(self, timezone: str, now: datetime) -> tuple[datetime, int]:
        errors: dict[str, DomainError] = {}
        starts_at = None
        try:
            starts_at = self.starts_at(timezone, now)
        except FieldErrors as exc:
            errors.update(exc.errors)
        duration = (self.duration or "").strip()
        if not duration.isdigit() or not MIN_DURATION <= int(duration) <= MAX_DURATION:
            errors["duration"] = DomainError(
                "plan.error.duration", low=MIN_DURATION, high=MAX_DURATION
            )
        if not (self.location or "").strip():
            errors["location"] = DomainError("network.error.blank")
        if self.learning_form not in LEARNING_FORMS:
            errors["learning_form"] = DomainError("network.error.blank")
        if errors:
            raise FieldErrors(errors)
        assert starts_at is not None
        return starts_at, int(duration)


def local_to_utc(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """Wall-clock time in `tz` to UTC. A time skipped by a DST switch is refused."""
    local = datetime.combine(day, clock, tzinfo=tz)
    round_trip = local.astimezone(UTC).astimezone(tz)
    if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None):
        raise FieldErrors({"time": DomainError("plan.error.nonexistent_time")})
    return local.astimezone(UTC)


def plan_meeting(
    session: Session,
    network: Network,
    draft: MeetingDraft,
    *,
    user_id: str,
    now: datetime,
    cadence: schedule.Cadence,
) -> tuple[Meeting, list[Delivery]]:
    """Store the meeting and every delivery it brings (reminders, evaluation, report...)."""
    starts_at, duration = draft.validated(network.timezone, now)
    meeting = Meeting(
        team_id=network.team_id,
        network_id=network.id,
        starts_at=starts_at,
        duration_minutes=duration,
        location=(draft.location or "").strip(),
        learning_form=draft.learning_form or "",
        agenda=(draft.agenda or "").strip(),
        created_by=user_id,
    )
    session.add(meeting)
    session.flush()
    deliveries = schedule.meeting_deliveries(network, meeting, cadence, now)
    session.add_all(deliveries)
    session.flush()
    return meeting, deliveries


def ends_at(meeting: Meeting) -> datetime:
    return meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
