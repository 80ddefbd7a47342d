"""Knowledge from the learning cycle through signed HTTP: a report's insight or decision
line, an apply-at-work follow-up that worked (the person's own click), and an obstacle met
applying (a facilitator's), each opening the share form filled in, and refused to others."""

import copy
import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from slack_twin import validate_blocks
from storage.models import (
    DeliveryKind,
    DeliveryStatus,
    KnowledgeKind,
    Meeting,
    Network,
    Report,
    Visibility,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.digests.helpers import run as run_digest
from tests.digests.helpers import the_pending_digest
from tests.evaluations.helpers import answer, open_from_dm, past_session, run, with_button
from tests.knowledge.helpers import items, listed, search
from tests.slack_helpers import eventually, open_modal, rows

CAROL = "UCAROL01"
LONG = "Mantelzorgers <!channel> vroeg betrekken werkt, " + "echt " * 40 + "altijd."


# --- a report's insights and decisions --------------------------------------------------------

def _report(stack, insights: str, decisions: str) -> tuple[Report, dict]:
    """A report written for a session two days ago; returns it and its channel message."""
    with stack.bot.db.session() as session:
        network = session.exec(select(Network)).one()
        session.add(Meeting(team_id=network.team_id, network_id=network.id,
                            starts_at=datetime.now(UTC) - timedelta(days=2),
                            duration_minutes=120, location="Gent",
                            learning_form="intervision", created_by=FACILITATOR, number=1))
    view = open_modal(stack, FACILITATOR, "verslag")
    response = stack.driver.submit_view(FACILITATOR, view, {
        "summary": "We spraken over stages.", "insights": insights, "decisions": decisions})
    assert response.status == 200 and response.body == "", response.body
    eventually(lambda: rows(stack, Report) and rows(stack, Report)[-1].channel_ts)
    report = rows(stack, Report)[-1]
    (message,) = [m for m in stack.twin.messages(CHANNEL) if m["ts"] == report.channel_ts]
    return report, message


def _select(message: dict) -> dict | None:
    found = [e for b in message["blocks"] if b["type"] == "actions"
             for e in b["elements"] if e["action_id"] == "knowledge_from_report"]
    return found[0] if found else None


def _choose(stack, user: str, message: dict, value: str) -> dict | None:
    """Choose a line; return the share form it opened, or None (then what the person was
    told came under the message)."""
    opened = len(stack.twin.calls_to("views.open"))
    answered = len(stack.twin.calls_to("response_url"))
    stack.driver.click(user, "knowledge_from_report", message=message, channel_id=CHANNEL,
                       value=value)
    eventually(lambda: len(stack.twin.calls_to("views.open")) > opened
               or len(stack.twin.calls_to("response_url")) > answered)
    if len(stack.twin.calls_to("views.open")) > opened:
        return stack.twin.calls_to("views.open")[-1].response["view"]
    return None


def _initial(view: dict) -> dict:
    """{block id: what the form starts with} of the share form."""
    found = {}
    for block in view["blocks"]:
        element = block.get("element") or {}
        if "initial_option" in element:
            found[block["block_id"]] = element["initial_option"]["value"]
        elif "initial_value" in element:
            found[block["block_id"]] = element["initial_value"]
    return found


def _told(stack) -> str:
    return stack.twin.calls_to("response_url")[-1].args["text"]


def test_a_member_saves_a_report_line_as_knowledge(network):
    report, message = _report(network, f"- {LONG}\n\n• Stagiairs leren van elkaar.",
                              "Volgende keer een bedrijfsbezoek.")
    select = _select(message)
    assert select is not None and validate_blocks(message["blocks"]) == []
    assert select["placeholder"]["text"] == "Bewaar als kennis…"
    assert [o["value"] for o in select["options"]] == [
        f"{report.id}:i:0", f"{report.id}:i:1", f"{report.id}:d:0"]
    texts = [o["text"]["text"] for o in select["options"]]
    assert texts[1:] == ["Inzicht: Stagiairs leren van elkaar.",
                         "Beslissing: Volgende keer een bedrijfsbezoek."]
    assert len(texts[0]) == 75 and texts[0].endswith("…")

    view = _choose(network, BOB, message, f"{report.id}:d:0")
    assert view is not None
    start = _initial(view)
    assert [start[k] for k in ("kind", "title", "text", "visibility")] == [
        "best_practice", "Volgende keer een bedrijfsbezoek.",
        "Volgende keer een bedrijfsbezoek.", "network"]
    done = network.driver.submit_view(BOB, view, {})
    assert done.json["response_action"] == "update"
    (item,) = items(network)
    assert (item.kind, item.author_id, item.title) == (
        KnowledgeKind.BEST_PRACTICE, BOB, "Volgende keer een bedrijfsbezoek.")
    assert list(listed(search(network, ANN, "bedrijfsbezoek"))) == [item.id]

    view = _choose(network, ANN, message, f"{report.id}:i:0")  # the long line
    assert view is not None
    start = _initial(view)
    assert start["kind"] == "knowledge" and start["text"] == LONG
    assert len(start["title"]) == 150 and start["title"].endswith("…")
    network.driver.submit_view(ANN, view, {})
    assert items(network)[-1].kind == KnowledgeKind.KNOWLEDGE
    assert items(network)[-1].author_id == ANN
    assert "Mantelzorgers &lt;!channel&gt; vroeg" in json.dumps(message["blocks"])


def test_a_report_line_is_refused_to_a_non_member_and_a_forged_choice(network):
    report, message = _report(network, "Stagiairs leren van elkaar.", "")
    assert [o["value"] for o in _select(message)["options"]] == [f"{report.id}:i:0"]
    network.twin.add_user(CAROL, "carol")
    assert _choose(network, CAROL, message, f"{report.id}:i:0") is None
    assert "Alleen actieve leden" in _told(network)
    forged = copy.deepcopy(message)
    select = _select(forged)
    for value in (f"{report.id}:i:7", f"{report.id}:x:0", f"{report.id + 50}:i:0", "1:i:-1"):
        select["options"] = [{"text": {"type": "plain_text", "text": "x"}, "value": value}]
        assert _choose(network, BOB, forged, value) is None
    assert items(network) == []


def test_a_report_without_insights_or_decisions_offers_nothing_to_save(network):
    _report_row, message = _report(network, "", "")
    assert _select(message) is None


# --- an apply-at-work follow-up ---------------------------------------------------------------

def _followup(stack, **values) -> dict:
    """Ann committed after a session and answers its follow-up; returns the modal's thanks."""
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    answer(stack, ANN, apply_text="SBAR <b>gebruiken</b> bij de overdracht")
    answer(stack, BOB)
    run(stack, DeliveryKind.APPLY_FOLLOWUP, meeting_id)
    view = open_from_dm(stack, ANN, "apply_open")
    done = stack.driver.submit_view(ANN, view, values)
    assert done.json["response_action"] == "update", done.body
    return stack.twin.views[view["id"]]


def _button(view_or_message: dict, action_id: str) -> dict | None:
    found = [e for b in view_or_message["blocks"] if b["type"] == "actions"
             for e in b["elements"] if e["action_id"] == action_id]
    return found[0] if found else None


def test_a_followup_that_worked_is_shared_as_a_success_story_by_the_person(network):
    thanks = _followup(network, outcome="yes", result="Overdracht <!here> duurt korter.")
    button = _button(thanks, "knowledge_success_story")
    assert button is not None and validate_blocks(thanks["blocks"]) == []
    assert items(network) == []  # nothing is shared before the person sends the form

    pushed = len(network.twin.calls_to("views.push"))
    forged = network.driver.click(BOB, "knowledge_success_story", view=thanks)
    assert forged.status == 200
    network.driver.click(ANN, "knowledge_success_story", view=thanks)
    network.twin.wait_for("views.push", count=pushed + 1)
    assert len(network.twin.calls_to("views.push")) == pushed + 1  # Bob's refused
    form = network.twin.calls_to("views.push")[-1].response["view"]
    start = _initial(form)
    assert (start["kind"], start["title"], start["text"]) == (
        "success_story", "SBAR <b>gebruiken</b> bij de overdracht",
        "Overdracht <!here> duurt korter.")
    done = network.driver.submit_view(ANN, form, {})
    assert done.json["response_action"] == "update"
    (item,) = items(network)
    assert (item.kind, item.author_id, item.visibility) == (
        KnowledgeKind.SUCCESS_STORY, ANN, Visibility.NETWORK)
    assert list(listed(search(network, FACILITATOR, "overdracht"))) == [item.id]


def test_a_followup_that_did_not_work_offers_no_success_story(network):
    thanks = _followup(network, outcome="partly", result="Soms.")
    assert _button(thanks, "knowledge_success_story") is None


# --- an obstacle met applying -----------------------------------------------------------------

def _reports(stack) -> list[dict]:
    return with_button(stack, FACILITATOR, "knowledge_obstacle")


def test_a_facilitator_saves_an_obstacle_without_who_met_it(network):
    _followup(network, outcome="no", obstacle="Geen tijd <!here> tijdens de nachtdienst")
    eventually(lambda: _reports(network))
    (report,) = _reports(network)
    assert validate_blocks(report["blocks"]) == []
    dm = network.twin.dm_channel(FACILITATOR)

    opened = len(network.twin.calls_to("views.open"))
    answered = len(network.twin.calls_to("response_url"))
    network.driver.click(BOB, "knowledge_obstacle", message=report, channel_id=dm)
    network.twin.wait_for("response_url", count=answered + 1)
    assert "Alleen de facilitators" in _told(network)
    forged = copy.deepcopy(report)
    _button(forged, "knowledge_obstacle")["value"] = "99999"
    network.driver.click(FACILITATOR, "knowledge_obstacle", message=forged, channel_id=dm)
    network.twin.wait_for("response_url", count=answered + 2)
    assert len(network.twin.calls_to("views.open")) == opened

    network.driver.click(FACILITATOR, "knowledge_obstacle", message=report, channel_id=dm)
    form = network.twin.wait_for("views.open", count=opened + 1)[-1].response["view"]
    start = _initial(form)
    assert (start["kind"], start["title"], start["text"], start["visibility"]) == (
        "obstacle", "Geen tijd <!here> tijdens de nachtdienst",
        "Geen tijd <!here> tijdens de nachtdienst", "network")
    assert ANN not in json.dumps(form) and "Ann Anderson" not in json.dumps(form)
    done = network.driver.submit_view(FACILITATOR, form, {})
    assert done.json["response_action"] == "update"
    (item,) = items(network)
    assert (item.kind, item.author_id, item.visibility) == (
        KnowledgeKind.OBSTACLE, FACILITATOR, Visibility.NETWORK)
    assert list(listed(search(network, BOB, "nachtdienst"))) == [item.id]


def test_a_followup_without_an_obstacle_offers_nothing_to_save(network):
    _followup(network, outcome="yes", result="Het werkte.")
    eventually(lambda: any("toepassen op het werk" in m["text"] for m in
                           network.twin.messages(network.twin.dm_channel(FACILITATOR) or "")))
    assert _reports(network) == []


def test_the_facilitator_digest_offers_its_obstacles_to_save(network):
    _followup(network, outcome="partly", obstacle="Geen vervanging voor de mentor")
    digest = the_pending_digest(network, DeliveryKind.FACILITATOR_DIGEST)
    assert run_digest(network, digest) == DeliveryStatus.SENT
    (message,) = [m for m in with_button(network, FACILITATOR, "digest_unsubscribe")
                  if m["text"].startswith("Facilitatorsoverzicht")]
    assert validate_blocks(message["blocks"]) == []
    (select,) = [e for b in message["blocks"] if b["type"] == "actions"
                 for e in b["elements"] if e["action_id"] == "knowledge_obstacle"]
    assert select["type"] == "static_select"
    (choice,) = select["options"]
    assert choice["text"]["text"] == "Geen vervanging voor de mentor"

    dm = network.twin.dm_channel(FACILITATOR)
    opened = len(network.twin.calls_to("views.open"))
    network.driver.click(FACILITATOR, "knowledge_obstacle", message=message, channel_id=dm,
                         value=choice["value"])
    form = network.twin.wait_for("views.open", count=opened + 1)[-1].response["view"]
    start = _initial(form)
    assert (start["kind"], start["text"]) == ("obstacle", "Geen vervanging voor de mentor")
    network.driver.submit_view(FACILITATOR, form, {})
    (item,) = items(network)
    assert (item.kind, item.author_id) == (KnowledgeKind.OBSTACLE, FACILITATOR)
    assert list(listed(search(network, ANN, "mentoren"))) == [item.id]
