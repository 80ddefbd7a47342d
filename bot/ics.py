"""A session as an iCalendar (.ics) file that calendar apps import in the right time zone.

We use the maintained `icalendar` library rather than writing the format by hand: it folds
lines and escapes text as RFC 5545 wants, and it builds the VTIMEZONE block from the tz
database, so Outlook and others show 14:00 Brussels time as 14:00 even across a DST switch.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar

from bot.catalog import Lang, t
from bot.domain.meetings import ends_at
from storage.models import Meeting, Network

PRODID = "-//Leernet//Leernet//NL"


def filename(meeting: Meeting) -> str:
    return f"leernet-{meeting.number or meeting.id}.ics"


def session_calendar(network: Network, meeting: Meeting, lang: Lang, now: datetime,
                     domain: str = "leernet") -> bytes:
    """One VEVENT with DTSTART/DTEND in the network's time zone, and its VTIMEZONE."""
    tz = ZoneInfo(network.timezone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    event = icalendar.Event()
    # Stable per session, so importing a moved session's new file updates the old entry.
    event.add("uid", f"meeting-{meeting.id}@{domain}")
    event.add("dtstamp", now.astimezone(UTC))
    # Calendar apps take a changed event only with a higher SEQUENCE. Minutes since planning
    # only grow, so a file fetched after a move always outranks the one fetched before it.
    event.add("sequence", max(0, int((now - meeting.created_at).total_seconds() // 60)))
    event.add("dtstart", meeting.starts_at.astimezone(tz))
    event.add("dtend", ends_at(meeting).astimezone(tz))
    event.add("summary", t("ics.summary", lang, network=network.name,
                           number=meeting.number or "?"))
    event.add("location", meeting.location)
    event.add("description", meeting.agenda or "")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
