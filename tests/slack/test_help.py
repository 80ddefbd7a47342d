"""`/leernet help`, and help for an unknown sub-command, in the user's language."""

from tests.conftest import ANN, CHANNEL, FACILITATOR


def _texts(response) -> str:
    body = response.json
    return body["text"] + "\n" + "\n".join(b["text"]["text"] for b in body["blocks"])


def test_help_lists_every_sub_command_in_dutch(stack):
    response = stack.driver.command(FACILITATOR, "help", CHANNEL)
    assert response.status == 200
    text = _texts(response)
    for sub in ("/leernet nieuw", "/leernet plan", "/leernet help"):
        assert sub in text
    assert "plan een bijeenkomst" in text
    assert response.json.get("response_type", "ephemeral") == "ephemeral"


def test_help_is_english_for_someone_who_chose_english(stack):
    text = _texts(stack.driver.command(ANN, "", CHANNEL))
    assert "/leernet new" in text and "plan a session" in text


def test_an_unknown_sub_command_gets_the_help_and_is_escaped(stack):
    text = _texts(stack.driver.command(FACILITATOR, "<!channel> foo", CHANNEL))
    assert "Ik ken `&lt;!channel&gt;` niet." in text
    assert "<!channel>" not in text
    assert "/leernet plan" in text


def test_an_expired_trigger_gets_a_clear_answer(stack):
    stack.twin.fail_next("views.open", "expired_trigger_id")
    response = stack.driver.command(ANN, "new", CHANNEL)
    assert response.status == 200
    answer = stack.twin.wait_for("response_url")[0]
    assert answer.args["text"] == "Slack gave me too little time to open the form. " \
                                  "Please try again."


def test_an_unexpected_failure_gets_a_polite_answer_in_dutch(stack):
    stack.twin.fail_next("views.open", "internal_error")
    stack.driver.command(FACILITATOR, "nieuw", CHANNEL)
    answer = stack.twin.wait_for("response_url")[0]
    assert answer.args["text"].startswith("Er ging iets mis bij Leernet.")
