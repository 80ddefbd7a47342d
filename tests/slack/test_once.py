"""Requests handled once: a modal submitted twice or replayed (same view id and hash) and an
event Slack retries (same event_id) change nothing the second time; a submission sent back
with field errors can be corrected and submitted again."""

import threading
from datetime import UTC, datetime, timedelta

from handlers.slack import ids
from storage.models import AgendaContribution, HandledRequest, Meeting, Poll
from tests.conftest import BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    add_member,
    create_network,
    deliveries,
    eventually,
    local_date_time,
    open_modal,
    plan_values,
    rows,
)


def _announcements(stack) -> list:
    return [c for c in stack.twin.calls_to("chat.postMessage")
            if "Nieuwe bijeenkomst" in c.args.get("text", "")]


def _starts_at() -> datetime:
    return (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)


def _already(response) -> str:
    assert response.status == 200, response.body
    assert response.json and response.json["response_action"] == "update", response.body
    return str(response.json["view"]["blocks"])


def test_a_plan_submitted_twice_makes_one_session_and_one_announcement(stack):
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    first = stack.driver.submit_view(FACILITATOR, view, plan_values(_starts_at()))
    assert first.status == 200 and first.body == ""
    stack.twin.wait_for("chat.postMessage", lambda c: "Nieuwe bijeenkomst" in c.args["text"])
    again = stack.driver.submit_view(FACILITATOR, view, plan_values(_starts_at()))

    assert "kwam al binnen" in _already(again)
    assert len(rows(stack, Meeting)) == 1
    assert len([d for d in deliveries(stack) if d.kind == "reminder"]) == 2
    assert len(_announcements(stack)) == 1


def test_a_plan_double_clicked_at_once_makes_one_session(stack):
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    answers = []

    def submit() -> None:
        answers.append(stack.driver.submit_view(FACILITATOR, view, plan_values(_starts_at())))

    threads = [threading.Thread(target=submit) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(a.status for a in answers) == [200, 200, 200]
    assert sorted(a.body == "" for a in answers) == [False, False, True]
    eventually(lambda: len(_announcements(stack)) == 1)
    assert len(rows(stack, Meeting)) == 1


def _recorded(stack, submit):
    """Send a request through the driver; return its answer and the signed body and headers
    that went over the wire (to send them again byte for byte, as a replay or as Slack does
    when the person submits once more after a late acknowledgement)."""
    captured: list[tuple[bytes, dict[str, str]]] = []
    real_post = stack.driver._post

    def recording(body: bytes, headers: dict[str, str]):
        captured.append((body, headers))
        return real_post(body, headers)

    stack.driver._post = recording
    try:
        response = submit()
    finally:
        stack.driver._post = real_post
    return response, captured[-1]


def test_a_vote_submitted_twice_makes_one_poll(stack):
    create_network(stack)
    closes = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    day, clock = local_date_time(closes)
    values = {"question": "Welke leervorm?", "options": "Intervisie\nBezoek",
              "closes_date": day, "closes_time": clock}
    view = open_modal(stack, FACILITATOR, "stemming")
    first, (body, headers) = _recorded(
        stack, lambda: stack.driver.submit_view(FACILITATOR, view, values))
    assert first.json["response_action"] == "update"
    eventually(lambda: len(rows(stack, Poll)) == 1)
    again = stack.driver._post(body, headers)

    assert "kwam al binnen" in _already(again)
    eventually(lambda: len(stack.twin.calls_to("views.update")) >= 1)
    assert len(rows(stack, Poll)) == 1
    assert len([m for m in stack.twin.messages(CHANNEL) if "Welke leervorm?" in str(m)]) == 1


def test_the_same_signed_agenda_submission_replayed_three_times_stores_one_item(stack):
    create_network(stack)
    add_member(stack, BOB)
    view = open_modal(stack, FACILITATOR, "plan")
    stack.driver.submit_view(FACILITATOR, view, plan_values(_starts_at()))
    agenda = open_modal(stack, BOB, "agenda")
    first, (body, headers) = _recorded(stack, lambda: stack.driver.submit_view(
        BOB, agenda, {"kind": "case", "title": "Weigering", "text": "Cliënt weigert"}))
    assert "bijeenkomst 1" in str(first.json["view"]["blocks"])
    replays = [stack.driver._post(body, headers) for _ in range(3)]  # byte for byte, signed

    assert [r.status for r in replays] == [200, 200, 200]
    assert all("kwam al binnen" in _already(r) for r in replays)
    assert len(rows(stack, AgendaContribution)) == 1


def test_a_submission_sent_back_with_a_field_error_is_stored_once_corrected(stack):
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    yesterday = datetime.now(UTC) - timedelta(days=1)
    refused = stack.driver.submit_view(FACILITATOR, view, plan_values(yesterday))
    assert refused.json["response_action"] == "errors"
    key = f"view:{view['id']}:{view['hash']}"
    assert [r for r in rows(stack, HandledRequest) if r.key == key] == []

    corrected = stack.driver.submit_view(FACILITATOR, view, plan_values(_starts_at()))
    assert corrected.status == 200 and corrected.body == ""
    again = stack.driver.submit_view(FACILITATOR, view, plan_values(_starts_at()))
    assert "kwam al binnen" in _already(again)
    assert len(rows(stack, Meeting)) == 1
    (handled,) = [r for r in rows(stack, HandledRequest) if r.key == key]
    assert handled.team_id == "T0TWIN"


def test_an_event_retried_by_slack_is_handled_once(stack):
    def publishes() -> int:
        return len([c for c in stack.twin.calls_to("views.publish")
                    if c.args["user_id"] == BOB])

    event = {"type": "app_home_opened", "user": BOB, "tab": "home", "channel": "D0000009"}
    assert stack.driver.event(event, event_id="Ev0ONCE01").status == 200
    eventually(lambda: publishes() == 1)
    for retry in (1, 2, 3):
        assert stack.driver.event(event, event_id="Ev0ONCE01", retry_num=retry).status == 200
    assert stack.driver.event(event, event_id="Ev0OTHER1").status == 200  # a new one counts
    eventually(lambda: publishes() == 2)
    eventually(lambda: len(rows(stack, HandledRequest)) == 2)
    assert publishes() == 2


def test_a_submission_without_a_view_id_is_handled_and_not_remembered(stack):
    """A submission without a view id (no real Slack view) is not remembered, so it cannot
    block anything."""
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    anonymous = {k: v for k, v in view.items() if k not in ("id", "hash")}
    assert anonymous["callback_id"] == ids.PLAN_MODAL
    before = rows(stack, HandledRequest)
    response = stack.driver.submit_view(FACILITATOR, anonymous, plan_values(_starts_at()))
    assert response.status == 200 and len(rows(stack, Meeting)) == 1
    assert rows(stack, HandledRequest) == before
