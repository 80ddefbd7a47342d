"""Steps shared by the closing tests: a network with a held session and people, the closing
started through its confirmation, and the final evaluation answered through its DM."""

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from handlers.slack import ids
from storage.models import (
    AgendaContribution,
    AgendaKind,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    KickoffResponse,
    Network,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.evaluations.helpers import dms, open_from_dm, past_session, with_button
from tests.slack_helpers import add_member, create_network, eventually, rows


def people(stack, count: int) -> list[str]:
    users = [f"UPERS{i:03d}" for i in range(count)]
    for index, user in enumerate(users):
        stack.twin.add_user(user, f"p{index}", real_name=f"Persoon {index}")
        add_member(stack, user)
    return users


def network_with_history(stack, count: int) -> list[str]:
    """A network, `count` participants, and one held session of success stories where a
    member brought an intervision case."""
    create_network(stack)
    users = people(stack, count)
    meeting_id = past_session(stack, hours_ago=48)
    with stack.bot.db.session() as session:
        from storage.models import Meeting

        meeting = session.get(Meeting, meeting_id)
        meeting.learning_form = "success_stories"
        session.add(meeting)
        session.add(AgendaContribution(team_id="T0TWIN", meeting_id=meeting_id,
                                       user_id=users[0], kind=AgendaKind.CASE,
                                       text="Een casus"))
    return users


def learning_questions(stack, user: str, text: str) -> None:
    """The person's kickoff answers, with these learning questions."""
    with stack.bot.db.session() as session:
        found = session.exec(select(Network)).one()
        session.add(KickoffResponse(team_id="T0TWIN", network_id=found.id, user_id=user,
                                    organisation="AZ Gent", learning_questions=text))


def network(stack) -> Network:
    (found,) = rows(stack, Network)
    return found


def start_closing(stack, user: str = FACILITATOR) -> str:
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


def invited(stack, users: list[str]) -> None:
    """Wait until each of `users` has the final evaluation in their DM."""
    eventually(lambda: all(with_button(stack, u, ids.FINAL_OPEN) for u in users))


def final_answer(stack, user: str, view: dict | None = None, **values):
    view = view or open_from_dm(stack, user, ids.FINAL_OPEN)
    response = stack.driver.submit_view(user, view, values)
    assert response.status == 200, response.body
    return response


def delivery_of(stack, kind: DeliveryKind) -> Delivery:
    return [d for d in rows(stack, Delivery) if d.kind == kind][-1]


def run_now(stack, kind: DeliveryKind) -> None:
    assert stack.bot.dispatcher.run_one(delivery_of(stack, kind).id).status in (
        DeliveryStatus.SENT, DeliveryStatus.PARTIAL)


def status_blocks(stack, user: str = FACILITATOR) -> str:
    response = stack.driver.command(user, "afsluiten stand", CHANNEL)
    assert response.status == 200
    return json.dumps(response.json["blocks"], ensure_ascii=False)


def results_dm(stack, user: str = FACILITATOR) -> str:
    eventually(lambda: any("resultaten van de eindevaluatie" in m["text"]
                           for m in dms(stack, user)))
    (found,) = [m for m in dms(stack, user) if "resultaten van de eindevaluatie" in m["text"]]
    return json.dumps(found["blocks"], ensure_ascii=False)


def close_by_time(stack) -> None:
    """The final evaluation's time is up: its scheduled close runs."""
    with stack.bot.db.session() as session:
        found = session.exec(select(Network)).one()
        found.final_evaluation_closes_at = datetime.now(UTC) - timedelta(minutes=1)
        session.add(found)
    run_now(stack, DeliveryKind.FINAL_EVALUATION_CLOSE)
