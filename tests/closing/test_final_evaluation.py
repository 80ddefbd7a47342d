"""The final evaluation: to every active member, the learning forms used and the person's own
learning questions, anonymous answers released at the close from the threshold, one
reminder, closed by time or by a facilitator."""

import json

from handlers.slack import ids
from storage.models import (
    DeliveryKind,
    FinalAnswer,
    FinalSubmission,
    LearningQuestionAnswer,
)
from tests.closing.helpers import (
    close_by_time,
    final_answer,
    invited,
    learning_questions,
    network,
    network_with_history,
    results_dm,
    run_now,
    start_closing,
    status_blocks,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.evaluations.helpers import dms, open_from_dm, rows, shown, with_button
from tests.slack_helpers import eventually

QUESTIONS = "Hoe betrek ik <mantelzorgers> & familie?\n\n  Wat werkt bij *agressie*?  \n"


def _blocks(view: dict) -> dict[str, dict]:
    return {b.get("block_id", ""): b for b in view["blocks"]}


def test_every_active_member_gets_it_with_the_forms_used_and_their_own_questions(stack):
    users = network_with_history(stack, 2)
    learning_questions(stack, users[0], QUESTIONS)
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])

    view = open_from_dm(stack, users[0], ids.FINAL_OPEN)
    blocks = _blocks(view)
    # The forms the network used: the session's, and intervision (a case was brought).
    assert {"form:intervision", "form:success_stories"} <= set(blocks)
    assert "form:dos_and_donts" not in blocks
    body = json.dumps(view, ensure_ascii=False)
    assert "> Hoe betrek ik &lt;mantelzorgers&gt; &amp; familie?" in body
    assert "> Wat werkt bij *agressie*?" in body
    assert {"lq0", "lqc0", "lq1", "lqc1"} <= set(blocks) and "lq2" not in blocks
    assert len(view["blocks"]) <= 100
    # Someone without learning questions is not asked about them.
    assert "lq0" not in _blocks(open_from_dm(stack, users[1], ids.FINAL_OPEN))

    # A learning question left unanswered is pointed out next to it.
    refused = final_answer(stack, users[0], view, went_well="Goed")
    assert refused.json["response_action"] == "errors" and "lq0" in refused.json["errors"]
    done = final_answer(stack, users[0], view, went_well="Goed", lq0="fully", lq1="partly",
                        lqc1="Deels <ok>", **{"form:intervision": "more"})
    thanks = shown(done)
    assert "Bedankt" in thanks and "Hoe betrek ik &lt;mantelzorgers&gt;" in thanks
    assert "Gedeeltelijk: Deels &lt;ok&gt;" in thanks
    own = rows(stack, LearningQuestionAnswer)
    assert [(q.user_id, q.answered) for q in own] == [(users[0], "fully"), (users[0], "partly")]
    twice = final_answer(stack, users[0], view, lq0="not", lq1="not")
    assert "al in" in shown(twice)


def test_open_shows_the_count_only_and_the_close_releases_from_the_threshold(stack):
    users = network_with_history(stack, 3)
    learning_questions(stack, users[0], "Vraag een\nVraag twee")
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    final_answer(stack, users[0], went_well="WELL-0", lq0="fully", lq1="not",
                 join_again="yes", **{"form:success_stories": "less"})
    final_answer(stack, users[1], went_well="WELL-1", join_again="maybe")
    at_two = status_blocks(stack)
    final_answer(stack, users[2], suggestions="SUGG-2", join_again="yes")
    at_three = status_blocks(stack)
    assert at_two.replace("2 van 4", "3 van 4") == at_three
    assert "WELL" not in at_three and "SUGG" not in at_three

    # The stored answers name nobody; who answered is kept apart, without a time.
    assert all(a.named_user_id is None for a in rows(stack, FinalAnswer))
    assert {s.user_id for s in rows(stack, FinalSubmission)} == set(users)
    keys_before = {a.key for a in rows(stack, FinalAnswer)}

    done = stack.driver.command(FACILITATOR, "afsluiten klaar", CHANNEL)
    assert "sluit nu" in done.body
    released = results_dm(stack)
    assert "3 van 4 leden antwoordden." in released
    assert "WELL-0" in released and "WELL-1" in released and "SUGG-2" in released
    assert "Succesverhalen: meer 0 · evenveel 0 · minder 1" in released
    assert "Ja 2 · misschien 1 · nee 0" in released
    # Only users[0] assessed learning questions: counting them would give the facilitator
    # her own assessment of her own questions.
    assert "leervragen volledig beantwoord" not in released
    assert "Te weinig mensen beoordeelden hun leervragen" in released
    assert "Vraag een" not in released  # the questions themselves stay with the person
    # Written anew at the close: new keys, the order people answered in is gone.
    assert not keys_before & {a.key for a in rows(stack, FinalAnswer)}
    assert network(stack).closed_at is not None
    # The same results as the DM (which goes on with what comes after the close).
    status = json.loads(status_blocks(stack))
    assert status == json.loads(released)[:len(status)]


def test_a_facilitator_who_answered_counts_their_own_out(stack):
    users = network_with_history(stack, 2)
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    for user in (FACILITATOR, *users):
        final_answer(stack, user, went_well=f"WELL-{user}")
    close_by_time(stack)
    withheld = results_dm(stack)
    assert "naast het jouwe" in withheld and "WELL" not in withheld


def test_one_reminder_goes_to_those_who_did_not_answer(stack):
    users = network_with_history(stack, 2)
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    final_answer(stack, users[0], went_well="Goed")
    run_now(stack, DeliveryKind.FINAL_EVALUATION_REMINDER)
    eventually(lambda: any("Herinnering" in m["text"] for m in dms(stack, users[1])))
    assert not any("Herinnering" in m["text"] for m in dms(stack, users[0]))
    assert any("Herinnering" in m["text"] for m in dms(stack, FACILITATOR))


def test_an_answer_after_the_close_is_refused(stack):
    users = network_with_history(stack, 1)
    start_closing(stack)
    invited(stack, users)
    late = open_from_dm(stack, users[0], ids.FINAL_OPEN)
    close_by_time(stack)
    refused = final_answer(stack, users[0], late, went_well="LATE")
    assert "gesloten" in shown(refused)
    assert not rows(stack, FinalAnswer)
    assert with_button(stack, users[0], ids.FINAL_OPEN)
