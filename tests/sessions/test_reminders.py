"""Reminders: scheduled DMs with attendance buttons, sent once, answered, shown updated."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from slack_twin.local_stack import BOT_TOKEN, SIGNING_SECRET, LocalStack
from storage import deliveries as queue
from storage.database import Database
from storage.models import Delivery, DeliveryKind, DeliveryReceipt, DeliveryStatus, Rsvp
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.factories import network_with_meeting, reminder
from tests.slack_helpers import (
    add_member,
    create_network,
    eventually,
    next_whole_minute,
    open_modal,
    plan_values,
)


def _plan(stack, starts_at) -> None:
    view = open_modal(stack, FACILITATOR, "plan")
    response = stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at))
    assert response.body == ""


def _network_with_members(stack) -> None:
    create_network(stack)
    add_member(stack, ANN)
    add_member(stack, BOB)


def _leernet(stack, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": stack.twin.api_url, "DATABASE_URL": stack.settings.database_url}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def _dms(stack) -> dict[str, list[dict]]:
    return {user: stack.twin.messages(stack.twin.dm_channel(user))
            for user in (FACILITATOR, ANN, BOB) if stack.twin.dm_channel(user)}


def _without_digests(jobs: list[dict]) -> list[dict]:
    """The network's weekly digests are always planned (tests/digests look at them)."""
    return [j for j in jobs if not j["kind"].startswith("digest")]


def test_jobs_lists_the_reminders_and_jobs_run_delivers_one_once(stack):
    _network_with_members(stack)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    _plan(stack, starts_at)

    listed = _leernet(stack, "jobs", "--json")
    assert listed.returncode == 0, listed.stderr
    jobs = _without_digests(json.loads(listed.stdout))
    assert [j["kind"] for j in jobs][:2] == ["reminder", "reminder"]  # soonest first
    # ... and the network's retention check, due in about two years
    assert {j["kind"] for j in jobs[2:]} == {"evaluation", "eval_reminder", "eval_close",
                                             "report_reminder", "apply_followup", "retention"}
    first = jobs[0]
    assert datetime.fromisoformat(first["run_at"]) == starts_at - timedelta(days=7)
    assert first["run_at"][-6:] in ("+01:00", "+02:00")  # shown in Brussels time
    assert first["network"] == "Zorg & Welzijn Gent" and first["session"] == 1

    ran = _leernet(stack, "jobs", "run", str(first["id"]))
    assert ran.returncode == 0, ran.stderr
    assert "sent" in ran.stdout
    dms = _dms(stack)
    assert sorted(dms) == sorted([FACILITATOR, ANN, BOB])
    assert all(len(messages) == 1 for messages in dms.values())
    assert dms[BOB][0]["text"].startswith("Herinnering: Zorg &amp; Welzijn Gent komt samen op")
    assert dms[ANN][0]["text"].startswith("Reminder: Zorg &amp; Welzijn Gent meets on")
    buttons = [e["action_id"] for b in dms[BOB][0]["blocks"] if b["type"] == "actions"
               for e in b["elements"]]
    assert buttons == ["rsvp_yes", "rsvp_no"]

    again = _leernet(stack, "jobs", "run", str(first["id"]))
    assert again.returncode == 1 and "not pending" in again.stderr
    assert all(len(messages) == 1 for messages in _dms(stack).values())
    remaining = _without_digests(json.loads(_leernet(stack, "jobs", "--json").stdout))
    assert [j["id"] for j in remaining] == [j["id"] for j in jobs[1:]]


def test_answering_a_reminder_records_it_and_updates_the_message(stack):
    _network_with_members(stack)
    _plan(stack, (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0))
    with stack.bot.db.session() as session:
        first = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    stack.bot.dispatcher.run_one(first)
    dm = stack.twin.dm_channel(BOB)
    (message,) = stack.twin.messages(dm)

    response = stack.driver.click(BOB, "rsvp_no", message=message, channel_id=dm)
    assert response.status == 200
    stack.twin.wait_for("chat.update")
    (updated,) = stack.twin.messages(dm)
    assert "je komt niet" in str(updated["blocks"])
    response = stack.driver.click(BOB, "rsvp_yes", message=updated, channel_id=dm)
    stack.twin.wait_for("chat.update", count=2)
    assert "Je antwoord: je komt." in str(stack.twin.messages(dm)[0]["blocks"])
    with stack.bot.db.session() as session:
        (answer,) = session.exec(select(Rsvp)).all()
    assert (answer.user_id, answer.answer) == (BOB, "yes")
    home = stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == BOB)[-1]
    assert "Zorg &amp; Welzijn Gent" in str(home.args["view"]["blocks"])


def test_a_stored_answer_is_not_told_to_have_failed_when_only_its_display_does(stack, caplog):
    """Slack refuses to redraw the reminder and the Home tab: the answer is stored, so the
    person is not told "something went wrong, try again" (only the display lags)."""
    _network_with_members(stack)
    _plan(stack, (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0))
    with stack.bot.db.session() as session:
        first = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    stack.bot.dispatcher.run_one(first)
    dm = stack.twin.dm_channel(BOB)
    (message,) = stack.twin.messages(dm)
    stack.twin.fail_next("chat.update", "cant_update_message")
    stack.twin.fail_next("views.publish", "internal_error", times=3)
    assert stack.driver.click(BOB, "rsvp_yes", message=message, channel_id=dm).status == 200
    # The listener's last step: the refused Home is logged (and nothing told).
    eventually(lambda: "could not refresh the Home" in caplog.text)
    with stack.bot.db.session() as session:
        (answer,) = session.exec(select(Rsvp)).all()
    assert answer.answer == "yes"
    assert stack.twin.calls_to("response_url") == []


def test_someone_outside_the_network_cannot_answer(stack):
    _network_with_members(stack)
    _plan(stack, (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0))
    with stack.bot.db.session() as session:
        first = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    stack.bot.dispatcher.run_one(first)
    stack.twin.add_user("UOUTSIDE", "eve")
    dm = stack.twin.dm_channel(BOB)
    (message,) = stack.twin.messages(dm)
    stack.driver.click("UOUTSIDE", "rsvp_yes", message=message, channel_id=dm)
    refusal = stack.twin.wait_for("response_url")[0]
    assert "geen lid" in refusal.args["text"]
    with stack.bot.db.session() as session:
        assert session.exec(select(Rsvp)).all() == []


def test_one_unreachable_member_does_not_stop_the_others_and_429_is_retried(stack):
    _network_with_members(stack)
    stack.twin.add_user(BOB, "bob", deleted=True)
    _plan(stack, (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0))
    stack.twin.rate_limit_next("chat.postMessage", retry_after=1)
    with stack.bot.db.session() as session:
        delivery_id = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    outcome = stack.bot.dispatcher.run_one(delivery_id)
    # The delivery says it did not reach everyone, and whom (not a plain "sent").
    assert outcome.status == DeliveryStatus.PARTIAL
    assert outcome.error == f"1 not reached: {BOB} (user_disabled)"
    dms = _dms(stack)
    assert sorted(dms) == [ANN, FACILITATOR]
    assert len(dms[ANN]) == 1
    # The facilitator had the reminder, and one notice naming who was not reached.
    reminder_dm, notice = dms[FACILITATOR]
    assert reminder_dm["text"].startswith("Herinnering")
    assert notice["text"].startswith("Leernet kon de herinnering aan de bijeenkomst van "
                                     "*Zorg &amp; Welzijn Gent* niet bezorgen bij: "
                                     f"<@{BOB}> (user_disabled).")
    with stack.bot.db.session() as session:
        receipts = {r.user_id: r.error for r in session.exec(select(DeliveryReceipt)).all()}
    assert receipts == {FACILITATOR: None, ANN: None, BOB: "user_disabled",
                        "!" + FACILITATOR: None}

    failed = _leernet(stack, "jobs", "--failed", "--json")
    assert failed.returncode == 0, failed.stderr
    (row,) = json.loads(failed.stdout)
    assert (row["id"], row["status"]) == (delivery_id, "partial")
    assert row["unreached"] == [{"user": BOB, "error": "user_disabled"}]


def test_the_scheduler_delivers_a_reminder_within_seconds_of_its_time(database_url):
    # A session a minute or two ahead, with an offset that makes the reminder due in ~3 s.
    starts_at = next_whole_minute(timedelta(minutes=1))
    offset = timedelta(seconds=int((starts_at - datetime.now(UTC)).total_seconds()) - 3)
    with LocalStack(database_url, migrate=False, reminder_offsets=(offset,),
                    sweep_interval=timedelta(minutes=10)) as running:
        running.twin.add_user(FACILITATOR, "fien")
        running.twin.add_channel(CHANNEL, "leernet-gent", members=[FACILITATOR])
        create_network(running)
        _plan(running, starts_at)
        with running.bot.db.session() as session:
            (due,) = session.exec(select(Delivery).where(Delivery.kind == "reminder")).all()
        sent = running.twin.wait_for(
            "chat.postMessage", lambda c: c.args["channel"].startswith("D"), timeout=15)[0]
        late = sent.at - due.run_at.timestamp()
        assert -0.5 < late < 5, f"reminder sent {late:.1f} s after its time"


def test_after_a_restart_missed_deliveries_follow_the_rule_per_kind(database_url):
    # Rows written while "the bot was down": one reminder for a session still ahead, one for
    # a session that already started. On start the sweep sends the first and drops the second.
    db = Database(database_url)
    now = datetime.now(UTC)
    ahead_net, ahead = network_with_meeting(db, now + timedelta(hours=3), members=(ANN,))
    gone_net, gone = network_with_meeting(db, now - timedelta(minutes=30), members=(BOB,),
                                          channel_id="C2")
    sent_id = reminder(db, ahead_net, ahead, now - timedelta(hours=1))
    dropped_id = reminder(db, gone_net, gone, now - timedelta(days=1))
    db.dispose()
    with LocalStack(database_url, migrate=False) as running:
        running.twin.add_user(ANN, "ann")
        running.twin.add_user(BOB, "bob")
        running.twin.wait_for("chat.postMessage", timeout=10)

        def statuses():  # the networks' first digests, planned at start, aside
            with running.bot.db.session() as session:
                return {d.id: d.status for d in session.exec(select(Delivery)).all()
                        if not d.kind.startswith("digest")}

        eventually(lambda: DeliveryStatus.SENDING not in statuses().values())
        assert statuses() == {sent_id: DeliveryStatus.SENT, dropped_id: DeliveryStatus.SKIPPED}
        assert running.twin.dm_channel(BOB) is None


def test_jobs_run_with_an_id_that_is_no_delivery_says_so_in_one_line(stack):
    for typed in ("99999999999999999999", "-1", "abc", "424242"):
        ran = _leernet(stack, "jobs", "run", typed)
        assert ran.returncode == 1, (typed, ran.stderr)
        last = ran.stderr.strip().splitlines()[-1]  # after the log lines of the start
        assert last.startswith("leernet: no delivery"), (typed, ran.stderr)
        assert "Traceback" not in ran.stderr
