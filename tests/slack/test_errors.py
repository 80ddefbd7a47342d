"""The one error mapper: whatever a listener raises, each surface gets a clean answer in Slack
(never an HTTP error), in the reader's language, and nothing is stored half."""

import json

import pytest
from sqlmodel import select

from storage.models import Meeting
from tests.conftest import ANN, CHANNEL, FACILITATOR
from tests.slack_helpers import create_network, eventually, open_modal, plan_values
from tests.slack_helpers import next_whole_minute as soon

GENERIC_NL = "Er ging iets mis bij Leernet"
GENERIC_EN = "Something went wrong in Leernet"


def _boom(*_args, **_kwargs):
    raise RuntimeError("a bug nobody foresaw")


def _meetings(stack) -> list[Meeting]:
    with stack.bot.db.session() as session:
        return list(session.exec(select(Meeting)).all())


@pytest.fixture
def network(stack):
    create_network(stack)


def test_a_bug_in_a_command_answers_the_generic_apology_in_the_ack(stack, network,
                                                                   monkeypatch):
    monkeypatch.setattr(stack.bot.deps.services.membership, "roster_in_channel", _boom)
    response = stack.driver.command(FACILITATOR, "leden", CHANNEL)
    assert response.status == 200
    assert GENERIC_NL in response.body


def test_a_bug_after_a_commands_ack_answers_the_generic_apology_by_response_url(
        stack, network, monkeypatch):
    monkeypatch.setattr(stack.bot.deps.services.planning, "form_in_channel", _boom)
    response = stack.driver.command(FACILITATOR, "plan", CHANNEL)
    assert response.status == 200
    answer = stack.twin.wait_for("response_url")[0]
    assert GENERIC_NL in answer.args["text"]
    assert answer.args["response_type"] == "ephemeral"
    assert all(c.args["view"].get("callback_id") != "meeting_plan"
               for c in stack.twin.calls_to("views.open"))


def test_a_bug_in_a_modal_submission_shows_at_its_field_and_stores_nothing(stack, network,
                                                                          monkeypatch):
    view = open_modal(stack, FACILITATOR, "plan")
    monkeypatch.setattr(stack.bot.deps.services.planning, "plan", _boom)
    response = stack.driver.submit_view(FACILITATOR, view, plan_values(soon(_days(3))))
    assert response.status == 200
    assert response.json["response_action"] == "errors"
    assert GENERIC_NL in response.json["errors"]["date"]
    assert _meetings(stack) == []


def test_a_bug_behind_a_home_button_is_told_in_a_small_modal(stack, network, monkeypatch):
    home = _facilitator_home(stack)
    monkeypatch.setattr(stack.bot.deps.services.planning, "form_for", _boom)
    response = stack.driver.click(FACILITATOR, "home_plan", view=home)
    assert response.status == 200
    notice = stack.twin.wait_for("views.open", lambda c: GENERIC_NL in json.dumps(
        c.args["view"]))[0]
    assert notice.args["view"]["type"] == "modal"


def test_a_forged_button_value_is_refused_cleanly(stack, network):
    home = _facilitator_home(stack)
    for forged in ("abc", "-1", "99999999999999", "7"):
        response = stack.driver.click(FACILITATOR, "home_plan", view=home, value=forged)
        assert response.status == 200, forged
    stack.twin.wait_for("views.open", lambda c: "Dit verzoek klopt niet" in json.dumps(
        c.args["view"]), count=3)  # "7" is a well-formed id of no network: NotFound instead
    stack.twin.wait_for("views.open", lambda c: "nog geen leernetwerk" in json.dumps(
        c.args["view"]))


def test_the_apology_follows_the_readers_language(stack, network, monkeypatch):
    monkeypatch.setattr(stack.bot.deps.services.membership, "roster_in_channel", _boom)
    assert GENERIC_EN in stack.driver.command(ANN, "leden", CHANNEL).body
    monkeypatch.setattr(stack.bot.deps.services.planning, "form_in_channel", _boom)
    stack.driver.command(ANN, "plan", CHANNEL)
    assert GENERIC_EN in stack.twin.wait_for("response_url")[0].args["text"]


def _facilitator_home(stack) -> dict:
    stack.driver.event({"type": "app_home_opened", "user": FACILITATOR, "tab": "home",
                        "channel": "D0000009"})
    eventually(lambda: "home_plan" in json.dumps(stack.twin.home(FACILITATOR) or {}))
    home = stack.twin.home(FACILITATOR)
    assert home is not None
    return home


def _days(n: int):
    from datetime import timedelta

    return timedelta(days=n)


def test_a_slow_slack_cannot_delay_the_answer_its_locale_is_asked_after_the_acknowledgement(
        stack):
    # Nora is in no network and chose no language; her Slack is English. Slack's locale is
    # only a hint, asked after the acknowledgement: her first answer is in time, in Dutch
    # (the default), however slow Slack is, and her next one is in English.
    stack.twin.add_user("UNORA001", "nora", locale="en-US")
    stack.twin.delay_next("users.info", 4)
    response = stack.driver.command("UNORA001", "help", CHANNEL)
    assert response.status == 200
    assert "Zo gebruik je `/leernet`" in response.body
    eventually(lambda: stack.bot.deps.languages.hints.cached("UNORA001")[0], timeout=10)
    assert "This is how to use `/leernet`" in stack.driver.command("UNORA001", "help",
                                                                   CHANNEL).body