"""`/leernet afsluiten`: only facilitators, after a confirmation; planning refused after; the
reminders of sessions still to come cancelled; `afsluiten annuleren` undoes it."""

from datetime import UTC, datetime, timedelta

from handlers.slack import ids
from storage.models import Delivery, DeliveryKind, DeliveryStatus, Meeting, MeetingStatus, Network
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    add_member,
    create_network,
    deliveries,
    open_modal,
    plan_values,
    rows,
)


def _plan(stack, days: int) -> None:
    starts_at = (datetime.now(UTC) + timedelta(days=days)).replace(second=0, microsecond=0)
    response = stack.driver.submit_view(FACILITATOR, open_modal(stack, FACILITATOR, "plan"),
                                        plan_values(starts_at))
    assert response.body == ""


def _close(stack, user: str = FACILITATOR) -> str:
    """Ask, click the confirmed button; return what replaced the question."""
    question = stack.driver.command(user, "afsluiten", CHANNEL)
    assert "Wil je de eindfase van *Zorg &amp; Welzijn Gent* starten?" in question.body
    (button,) = [e for b in question.json["blocks"] if b["type"] == "actions"
                 for e in b["elements"]]
    assert button["action_id"] == ids.CLOSE_CONFIRM and button["confirm"]["style"] == "danger"
    stack.driver.click(user, ids.CLOSE_CONFIRM, message=question.json, channel_id=CHANNEL)
    done = stack.twin.wait_for("response_url", lambda c: "eindfase" in c.args["text"])[-1]
    assert done.args["replace_original"] is True
    return done.args["text"]


def _network(stack) -> Network:
    (network,) = rows(stack, Network)
    return network


def test_a_participant_may_not_close_the_network(stack):
    create_network(stack)
    add_member(stack, BOB)
    answer = stack.driver.command(BOB, "afsluiten", CHANNEL)
    assert "facilitator" in answer.body and ids.CLOSE_CONFIRM not in answer.body
    assert _network(stack).closing_started_at is None


def test_closing_cancels_sessions_to_come_with_their_reminders_and_refuses_planning(stack):
    create_network(stack)
    add_member(stack, ANN)
    _plan(stack, 20)
    _plan(stack, 40)
    pending = [d for d in deliveries(stack) if d.kind == DeliveryKind.REMINDER]
    assert pending and all(d.status == DeliveryStatus.PENDING for d in pending)

    done = _close(stack)
    assert "Bijeenkomsten 1, 2 zijn geannuleerd, met hun herinneringen." in done
    assert all(m.status == MeetingStatus.CANCELLED for m in rows(stack, Meeting))
    assert not [d for d in rows(stack, Delivery) if d.kind == DeliveryKind.REMINDER
                and d.status == DeliveryStatus.PENDING]
    network = _network(stack)
    assert network.closing_started_at is not None
    assert network.final_evaluation_closes_at - network.closing_started_at == timedelta(days=14)
    stack.twin.wait_for("chat.postMessage", lambda c: c.args.get("channel") == CHANNEL
                        and "eindfase" in c.args.get("text", ""))

    refused = stack.driver.command(FACILITATOR, "plan", CHANNEL)
    assert refused.status == 200
    stack.twin.wait_for("response_url", lambda c: "geen bijeenkomsten meer gepland"
                        in c.args["text"])
    again = stack.driver.command(FACILITATOR, "afsluiten", CHANNEL)
    assert "al gestart" in again.body


def test_close_cancel_undoes_the_phase_but_cancelled_sessions_stay_cancelled(stack):
    create_network(stack)
    _plan(stack, 20)
    _close(stack)
    undone = stack.driver.command(FACILITATOR, "afsluiten annuleren", CHANNEL)
    assert "teruggedraaid" in undone.body and "blijft geannuleerd" in undone.body
    assert _network(stack).closing_started_at is None
    assert [m.status for m in rows(stack, Meeting)] == [MeetingStatus.CANCELLED]
    _plan(stack, 30)
    assert len(rows(stack, Meeting)) == 2
    nothing = stack.driver.command(FACILITATOR, "close cancel", CHANNEL)
    assert "niets terug te draaien" in nothing.body
