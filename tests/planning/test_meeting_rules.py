"""Planning rules in the network's time zone, DST included (no Slack needed)."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.config import load_settings
from bot.domain import schedule
from bot.domain.errors import FieldErrors
from bot.domain.meetings import MeetingDraft, local_to_utc
from storage.models import DeliveryKind, Meeting, MeetingStatus, Network

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)


def draft(**changes) -> MeetingDraft:
    values = dict(date="2026-04-02", time="14:00", duration="120", location="Gent",
                  learning_form="intervision", agenda="")
    values.update(changes)
    return MeetingDraft(**values)


def test_wall_clock_time_is_stored_as_utc_on_both_sides_of_the_dst_switch():
    # Brussels switches to summer time on 29 March 2026.
    assert local_to_utc(date(2026, 3, 28), time(14), BRUSSELS) == datetime(
        2026, 3, 28, 13, tzinfo=UTC)
    assert local_to_utc(date(2026, 3, 30), time(14), BRUSSELS) == datetime(
        2026, 3, 30, 12, tzinfo=UTC)


def test_a_time_skipped_by_the_dst_switch_is_refused():
    with pytest.raises(FieldErrors) as error:
        local_to_utc(date(2026, 3, 29), time(2, 30), BRUSSELS)
    assert set(error.value.errors) == {"time"}


@pytest.mark.parametrize("changes,field", [
    ({"date": "2026-03-19"}, "date"),
    ({"date": "2026-03-20", "time": "09:30"}, "time"),  # 09:30 Brussels = 08:30 UTC, past
    ({"duration": "0"}, "duration"),
    ({"duration": "abc"}, "duration"),
    ({"location": "  "}, "location"),
    ({"learning_form": "karaoke"}, "learning_form"),
])
def test_bad_plans_name_the_field(changes, field):
    with pytest.raises(FieldErrors) as error:
        draft(**changes).validated("Europe/Brussels", NOW)
    assert field in error.value.errors


def test_a_meeting_brings_every_delivery_still_ahead_and_fresh_keys_when_moved():
    network = Network(id=1, team_id="T", channel_id="C", name="n", theme="t", region="r",
                      charter_what="a", charter_why="b", charter_how="c", charter_for_whom="d",
                      format="online", timezone="Europe/Brussels", reminder_offsets="7d,1d",
                      evaluation_delay_seconds=3600, created_by="U")
    start = NOW + timedelta(days=3)
    meeting = Meeting(id=5, team_id="T", network_id=1, starts_at=start, duration_minutes=120,
                      location="x", learning_form="intervision", created_by="U")
    cadence = schedule.Cadence.of(network, load_settings({}))
    due = {d.kind: d.run_at for d in schedule.meeting_deliveries(network, meeting, cadence, NOW)}
    end = start + timedelta(hours=2)
    assert due == {  # the 7-day reminder lies in the past, so it is not made
        DeliveryKind.REMINDER: start - timedelta(days=1),
        DeliveryKind.EVALUATION: end + timedelta(hours=1),
        DeliveryKind.EVALUATION_REMINDER: end + timedelta(hours=1, days=3),
        DeliveryKind.EVALUATION_CLOSE: end + timedelta(hours=1, days=7),
        DeliveryKind.REPORT_REMINDER: end + timedelta(days=3),
        DeliveryKind.APPLY_FOLLOWUP: end + timedelta(days=28),
    }
    keys = {d.key for d in schedule.meeting_deliveries(network, meeting, cadence, NOW)}
    meeting.starts_at += timedelta(days=1)
    moved = {d.key for d in schedule.meeting_deliveries(network, meeting, cadence, NOW)}
    assert not keys & moved


def test_catch_up_drops_a_reminder_once_the_session_started_but_sends_other_kinds_late():
    started = Meeting(team_id="T", network_id=1, starts_at=NOW - timedelta(minutes=5),
                      duration_minutes=60, location="x", learning_form="intervision",
                      created_by="U")
    upcoming = Meeting(team_id="T", network_id=1, starts_at=NOW + timedelta(hours=5),
                       duration_minutes=60, location="x", learning_form="intervision",
                       created_by="U")
    late = NOW - timedelta(hours=2)
    assert schedule.catch_up(DeliveryKind.REMINDER, late, NOW, started) == schedule.Verdict.SKIP
    assert schedule.catch_up(DeliveryKind.REMINDER, late, NOW, upcoming) == schedule.Verdict.SEND
    assert schedule.catch_up(DeliveryKind.DIGEST, late, NOW, None) == schedule.Verdict.SEND
    upcoming.status = MeetingStatus.CANCELLED
    assert schedule.catch_up(DeliveryKind.REMINDER, late, NOW, upcoming) == schedule.Verdict.SKIP
