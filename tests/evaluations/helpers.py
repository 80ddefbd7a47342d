"""Steps shared by the evaluation and apply-at-work tests: a session that took place, its
deliveries run on demand, answers given through the DM button and the modal."""

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    EvaluationAnswer,
    EvaluationPoll,
    Meeting,
    Membership,
    Network,
)
from tests.conftest import ANN, BOB, CHANNEL
from tests.slack_helpers import add_member, create_network

SCALES = {"relevance": "4", "learning": "5", "facilitation": "3", "atmosphere": "4"}


def rows(stack, model) -> list:
    with stack.bot.db.session() as session:
        return list(session.exec(select(model)).all())


def network(stack) -> Network:
    (found,) = rows(stack, Network)
    return found


def setup_network(stack) -> None:
    create_network(stack)
    add_member(stack, ANN)
    add_member(stack, BOB)


def past_session(stack, hours_ago: float = 3) -> int:
    """A session that started `hours_ago` and lasted two hours (planning refuses the past)."""
    with stack.bot.db.session() as session:
        found = session.exec(select(Network)).one()
        meeting = Meeting(team_id=found.team_id, network_id=found.id,
                          starts_at=datetime.now(UTC) - timedelta(hours=hours_ago),
                          duration_minutes=120, location="Gent", learning_form="intervision",
                          created_by=found.created_by)
        session.add(meeting)
        # Its members had joined before it (someone who joined later was not there).
        for member in session.exec(select(Membership).where(
                Membership.network_id == found.id)).all():
            member.joined_at = meeting.starts_at - timedelta(days=1)
            session.add(member)
        session.flush()
        return meeting.id


def run(stack, kind: DeliveryKind, meeting_id: int, suffix: str = "") -> int:
    """Queue one delivery of `kind` for the session (due later, so the scheduler leaves it
    alone) and run it now; returns its id."""
    with stack.bot.db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        delivery = Delivery(team_id=meeting.team_id, key=f"test:{kind}:{meeting_id}{suffix}",
                            kind=kind, run_at=datetime.now(UTC) + timedelta(days=60),
                            network_id=meeting.network_id, meeting_id=meeting_id,
                            target="members")
        session.add(delivery)
        session.flush()
        delivery_id = delivery.id
    assert stack.bot.dispatcher.run_one(delivery_id).status == DeliveryStatus.SENT
    return delivery_id


def dms(stack, user: str) -> list[dict]:
    channel = stack.twin.dm_channel(user)
    return stack.twin.messages(channel) if channel else []


def buttons(message: dict) -> list[str]:
    return [e["action_id"] for b in message["blocks"] if b["type"] == "actions"
            for e in b["elements"]]


def with_button(stack, user: str, action_id: str) -> list[dict]:
    return [m for m in dms(stack, user) if action_id in buttons(m)]


def open_from_dm(stack, user: str, action_id: str) -> dict:
    """Click the newest DM button `action_id`; return the modal it opened."""
    before = len(stack.twin.calls_to("views.open"))
    message = with_button(stack, user, action_id)[-1]
    response = stack.driver.click(user, action_id, message=message,
                                  channel_id=stack.twin.dm_channel(user))
    assert response.status == 200
    return stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]


def answer(stack, user: str, view: dict | None = None, **values):
    view = view or open_from_dm(stack, user, "evaluation_open")
    response = stack.driver.submit_view(user, view, {**SCALES, **values})
    assert response.status == 200, response.body
    return response


def poll(stack) -> EvaluationPoll:
    (found,) = rows(stack, EvaluationPoll)
    return found


def poll_of(stack, meeting_id: int) -> EvaluationPoll:
    return next(p for p in rows(stack, EvaluationPoll) if p.meeting_id == meeting_id)


def stored_answers(stack, meeting_id: int) -> list[dict]:
    """The poll's answer rows, each as the answer it holds (scales, texts, a named user)."""
    poll_id = poll_of(stack, meeting_id).id
    found = []
    for row in rows(stack, EvaluationAnswer):
        if row.poll_id != poll_id:
            continue
        entry = {"scales": {name: getattr(row, name) for name in SCALES}, "keep": row.keep,
                 "change": row.change}
        if row.named_user_id:
            entry["user_id"] = row.named_user_id
        found.append(entry)
    return found


def close_poll(stack, meeting_id: int, suffix: str = "") -> None:
    """The poll's week runs out and its close runs (the results are released)."""
    stack.bot.deps.clock = lambda: datetime.now(UTC) + timedelta(days=8)
    run(stack, DeliveryKind.EVALUATION_CLOSE, meeting_id, suffix)


def answered_later(stack, user: str, text: str, channel: str = CHANNEL) -> str:
    """Run a command that is acknowledged at once and answered after it (through its
    response_url, once Slack has been asked what it needs); return that answer's text."""
    before = len(stack.twin.calls_to("response_url"))
    response = stack.driver.command(user, text, channel)
    assert response.status == 200 and response.body == ""
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def shown(response) -> str:
    """Everything a modal update or an ephemeral answer shows, as one string."""
    return json.dumps(response.json or response.body, ensure_ascii=False)
