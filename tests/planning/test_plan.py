"""`/leernet plan`: facilitator-only modal, field errors, the stored session and its reminders."""

from datetime import UTC, datetime, timedelta

from storage.models import Meeting
from tests.conftest import BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    add_member,
    create_network,
    deliveries,
    open_modal,
    plan_values,
    rows,
)


def test_a_facilitator_plans_a_session_and_its_reminders_are_scheduled(stack):
    create_network(stack)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    view = open_modal(stack, FACILITATOR, "plan")
    assert view["title"]["text"] == "Bijeenkomst plannen"
    response = stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at))
    assert response.status == 200 and response.body == ""

    (meeting,) = rows(stack, Meeting)
    assert meeting.starts_at == starts_at and meeting.duration_minutes == 120
    assert meeting.location == "Stadhuis Gent" and meeting.learning_form == "intervision"
    ends_at = starts_at + timedelta(hours=2)
    planned = sorted(deliveries(stack), key=lambda d: d.run_at)
    assert [(d.kind, d.run_at, d.status) for d in planned] == [
        ("reminder", starts_at - timedelta(days=7), "pending"),
        ("reminder", starts_at - timedelta(days=1), "pending"),
        ("evaluation", ends_at + timedelta(hours=1), "pending"),
        ("report_reminder", ends_at + timedelta(days=3), "pending"),
        ("eval_reminder", ends_at + timedelta(days=3, hours=1), "pending"),
        ("eval_close", ends_at + timedelta(days=7, hours=1), "pending"),
        ("apply_followup", ends_at + timedelta(days=28), "pending"),
    ]
    announcement = stack.twin.wait_for(
        "chat.postMessage", lambda c: "Nieuwe bijeenkomst" in c.args.get("text", ""))[0]
    assert announcement.args["channel"] == CHANNEL


def test_a_reminder_already_in_the_past_is_not_scheduled(stack):
    create_network(stack)
    starts_at = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    view = open_modal(stack, FACILITATOR, "plan")
    stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at))
    reminders = [d.run_at for d in deliveries(stack) if d.kind == "reminder"]
    assert reminders == [starts_at - timedelta(days=1)]


def test_a_moment_in_the_past_is_a_field_error_and_stores_nothing(stack):
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    yesterday = datetime.now(UTC) - timedelta(days=1)
    response = stack.driver.submit_view(FACILITATOR, view, plan_values(yesterday))
    assert response.json == {"response_action": "errors",
                             "errors": {"date": "Dit tijdstip ligt in het verleden."}}
    assert rows(stack, Meeting) == [] and deliveries(stack) == []


def test_a_zero_duration_is_a_field_error(stack):
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    soon = datetime.now(UTC) + timedelta(days=5)
    response = stack.driver.submit_view(FACILITATOR, view, plan_values(soon, duration="0"))
    assert set(response.json["errors"]) == {"duration"}
    assert rows(stack, Meeting) == []


def test_a_participant_who_is_not_facilitator_is_refused(stack):
    create_network(stack)
    add_member(stack, BOB)
    response = stack.driver.command(BOB, "plan", CHANNEL)
    assert response.status == 200
    assert response.body == ""  # the ack comes first (P1); the refusal follows by response_url
    answer = stack.twin.wait_for("response_url")[0]
    assert "Alleen een facilitator van *Zorg &amp; Welzijn Gent*" in answer.args["text"]
    assert answer.args["response_type"] == "ephemeral"
    assert len(stack.twin.calls_to("views.open")) == 1  # only the network modal


def test_plan_without_a_network_says_how_to_start_one(stack):
    assert stack.driver.command(FACILITATOR, "plan", CHANNEL).status == 200
    assert "/leernet nieuw" in stack.twin.wait_for("response_url")[0].args["text"]
    assert stack.twin.calls_to("views.open") == []
