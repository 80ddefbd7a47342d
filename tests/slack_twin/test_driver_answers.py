"""The driver refuses the bot's HTTP answers that Slack would refuse."""

import pytest

from slack_twin.driver import _check_field_errors, _check_message_answer


def test_a_command_answer_with_invalid_blocks_is_refused():
    long_section = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    with pytest.raises(AssertionError, match="refuse the command's answer"):
        _check_message_answer({"response_type": "ephemeral", "blocks": [long_section]})
    _check_message_answer({"response_type": "ephemeral", "blocks": [
        {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3000}}]})
    _check_message_answer({"text": "no blocks"})


def test_field_errors_must_name_input_blocks_of_the_view():
    state = {"title": {"t": {"type": "plain_text_input", "value": ""}}}
    _check_field_errors({"response_action": "errors", "errors": {"title": "Vul in"}}, state)
    with pytest.raises(AssertionError, match="no inputs of the view"):
        _check_field_errors({"response_action": "errors", "errors": {"titel": "Vul in"}}, state)
    with pytest.raises(AssertionError, match="refuse the field errors"):
        _check_field_errors({"response_action": "errors", "errors": {}}, state)
    _check_field_errors({"response_action": "clear"}, state)
