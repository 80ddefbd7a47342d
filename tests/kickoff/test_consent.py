"""Consent to the introduction card, written as the attacks of the audit (issue 10): it is
kept with its time and the text agreed to, it can always be withdrawn (in the questionnaire
after it closed, from Home, after leaving), leaving or removal takes the card back, and a
card Slack refuses to delete is retried, or reported to the facilitators."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from storage.models import (
    Consent,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Membership,
    MembershipStatus,
    Network,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.kickoff.test_kickoff import (
    _answer,
    _dm,
    _intro_cards,
    _open_questionnaire,
    _response_of,
    _send_kickoff,
    _setup,
)
from tests.slack_helpers import eventually, rows

CONSENT_NL = ("Kennismaking in het kanaal\nZet mijn kennismaking in het kanaal van het "
              "netwerk\nAlleen je organisatie, rol, expertise en wat je meebrengt.")


def _introduced(stack, user: str = BOB) -> dict:
    """`user` answers with consent; returns their card once it is in the channel."""
    _answer(stack, user, consent_intro=["yes"])
    eventually(lambda: len(_intro_cards(stack)) == 1)
    eventually(lambda: _response_of(stack, user).intro_ts is not None)
    return _intro_cards(stack)[0]


def _deletes(stack) -> list[Delivery]:
    return [d for d in rows(stack, Delivery) if d.kind == DeliveryKind.INTRO_DELETE]


def _consents(stack, user: str = BOB) -> list[Consent]:
    return [c for c in rows(stack, Consent) if c.user_id == user]


def _withdrawn_at_once(stack, user: str = BOB) -> None:
    """Consent is off in the database whatever Slack does with the card."""
    eventually(lambda: _response_of(stack, user).consent_intro is False)
    assert all(c.withdrawn_at is not None for c in _consents(stack, user))


def _leave(stack, user: str = BOB) -> None:
    reply = stack.driver.command(user, "verlaten", CHANNEL)
    stack.driver.click(user, "member_leave", message=reply.json, channel_id=CHANNEL)
    stack.twin.wait_for("response_url", lambda c: "verlaten." in c.args["text"])


def _remove(stack, user: str = BOB) -> None:
    reply = stack.driver.command(FACILITATOR, f"verwijderen <@{user}|x>", CHANNEL)
    stack.driver.click(FACILITATOR, "member_remove", message=reply.json, channel_id=CHANNEL)
    stack.twin.wait_for("response_url", lambda c: "verwijderd" in c.args["text"])


def _open_home(stack, user: str) -> dict:
    before = len([c for c in stack.twin.calls_to("views.publish")
                  if c.args["user_id"] == user])
    stack.driver.event({"type": "app_home_opened", "user": user, "tab": "home",
                        "channel": "D0000009"})
    stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == user,
                        count=before + 1)
    return stack.twin.home(user)


# --- consent as given --------------------------------------------------------------------------

def test_consent_is_kept_with_its_time_and_the_text_in_the_language_shown(stack):
    _setup(stack)
    _send_kickoff(stack)
    before = datetime.now(UTC)
    _introduced(stack, BOB)
    (consent,) = _consents(stack, BOB)
    assert consent.kind == "intro" and consent.lang == "nl" and consent.withdrawn_at is None
    assert consent.text.startswith(CONSENT_NL)
    assert before <= consent.given_at <= datetime.now(UTC)

    _answer(stack, ANN, consent_intro=["yes"])  # Ann reads Leernet in English
    eventually(lambda: len(_consents(stack, ANN)) == 1)
    (english,) = _consents(stack, ANN)
    assert english.lang == "en"
    assert english.text.startswith("Introduction in the channel\nPost my introduction in the "
                                   "network channel\nOnly your organisation")

    # An edit that keeps the consent is no new consent; taking it back and giving it again is.
    _answer(stack, BOB, consent_intro=["yes"], job_role="Teamleider")
    assert len(_consents(stack, BOB)) == 1
    _answer(stack, BOB, consent_intro=[])
    _withdrawn_at_once(stack)
    _answer(stack, BOB, consent_intro=["yes"])
    first, second = _consents(stack, BOB)
    assert first.withdrawn_at is not None and second.withdrawn_at is None
    assert second.given_at >= first.withdrawn_at


# --- withdrawing: always possible ---------------------------------------------------------------

def test_withdrawing_after_the_questionnaire_closed_takes_the_card_away(stack):
    _setup(stack)
    _send_kickoff(stack)
    _introduced(stack)
    with stack.bot.db.session() as session:
        session.exec(select(Network)).one().kickoff_closes_at = (
            datetime.now(UTC) - timedelta(minutes=1))

    opened = len(stack.twin.calls_to("views.open"))
    invitation = _dm(stack, BOB)[0]
    stack.driver.click(BOB, "kickoff_open", message=invitation,
                       channel_id=stack.twin.dm_channel(BOB))
    modal = stack.twin.wait_for("views.open", count=opened + 1)[-1].response["view"]
    shown = json.dumps(modal)
    assert "is afgesloten" in shown and "kickoff_questionnaire" not in shown  # no answers
    stack.driver.click(BOB, "kickoff_withdraw_intro", view=modal)
    done = stack.twin.wait_for("views.update", lambda c: c.args["view_id"] == modal["id"])[-1]
    assert "is ingetrokken" in json.dumps(done.args["view"])
    _withdrawn_at_once(stack)
    eventually(lambda: _intro_cards(stack) == [])
    eventually(lambda: _response_of(stack, BOB).intro_ts is None)


def test_the_open_questionnaire_offers_withdrawing_too(stack):
    _setup(stack)
    _send_kickoff(stack)
    _introduced(stack)
    modal = _open_questionnaire(stack, BOB)
    stack.driver.click(BOB, "kickoff_withdraw_intro", view=modal)
    _withdrawn_at_once(stack)
    eventually(lambda: _intro_cards(stack) == [])


@pytest.mark.parametrize("end", [_leave, _remove], ids=["leaves", "is_removed"])
def test_leaving_or_being_removed_takes_the_introduction_back(stack, end):
    _setup(stack)
    _send_kickoff(stack)
    _introduced(stack)
    end(stack)
    _withdrawn_at_once(stack)
    eventually(lambda: _intro_cards(stack) == [])
    eventually(lambda: _response_of(stack, BOB).intro_ts is None)
    (delete,) = _deletes(stack)
    eventually(lambda: _deletes(stack)[0].status == DeliveryStatus.SENT)

    # Afterwards the questionnaire says why it takes no answers, and offers nothing to withdraw.
    opened = len(stack.twin.calls_to("views.open"))
    invitation = _dm(stack, BOB)[0]
    stack.driver.click(BOB, "kickoff_open", message=invitation,
                       channel_id=stack.twin.dm_channel(BOB))
    refusal = stack.twin.wait_for("response_url", lambda c: "geen lid meer" in c.args["text"])
    assert "geen lid meer van *Zorg &amp; Welzijn Gent*" in refusal[-1].args["text"]
    assert len(stack.twin.calls_to("views.open")) == opened


def test_a_card_left_behind_by_an_earlier_leave_is_withdrawn_from_home(stack):
    """The audit's state: Bob left while his consent stayed on and his card in the channel
    (as before this fix). His Home still offers to withdraw it, and that works."""
    _setup(stack)
    _send_kickoff(stack)
    _introduced(stack)
    with stack.bot.db.session() as session:
        member = session.exec(select(Membership).where(Membership.user_id == BOB)).one()
        member.status = MembershipStatus.LEFT

    home = _open_home(stack, BOB)
    assert "Kennismaking in *Zorg &amp; Welzijn Gent*" in json.dumps(home)
    stack.driver.click(BOB, "kickoff_withdraw_intro", view=home)
    _withdrawn_at_once(stack)
    eventually(lambda: _intro_cards(stack) == [])
    eventually(lambda: "kickoff_withdraw_intro" not in json.dumps(stack.twin.home(BOB)))

    # A second click (a stale Home, `/leernet mijn-data`) finds nothing, and says so.
    stack.driver.click(BOB, "kickoff_withdraw_intro", view=home)
    notice = stack.twin.wait_for("views.open", lambda c: "geen kennismaking" in json.dumps(
        c.args["view"]))
    assert notice


def test_another_persons_introduction_cannot_be_withdrawn(stack):
    _setup(stack)
    _send_kickoff(stack)
    _introduced(stack)
    home = _open_home(stack, BOB)
    stack.driver.click(ANN, "kickoff_withdraw_intro", view=home)  # the value names a network
    stack.twin.wait_for("views.open", lambda c: "no introduction" in json.dumps(c.args["view"]))
    assert _response_of(stack, BOB).consent_intro is True
    assert len(_intro_cards(stack)) == 1


# --- the card's deletion as a delivery -----------------------------------------------------------

def test_a_delete_slack_refuses_once_is_retried_until_the_card_is_gone(stack):
    _setup(stack)
    _send_kickoff(stack)
    card = _introduced(stack)
    stack.twin.fail_next("chat.delete", "internal_error")
    _answer(stack, BOB, consent_intro=[])
    _withdrawn_at_once(stack)
    eventually(lambda: len(_deletes(stack)) == 1 and _deletes(stack)[0].attempts == 1)
    (delete,) = _deletes(stack)
    assert delete.status == DeliveryStatus.PENDING and "internal_error" in delete.last_error
    assert [c["ts"] for c in _intro_cards(stack)] == [card["ts"]]  # still there, for now

    assert stack.bot.dispatcher.run_one(delete.id).status == DeliveryStatus.SENT
    assert _intro_cards(stack) == []
    assert _response_of(stack, BOB).intro_ts is None
    assert not any("kennismaking" in m["text"] for m in _dm(stack, FACILITATOR))


@pytest.mark.parametrize("error, times", [("cant_delete_message", 1),
                                          ("internal_error", 3)],
                         ids=["refused_for_good", "retries_run_out"])
def test_a_card_that_cannot_be_deleted_is_reported_to_the_facilitators(stack, error, times):
    _setup(stack)
    _send_kickoff(stack)
    card = _introduced(stack)
    stack.twin.fail_next("chat.delete", error, times=times)
    _leave(stack)
    _withdrawn_at_once(stack)
    eventually(lambda: len(_deletes(stack)) == 1 and (
        _deletes(stack)[0].status == DeliveryStatus.FAILED
        or (_deletes(stack)[0].status == DeliveryStatus.PENDING
            and _deletes(stack)[0].attempts == 1)))
    for _ in range(times - 1):  # the retries the scheduler would run a minute apart
        stack.bot.dispatcher.run_one(_deletes(stack)[0].id)
    (delete,) = _deletes(stack)
    assert delete.status == DeliveryStatus.FAILED and error in delete.last_error

    (notice,) = [m for m in _dm(stack, FACILITATOR) if "kennismaking" in m["text"]]
    assert f"<@{BOB}>" in notice["text"] and f"`{error}`" in notice["text"]
    assert f"/archives/{CHANNEL}/p{card['ts'].replace('.', '')}" in notice["text"]
    assert [c["ts"] for c in _intro_cards(stack)] == [card["ts"]]  # for a facilitator to remove
    # Told once, however often the delivery is run again.
    with stack.bot.db.session() as session:
        session.get(Delivery, delete.id).status = DeliveryStatus.PENDING
    stack.bot.dispatcher.run_one(delete.id)
    assert len([m for m in _dm(stack, FACILITATOR) if "kennismaking" in m["text"]]) == 1


def test_consent_given_again_before_the_delete_ran_keeps_the_card(stack):
    _setup(stack)
    _send_kickoff(stack)
    card = _introduced(stack)
    stack.twin.fail_next("chat.delete", "internal_error")
    _answer(stack, BOB, consent_intro=[])
    eventually(lambda: len(_deletes(stack)) == 1 and _deletes(stack)[0].attempts == 1)
    _answer(stack, BOB, consent_intro=["yes"], job_role="Teamleider")
    stack.twin.wait_for("chat.update")
    assert stack.bot.dispatcher.run_one(_deletes(stack)[0].id).status == DeliveryStatus.SENT
    (kept,) = _intro_cards(stack)
    assert kept["ts"] == card["ts"] and "Teamleider" in str(kept["blocks"])


def test_an_introduction_is_withdrawn_from_my_data_too(stack):
    """`/leernet mijn-data` offers the same withdrawal, per network where the card is shown."""
    _setup(stack)
    _send_kickoff(stack)
    _introduced(stack)
    overview = stack.driver.command(BOB, "mijn-data", CHANNEL).json
    assert "kickoff_withdraw_intro" in json.dumps(overview)
    stack.driver.click(BOB, "kickoff_withdraw_intro", message=overview, channel_id=CHANNEL)
    _withdrawn_at_once(stack)
    eventually(lambda: _intro_cards(stack) == [])
    again = stack.driver.command(BOB, "mijn-data", CHANNEL).json
    assert "kickoff_withdraw_intro" not in json.dumps(again)


def _erase_here(stack, user: str = BOB) -> None:
    overview = stack.driver.command(user, "mijn-data", CHANNEL).json
    network_id = rows(stack, Network)[0].id
    stack.driver.click(user, "mydata_erase", message=overview, channel_id=CHANNEL,
                       value=str(network_id))
    stack.twin.wait_for("response_url", lambda c: "opnieuw" in c.args.get("text", ""))


def test_an_erased_persons_card_slack_refuses_once_is_retried_by_a_delivery(stack):
    """The erasure deletes the kickoff row that knew the card, so the retry carries it."""
    _setup(stack)
    _send_kickoff(stack)
    card = _introduced(stack)
    stack.twin.fail_next("chat.delete", "internal_error", times=2)
    _erase_here(stack)
    eventually(lambda: len(_deletes(stack)) == 1 and _deletes(stack)[0].attempts == 1)
    (delete,) = _deletes(stack)
    assert BOB not in delete.key and BOB not in delete.target  # the retry names nobody
    assert [c["ts"] for c in _intro_cards(stack)] == [card["ts"]]  # still there, for now

    assert stack.bot.dispatcher.run_one(delete.id).status == DeliveryStatus.SENT
    assert _intro_cards(stack) == []


def test_an_erased_persons_card_that_cannot_be_deleted_is_reported_without_a_name(stack):
    _setup(stack)
    _send_kickoff(stack)
    card = _introduced(stack)
    stack.twin.fail_next("chat.delete", "cant_delete_message", times=2)
    _erase_here(stack)
    eventually(lambda: len(_deletes(stack)) == 1
               and _deletes(stack)[0].status == DeliveryStatus.FAILED)
    (notice,) = [m for m in _dm(stack, FACILITATOR) if "kennismaking" in m["text"]]
    assert "een oud-lid" in notice["text"] and BOB not in notice["text"]
    assert f"/archives/{CHANNEL}/p{card['ts'].replace('.', '')}" in notice["text"]
