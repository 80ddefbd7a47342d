"""Only active members answer anything, written as the audit's attack (issue 10): a removed
member keeps the buttons and forms that reached them (Home, DMs, an open modal) and uses them
afterwards. Each is refused with a clear message and nothing is stored. And `/leernet leden`
shows the pending join requests, with their organisation, to facilitators only."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from storage.models import (
    AgendaContribution,
    AgreementAck,
    ApplyCommitment,
    DeliveryKind,
    KickoffResponse,
    Membership,
    PollVote,
    Rsvp,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.evaluations.helpers import answer, open_from_dm, past_session, run, setup_network
from tests.slack_helpers import (
    add_member,
    create_network,
    eventually,
    local_date_time,
    open_modal,
    plan_values,
    rows,
)

NO_LONGER = "Je bent geen lid meer van *Zorg &amp; Welzijn Gent*"
NO_LONGER_PLAIN = "Je bent geen lid meer van Zorg & Welzijn Gent"  # a field error is plain text


def _published_for(stack, user: str, fragment: str) -> dict:
    call = stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == user
                               and fragment in json.dumps(c.args["view"]))[-1]
    return call.args["view"]


def _end(stack, user: str, how: str) -> None:
    """`user` leaves, or a facilitator removes them."""
    if how == "leaves":
        reply = stack.driver.command(user, "verlaten", CHANNEL)
        stack.driver.click(user, "member_leave", message=reply.json, channel_id=CHANNEL)
        stack.twin.wait_for("response_url", lambda c: "verlaten." in c.args["text"])
    else:
        reply = stack.driver.command(FACILITATOR, f"verwijderen <@{user}|x>", CHANNEL)
        stack.driver.click(FACILITATOR, "member_remove", message=reply.json, channel_id=CHANNEL)
        stack.twin.wait_for("response_url", lambda c: "verwijderd" in c.args["text"])


def _refused_on_home(stack, user: str, action_id: str, home: dict) -> None:
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(user, action_id, view=home)
    notice = stack.twin.wait_for("views.open", count=before + 1)[-1]
    assert NO_LONGER in json.dumps(notice.args["view"]), action_id


def _mine(stack, model, user: str) -> list:
    return [r for r in rows(stack, model) if r.user_id == user]


@pytest.mark.parametrize("how", ["removed", "leaves"])
def test_a_former_member_cannot_answer_with_what_reached_them_before(stack, how):
    create_network(stack)
    add_member(stack, BOB)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, open_modal(stack, FACILITATOR, "plan"),
                                    plan_values(starts_at)).body == ""
    stack.driver.command(FACILITATOR, "kickoff", CHANNEL)
    stack.driver.submit_view(FACILITATOR, open_modal(stack, FACILITATOR, "afspraken"),
                             {"text": "We starten op tijd."})
    closes = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    day, clock = local_date_time(closes)
    stack.driver.submit_view(FACILITATOR, open_modal(stack, FACILITATOR, "stemming"),
                             {"question": "Welke leervorm?", "options": "Intervisie\nBezoek",
                              "closes_date": day, "closes_time": clock})
    home = _published_for(stack, BOB, "Welke leervorm?")
    for action_id in ("rsvp_yes", "agreement_ack", "poll_vote_1", "kickoff_open"):
        assert action_id in json.dumps(home)
    # Forms opened while still a member, submitted afterwards.
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(BOB, "kickoff_open", view=home)
    questionnaire = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    agenda = open_modal(stack, BOB, "agenda")

    _end(stack, BOB, how)

    for action_id in ("rsvp_yes", "agreement_ack", "poll_vote_1", "kickoff_open",
                      "agenda_open"):
        _refused_on_home(stack, BOB, action_id, home)
    submitted = stack.driver.submit_view(BOB, questionnaire, {"organisation": "AZ Sint-Jan"})
    assert submitted.json["response_action"] == "errors"
    assert NO_LONGER_PLAIN in submitted.json["errors"]["organisation"]
    submitted = stack.driver.submit_view(BOB, agenda, {"kind": "item", "text": "Regelgeving"})
    assert NO_LONGER_PLAIN in json.dumps(submitted.json)
    for model in (Rsvp, AgreementAck, PollVote, KickoffResponse, AgendaContribution):
        assert _mine(stack, model, BOB) == [], model


def test_a_removed_member_cannot_answer_the_apply_at_work_followup(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    by = (datetime.now(UTC) + timedelta(days=20)).date().isoformat()
    answer(stack, ANN, apply_text="SBAR bij de overdracht", apply_by=by)
    run(stack, DeliveryKind.APPLY_FOLLOWUP, meeting_id)
    followup = open_from_dm(stack, ANN, "apply_open")

    _end(stack, ANN, "removed")

    submitted = stack.driver.submit_view(ANN, followup, {"outcome": "yes", "result": "Goed"})
    assert submitted.json["response_action"] == "update"  # a notice: nothing to correct
    assert "no longer a member of *Zorg &amp; Welzijn Gent*" in json.dumps(submitted.json)
    before = len(stack.twin.calls_to("views.open"))
    dm = stack.twin.dm_channel(ANN)
    question = [m for m in stack.twin.messages(dm) if "apply_open" in json.dumps(m)][-1]
    stack.driver.click(ANN, "apply_open", message=question, channel_id=dm)
    refusal = stack.twin.wait_for("response_url", lambda c: "no longer" in c.args["text"])
    assert refusal and len(stack.twin.calls_to("views.open")) == before
    (commitment,) = rows(stack, ApplyCommitment)
    assert commitment.outcome is None and commitment.result in (None, "")


# --- who sees join requests ---------------------------------------------------------------------

def test_pending_join_requests_are_shown_to_facilitators_only(stack):
    create_network(stack)
    add_member(stack, ANN)
    stack.twin.add_user("UCARL001", "carl")
    view = open_modal(stack, "UCARL001", "join")
    stack.driver.submit_view("UCARL001", view, {"organisation": "Concurrent NV"})
    eventually(lambda: any(m.user_id == "UCARL001" for m in rows(stack, Membership)))

    facilitator = json.dumps(stack.driver.command(FACILITATOR, "leden", CHANNEL).json)
    assert "<@UCARL001>" in facilitator and "Concurrent NV" in facilitator
    participant = json.dumps(stack.driver.command(ANN, "leden", CHANNEL).json)
    assert f"<@{ANN}>" in participant and f"<@{FACILITATOR}>" in participant
    assert "UCARL001" not in participant and "Concurrent NV" not in participant
    assert "Aanvragen" not in participant and "requests" not in participant.lower()


def test_the_refusal_reads_in_english_for_an_english_reader(stack):
    create_network(stack)
    add_member(stack, ANN)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    stack.driver.submit_view(FACILITATOR, open_modal(stack, FACILITATOR, "plan"),
                             plan_values(starts_at))
    home = _published_for(stack, ANN, "rsvp_yes")
    _end(stack, ANN, "removed")
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(ANN, "rsvp_yes", view=home)
    notice = stack.twin.wait_for("views.open", count=before + 1)[-1]
    assert "You are no longer a member of *Zorg &amp; Welzijn Gent*" in json.dumps(
        notice.args["view"])
    with stack.bot.db.session() as session:
        assert session.exec(select(Rsvp)).all() == []
