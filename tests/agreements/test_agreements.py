"""`/leernet afspraken`: agreements recorded, posted, pinned, acknowledged once per member per
version, amended with a new round of acknowledgements; refusals change nothing."""

import threading

import pytest
from sqlmodel import select

from storage.models import Agreement, AgreementAck
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    block_texts,
    channel_message,
    eventually,
    open_modal,
    submit_and_wait,
)

TEXT = ("We komen om de zes weken samen, telkens bij een andere organisatie.\n"
        "Wat in de groep gezegd wordt, blijft in de groep.")
AMENDED = TEXT.replace("om de zes weken", "maandelijks")


def _acks(stack, version: int) -> list[str]:
    with stack.bot.db.session() as session:
        agreement = session.exec(select(Agreement).where(Agreement.version == version)).one()
        return sorted(session.exec(select(AgreementAck.user_id).where(
            AgreementAck.agreement_id == agreement.id)).all())


def _agreements(stack) -> list[Agreement]:
    with stack.bot.db.session() as session:
        return list(session.exec(select(Agreement).order_by(Agreement.version)).all())






def _buttons(message: dict) -> list[str]:
    return [e["action_id"] for b in message["blocks"] if b["type"] == "actions"
            for e in b["elements"]]


def _record(stack, text: str = TEXT, **extra) -> str:
    """The facilitator saves the agreements; returns the channel message's ts."""
    view = open_modal(stack, FACILITATOR, "afspraken")
    pins_before = len(stack.twin.calls_to("pins.add"))
    outcome = submit_and_wait(stack, FACILITATOR, view, {"text": text, **extra})
    assert f"staat in <#{CHANNEL}>" in str(outcome["blocks"]), outcome
    # Pinning follows the modal's acknowledgement: it was at least tried.
    assert len(stack.twin.calls_to("pins.add")) > pins_before
    return _agreements(stack)[-1].channel_ts


def _click(stack, user: str, message: dict) -> str:
    """Click 'I agree' on a message; returns the ephemeral answer the user got."""
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(user, "agreement_ack", message=message, channel_id=CHANNEL)
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def test_agreements_are_recorded_posted_pinned_and_counted(network):
    stack = network
    view = open_modal(stack, FACILITATOR, "afspraken")
    assert view["title"]["text"] == "Afspraken"
    assert [b["block_id"] for b in view["blocks"] if b["type"] == "input"] == ["text"]
    ts = _record(stack)

    (agreement,) = _agreements(stack)
    assert (agreement.version, agreement.text, agreement.created_by) == (1, TEXT, FACILITATOR)
    assert _acks(stack, 1) == [FACILITATOR]  # the author agrees with what they wrote
    message = channel_message(stack, ts)
    shown = block_texts(message["blocks"])
    assert "Onze afspraken (versie 1)" in shown and "blijft in de groep" in shown
    assert "1 van 3 akkoord" in shown
    assert _buttons(message) == ["agreement_ack"]
    assert stack.twin.pins(CHANNEL) == {ts}


def test_each_member_acknowledges_once_and_facilitators_see_who_has_not(network):
    stack = network
    ts = _record(stack)
    first = channel_message(stack, ts)

    assert _click(stack, BOB, first) == ("Dank je: je gaat akkoord met versie 1 van de "
                                         "afspraken.")
    stack.twin.wait_for("chat.update")
    assert "2 van 3 akkoord" in block_texts(channel_message(stack, ts)["blocks"])
    assert "already agreed" not in _click(stack, ANN, first)
    eventually(lambda: "3 van 3 akkoord" in block_texts(channel_message(stack, ts)["blocks"]))

    again = _click(stack, BOB, first)
    assert again == "Je gaf al akkoord met versie 1; er verandert niets."
    assert _acks(stack, 1) == sorted([FACILITATOR, ANN, BOB])
    assert len(stack.twin.calls_to("chat.update")) == 2  # the second click changed nothing


def test_the_facilitator_form_names_who_has_not_agreed_yet(network):
    stack = network
    ts = _record(stack)
    _click(stack, BOB, channel_message(stack, ts))

    view = open_modal(stack, FACILITATOR, "afspraken")
    status = block_texts(view["blocks"])
    assert "*Versie 1*: 2 van 3 akkoord." in status
    assert f"Nog geen akkoord: <@{ANN}>" in status and f"<@{BOB}>" not in status
    (text_input,) = [b for b in view["blocks"] if b.get("block_id") == "text"]
    assert text_input["element"]["initial_value"] == TEXT


def test_a_participant_reads_them_and_agrees_from_their_own_view(network):
    stack = network
    before = stack.driver.command(ANN, "agreements", CHANNEL)
    assert "has not recorded its agreements yet" in before.body
    _record(stack)

    answer = stack.driver.command(ANN, "agreements", CHANNEL).json
    assert "Wat in de groep gezegd wordt" in block_texts(answer["blocks"])
    assert "Do you agree to these agreements?" in block_texts(answer["blocks"])
    ephemeral = {"blocks": answer["blocks"], "ts": None}
    assert _click(stack, ANN, ephemeral) == ("Thank you: you agree to version 1 of the "
                                             "agreements.")
    assert _acks(stack, 1) == sorted([FACILITATOR, ANN])

    after = stack.driver.command(ANN, "agreements", CHANNEL).json
    assert "You agreed to this version." in block_texts(after["blocks"])
    assert not [b for b in after["blocks"] if b["type"] == "actions"]
    assert len(stack.twin.calls_to("views.open")) == 2  # the network form, the agreements form


def test_an_amendment_is_announced_and_everyone_is_asked_again(network):
    stack = network
    old_ts = _record(stack)
    old_message = channel_message(stack, old_ts)
    _click(stack, BOB, old_message)
    # Bob's click redraws the count after answering him; let it land before amending.
    eventually(lambda: "2 van 3 akkoord" in block_texts(channel_message(stack, old_ts)["blocks"]))

    view = open_modal(stack, FACILITATOR, "afspraken")
    assert "Je past versie 1 aan" in block_texts(view["blocks"])
    outcome = submit_and_wait(stack, FACILITATOR, view, {
        "text": AMENDED, "change_note": "Maandelijks <!channel> in plaats van zes weken"})
    assert "Versie 2 van de afspraken staat in" in str(outcome["blocks"])

    assert [(a.version, a.text) for a in _agreements(stack)] == [(1, TEXT), (2, AMENDED)]
    new_ts = _agreements(stack)[-1].channel_ts
    stack.twin.wait_for("chat.postMessage", lambda c: c.args.get("thread_ts") == new_ts)
    assert _acks(stack, 2) == [FACILITATOR] and _acks(stack, 1) == sorted([FACILITATOR, BOB])
    new = block_texts(channel_message(stack, new_ts)["blocks"])
    assert "Onze afspraken (versie 2)" in new and "De afspraken zijn aangepast." in new
    assert "geef opnieuw akkoord" in new and "1 van 3 akkoord" in new
    assert stack.twin.pins(CHANNEL) == {new_ts}
    retired = channel_message(stack, old_ts)
    assert _buttons(retired) == []
    assert "Deze versie is vervangen door versie 2." in block_texts(retired["blocks"])
    (note,) = [m for m in stack.twin.messages(CHANNEL) if m.get("thread_ts") == new_ts]
    assert note["text"] == ("*Wat er veranderde:* Maandelijks &lt;!channel&gt; in plaats van "
                            "zes weken")

    # A click on the old message (still on someone's screen) acknowledges nothing.
    refusal = _click(stack, BOB, old_message)
    assert "vervangen door versie 2" in refusal and "/leernet afspraken" in refusal
    assert _acks(stack, 2) == [FACILITATOR] and _acks(stack, 1) == sorted([FACILITATOR, BOB])
    assert _buttons(channel_message(stack, old_ts)) == []


def test_a_count_redrawn_late_cannot_give_a_replaced_version_its_button_back(network):
    """Bob agrees to version 1 just before it is amended, and the redraw of its count reaches
    Slack only after the amendment retired that message: the message stays retired."""
    stack = network
    old_ts = _record(stack)
    service = stack.bot.deps.services.agreements
    read_state = service.message_state
    drawn, go_on = threading.Event(), threading.Event()

    def slow_first_read(agreement_id: int):
        state = read_state(agreement_id)
        if not drawn.is_set():  # Bob's redraw: read now, reach Slack late
            drawn.set()
            assert go_on.wait(10)
        return state

    service.message_state = slow_first_read
    try:
        _click(stack, BOB, channel_message(stack, old_ts))
        assert drawn.wait(10)
        view = open_modal(stack, FACILITATOR, "afspraken")
        submit_and_wait(stack, FACILITATOR, view, {"text": AMENDED})
        assert _buttons(channel_message(stack, old_ts)) == []  # retired by the amendment
        go_on.set()
        # The late redraw lands (the stale count with a button), is seen to be stale, and
        # is drawn again from what is stored now.
        eventually(lambda: len([c for c in stack.twin.calls_to("chat.update")
                                if c.args["ts"] == old_ts]) == 3)
    finally:
        go_on.set()
        del service.message_state
    retired = channel_message(stack, old_ts)
    assert _buttons(retired) == []
    assert "Deze versie is vervangen door versie 2." in block_texts(retired["blocks"])
    assert _acks(stack, 1) == sorted([FACILITATOR, BOB])


@pytest.mark.parametrize(("error", "told"), [("not_in_channel", True),
                                             ("already_pinned", False)])
def test_a_refused_pin_does_not_lose_the_agreements(network, error, told):
    stack = network
    stack.twin.fail_next("pins.add", error)
    ts = _record(stack)

    assert [a.channel_ts for a in _agreements(stack)] == [ts]
    assert _buttons(channel_message(stack, ts)) == ["agreement_ack"]
    if told:
        (notice,) = stack.twin.wait_for("chat.postEphemeral")
        assert notice.args["user"] == FACILITATOR
        assert "niet vastpinnen (not_in_channel)" in notice.args["text"]
    else:
        assert stack.twin.calls_to("chat.postEphemeral") == []


def test_a_participant_cannot_record_agreements(network):
    stack = network
    view = open_modal(stack, FACILITATOR, "afspraken")
    # Bob replays the facilitator's form: the submission is checked, not only the command.
    response = stack.driver.submit_view(BOB, view, {"text": "Geen afspraken"})
    assert response.json["response_action"] == "errors"
    assert "Alleen een facilitator" in response.json["errors"]["text"]
    assert _agreements(stack) == [] and stack.twin.pins(CHANNEL) == set()


def test_blank_text_or_a_refused_post_stores_nothing(network):
    stack = network
    view = open_modal(stack, FACILITATOR, "afspraken")
    blank = stack.driver.submit_view(FACILITATOR, view, {"text": "   "})
    assert blank.json == {"response_action": "errors", "errors": {"text": "Vul dit veld in."}}
    stack.twin.fail_next("chat.postMessage", "not_in_channel")
    refused = submit_and_wait(stack, FACILITATOR, view, {"text": TEXT})
    assert "Ik kan geen berichten plaatsen in dit kanaal (not_in_channel)" in str(refused["blocks"])
    assert _agreements(stack) == [] and _acks_anywhere(stack) == []
    # Once the bot may post, the same form works (nothing half-saved is in the way).
    _record(stack)
    assert [a.version for a in _agreements(stack)] == [1]


def _acks_anywhere(stack) -> list[AgreementAck]:
    with stack.bot.db.session() as session:
        return list(session.exec(select(AgreementAck)).all())


def test_someone_outside_the_network_cannot_agree(network):
    stack = network
    ts = _record(stack)
    stack.twin.add_user("UOUTSIDE", "eve")
    assert _click(stack, "UOUTSIDE", channel_message(stack, ts)) == (
        "Je bent geen lid van dit leernetwerk.")
    assert _acks(stack, 1) == [FACILITATOR]
