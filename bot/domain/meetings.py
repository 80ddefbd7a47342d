"""Planning a session (bijeenkomst) or a series: validation in the network's time zone, the
host organisation, numbering, and the deliveries each session brings."""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain import schedule
from bot.domain.errors import DomainError, FieldErrors
from bot.text import whole_number
from storage import sessions as store
from storage.models import Delivery, Meeting, MeetingFormat, Network

LEARNING_FORMS = (
    "intervision",
    "success_stories",
    "dos_and_donts",
    "external_input",
    "company_visit",
    "free_exchange",
)
MIN_DURATION, MAX_DURATION = 15, 12 * 60
# A series repeats every 1-8 weeks, 2-24 times, and never reaches past two years from now.
MIN_EVERY, MAX_EVERY = 1, 8
MIN_COUNT, MAX_COUNT = 2, 24
# The form's max_length and the columns' sizes; checked here too (a submission can be forged).
MAX_LOCATION, MAX_AGENDA, MAX_HOST = 500, 3000, 120
HORIZON_YEARS = 2


@dataclass(frozen=True)
class MeetingDraft:
    """The plan form as typed: strings from Slack's date and time pickers."""

    date: str | None
    time: str | None
    duration: str | None
    location: str | None
    learning_form: str | None
    agenda: str | None = None
    host: str | None = None  # picked from the members' organisations
    host_other: str | None = None  # typed when the host is not in that list

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
        minutes = whole_number(duration)
        if minutes is None or not MIN_DURATION <= minutes <= MAX_DURATION:
            errors["duration"] = DomainError(
                "plan.error.duration", low=MIN_DURATION, high=MAX_DURATION
            )
        location = (self.location or "").strip()
        if not location:
            errors["location"] = DomainError("network.error.blank")
        elif len(location) > MAX_LOCATION:
            errors["location"] = DomainError("error.too_long", limit=MAX_LOCATION)
        if len((self.agenda or "").strip()) > MAX_AGENDA:
            errors["agenda"] = DomainError("error.too_long", limit=MAX_AGENDA)
        if len((self.host_other or "").strip()) > MAX_HOST:
            errors["host_other"] = DomainError("error.too_long", limit=MAX_HOST)
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


@dataclass(frozen=True)
class SeriesDraft:
    """The repeat fields of the plan form: every N weeks, then a count or an end date."""

    every_weeks: str | None = None  # None or "0": one session
    count: str | None = None
    until: str | None = None

    @property
    def repeats(self) -> bool:
        return (self.every_weeks or "0") != "0"

    def days(self, first: date, now: datetime, timezone: str) -> list[date]:
        """The local dates of the sessions; raises FieldErrors for a bad or too long series."""
        if not self.repeats:
            return [first]
        every = (self.every_weeks or "").strip()
        weeks = whole_number(every)
        if weeks is None or not MIN_EVERY <= weeks <= MAX_EVERY:
            raise FieldErrors({"every_weeks": DomainError(
                "plan.error.every", low=MIN_EVERY, high=MAX_EVERY)})
        step = timedelta(weeks=int(every))
        count, until = (self.count or "").strip(), (self.until or "").strip()
        if bool(count) == bool(until):
            raise FieldErrors({"count": DomainError("plan.error.count_or_until")})
        if count:
            times = whole_number(count)
            if times is None or not MIN_COUNT <= times <= MAX_COUNT:
                raise FieldErrors({"count": DomainError(
                    "plan.error.count", low=MIN_COUNT, high=MAX_COUNT)})
            days = [first + i * step for i in range(int(count))]
            field = "count"
        else:
            try:
                end = date.fromisoformat(until)
            except ValueError:
                raise FieldErrors({"until": DomainError("network.error.blank")}) from None
            if end < first + step:
                raise FieldErrors({"until": DomainError("plan.error.until_early")})
            days = []
            while first + len(days) * step <= end and len(days) <= MAX_COUNT:
                days.append(first + len(days) * step)
            if len(days) > MAX_COUNT:
                raise FieldErrors({"until": DomainError(
                    "plan.error.count", low=MIN_COUNT, high=MAX_COUNT)})
            field = "until"
        if days[-1] > horizon(now, timezone):
            raise FieldErrors({field: DomainError("plan.error.horizon", years=HORIZON_YEARS)})
        return days


def horizon(now: datetime, timezone: str) -> date:
    """The last local date a session may fall on: two years from today."""
    today = now.astimezone(ZoneInfo(timezone)).date()
    try:
        return today.replace(year=today.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + HORIZON_YEARS, day=28)


def host_of(network: Network, draft: MeetingDraft) -> str | None:
    """Only face-to-face and hybrid sessions have a host; typed text wins over the pick."""
    if network.format == MeetingFormat.ONLINE:
        return None
    host = (draft.host_other or "").strip() or (draft.host or "").strip()
    return host[:MAX_HOST] or None


@dataclass(frozen=True)
class HostChoice:
    """The organisations a session can be hosted by, and the one whose turn it is."""

    organisations: list[str]
    suggested: str | None


def host_choice(session: Session, network: Network) -> HostChoice:
    """Suggest the organisation that hosted least; ties: the one that hosted longest ago (never
    counts as longest), then alphabetical. A name is cut to what a host can be (an option's
    value holds at most 150 characters: one stored name past it would break the plan form)."""
    organisations = sorted({name[:MAX_HOST] for name in
                            store.member_organisations(session, network.id)}, key=str.casefold)
    hosted: dict[str, tuple[int, datetime]] = {}
    for meeting in store.planned_meetings(session, network.id):
        if meeting.host_organisation:
            count, _ = hosted.get(meeting.host_organisation, (0, meeting.starts_at))
            hosted[meeting.host_organisation] = (count + 1, meeting.starts_at)
    never = datetime.min.replace(tzinfo=UTC)

    def turn(organisation: str) -> tuple[int, datetime, str]:
        count, last = hosted.get(organisation, (0, never))
        return count, last, organisation.casefold()

    suggested = min(organisations, key=turn) if organisations else None
    return HostChoice(organisations, suggested)


def renumber(session: Session, network_id: int) -> None:
    """Number the planned (not cancelled) sessions 1, 2, 3... in start order.

    We renumber rather than keep the number given at planning: inserting or cancelling a
    session must not leave a gap or two sessions with one number. Cancelled ones lose theirs.
    """
    for number, meeting in enumerate(store.planned_meetings(session, network_id), start=1):
        if meeting.number != number:
            meeting.number = number
    for meeting in store.cancelled_meetings(session, network_id):
        meeting.number = None
    session.flush()


def plan_series(
    session: Session,
    network: Network,
    draft: MeetingDraft,
    series: SeriesDraft,
    *,
    user_id: str,
    now: datetime,
    cadence: schedule.Cadence,
) -> tuple[list[Meeting], list[Delivery]]:
    """Store one session or a series, each with its deliveries; nothing if any field is wrong.

    Every session keeps the first one's wall-clock time in the network's time zone, so 14:00
    stays 14:00 after a daylight-saving switch (its UTC time moves instead).
    """
    starts_at, duration = draft.validated(network.timezone, now)
    tz = ZoneInfo(network.timezone)
    local = starts_at.astimezone(tz)
    days = series.days(local.date(), now, network.timezone)
    if not series.repeats and days[0] > horizon(now, network.timezone):
        raise FieldErrors({"date": DomainError("plan.error.horizon", years=HORIZON_YEARS)})
    starts = [local_to_utc(day, local.time().replace(tzinfo=None), tz) for day in days]
    series_key = str(uuid.uuid4()) if len(starts) > 1 else None
    meetings: list[Meeting] = []
    deliveries: list[Delivery] = []
    for start in starts:
        meeting = Meeting(
            team_id=network.team_id,
            network_id=network.id,
            starts_at=start,
            duration_minutes=duration,
            location=(draft.location or "").strip(),
            learning_form=draft.learning_form or "",
            agenda=(draft.agenda or "").strip(),
            created_by=user_id,
            series_key=series_key,
            host_organisation=host_of(network, draft),
        )
        session.add(meeting)
        session.flush()
        meetings.append(meeting)
        deliveries += schedule.meeting_deliveries(network, meeting, cadence, now)
    session.add_all(deliveries)
    renumber(session, network.id)
    return meetings, deliveries


def ends_at(meeting: Meeting) -> datetime:
    return meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
