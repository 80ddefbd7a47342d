"""The evaluation after every session: invited attendees only and once, anonymous in the data,
one answer each, one reminder, results only from the threshold, a close with the summary and
its trend, `/leernet evaluatie` for facilitators and participants, named evaluations."""

import json
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import inspect, text

from bot.domain import evaluations
from bot.domain.errors import FieldErrors
from slack_twin import validate_blocks
from storage import sessions as session_store
from storage.models import (
    Attendance,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    EvaluationAnswer,
    EvaluationPoll,
    EvaluationSubmission,
    PollStatus,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.evaluations.helpers import (
    SCALES,
    answer,
    answered_later,
    buttons,
    close_poll,
    dms,
    network,
    open_from_dm,
    past_session,
    poll,
    poll_of,
    rows,
    run,
    setup_network,
    shown,
    stored_answers,
    with_button,
)
from tests.slack_helpers import add_member, deliveries, eventually

CAR = "UCAR0001"
DAN = "UDAN0001"


def _attendance(stack, meeting_id: int, present: dict[str, bool]) -> None:
    with stack.bot.db.session() as session:
        for user, here in present.items():
            session.add(Attendance(team_id="T0TWIN", meeting_id=meeting_id, user_id=user,
                                   present=here, confirmed_by=FACILITATOR))


def _later(stack, days: float = 8) -> None:
    """Time passes for the bot (the poll's week runs out)."""
    stack.bot.deps.clock = lambda: datetime.now(UTC) + timedelta(days=days)


def _invitations(stack, user: str) -> list[dict]:
    return with_button(stack, user, "evaluation_open")


# --- who is asked ----------------------------------------------------------------------------

def test_the_poll_goes_to_attendees_only_and_once(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    _attendance(stack, meeting_id, {FACILITATOR: True, ANN: True, BOB: False})
    started = datetime.now(UTC)
    run(stack, DeliveryKind.EVALUATION, meeting_id)

    created = poll(stack)
    assert created.status == PollStatus.OPEN and created.named is False
    assert timedelta(days=7) <= created.closes_at - started < timedelta(days=7, minutes=1)
    assert [len(_invitations(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [1, 1, 0]
    (ann,) = _invitations(stack, ANN)
    assert ann["text"].startswith("Evaluation of Zorg &amp; Welzijn Gent: how was the session")
    assert "anonymous" in json.dumps(ann["blocks"])
    assert validate_blocks(ann["blocks"]) == []
    assert _invitations(stack, FACILITATOR)[0]["text"].startswith("Evaluatie van Zorg")

    # A second invitation run (the facilitator's, or a retry) reaches nobody twice.
    run(stack, DeliveryKind.EVALUATION, meeting_id, ":again")
    assert [len(_invitations(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [1, 1, 0]
    assert len(rows(stack, EvaluationPoll)) == 1

    # The modal (which the twin checks like Slack) says in plain words what stays anonymous.
    view = open_from_dm(stack, ANN, "evaluation_open")
    assert view["title"]["text"] == "Evaluation"
    modal_text = json.dumps(view["blocks"])
    assert "anonymous" in modal_text and "kept with your name" in modal_text


def test_a_participant_who_was_absent_cannot_answer(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    _attendance(stack, meeting_id, {FACILITATOR: True, ANN: True, BOB: False})
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    response = stack.driver.command(BOB, "evaluatie", CHANNEL)
    assert "Je was niet bij deze bijeenkomst" in response.body
    assert rows(stack, EvaluationSubmission) == []


# --- anonymity -------------------------------------------------------------------------------

def _database_dump(stack) -> dict[str, list[str]]:
    """Every row of every table, as text."""
    engine = stack.bot.db.engine
    dump = {}
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            if table == "alembic_version":
                continue
            dump[table] = [" | ".join(str(v) for v in row)
                           for row in conn.execute(text(f'SELECT * FROM "{table}"'))]
    return dump


def test_an_anonymous_evaluation_cannot_be_traced_to_its_author(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    answer(stack, ANN, keep="ANN-KEEPS-THIS", change="ANN-CHANGES-THIS", relevance="2")
    answer(stack, BOB, keep="BOB-KEEPS-THIS", relevance="5",
           apply_text="BOB-APPLIES-THIS")

    stored = stored_answers(stack, meeting_id)
    assert len(stored) == 2
    for entry in stored:
        assert set(entry) == {"scales", "keep", "change"}  # no user id
    assert sorted(e["scales"]["relevance"] for e in stored) == [2, 5]

    # Who answered is known (no double answers, reminders); what they answered is not.
    dump = _database_dump(stack)
    for table, lines in dump.items():
        for line in lines:
            for marker in ("ANN-KEEPS", "ANN-CHANGES", "BOB-KEEPS"):
                if marker in line:
                    assert table == "evaluationanswer", (table, line)
                    assert ANN not in line and BOB not in line and "T0TWIN" not in line
            if "BOB-APPLIES-THIS" in line:  # told in the modal: kept with the name
                assert table == "applycommitment" and BOB in line
    (submission_table,) = [t for t in dump if t == "evaluationsubmission"]
    # Its last columns: the user id and the person's own workspace.
    assert sorted(line.split(" | ")[-2] for line in dump[submission_table]) == [ANN, BOB]
    columns = {c["name"] for c in inspect(stack.bot.db.engine).get_columns(submission_table)}
    assert columns == {"id", "team_id", "poll_id", "user_id", "user_team_id"}  # no time, no answer
    answer_columns = {c["name"] for c in inspect(stack.bot.db.engine).get_columns(
        "evaluationanswer")}
    assert answer_columns == {"key", "poll_id", "relevance", "learning", "facilitation",
                              "atmosphere", "keep", "change", "named_user_id",
                              "external_input"}  # no time (external_input: an answer too)


def _submit(stack, poll_id: int, person: str, **texts) -> None:
    stack.bot.deps.services.evaluations.submit(
        poll_id, person, evaluations.EvaluationDraft(**SCALES, **texts))


def test_answers_are_stored_in_an_order_unrelated_to_submission_order(stack):
    setup_network(stack)
    people = [f"UPERSON{i}" for i in range(8)]
    for person in people:
        add_member(stack, person)
    orders = []
    for _ in range(3):
        meeting_id = past_session(stack)
        with stack.bot.db.session() as session:
            net, meeting = session_store.network_and_meeting(session, meeting_id)
            poll_id = evaluations.open_poll(session, net, meeting, now=datetime.now(UTC),
                                            open_for=timedelta(days=7)).id
        for index, person in enumerate(people):
            _submit(stack, poll_id, person, keep=f"answer {index}")
        # Rows in the order of their keys (the primary key, as a table scan gives them).
        with stack.bot.db.engine.connect() as conn:
            kept = [row[0] for row in conn.execute(text(
                "SELECT keep FROM evaluationanswer WHERE poll_id = :p ORDER BY key"),
                {"p": poll_id})]
        orders.append([int(k.split()[1]) for k in kept])
    assert all(sorted(order) == list(range(8)) for order in orders)
    # Keys that followed the order would give 0..7 every time; random ones, once in 40,320.
    assert any(order != list(range(8)) for order in orders)


def test_simultaneous_answers_never_lose_one_another(stack):
    setup_network(stack)
    people = [f"UPERSON{i}" for i in range(6)]
    for person in people:
        add_member(stack, person)
    meeting_id = past_session(stack)
    with stack.bot.db.session() as session:
        net, meeting = session_store.network_and_meeting(session, meeting_id)
        poll_id = evaluations.open_poll(session, net, meeting, now=datetime.now(UTC),
                                        open_for=timedelta(days=7)).id
    start = threading.Barrier(len(people))

    def submit(person: str) -> None:
        start.wait()
        _submit(stack, poll_id, person, keep=person)

    threads = [threading.Thread(target=submit, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(e["keep"] for e in stored_answers(stack, meeting_id)) == people
    assert len(rows(stack, EvaluationSubmission)) == len(people)


# --- answering -------------------------------------------------------------------------------

def test_no_one_answers_twice(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    view = open_from_dm(stack, BOB, "evaluation_open")
    first = answer(stack, BOB, view, keep="De casus")
    assert first.json["response_action"] == "update"
    assert "Bedankt! Je evaluatie van *Zorg &amp; Welzijn Gent* is bewaard" in shown(first)

    again = answer(stack, BOB, view, keep="Nog eens")
    assert again.json["response_action"] == "update"
    assert "Je hebt deze evaluatie al ingevuld" in shown(again)
    assert len(rows(stack, EvaluationSubmission)) == 1
    assert [e["keep"] for e in stored_answers(stack, meeting_id)] == ["De casus"]

    # The button says so too, and opens nothing.
    before = len(stack.twin.calls_to("views.open"))
    replies = len(stack.twin.calls_to("response_url"))
    message = _invitations(stack, BOB)[-1]
    stack.driver.click(BOB, "evaluation_open", message=message,
                       channel_id=stack.twin.dm_channel(BOB))
    reply = stack.twin.wait_for("response_url", count=replies + 1)[-1].args["text"]
    assert "Je hebt deze evaluatie al ingevuld" in reply
    assert len(stack.twin.calls_to("views.open")) == before


def test_bad_answers_are_refused_per_field_and_nothing_is_stored(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    response = answer(stack, ANN, relevance=None, apply_by="2001-01-01")
    assert response.json["response_action"] == "errors"
    assert set(response.json["errors"]) == {"relevance", "apply_by"}
    assert "1 to 5" in response.json["errors"]["relevance"]
    assert stored_answers(stack, meeting_id) == [] and rows(stack, EvaluationSubmission) == []


def test_draft_validation():
    today = date(2026, 3, 1)
    with pytest.raises(FieldErrors) as error:
        evaluations.EvaluationDraft(relevance="6", learning="x", facilitation="3",
                                    atmosphere="1", keep="k" * 1001,
                                    apply_by="2026-04-01").validated(today)
    assert {k: e.key for k, e in error.value.errors.items()} == {
        "relevance": "evaluation.error.scale", "learning": "evaluation.error.scale",
        "keep": "evaluation.error.too_long", "apply_text": "evaluation.error.apply_missing"}
    clean = evaluations.EvaluationDraft(**SCALES, keep=" goed ", apply_text=" x ",
                                        apply_by="2026-03-01").validated(today)
    assert clean.scales == {"relevance": 4, "learning": 5, "facilitation": 3, "atmosphere": 4}
    assert (clean.keep, clean.apply_text, clean.apply_by) == ("goed", "x", today)


# --- reminder --------------------------------------------------------------------------------

def test_the_reminder_goes_once_to_non_respondents_only(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    answer(stack, ANN)
    reminder_id = run(stack, DeliveryKind.EVALUATION_REMINDER, meeting_id)

    reminded = {u: [m for m in dms(stack, u) if "Herinnering" in m["text"]
                    or "Reminder" in m["text"]] for u in (FACILITATOR, ANN, BOB)}
    assert [len(reminded[u]) for u in (FACILITATOR, ANN, BOB)] == [1, 0, 1]
    assert reminded[BOB][0]["text"].startswith("Herinnering: de evaluatie van Zorg")
    assert buttons(reminded[BOB][0]) == ["evaluation_open"]

    # A retry of the same reminder reaches nobody twice.
    with stack.bot.db.session() as session:
        session.get(Delivery, reminder_id).status = DeliveryStatus.PENDING
    stack.bot.dispatcher.run_one(reminder_id)
    assert [len(dms(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [2, 1, 2]

    # Once the poll is closed, a reminder goes to nobody.
    with stack.bot.db.session() as session:
        session.get(EvaluationPoll, poll(stack).id).status = PollStatus.CLOSED
    run(stack, DeliveryKind.EVALUATION_REMINDER, meeting_id, ":late")
    assert [len(dms(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [2, 1, 2]


# --- results ---------------------------------------------------------------------------------

def _car(stack) -> None:
    stack.twin.add_user(CAR, "car", real_name="Car Claes")
    add_member(stack, CAR)


def test_results_are_released_at_the_close_only_and_from_the_threshold(stack):
    # Issue 10: while the poll is open a facilitator sees how many answered and nothing else
    # (looking before and after one answer gave that answer away); results come at the close.
    setup_network(stack)
    _car(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    answer(stack, ANN, relevance="2", keep="Sfeer <!channel>", change="Meer tijd")
    answer(stack, BOB, relevance="5", keep="De casussen")
    answer(stack, CAR, relevance="5", keep="Het tempo")

    while_open = shown(stack.driver.command(FACILITATOR, "evaluatie", CHANNEL))
    assert "*Respons tot nu:* 3 van 4" in while_open and "wanneer de evaluatie sluit" in while_open
    assert "De casussen" not in while_open and "gemiddeld" not in while_open

    # Participants do not see results.
    participant = stack.driver.command(ANN, "evaluatie", CHANNEL)
    assert "already filled in" in participant.body and "Relevance" not in participant.body

    close_poll(stack, meeting_id)
    released = stack.driver.command(FACILITATOR, "evaluatie", CHANNEL)
    body = shown(released)
    assert "*Respons:* 3 van 4 (75%)" in body
    # Three answers: the average only (no range, no spread: see the release rule).
    assert "*Relevantie van de inhoud*: gemiddeld 4.0 · eerste evaluatie" in body
    assert "*Geleerd van de anderen*: gemiddeld 5.0 · eerste evaluatie" in body
    assert "van 2 tot 5" not in body and "standaardafwijking" not in body
    assert "Sfeer &lt;!channel&gt;" in body and "<!channel>" not in body
    assert "De casussen" in body and "Het tempo" in body and "Meer tijd" in body
    assert ANN not in body and BOB not in body and CAR not in body
    assert validate_blocks(released.json["blocks"]) == []


def _earlier_evaluated_session(stack, relevance: int, status=PollStatus.CLOSED) -> None:
    meeting_id = past_session(stack, hours_ago=24 * 30)
    scales = {**{k: 3 for k in SCALES}, "relevance": relevance}
    with stack.bot.db.session() as session:
        poll = EvaluationPoll(team_id="T0TWIN", meeting_id=meeting_id, status=status,
                              closes_at=datetime.now(UTC) - timedelta(days=20))
        session.add(poll)
        session.flush()
        for _ in range(3):
            session.add(EvaluationAnswer(poll_id=poll.id, **scales))


def test_the_close_refuses_late_answers_and_sends_the_summary_with_the_trend(stack):
    setup_network(stack)
    _car(stack)
    stack.twin.add_user(DAN, "dan", real_name="Dan De Smet")
    add_member(stack, DAN)
    _earlier_evaluated_session(stack, relevance=3)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    for user in (ANN, BOB, CAR):
        answer(stack, user, keep=f"behouden door {user[1:4]}")
    late_view = open_from_dm(stack, DAN, "evaluation_open")

    _later(stack)
    run(stack, DeliveryKind.EVALUATION_CLOSE, meeting_id)
    closed = poll_of(stack, meeting_id)
    assert closed.status == PollStatus.CLOSED and closed.summary_sent_at is not None

    (summary,) = [m for m in dms(stack, FACILITATOR) if "gesloten" in m["text"]]
    assert summary["text"] == "De evaluatie van Zorg &amp; Welzijn Gent is gesloten: de resultaten."
    body = json.dumps(summary["blocks"], ensure_ascii=False)
    assert "*Respons:* 3 van 5 (60%)" in body
    assert "*Relevantie van de inhoud*: gemiddeld 4.0" in body
    assert "↑ +1.0 t.o.v. vorige (3.0)" in body
    assert "*Begeleiding*: gemiddeld 3.0" in body and "→ +0.0 t.o.v. vorige (3.0)" in body
    assert "vergeleken met 1 eerdere" in body
    assert "behouden door ANN" in body and "behouden door BOB" in body
    assert validate_blocks(summary["blocks"]) == []
    assert not [m for m in dms(stack, ANN) if "closed" in m["text"]]  # facilitators only

    # An answer after closing is refused, and nothing changes.
    before = stored_answers(stack, meeting_id)
    refused = answer(stack, DAN, late_view)
    assert "Deze evaluatie is gesloten" in shown(refused)
    assert stored_answers(stack, meeting_id) == before
    assert DAN not in {s.user_id for s in rows(stack, EvaluationSubmission)}

    # Closing twice does nothing the second time.
    run(stack, DeliveryKind.EVALUATION_CLOSE, meeting_id, ":twice")
    assert len([m for m in dms(stack, FACILITATOR) if "gesloten" in m["text"]]) == 1


def test_the_trend_leaves_out_a_poll_still_open(stack):
    setup_network(stack)
    _car(stack)
    _earlier_evaluated_session(stack, relevance=1, status=PollStatus.OPEN)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    for user in (ANN, BOB, CAR):
        answer(stack, user)
    close_poll(stack, meeting_id)
    (summary,) = [m for m in dms(stack, FACILITATOR) if "gesloten" in m["text"]]
    body = json.dumps(summary["blocks"], ensure_ascii=False)
    assert "eerste evaluatie" in body and "t.o.v. vorige" not in body


def test_a_close_due_before_the_poll_runs_out_waits_for_it(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    run(stack, DeliveryKind.EVALUATION_CLOSE, meeting_id)  # the poll still has a week to go
    assert poll(stack).status == PollStatus.OPEN
    (later,) = [d for d in deliveries(stack) if d.kind == DeliveryKind.EVALUATION_CLOSE
                and d.status == DeliveryStatus.PENDING]
    assert later.run_at == poll(stack).closes_at
    assert not [m for m in dms(stack, FACILITATOR) if "gesloten" in m["text"]]


# --- /leernet evaluatie ------------------------------------------------------------------------

def test_evaluatie_for_a_facilitator_sends_the_poll_then_shows_its_results(stack):
    setup_network(stack)
    nothing = stack.driver.command(FACILITATOR, "evaluatie", CHANNEL)
    assert "Er is nog geen bijeenkomst begonnen" in nothing.body

    meeting_id = past_session(stack, hours_ago=1)  # still going: the scheduled poll is later
    sent = stack.driver.command(FACILITATOR, "evaluate", CHANNEL)
    assert "De evaluatie gaat nu naar 3 deelnemers" in sent.body
    eventually(lambda: all(len(_invitations(stack, u)) == 1 for u in (FACILITATOR, ANN, BOB)))
    created = poll(stack)
    assert created.meeting_id == meeting_id
    closes = [d for d in deliveries(stack) if d.kind == DeliveryKind.EVALUATION_CLOSE]
    assert [d.run_at for d in closes] == [created.closes_at]

    shown_now = stack.driver.command(FACILITATOR, "evaluatie", CHANNEL)
    assert "*Respons tot nu:* 0 van 3" in shown(shown_now)
    assert all(len(_invitations(stack, u)) == 1 for u in (FACILITATOR, ANN, BOB))


def test_evaluatie_for_a_participant_opens_the_modal_or_says_why_not(stack):
    setup_network(stack)
    meeting_id = past_session(stack, hours_ago=2.5)  # ended 30 minutes ago; the poll opens
    not_yet = stack.driver.command(BOB, "evaluatie", CHANNEL)  # an hour after the end
    assert "De evaluatie van de bijeenkomst van" in not_yet.body and "opent op" in not_yet.body

    run(stack, DeliveryKind.EVALUATION, meeting_id)
    before = len(stack.twin.calls_to("views.open"))
    response = stack.driver.command(BOB, "evaluatie", CHANNEL)
    assert response.status == 200 and response.body == ""
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    assert view["callback_id"] == "evaluation_answer"
    with stack.bot.db.session() as session:  # what the Home tab can list
        waiting = evaluations.open_for_user(session, "T0TWIN", BOB, datetime.now(UTC))
    assert [m.id for _, m, _ in waiting] == [meeting_id]
    answer(stack, BOB, view)
    with stack.bot.db.session() as session:
        assert evaluations.open_for_user(session, "T0TWIN", BOB, datetime.now(UTC)) == []
    done = stack.driver.command(BOB, "evaluatie", CHANNEL)
    assert "Je hebt deze evaluatie al ingevuld" in done.body

    outsider = stack.driver.command(CAR, "evaluatie", CHANNEL)
    assert "lid" in outsider.body or "member" in outsider.body


# --- named evaluations -----------------------------------------------------------------------

def test_a_facilitator_switches_to_named_evaluations_for_polls_opened_afterwards(stack):
    setup_network(stack)
    _car(stack)
    open_meeting = past_session(stack, hours_ago=30)
    run(stack, DeliveryKind.EVALUATION, open_meeting)  # anonymous, and stays so

    refused = stack.driver.command(BOB, "evaluatie met-naam", CHANNEL)
    assert "Alleen een facilitator" in refused.body
    assert network(stack).evaluation_named is False

    switched = answered_later(stack, FACILITATOR, "evaluatie met-naam")
    assert "aangekondigd in het kanaal" in switched
    assert network(stack).evaluation_named is True
    (announcement,) = [m for m in stack.twin.messages(CHANNEL) if "met naam" in m["text"]]
    assert "Vanaf nu evalueert *Zorg &amp; Welzijn Gent* met naam" in announcement["text"]
    again = stack.driver.command(FACILITATOR, "evaluate named", CHANNEL)
    assert "evalueert al met naam" in again.body

    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    assert poll_of(stack, meeting_id).named and not poll_of(stack, open_meeting).named
    view = open_from_dm(stack, ANN, "evaluation_open")
    assert "facilitators see who answered what" in json.dumps(view["blocks"])
    answer(stack, ANN, view, keep="Named keep")
    answer(stack, BOB, open_from_dm(stack, BOB, "evaluation_open"), keep="Bob keeps")
    answer(stack, FACILITATOR, open_from_dm(stack, FACILITATOR, "evaluation_open"))
    answer(stack, CAR, open_from_dm(stack, CAR, "evaluation_open"))
    assert {e.get("user_id") for e in stored_answers(stack, meeting_id)} == {
        ANN, BOB, FACILITATOR, CAR}
    close_poll(stack, meeting_id)  # results come at the close, named or not
    body = shown(stack.driver.command(FACILITATOR, "evaluatie", CHANNEL))
    assert f"<@{ANN}>: Named keep" in body and "Met naam" in body

    back = answered_later(stack, FACILITATOR, "evaluatie anoniem")
    assert "aangekondigd" in back and network(stack).evaluation_named is False
    assert any("evalueert *Zorg &amp; Welzijn Gent* anoniem" in m["text"]
               for m in stack.twin.messages(CHANNEL))
    usage = stack.driver.command(FACILITATOR, "evaluatie kwak", CHANNEL)
    assert "/leernet evaluatie met-naam" in usage.body


def test_a_switch_the_channel_cannot_be_told_of_is_taken_back(stack):
    setup_network(stack)
    stack.twin.fail_next("chat.postMessage", "not_in_channel")
    refused = answered_later(stack, FACILITATOR, "evaluatie met-naam")
    assert "not_in_channel" in refused and "blijft anoniem evalueren" in refused
    assert network(stack).evaluation_named is False
    assert not [m for m in stack.twin.messages(CHANNEL) if "met naam" in m["text"]]

    # Polls opened afterwards stay anonymous; once the bot may post, the switch works.
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    assert poll_of(stack, meeting_id).named is False
    assert "aangekondigd" in answered_later(stack, FACILITATOR, "evaluatie met-naam")
    assert network(stack).evaluation_named is True

    # Back to anonymous is taken back the same way: the group must know how it evaluates.
    stack.twin.fail_next("chat.postMessage", "channel_not_found")
    refused = answered_later(stack, FACILITATOR, "evaluatie anoniem")
    assert "channel_not_found" in refused and "blijft met naam evalueren" in refused
    assert network(stack).evaluation_named is True
