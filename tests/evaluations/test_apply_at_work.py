"""Apply at work: the follow-up reaches only those who said what they would apply, its answer
reaches the facilitators without a name (with it in a named network), once, and obstacles are
there for the next agenda."""

import json
from datetime import UTC, datetime, timedelta

from bot.domain import apply_at_work
from slack_twin import validate_blocks
from storage.models import ApplyCommitment, ApplyOutcome, DeliveryKind
from tests.conftest import ANN, BOB, FACILITATOR
from tests.evaluations.helpers import (
    answer,
    answered_later,
    buttons,
    dms,
    network,
    open_from_dm,
    past_session,
    rows,
    run,
    setup_network,
    shown,
    with_button,
)
from tests.slack_helpers import eventually, open_modal


def _committed_session(stack) -> int:
    """A session after which Ann says what she will apply, and Bob answers without."""
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    by = (datetime.now(UTC) + timedelta(days=20)).date().isoformat()
    answer(stack, ANN, apply_text="Use the <b>SBAR</b> handover", apply_by=by)
    answer(stack, BOB)
    return meeting_id


def _reports(stack) -> list[dict]:
    return [m for m in dms(stack, FACILITATOR) if "toepassen op het werk" in m["text"]]


def _answer_followup(stack, user: str, **values):
    view = open_from_dm(stack, user, "apply_open")
    response = stack.driver.submit_view(user, view, values)
    assert response.status == 200, response.body
    return response


def test_the_followup_goes_only_to_those_who_committed(stack):
    setup_network(stack)
    meeting_id = _committed_session(stack)
    (row,) = rows(stack, ApplyCommitment)
    assert (row.user_id, row.text, row.outcome) == (ANN, "Use the <b>SBAR</b> handover", None)
    assert row.by_date is not None

    run(stack, DeliveryKind.APPLY_FOLLOWUP, meeting_id)
    (question,) = with_button(stack, ANN, "apply_open")
    assert question["text"].startswith("Zorg &amp; Welzijn Gent: did you apply what you planned")
    body = json.dumps(question["blocks"])
    assert "Use the &lt;b&gt;SBAR&lt;/b&gt; handover" in body and "You planned it by" in body
    assert buttons(question) == ["apply_open"]
    assert validate_blocks(question["blocks"]) == []
    assert with_button(stack, BOB, "apply_open") == []
    assert with_button(stack, FACILITATOR, "apply_open") == []

    # A second run (a rescheduled session's follow-up) asks nobody twice.
    run(stack, DeliveryKind.APPLY_FOLLOWUP, meeting_id, ":again")
    assert len(with_button(stack, ANN, "apply_open")) == 1


def test_the_answer_reaches_facilitators_without_a_name_once(stack):
    setup_network(stack)
    meeting_id = _committed_session(stack)
    run(stack, DeliveryKind.APPLY_FOLLOWUP, meeting_id)
    with stack.bot.db.session() as session:  # what the Home tab can list
        assert [r.user_id for r in apply_at_work.pending_for_user(session, "T0TWIN", ANN)] == [
            ANN]
        assert apply_at_work.pending_for_user(session, "T0TWIN", BOB) == []

    missing = _answer_followup(stack, ANN, result="Betere overdracht")
    assert missing.json["response_action"] == "errors"
    assert set(missing.json["errors"]) == {"outcome"}
    assert rows(stack, ApplyCommitment)[0].outcome is None

    view = open_from_dm(stack, ANN, "apply_open")
    assert "Facilitators get your answer without your name" in json.dumps(view["blocks"])
    done = stack.driver.submit_view(ANN, view, {"outcome": "partly",
                                                "result": "Shorter handovers",
                                                "obstacle": "No time <!here> on night shifts"})
    assert done.json["response_action"] == "update" and "Thank you!" in shown(done)
    (row,) = rows(stack, ApplyCommitment)
    assert (row.outcome, row.result) == (ApplyOutcome.PARTLY, "Shorter handovers")
    assert row.answered_at is not None

    eventually(lambda: _reports(stack))  # sent after the modal's acknowledgement
    (report,) = _reports(stack)
    body = json.dumps(report["blocks"], ensure_ascii=False)
    assert "Een deelnemer over de bijeenkomst van *Zorg &amp; Welzijn Gent*" in body
    assert "*Toegepast:* Gedeeltelijk" in body and "Shorter handovers" in body
    assert "No time &lt;!here&gt; on night shifts" in body and "<!here>" not in body
    assert ANN not in body and ANN not in report["text"]
    assert validate_blocks(report["blocks"]) == []

    again = stack.driver.submit_view(ANN, view, {"outcome": "no"})
    assert "You have already answered this question" in shown(again)
    assert rows(stack, ApplyCommitment)[0].outcome == ApplyOutcome.PARTLY
    assert len(_reports(stack)) == 1

    with stack.bot.db.session() as session:
        obstacles = apply_at_work.open_obstacles(session, network(stack).id)
        assert apply_at_work.pending_for_user(session, "T0TWIN", ANN) == []
    assert obstacles == ["No time <!here> on night shifts"]  # the caller escapes

    # The obstacle feeds the next agenda: the plan modal offers it as a topic.
    plan = open_modal(stack, FACILITATOR, "plan")
    topics = next(b for b in plan["blocks"] if b.get("block_id") == "topics")
    labels = [o["text"]["text"] for o in topics["element"]["options"]]
    assert labels[0] == "No time <!here> on night shifts"


def test_in_a_named_network_the_facilitators_see_the_name(stack):
    setup_network(stack)
    switched = answered_later(stack, FACILITATOR, "evaluatie met-naam")
    assert "aangekondigd" in switched
    meeting_id = _committed_session(stack)
    run(stack, DeliveryKind.APPLY_FOLLOWUP, meeting_id)
    view = open_from_dm(stack, ANN, "apply_open")
    assert "with your name" in json.dumps(view["blocks"])
    stack.driver.submit_view(ANN, view, {"outcome": "yes"})
    eventually(lambda: _reports(stack))  # sent after the modal's acknowledgement
    (report,) = _reports(stack)
    body = json.dumps(report["blocks"], ensure_ascii=False)
    assert f"<@{ANN}> over de bijeenkomst" in body and "*Toegepast:* Ja" in body
    assert "Een deelnemer" not in body


def test_only_the_person_who_committed_can_answer(stack):
    setup_network(stack)
    meeting_id = _committed_session(stack)
    run(stack, DeliveryKind.APPLY_FOLLOWUP, meeting_id)
    question = with_button(stack, ANN, "apply_open")[0]
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(BOB, "apply_open", message=question, channel_id=stack.twin.dm_channel(BOB))
    reply = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "Deze vraag is niet (meer) voor jou" in reply
    assert rows(stack, ApplyCommitment)[0].outcome is None
