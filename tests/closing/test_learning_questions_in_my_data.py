"""A person's own learning questions, as they answered them in the final evaluation, are
personal data kept with them: `/leernet mijn-data` shows them (to them only), the download
holds them whole, and erasing the network takes them."""

import json

from handlers.slack import ids
from storage.models import LearningQuestionAnswer
from tests.closing.helpers import (
    close_by_time,
    final_answer,
    invited,
    learning_questions,
    network,
    network_with_history,
    start_closing,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.mydata.helpers import personal_rows
from tests.slack_helpers import eventually, rows

QUESTIONS = "Hoe betrek ik <familie> & mantelzorgers?\nWat werkt bij agressie?"


def _overview(stack, user: str) -> dict:
    response = stack.driver.command(user, "mijn-data", CHANNEL)
    assert response.status == 200, response.body
    return response.json


def test_my_data_shows_downloads_and_erases_my_learning_questions(stack):
    users = network_with_history(stack, 2)
    learning_questions(stack, users[0], QUESTIONS)
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    final_answer(stack, users[0], went_well="Goed", lq0="fully", lq1="partly",
                 lqc1="Deels <ok>, @channel")
    close_by_time(stack)

    shown = json.dumps(_overview(stack, users[0])["blocks"], ensure_ascii=False)
    assert "Je leervragen in de eindevaluatie" in shown
    assert "Hoe betrek ik &lt;familie&gt; &amp; mantelzorgers? → Volledig" in shown
    assert "Wat werkt bij agressie? → Gedeeltelijk: Deels &lt;ok&gt;, @channel" in shown
    assert "<!channel>" not in shown
    for other in (users[1], FACILITATOR):  # nobody else's overview holds them
        assert "familie" not in json.dumps(_overview(stack, other)["blocks"])

    message = _overview(stack, users[0])
    stack.driver.click(users[0], ids.MYDATA_EXPORT, message=message, channel_id=CHANNEL)
    stack.twin.wait_for("files.completeUploadExternal")
    files = {f["name"]: f for f in stack.twin.files(stack.twin.dm_channel(users[0]))}
    (place,) = json.loads(files["leernet-mijn-gegevens.json"]["content"])["networks"]
    assert place["learning_questions"] == [
        {"question": "Hoe betrek ik <familie> & mantelzorgers?", "answered": "fully",
         "comment": ""},
        {"question": "Wat werkt bij agressie?", "answered": "partly",
         "comment": "Deels <ok>, @channel"}]
    readable = files["leernet-mijn-gegevens.md"]["content"].decode()
    assert "### Leervragen (eindevaluatie)" in readable
    assert "- Wat werkt bij agressie?: Gedeeltelijk\n  - Deels <ok>, @channel" in readable

    assert personal_rows(stack, users[0])["learningquestionanswer.user_id"] == 2
    stack.driver.click(users[0], ids.MYDATA_ERASE, message=message, channel_id=CHANNEL,
                       value=str(network(stack).id))
    eventually(lambda: "learningquestionanswer.user_id" not in personal_rows(stack, users[0]))
    assert not rows(stack, LearningQuestionAnswer)
    assert personal_rows(stack, users[0]) == {}
