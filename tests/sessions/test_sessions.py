"""Sessions: series across DST, host rotation, `/leernet sessies`, rescheduling, cancelling,
attendance, agenda contributions in the reminder, and the calendar file."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from handlers.slack import ids
from storage.models import (
    AgendaContribution,
    Attendance,
    Delivery,
    DeliveryStatus,
    Meeting,
    Membership,
    Rsvp,
    RsvpAnswer,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    add_member,
    create_network,
    deliveries,
    eventually,
    open_modal,
    plan_values,
    rows,
)

BRUSSELS_SPRING = datetime(2027, 3, 22, 13, 0, tzinfo=UTC)  # Monday 14:00 CET




def _network(stack) -> None:
    create_network(stack)
    add_member(stack, ANN)
    add_member(stack, BOB)


def _plan(stack, starts_at: datetime, **changes):
    view = open_modal(stack, FACILITATOR, "plan")
    return stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at, **changes))


def _planned(stack) -> list[Meeting]:
    return sorted(rows(stack, Meeting), key=lambda m: m.starts_at)


def _pending(stack, meeting_id: int) -> list[Delivery]:
    return rows(stack, Delivery, Delivery.meeting_id == meeting_id,
                 Delivery.status == DeliveryStatus.PENDING)


def _sessions(stack, user: str) -> list[dict]:
    response = stack.driver.command(user, "sessies", CHANNEL)
    assert response.status == 200 and response.json, response.body
    return response.json["blocks"]


def _click(stack, user: str, action_id: str, blocks: list[dict], meeting_id: int,
           channel: str = CHANNEL) -> None:
    stack.driver.click(user, action_id, message={"blocks": blocks}, channel_id=channel,
                       value=str(meeting_id),
                       block_id=next(b["block_id"] for b in blocks if b["type"] == "actions"
                                     and b["block_id"].endswith(f":{meeting_id}")))


def _answer(stack, before: int) -> str:
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def _dm_texts(stack, user: str) -> list[str]:
    channel = stack.twin.dm_channel(user)
    return [m["text"] for m in stack.twin.messages(channel)] if channel else []


# --- planning a series -------------------------------------------------------------------------

def test_a_weekly_series_keeps_14h_local_across_the_spring_dst_switch(stack):
    _network(stack)
    response = _plan(stack, BRUSSELS_SPRING, every_weeks="1", count="3")
    assert response.body == "", response.body

    meetings = _planned(stack)
    assert [m.starts_at for m in meetings] == [  # 28 March 2027: clocks go forward
        datetime(2027, 3, 22, 13, 0, tzinfo=UTC),
        datetime(2027, 3, 29, 12, 0, tzinfo=UTC),
        datetime(2027, 4, 5, 12, 0, tzinfo=UTC),
    ]
    assert [m.number for m in meetings] == [1, 2, 3]
    assert meetings[0].series_key and {m.series_key for m in meetings} == {meetings[0].series_key}
    for meeting in meetings:
        reminders = sorted(d.run_at for d in _pending(stack, meeting.id) if d.kind == "reminder")
        assert reminders == [meeting.starts_at - timedelta(days=7),
                             meeting.starts_at - timedelta(days=1)]
        assert len(_pending(stack, meeting.id)) == 7
    announcements = stack.twin.wait_for(
        "chat.postMessage", lambda c: c.args.get("channel") == CHANNEL
        and "reeks" in c.args.get("text", ""))
    assert len(announcements) == 1
    listed = announcements[0].args["blocks"][1]["text"]["text"]
    assert "Bijeenkomst 2: maandag 29 maart 2027 om 14:00" in listed
    assert "Bijeenkomst 3: maandag 5 april 2027 om 14:00" in listed
    assert all("Nieuwe bijeenkomst" not in c.args.get("text", "")
               for c in stack.twin.calls_to("chat.postMessage"))


def test_a_series_until_a_date_keeps_14h_local_across_the_autumn_switch(stack):
    _network(stack)
    start = datetime(2027, 10, 25, 12, 0, tzinfo=UTC)  # Monday 14:00 CEST
    response = _plan(stack, start, every_weeks="1", until="2027-11-01")
    assert response.body == "", response.body
    assert [m.starts_at for m in _planned(stack)] == [  # 31 October 2027: clocks go back
        start, datetime(2027, 11, 1, 13, 0, tzinfo=UTC)]


def test_a_series_past_two_years_and_a_zero_duration_are_field_errors(stack):
    _network(stack)
    too_long = _plan(stack, BRUSSELS_SPRING, every_weeks="8", count="24")
    assert too_long.json["response_action"] == "errors"
    assert too_long.json["errors"] == {
        "count": "Plan hoogstens 2 jaar vooruit: deze reeks loopt te ver door."}
    zero = _plan(stack, BRUSSELS_SPRING, duration="0", every_weeks="2", count="4")
    assert set(zero.json["errors"]) == {"duration"}
    neither = _plan(stack, BRUSSELS_SPRING, every_weeks="2")
    assert set(neither.json["errors"]) == {"count"}
    assert rows(stack, Meeting) == [] and deliveries(stack) == []


def test_the_plan_modal_suggests_the_organisation_that_hosted_least(stack):
    _network(stack)
    with stack.bot.db.session() as session:
        for member in session.exec(select(Membership)).all():
            member.organisation = {FACILITATOR: "Wit-Gele Kruis", ANN: "AZ Gent",
                                   BOB: "Stad Gent"}[member.user_id]
    view = open_modal(stack, FACILITATOR, "plan")
    host = next(b for b in view["blocks"] if b.get("block_id") == "host")["element"]
    assert [o["value"] for o in host["options"]] == ["AZ Gent", "Stad Gent", "Wit-Gele Kruis"]
    assert host["initial_option"]["value"] == "AZ Gent"  # nobody hosted: alphabetical

    soon = datetime.now(UTC) + timedelta(days=20)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(soon)).body == ""
    later = soon + timedelta(days=30)
    _plan(stack, later, host="Stad Gent")
    assert [m.host_organisation for m in _planned(stack)] == ["AZ Gent", "Stad Gent"]
    view = open_modal(stack, FACILITATOR, "plan")
    host = next(b for b in view["blocks"] if b.get("block_id") == "host")["element"]
    assert host["initial_option"]["value"] == "Wit-Gele Kruis"
    _plan(stack, later + timedelta(days=30), host_other="Bibliotheek De Krook")
    assert _planned(stack)[-1].host_organisation == "Bibliotheek De Krook"


# --- the list, rescheduling, cancelling -----------------------------------------------------

def _one_session(stack, days: int = 20) -> Meeting:
    _network(stack)
    starts_at = (datetime.now(UTC) + timedelta(days=days)).replace(second=0, microsecond=0)
    assert _plan(stack, starts_at).body == ""
    (meeting,) = _planned(stack)
    return meeting


def test_sessies_lists_counts_and_gives_facilitators_the_buttons(stack):
    meeting = _one_session(stack)
    with stack.bot.db.session() as session:
        session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting.id, user_id=BOB,
                         answer=RsvpAnswer.YES))
    blocks = _sessions(stack, FACILITATOR)
    text = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    assert "*Bijeenkomst 1*" in text and "Intervisie" in text
    assert "Komt: 1 · komt niet: 0 · nog geen antwoord: 2" in text
    buttons = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons == [ids.SESSION_ICS, ids.SESSION_RESCHEDULE, ids.SESSION_CANCEL]
    member_buttons = [e["action_id"] for b in _sessions(stack, ANN) if b["type"] == "actions"
                      for e in b["elements"]]
    assert member_buttons == [ids.SESSION_ICS]


def test_rescheduling_moves_every_pending_delivery_and_tells_members(stack):
    meeting = _one_session(stack)
    with stack.bot.db.session() as session:
        session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting.id, user_id=BOB,
                         answer=RsvpAnswer.YES))
    blocks = _sessions(stack, FACILITATOR)
    _click(stack, FACILITATOR, ids.SESSION_RESCHEDULE, blocks, meeting.id)
    view = stack.twin.wait_for("views.open", count=3)[-1].response["view"]
    assert view["callback_id"] == ids.RESCHEDULE_MODAL
    duration = next(b for b in view["blocks"] if b.get("block_id") == "duration")
    assert duration["element"]["initial_value"] == "120"

    yesterday = plan_values(datetime.now(UTC) - timedelta(days=1))
    past = stack.driver.submit_view(FACILITATOR, view, {"date": yesterday["date"],
                                                        "time": yesterday["time"]})
    assert past.json["errors"] == {"date": "Dit tijdstip ligt in het verleden."}

    new_start = meeting.starts_at + timedelta(days=9, hours=2)
    day, clock = plan_values(new_start)["date"], plan_values(new_start)["time"]
    response = stack.driver.submit_view(FACILITATOR, view, {"date": day, "time": clock,
                                                            "location": "Het Pand"})
    assert response.json["response_action"] == "update"
    assert "verplaatst" in response.json["view"]["blocks"][0]["text"]["text"]

    pending = _pending(stack, meeting.id)
    assert len(pending) == 7
    new_end = new_start + timedelta(hours=2)
    assert sorted(d.run_at for d in pending) == sorted([
        new_start - timedelta(days=7), new_start - timedelta(days=1),
        new_end + timedelta(hours=1), new_end + timedelta(days=3),
        new_end + timedelta(days=3, hours=1), new_end + timedelta(days=7, hours=1),
        new_end + timedelta(days=28)])
    assert all(str(int(new_start.timestamp())) in d.key for d in pending)
    (moved,) = _planned(stack)
    assert moved.starts_at == new_start and moved.location == "Het Pand"
    assert rows(stack, Rsvp)[0].answer == "yes"  # answers are kept

    eventually(lambda: _dm_texts(stack, BOB) and _dm_texts(stack, ANN))
    bob_text = _dm_texts(stack, BOB)[0]
    assert "is verplaatst van" in bob_text and "Het Pand" in bob_text
    assert "has moved from" in _dm_texts(stack, ANN)[0]
    bob_dm = stack.twin.messages(stack.twin.dm_channel(BOB))[0]
    assert [e["action_id"] for b in bob_dm["blocks"] if b["type"] == "actions"
            for e in b["elements"]] == [ids.RSVP_YES, ids.RSVP_NO]
    assert _dm_texts(stack, FACILITATOR) == []  # the one who moved it knows


def test_cancelling_drops_pending_deliveries_and_tells_members(stack):
    meeting = _one_session(stack)
    blocks = _sessions(stack, FACILITATOR)
    cancel = next(e for b in blocks if b["type"] == "actions" for e in b["elements"]
                  if e["action_id"] == ids.SESSION_CANCEL)
    assert cancel["confirm"]["title"]["text"] == "Bijeenkomst annuleren?"
    before = len(stack.twin.calls_to("response_url"))
    _click(stack, FACILITATOR, ids.SESSION_CANCEL, blocks, meeting.id)
    assert "is geannuleerd; 2 leden kregen een bericht" in _answer(stack, before)

    (cancelled,) = rows(stack, Meeting)
    assert cancelled.status == "cancelled" and cancelled.number is None
    assert _pending(stack, meeting.id) == []
    assert "bijeenkomst 1 van" in _dm_texts(stack, BOB)[0]
    assert "is cancelled" in _dm_texts(stack, ANN)[0]

    before = len(stack.twin.calls_to("response_url"))
    _click(stack, FACILITATOR, ids.SESSION_RESCHEDULE, blocks, meeting.id)
    assert _answer(stack, before) == (
        "Deze bijeenkomst is geannuleerd: er valt niets meer aan te wijzigen.")
    before = len(stack.twin.calls_to("response_url"))
    _click(stack, FACILITATOR, ids.SESSION_CANCEL, blocks, meeting.id)
    assert "geannuleerd" in _answer(stack, before)


def test_members_are_told_of_a_cancellation_through_a_429_storm(stack):
    """A longer Retry-After than the client waits out: the notice waits its turn instead of
    being dropped, and each member's DM channel is opened once, not again for the retry."""
    meeting = _one_session(stack)
    blocks = _sessions(stack, FACILITATOR)
    stack.twin.rate_limit_next("chat.postMessage", retry_after=3, times=2)
    before = len(stack.twin.calls_to("response_url"))
    _click(stack, FACILITATOR, ids.SESSION_CANCEL, blocks, meeting.id)
    answer = stack.twin.wait_for("response_url", count=before + 1, timeout=30)[-1]
    assert "2 leden kregen een bericht" in answer.args["text"]
    assert "bijeenkomst 1 van" in _dm_texts(stack, BOB)[-1]
    assert "is cancelled" in _dm_texts(stack, ANN)[-1]
    statuses = [call.status for call in stack.twin.calls_to("chat.postMessage")]
    assert statuses.count(429) == 2
    opened = [call.args["users"] for call in stack.twin.calls_to("conversations.open")]
    assert sorted(opened) == [ANN, BOB]


def test_non_facilitators_cannot_reschedule_cancel_or_confirm_attendance(stack):
    meeting = _one_session(stack)
    blocks = _sessions(stack, FACILITATOR)
    for action_id in (ids.SESSION_RESCHEDULE, ids.SESSION_CANCEL):
        before = len(stack.twin.calls_to("response_url"))
        _click(stack, BOB, action_id, blocks, meeting.id)
        assert "Alleen een facilitator" in _answer(stack, before)
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(BOB, ids.SESSION_ATTENDANCE, message={"blocks": [
        {"type": "actions", "block_id": "x", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "a"},
             "action_id": ids.SESSION_ATTENDANCE, "value": str(meeting.id)}]}]},
        channel_id=CHANNEL)
    assert "Alleen een facilitator" in _answer(stack, before)
    assert rows(stack, Meeting)[0].status == "planned" and len(_pending(stack, meeting.id)) == 7
    assert len(stack.twin.calls_to("views.open")) == 2  # network and plan modals only


def test_a_past_session_cannot_be_moved(stack):
    meeting = _one_session(stack)
    blocks = _sessions(stack, FACILITATOR)
    with stack.bot.db.session() as session:
        session.get(Meeting, meeting.id).starts_at = datetime.now(UTC) - timedelta(hours=1)
    before = len(stack.twin.calls_to("response_url"))
    _click(stack, FACILITATOR, ids.SESSION_CANCEL, blocks, meeting.id)
    assert "al begonnen of voorbij" in _answer(stack, before)
    assert rows(stack, Meeting)[0].status == "planned"


# --- attendance -------------------------------------------------------------------------------

def test_attendance_is_prefilled_from_answers_and_stored_per_member(stack):
    meeting = _one_session(stack)
    with stack.bot.db.session() as session:
        session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting.id, user_id=ANN,
                         answer=RsvpAnswer.YES))
        session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting.id, user_id=BOB,
                         answer=RsvpAnswer.NO))
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(FACILITATOR, ids.SESSION_ATTENDANCE, message={"blocks": [
        {"type": "actions", "block_id": "x", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "a"},
             "action_id": ids.SESSION_ATTENDANCE, "value": str(meeting.id)}]}]},
        channel_id=CHANNEL)
    assert _answer(stack, before) == (
        "Aanwezigheid bevestig je pas als de bijeenkomst begonnen is.")

    with stack.bot.db.session() as session:
        session.get(Meeting, meeting.id).starts_at = datetime.now(UTC) - timedelta(days=1)
    blocks = _sessions(stack, FACILITATOR)
    text = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    assert "Aanwezigheid nog niet bevestigd (zeiden te komen: 1)" in text
    _click(stack, FACILITATOR, ids.SESSION_ATTENDANCE, blocks, meeting.id)
    view = stack.twin.wait_for("views.open", count=3)[-1].response["view"]
    checks = view["blocks"][1]["element"]
    assert [o["value"] for o in checks["options"]] == [FACILITATOR, ANN, BOB]
    assert [o["value"] for o in checks["initial_options"]] == [ANN]

    response = stack.driver.submit_view(FACILITATOR, view, {"present_0": [FACILITATOR, BOB]})
    assert "2 van 3 aanwezig" in response.json["view"]["blocks"][0]["text"]["text"]
    stored = {a.user_id: a.present for a in rows(stack, Attendance)}
    assert stored == {FACILITATOR: True, ANN: False, BOB: True}
    stack.driver.submit_view(FACILITATOR, view, {"present_0": [ANN]})  # editing replaces
    stored = {a.user_id: a.present for a in rows(stack, Attendance)}
    assert stored == {FACILITATOR: False, ANN: True, BOB: False}
    text = "\n".join(b["text"]["text"] for b in _sessions(stack, FACILITATOR)
                     if b["type"] == "section")
    assert "Aanwezig: 1" in text


# --- agenda contributions and the calendar file -----------------------------------------------

def test_agenda_contributions_show_in_the_reminder_escaped_and_apart(stack):
    meeting = _one_session(stack, days=3)
    view = open_modal(stack, BOB, "agenda")
    assert view["blocks"][0]["element"]["initial_option"]["value"] == str(meeting.id)
    empty = stack.driver.submit_view(BOB, view, {"text": None})
    assert set(empty.json["errors"]) == {"text"}
    untitled = stack.driver.submit_view(BOB, view, {"kind": "case", "text": "Zonder titel"})
    assert set(untitled.json["errors"]) == {"title"}  # a case needs a title
    response = stack.driver.submit_view(BOB, view, {"kind": "case",
                                                    "title": "Cliënt <!channel> weigert zorg",
                                                    "text": "Wat hij zei en deed"})
    assert "bijeenkomst 1" in response.json["view"]["blocks"][0]["text"]["text"]
    view = open_modal(stack, ANN, "agenda")
    stack.driver.submit_view(ANN, view, {"kind": "item", "text": "Nieuwe regelgeving"})
    assert {(c.user_id, c.kind) for c in rows(stack, AgendaContribution)} == {
        (BOB, "case"), (ANN, "item")}

    (reminder,) = [d for d in _pending(stack, meeting.id) if d.kind == "reminder"]
    stack.bot.dispatcher.run_one(reminder.id)
    bob_dm = stack.twin.messages(stack.twin.dm_channel(BOB))[0]
    listed = next(b["text"]["text"] for b in bob_dm["blocks"]
                  if "Casussen" in b.get("text", {}).get("text", ""))
    assert listed == ("*Agendapunten van de leden*\n• Nieuwe regelgeving (<@UANN0001>)\n"
                      "*Casussen voor intervisie*\n• Cliënt &lt;!channel&gt; weigert zorg "
                      "(<@UBOB0001>)")
    facilitator_view = open_modal(stack, FACILITATOR, "plan")
    assert any("Nieuwe regelgeving" in b.get("text", {}).get("text", "")
               for b in facilitator_view["blocks"])


def test_the_calendar_file_has_brussels_time_and_lands_in_the_dm(stack):
    meeting = _one_session(stack, days=3)
    (reminder,) = [d for d in _pending(stack, meeting.id) if d.kind == "reminder"]
    stack.bot.dispatcher.run_one(reminder.id)
    dm = stack.twin.dm_channel(ANN)
    message = stack.twin.messages(dm)[0]
    stack.driver.click(ANN, ids.SESSION_ICS, message=message, channel_id=dm)
    stack.twin.wait_for("files.completeUploadExternal")
    (shared,) = stack.twin.files(dm)
    content = shared["content"].decode()
    local = meeting.starts_at.astimezone(ZoneInfo("Europe/Brussels"))
    assert f"DTSTART;TZID=Europe/Brussels:{local:%Y%m%dT%H%M%S}" in content
    assert "BEGIN:VTIMEZONE" in content and "TZID:Europe/Brussels" in content
    assert "SUMMARY:Zorg & Welzijn Gent: session 1" in content
    assert shared["name"] == "leernet-1.ics"
    assert "SEQUENCE:" in content  # lets calendar apps take a moved session's newer file

    before = len(stack.twin.calls_to("response_url"))
    blocks = _sessions(stack, BOB)
    _click(stack, BOB, ids.SESSION_ICS, blocks, meeting.id)
    assert _answer(stack, before) == "Het agendabestand staat in je privégesprek met Leernet."
    assert len(stack.twin.files(stack.twin.dm_channel(BOB))) == 1
