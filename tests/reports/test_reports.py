"""`/leernet verslag`: the report of a session reaches the channel and, by DM, only the
absentees; edits update the posted message and reconcile the action items; bad input, a
cancelled or future session store nothing; the report reminder and the action-item reminders
go once; 'done' works once, for the owner or a facilitator."""

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from bot.catalog import t
from bot.config import Settings
from bot.domain import schedule
from bot.domain.reports import action_reminder_at
from bot.text import format_day
from handlers.reports.blocks import action_items_section
from slack_twin import validate_blocks
from storage import networks as repo
from storage.models import (
    ActionItem,
    Attendance,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Meeting,
    MeetingStatus,
    Network,
    Report,
    Role,
    Rsvp,
    RsvpAnswer,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    deliveries,
    eventually,
    message_text,
    open_modal,
    plan_values,
    rows,
)

TZ = ZoneInfo("Europe/Brussels")
SUMMARY = "We bespraken de casus van Bob over ontslagmanagement."


def _today() -> date:
    return datetime.now(TZ).date()




def _network(stack) -> Network:
    (network,) = rows(stack, Network)
    return network


def _meeting(stack, starts_at: datetime, number: int,
             status: MeetingStatus = MeetingStatus.PLANNED) -> int:
    with stack.bot.db.session() as session:
        network = repo.network_by_channel(session, "T0TWIN", CHANNEL)
        meeting = Meeting(team_id=network.team_id, network_id=network.id, starts_at=starts_at,
                          duration_minutes=120, location="Stadhuis Gent",
                          learning_form="intervision", created_by=FACILITATOR, number=number,
                          status=status)
        session.add(meeting)
        session.flush()
        return meeting.id


def _past_meeting(stack, number: int = 1, days_ago: int = 2) -> int:
    starts = (datetime.now(UTC) - timedelta(days=days_ago)).replace(second=0, microsecond=0)
    return _meeting(stack, starts, number)


def _values(**changes) -> dict:
    values = {
        "summary": SUMMARY,
        "insights": "Mantelzorgers vroeg betrekken werkt.",
        "decisions": "Volgende keer een bedrijfsbezoek.",
        "links": "Slides https://example.org/slides?a=1&b=2\nhttps://example.org/draaiboek",
        "item_text_0": "Draaiboek delen",
        "item_owner_0": BOB,
        "item_due_0": (_today() + timedelta(days=10)).isoformat(),
    }
    values.update(changes)
    return values


def _submit(stack, view: dict, values: dict):
    response = stack.driver.submit_view(FACILITATOR, view, values)
    assert response.status == 200, response.body
    return response


def _write(stack, **changes) -> Report:
    """Write a new report; return it once its message is in the channel (posted after the
    form closed)."""
    view = open_modal(stack, FACILITATOR, "verslag")
    response = _submit(stack, view, _values(**changes))
    assert response.body == "", response.body
    eventually(lambda: rows(stack, Report)[-1].channel_ts is not None)
    return rows(stack, Report)[-1]




def _reports_in_channel(stack) -> list[dict]:
    return [m for m in stack.twin.messages(CHANNEL) if m["text"].startswith("Verslag van")]


def _dms(stack, user: str) -> list[dict]:
    channel = stack.twin.dm_channel(user)
    return stack.twin.messages(channel) if channel else []


def _action_reminders(stack) -> list[Delivery]:
    return [d for d in deliveries(stack) if d.kind == DeliveryKind.ACTION_REMINDER]


def _click(stack, user: str, message: dict, channel: str, item_id: int) -> str:
    """Press 'Done' on one item; returns the answer the clicker got."""
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(user, f"action_item_done:{item_id}", message=message, channel_id=channel,
                       block_id=f"action:{item_id}")
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def test_the_report_reaches_the_channel_and_by_dm_only_the_absentees(network):
    stack = network
    meeting_id = _past_meeting(stack)
    with stack.bot.db.session() as session:
        for user, answer in ((FACILITATOR, RsvpAnswer.YES), (ANN, RsvpAnswer.YES),
                             (BOB, RsvpAnswer.NO)):
            session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting_id, user_id=user,
                             answer=answer))
    due = _today() + timedelta(days=10)

    view = open_modal(stack, FACILITATOR, "verslag")
    assert view["title"]["text"] == "Verslag" and view["callback_id"] == "report_write"
    assert "meeting" not in [b.get("block_id") for b in view["blocks"]]  # one session only
    report = _write(stack)

    assert (report.meeting_id, report.summary, report.author) == (meeting_id, SUMMARY,
                                                                  FACILITATOR)
    (message,) = _reports_in_channel(stack)
    assert message["ts"] == report.channel_ts
    shown = message_text(message)
    assert message["text"].startswith("Verslag van Zorg &amp; Welzijn Gent, bijeenkomst van ")
    assert SUMMARY in shown and "Volgende keer een bedrijfsbezoek." in shown
    assert "<https://example.org/slides?a=1&amp;b=2|Slides>" in shown
    assert "<https://example.org/draaiboek>" in shown
    assert f"Draaiboek delen · <@{BOB}> · tegen {format_day(due, 'nl')}" in shown
    assert "verslag door <@UFACIL01>" in shown

    eventually(lambda: len(_dms(stack, BOB)) == 1)
    (copy,) = _dms(stack, BOB)
    assert copy["text"] == message["text"]
    assert "Je was er niet bij" in message_text(copy) and SUMMARY in message_text(copy)
    assert _dms(stack, ANN) == [] and _dms(stack, FACILITATOR) == []

    (item,) = rows(stack, ActionItem)
    assert (item.text, item.owner_id, item.due_date, item.done_at) == (
        "Draaiboek delen", BOB, due, None)
    (reminder,) = _action_reminders(stack)
    assert (reminder.key, reminder.target, reminder.action_item_id, reminder.status) == (
        f"action_reminder:{item.id}:{due.isoformat()}", BOB, item.id, DeliveryStatus.PENDING)
    # 09:00 Brussels time, the day before the due date (LEERNET_ACTION_REMINDER=1d)
    assert reminder.run_at.astimezone(TZ).replace(tzinfo=None) == datetime.combine(
        due - timedelta(days=1), datetime.min.time()).replace(hour=9)


def test_confirmed_attendance_decides_who_gets_the_report_in_their_language(network):
    stack = network
    meeting_id = _past_meeting(stack)
    with stack.bot.db.session() as session:
        session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting_id, user_id=BOB,
                         answer=RsvpAnswer.NO))  # said no, came anyway
        for user, present in ((FACILITATOR, True), (ANN, False), (BOB, True)):
            session.add(Attendance(team_id="T0TWIN", meeting_id=meeting_id, user_id=user,
                                   present=present, confirmed_by=FACILITATOR))
    _write(stack)

    eventually(lambda: len(_dms(stack, ANN)) == 1)
    (copy,) = _dms(stack, ANN)
    assert copy["text"].startswith("Report of Zorg &amp; Welzijn Gent, session of ")
    assert "You weren't there" in message_text(copy)
    assert "Draaiboek delen" in message_text(copy)
    assert _dms(stack, BOB) == [] and _dms(stack, FACILITATOR) == []


def test_editing_updates_the_posted_message_and_reconciles_the_items(network):
    stack = network
    _past_meeting(stack)
    due = _today() + timedelta(days=10)
    report = _write(stack, item_text_1="Budget navragen", item_owner_1=ANN,
                    item_due_1=(due + timedelta(days=1)).isoformat(),
                    item_text_2="Zaal boeken", item_owner_2=FACILITATOR)
    eventually(lambda: len(_dms(stack, BOB)) == 1)
    first, dropped, done = rows(stack, ActionItem)
    old_reminder = next(d for d in _action_reminders(stack) if d.action_item_id == first.id)
    assert len(_action_reminders(stack)) == 2  # the third item has no due date
    (message,) = _reports_in_channel(stack)
    assert _click(stack, FACILITATOR, message, CHANNEL, done.id).startswith("Afgevinkt")
    eventually(lambda: "~Zaal boeken~" in message_text(_reports_in_channel(stack)[0]))

    view = open_modal(stack, FACILITATOR, "verslag")
    by_block = {b.get("block_id"): b for b in view["blocks"]}
    assert by_block["summary"]["element"]["initial_value"] == SUMMARY
    assert by_block["item_text_0"]["element"]["initial_value"] == "Draaiboek delen"
    assert by_block["item_owner_1"]["element"]["initial_user"] == ANN
    assert by_block["item_due_0"]["element"]["initial_date"] == due.isoformat()
    assert by_block["item_text_2"]["label"]["text"] == "Stap 3 (klaar)"
    assert "item_text_3" in by_block and "initial_value" not in by_block["item_text_3"]["element"]

    moved = due + timedelta(days=5)
    updates_before = len(stack.twin.calls_to("chat.update"))
    response = _submit(stack, view, {
        "summary": "Aangevuld: de casus van Bob, en wat we eruit leerden.",
        "item_due_0": moved.isoformat(),
        "item_text_1": "",  # dropped (the owner picker cannot be cleared in Slack)
        "item_text_2": "",  # done: stays
        "item_text_3": "Nieuwe stap", "item_owner_3": BOB,
    })
    assert response.body == ""
    eventually(lambda: "Aangevuld" in message_text(_reports_in_channel(stack)[0]))

    (message,) = _reports_in_channel(stack)  # updated in place, not posted again
    assert message["ts"] == report.channel_ts
    updates = stack.twin.calls_to("chat.update")[updates_before:]
    assert [c.args["ts"] for c in updates] == [report.channel_ts]
    shown = message_text(message)
    assert "Aangevuld: de casus van Bob" in shown and SUMMARY not in shown
    assert f"tegen {format_day(moved, 'nl')}" in shown and "Nieuwe stap" in shown
    assert "Budget navragen" not in shown and "~Zaal boeken~" in shown
    assert "Bijgewerkt op" in shown

    items = rows(stack, ActionItem)
    assert [(i.id, i.text, i.due_date) for i in items] == [
        (first.id, "Draaiboek delen", moved), (done.id, "Zaal boeken", None),
        (items[-1].id, "Nieuwe stap", None)]
    assert items[-1].id not in (first.id, dropped.id, done.id)
    pending = [d for d in _action_reminders(stack) if d.status == DeliveryStatus.PENDING]
    assert [(d.action_item_id, d.key) for d in pending] == [
        (first.id, f"action_reminder:{first.id}:{moved.isoformat()}")]
    assert old_reminder.id not in [d.id for d in _action_reminders(stack)]
    assert len(rows(stack, Report)) == 1
    assert len(_dms(stack, BOB)) == 1  # an edit is not sent to the absentees again


def test_bad_input_gets_field_errors_and_stores_nothing(network):
    stack = network
    _past_meeting(stack)
    view = open_modal(stack, FACILITATOR, "verslag")
    response = _submit(stack, view, _values(
        summary="   ", links="de slides van Ann", item_owner_0=None,
        item_text_1="Zaal boeken", item_owner_1=ANN,
        item_due_1=(_today() - timedelta(days=1)).isoformat()))

    assert response.json["response_action"] == "errors"
    assert response.json["errors"] == {
        "summary": "Vul dit veld in.",
        "links": "Regel 1 bevat geen link (die begint met http:// of https://).",
        "item_owner_0": "Kies wie deze stap opneemt.",
        "item_due_1": "Die datum is voorbij: kies vandaag of later.",
    }
    assert rows(stack, Report) == [] and rows(stack, ActionItem) == []
    assert _action_reminders(stack) == [] and _reports_in_channel(stack) == []


def test_a_cancelled_or_future_session_gets_no_report(network):
    stack = network
    meeting_id = _past_meeting(stack)
    _meeting(stack, datetime.now(UTC) + timedelta(days=5), number=2)

    answer = stack.driver.command(FACILITATOR, "verslag 2", CHANNEL).body
    assert answer == t("report.error.not_started", "nl")
    answer = stack.driver.command(ANN, "report", CHANNEL).body
    assert answer == "Only a facilitator of *Zorg &amp; Welzijn Gent* can do that."

    view = open_modal(stack, FACILITATOR, "verslag")
    with stack.bot.db.session() as session:  # cancelled while the form was open
        session.get(Meeting, meeting_id).status = MeetingStatus.CANCELLED
    response = _submit(stack, view, _values())
    assert response.json["errors"] == {
        "summary": "Deze bijeenkomst is geannuleerd: daar hoort geen verslag bij."}
    assert rows(stack, Report) == [] and rows(stack, ActionItem) == []
    assert _reports_in_channel(stack) == [] and _action_reminders(stack) == []

    answer = stack.driver.command(FACILITATOR, "verslag 1", CHANNEL).body
    assert answer == t("report.error.cancelled", "nl")
    answer = stack.driver.command(FACILITATOR, "verslag", CHANNEL).body
    assert answer.startswith("*Zorg &amp; Welzijn Gent* had nog geen bijeenkomst")
    assert stack.twin.calls_to("views.open")[-1].response["view"]["id"] == view["id"]


def _notice(stack, before: int) -> str:
    """The text of the notice modal opened after `before` views.open calls."""
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].args["view"]
    return str(view["blocks"])


def test_a_report_slack_refuses_to_show_is_kept_and_shown_once_saved_again(network):
    stack = network
    _past_meeting(stack)
    view = open_modal(stack, FACILITATOR, "verslag")
    stack.twin.fail_next("chat.postMessage", "not_in_channel")
    before = len(stack.twin.calls_to("views.open"))
    assert _submit(stack, view, _values()).body == ""  # the form closes: what was typed is kept
    notice = _notice(stack, before)
    assert "Het verslag is bewaard" in notice and "not_in_channel" in notice
    assert "`/leernet verslag 1`" in notice
    (report,) = rows(stack, Report)
    assert report.summary == SUMMARY and report.channel_ts is None
    assert len(rows(stack, ActionItem)) == 1 and len(_action_reminders(stack)) == 1
    assert _reports_in_channel(stack) == [] and _dms(stack, BOB) == []  # nothing to point to

    # Saved again once the bot may post: the message, and now the absentees' copies.
    view = open_modal(stack, FACILITATOR, "verslag")
    assert _submit(stack, view, {}).body == ""
    eventually(lambda: rows(stack, Report)[0].channel_ts is not None)
    (message,) = _reports_in_channel(stack)
    assert message["ts"] == rows(stack, Report)[0].channel_ts
    eventually(lambda: len(_dms(stack, BOB)) == 1 and len(_dms(stack, ANN)) == 1)
    assert _dms(stack, FACILITATOR) == []

    # An edit Slack refuses to show is kept too; the message keeps the last version shown.
    view = open_modal(stack, FACILITATOR, "verslag")
    stack.twin.fail_next("chat.update", "not_in_channel")
    before = len(stack.twin.calls_to("views.open"))
    assert _submit(stack, view, {"summary": "Aangevuld."}).body == ""
    assert "not_in_channel" in _notice(stack, before)
    assert rows(stack, Report)[0].summary == "Aangevuld."
    (message,) = _reports_in_channel(stack)
    assert SUMMARY in message_text(message)
    assert len(_dms(stack, BOB)) == 1


def test_sessions_without_a_report_can_be_chosen(network):
    stack = network
    older = _past_meeting(stack, number=1, days_ago=30)
    latest = _past_meeting(stack, number=2, days_ago=2)
    view = open_modal(stack, FACILITATOR, "verslag")
    (select_block,) = [b for b in view["blocks"] if b.get("block_id") == "meeting"]
    options = [o["value"] for o in select_block["element"]["options"]]
    assert options == [str(latest), str(older)]
    assert select_block["element"]["initial_option"]["value"] == str(latest)
    assert select_block["element"]["initial_option"]["text"]["text"].startswith("Bijeenkomst 2:")

    assert _submit(stack, view, _values(meeting=str(older))).body == ""
    (report,) = rows(stack, Report)
    assert report.meeting_id == older


def test_the_report_reminder_goes_to_facilitators_once_and_not_once_written(network):
    stack = network
    meeting_id = _past_meeting(stack)
    with stack.bot.db.session() as session:
        ann = repo.membership(session, _network(stack).id, ANN)
        ann.role = Role.FACILITATOR
        network_row = session.get(Network, ann.network_id)
        meeting = session.get(Meeting, meeting_id)
        cadence = schedule.Cadence.of(network_row, Settings())
        (delivery,) = [d for d in schedule.meeting_deliveries(
            network_row, meeting, cadence, datetime.now(UTC))
            if d.kind == DeliveryKind.REPORT_REMINDER]
        again = Delivery(**{**delivery.model_dump(exclude={"id"}), "key": delivery.key + ":2"})
        session.add_all([delivery, again])
        session.flush()
        first_id, second_id = delivery.id, again.id

    assert stack.bot.dispatcher.run_one(first_id).status == DeliveryStatus.SENT
    (to_fien,) = _dms(stack, FACILITATOR)
    (to_ann,) = _dms(stack, ANN)
    assert to_fien["text"].startswith("Er is nog geen verslag van de bijeenkomst van Zorg "
                                      "&amp; Welzijn Gent op ")
    assert to_ann["text"].startswith("There is no report yet of the Zorg &amp; Welzijn Gent")
    assert _dms(stack, BOB) == []
    assert stack.bot.dispatcher.run_one(first_id).status is None  # not pending any more
    assert len(_dms(stack, FACILITATOR)) == 1

    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(FACILITATOR, "report_open", message=to_fien,
                       channel_id=stack.twin.dm_channel(FACILITATOR))
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    assert view["callback_id"] == "report_write"
    assert _submit(stack, view, _values()).body == ""

    assert stack.bot.dispatcher.run_one(second_id).status == DeliveryStatus.SENT
    assert len(_dms(stack, FACILITATOR)) == 1
    eventually(lambda: len(_dms(stack, BOB)) == 1)  # the report (nobody said they came)
    assert [m["text"][:8] for m in _dms(stack, ANN)] == ["There is", "Report o"]


def test_an_action_reminder_reaches_the_owner_and_done_works_once(network):
    stack = network
    _past_meeting(stack)
    due = _today() + timedelta(days=10)
    _write(stack, item_text_1="Budget navragen", item_owner_1=ANN,
           item_due_1=due.isoformat())
    bobs, anns = rows(stack, ActionItem)
    eventually(lambda: len(_dms(stack, BOB)) == 1)  # the report itself (Bob said nothing)
    reminder = next(d for d in _action_reminders(stack) if d.action_item_id == bobs.id)

    assert stack.bot.dispatcher.run_one(reminder.id).status == DeliveryStatus.SENT
    dm = _dms(stack, BOB)[-1]
    assert dm["text"] == (f"Herinnering: jouw stap voor Zorg &amp; Welzijn Gent is klaar tegen "
                          f"{format_day(due, 'nl')}: Draaiboek delen")
    (message,) = _reports_in_channel(stack)
    assert _click(stack, ANN, message, CHANNEL, bobs.id) == (
        f"Only <@{BOB}> or a facilitator can tick this step off.")
    assert rows(stack, ActionItem)[0].done_at is None

    dm_channel = stack.twin.dm_channel(BOB)
    assert _click(stack, BOB, dm, dm_channel, bobs.id) == "Afgevinkt: Draaiboek delen. Dank je!"
    done = rows(stack, ActionItem)[0]
    assert done.done_by == BOB and done.done_at is not None
    eventually(lambda: "~Draaiboek delen~" in message_text(_reports_in_channel(stack)[0]))
    eventually(lambda: "Afgevinkt. Dank je!" in message_text(_dms(stack, BOB)[-1]))
    (message,) = _reports_in_channel(stack)
    buttons = [b["accessory"]["value"] for b in message["blocks"] if b.get("accessory")]
    assert buttons == [str(anns.id)]  # only the open item keeps its button

    assert _click(stack, BOB, dm, dm_channel, bobs.id) == (
        f"Deze stap stond al op klaar (afgevinkt door <@{BOB}>).")
    assert rows(stack, ActionItem)[0].done_at == done.done_at

    assert _click(stack, FACILITATOR, message, CHANNEL, anns.id).startswith("Afgevinkt")
    assert rows(stack, ActionItem)[1].done_by == FACILITATOR
    # Done items need no reminder any more.
    assert [d.status for d in _action_reminders(stack)] == [DeliveryStatus.SENT]


def test_typed_mentions_are_escaped_everywhere(network):
    stack = network
    _past_meeting(stack)
    _write(stack, summary="<!channel> kijk & lees", insights="<@UANN0001> zei het al",
           item_text_0="<!here> bellen", links="<!everyone> https://example.org/x")
    (message,) = _reports_in_channel(stack)
    shown = message_text(message)
    assert "&lt;!channel&gt; kijk &amp; lees" in shown
    assert "&lt;@UANN0001&gt; zei het al" in shown and "&lt;!here&gt; bellen" in shown
    assert "<https://example.org/x|&lt;!everyone&gt;>" in shown
    for mention in ("<!channel>", "<!here>", "<!everyone>", "<@UANN0001>"):
        assert mention not in shown
    eventually(lambda: len(_dms(stack, BOB)) == 1)
    assert "<!channel>" not in message_text(_dms(stack, BOB)[0])


def test_open_items_section_lists_items_and_stays_within_slack_limits(network):
    stack = network
    network_row = _network(stack)
    items = [ActionItem(id=n, team_id="T0TWIN", network_id=1, meeting_id=1, report_id=1,
                        text=("<b> " + "x" * 490), owner_id=BOB, due_date=date(2026, 6, 12))
             for n in range(12)]
    block = action_items_section(items, network_row, "nl")
    assert validate_blocks([block]) == []
    text = block["text"]["text"]
    assert text.startswith(f"*Open stappen* uit de verslagen in <#{CHANNEL}>")
    assert "&lt;b&gt; xxx" in text and "vrijdag 12 juni 2026" in text
    assert text.endswith("… en nog 7") and len(text) <= 3000
    empty = action_items_section([], network_row, "en")
    assert empty["text"]["text"] == f"No open steps from the reports in <#{CHANNEL}>."


def test_an_action_reminder_is_at_nine_local_time_across_a_dst_change():
    # Summer time starts on 29 March 2026: the reminder stays at 09:00 on the wall clock.
    run_at = action_reminder_at(date(2026, 3, 30), "Europe/Brussels", timedelta(days=1))
    assert run_at == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    assert action_reminder_at(date(2026, 3, 27), "Europe/Brussels",
                              timedelta(days=1)) == datetime(2026, 3, 26, 8, 0, tzinfo=UTC)


def test_absentees_are_everyone_when_nobody_answered(network):
    from bot.domain.reports import absentees

    stack = network
    meeting_id = _past_meeting(stack)
    with stack.bot.db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert absentees(session, meeting) == [FACILITATOR, ANN, BOB]
        session.add(Rsvp(team_id="T0TWIN", meeting_id=meeting_id, user_id=ANN,
                         answer=RsvpAnswer.YES))
        session.flush()
        assert absentees(session, meeting) == [FACILITATOR, BOB]
        member = repo.membership(session, meeting.network_id, BOB)
        session.delete(member)
        session.flush()
        assert absentees(session, meeting) == [FACILITATOR]


def test_open_items_show_in_the_next_sessions_reminder_and_on_the_owners_home(network):
    stack = network
    _past_meeting(stack)
    _write(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    with stack.bot.db.session() as session:
        reminder = session.exec(select(Delivery).where(Delivery.kind == "reminder")).first()
    stack.bot.dispatcher.run_one(reminder.id)
    bob_reminder = next(m for m in _dms(stack, BOB) if m["text"].startswith("Herinnering"))
    shown = message_text(bob_reminder)
    assert "Draaiboek delen" in shown and f"<@{BOB}>" in shown
    stack.driver.event({"type": "app_home_opened", "user": BOB, "tab": "home"})
    home = stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == BOB
                               and "Jouw acties" in str(c.args["view"]))[-1].args["view"]
    assert "Draaiboek delen" in str(home)


def test_forged_ids_are_refused_cleanly(network):
    stack = network
    _past_meeting(stack)
    _write(stack)
    (message,) = _reports_in_channel(stack)
    before = len(stack.twin.calls_to("response_url"))
    item = rows(stack, ActionItem)[0]
    stack.driver.click(BOB, f"action_item_done:{item.id}", message=message, channel_id=CHANNEL,
                       value="1 OR 1=1")
    answer = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert answer == t("error.bad_input", "nl")
    assert rows(stack, ActionItem)[0].done_at is None

    view = open_modal(stack, FACILITATOR, "verslag")
    meta = json.loads(view["private_metadata"])
    forged = {**view, "private_metadata": json.dumps({**meta, "report_id": "1; --"})}
    response = _submit(stack, forged, {"summary": "Vervalst."})
    assert response.json["errors"] == {"summary": t("error.bad_input", "nl")}
    assert rows(stack, Report)[0].summary == SUMMARY


def test_when_the_trigger_has_expired_the_notice_comes_by_direct_message(network):
    stack = network
    _past_meeting(stack)
    view = open_modal(stack, FACILITATOR, "verslag")
    stack.twin.fail_next("chat.postMessage", "not_in_channel")
    stack.twin.fail_next("views.open", "expired_trigger_id")  # Slack took too long
    assert _submit(stack, view, _values()).body == ""
    eventually(lambda: any("Het verslag is bewaard" in m.get("text", "")
                           for m in _dms(stack, FACILITATOR)))


def test_home_publishes_with_two_open_items_and_each_done_button_works(network):
    """Slack refuses a block with two equal action ids; each 'done' button has its own."""
    stack = network
    _past_meeting(stack)
    _write(stack, item_text_1="Budget navragen", item_owner_1=BOB)
    first, second = rows(stack, ActionItem)
    def bobs(call) -> bool:
        return call.args.get("user_id") == BOB

    before = len([c for c in stack.twin.calls_to("views.publish") if bobs(c)])
    stack.driver.event({"type": "app_home_opened", "user": BOB, "tab": "home"})
    stack.twin.wait_for("views.publish", bobs, count=before + 1)
    calls = [c for c in stack.twin.calls_to("views.publish") if bobs(c)][before:]
    assert calls and all(c.ok for c in calls), [c.response for c in calls]
    home = stack.twin.home(BOB)
    assert "Budget navragen" in str(home)

    stack.driver.click(BOB, f"action_item_done:{second.id}", view=home)
    eventually(lambda: rows(stack, ActionItem)[1].done_by == BOB)
    assert rows(stack, ActionItem)[0].done_at is None
    # A message posted before the ids carried the item still works with the bare id.
    old = {"ts": "1700000000.000100", "text": "x", "blocks": [{
        "type": "actions", "block_id": "old", "elements": [{
            "type": "button", "action_id": "action_item_done", "value": str(first.id),
            "text": {"type": "plain_text", "text": "Klaar"}}]}]}
    stack.driver.click(BOB, "action_item_done", message=old, channel_id=CHANNEL)
    eventually(lambda: rows(stack, ActionItem)[0].done_by == BOB)


def test_a_forged_owner_is_refused_and_owners_are_escaped_when_shown(network):
    stack = network
    _past_meeting(stack)
    view = open_modal(stack, FACILITATOR, "verslag")
    for forged in ("<!channel>", "UBOB0001> <!here", "bob", ""):
        response = _submit(stack, view, _values(item_owner_0=forged or None))
        assert response.json["response_action"] == "errors", forged
        assert set(response.json["errors"]) == {"item_owner_0"}, forged
    assert rows(stack, Report) == [] and rows(stack, ActionItem) == []
    assert _reports_in_channel(stack) == []

    # An owner stored before the check (or by a bug) is shown escaped, never as a mention.
    _write(stack)
    with stack.bot.db.session() as session:
        item = session.exec(select(ActionItem)).one()
        item.owner_id = "<!channel>"
        session.add(item)
    network_row = _network(stack)
    with stack.bot.db.session() as session:
        item = session.exec(select(ActionItem)).one()
    shown = str(action_items_section([item], network_row, "nl"))
    assert "<!channel>" not in shown and "&lt;!channel&gt;" in shown
