"""The kickoff questionnaire: sent once to every member, answered and edited in a modal,
introductions with consent only, one reminder to non-respondents, the synthesis, and its
topics in the plan modal."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.config import load_settings
from bot.domain import kickoff
from bot.domain.errors import FieldErrors
from handlers.kickoff.blocks import topics_input
from slack_twin import validate_blocks
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    KickoffResponse,
    Meeting,
    MeetingStatus,
    Membership,
    Network,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    add_member,
    create_network,
    deliveries,
    eventually,
    open_modal,
    plan_values,
    rows,
)

CAR = "UCAR0001"

BOB_ANSWERS = {
    "organisation": "AZ Sint-Jan",
    "job_role": "Zorgcoördinator",
    "expertise": "Dementiezorg",
    "brings": "Tien jaar ervaring in de thuiszorg",
    "learning_questions": "Hoe betrek ik mantelzorgers?\nOmgaan met agressie",
    "expectations": "Concrete tips",
    "experiences": "Een casus over ontslagmanagement",
    "preferred_forms": ["intervision", "company_visit"],
    "consent_intro": [],
}




def _network(stack) -> Network:
    (network,) = rows(stack, Network)
    return network


def _setup(stack) -> None:
    create_network(stack)
    add_member(stack, ANN)
    add_member(stack, BOB)


def _kickoff_deliveries(stack) -> list[Delivery]:
    return [d for d in deliveries(stack) if d.kind == DeliveryKind.KICKOFF]


def _send_kickoff(stack, expected: int = 3):
    """`/leernet kickoff` by the facilitator; waits until the scheduler sent every invitation."""
    response = stack.driver.command(FACILITATOR, "kickoff", CHANNEL)
    assert response.status == 200
    eventually(lambda: len(_kickoff_deliveries(stack)) == expected and all(
        d.status == DeliveryStatus.SENT for d in _kickoff_deliveries(stack)))
    return response


def _dm(stack, user: str) -> list[dict]:
    channel = stack.twin.dm_channel(user)
    return stack.twin.messages(channel) if channel else []


def _open_questionnaire(stack, user: str) -> dict:
    before = len(stack.twin.calls_to("views.open"))
    invitation = _dm(stack, user)[0]
    response = stack.driver.click(user, "kickoff_open", message=invitation,
                                  channel_id=stack.twin.dm_channel(user))
    assert response.status == 200
    return stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]


def _answer(stack, user: str, **changes) -> None:
    view = _open_questionnaire(stack, user)
    values = {**BOB_ANSWERS, **changes}
    response = stack.driver.submit_view(user, view, values)
    assert response.status == 200 and response.json["response_action"] == "update", response.body


def _intro_cards(stack) -> list[dict]:
    return [m for m in stack.twin.messages(CHANNEL) if "Kennismaking" in m.get("text", "")]


def _response_of(stack, user: str) -> KickoffResponse:
    return next(r for r in rows(stack, KickoffResponse) if r.user_id == user)


# --- sending ---------------------------------------------------------------------------------

def test_kickoff_goes_to_every_member_once_with_one_reminder_scheduled(stack):
    _setup(stack)
    started = datetime.now(UTC)
    response = _send_kickoff(stack)
    assert "De startbevraging gaat naar 3 leden" in response.body

    for user in (FACILITATOR, ANN, BOB):
        (invitation,) = _dm(stack, user)
        buttons = [e["action_id"] for b in invitation["blocks"] if b["type"] == "actions"
                   for e in b["elements"]]
        assert buttons == ["kickoff_open"]
    assert _dm(stack, BOB)[0]["text"].startswith("Startbevraging van Zorg &amp; Welzijn Gent")
    assert _dm(stack, ANN)[0]["text"].startswith("Kickoff questionnaire of Zorg &amp; Welzijn")
    assert validate_blocks(_dm(stack, ANN)[0]["blocks"]) == []

    (reminder,) = [d for d in deliveries(stack) if d.kind == DeliveryKind.KICKOFF_REMINDER]
    assert reminder.key == f"kickoff-reminder:{_network(stack).id}"
    assert reminder.target == "members" and reminder.status == DeliveryStatus.PENDING
    assert timedelta(days=3) <= reminder.run_at - started < timedelta(days=3, minutes=1)
    assert _network(stack).kickoff_sent_at is not None

    # Running it again shows the synthesis and sends nothing more.
    again = stack.driver.command(FACILITATOR, "kickoff", CHANNEL)
    assert "Respons" in again.body
    assert len(_kickoff_deliveries(stack)) == 3
    assert [len(_dm(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [1, 1, 1]


def test_schedule_kickoff_adds_one_delivery_per_member_and_none_when_closed(stack):
    _setup(stack)
    now = datetime.now(UTC)
    with stack.bot.db.session() as session:
        network = session.exec(select(Network)).one()
        first = kickoff.schedule_kickoff(session, network, BOB, now)
        assert first is not None and first.key == f"kickoff:{network.id}:{BOB}"
        assert (first.kind, first.target, first.run_at) == (DeliveryKind.KICKOFF, BOB, now)
        assert kickoff.schedule_kickoff(session, network, BOB, now) is None
        network.kickoff_closes_at = now - timedelta(minutes=1)
        assert kickoff.schedule_kickoff(session, network, ANN, now) is None
    assert [d.target for d in _kickoff_deliveries(stack)] == [BOB]


def test_a_participant_cannot_send_the_kickoff(stack):
    _setup(stack)
    response = stack.driver.command(BOB, "kickoff", CHANNEL)
    assert "Alleen een facilitator van *Zorg &amp; Welzijn Gent*" in response.body
    assert deliveries(stack) == []
    assert _network(stack).kickoff_sent_at is None


# --- answering -------------------------------------------------------------------------------

def test_a_member_answers_and_edits_with_the_previous_answers_filled_in(stack):
    _setup(stack)
    _send_kickoff(stack)
    view = _open_questionnaire(stack, BOB)
    assert view["title"]["text"] == "Startbevraging"
    assert "initial_value" not in _element(view, "organisation")
    response = stack.driver.submit_view(BOB, view, BOB_ANSWERS)
    assert response.json["response_action"] == "update"
    assert "Je antwoorden voor *Zorg &amp; Welzijn Gent* zijn bewaard" in str(
        response.json["view"]["blocks"])

    stored = _response_of(stack, BOB)
    assert (stored.organisation, stored.job_role) == ("AZ Sint-Jan", "Zorgcoördinator")
    assert stored.preferred_forms == "intervision,company_visit"
    assert stored.consent_intro is False
    (bob,) = [m for m in rows(stack, Membership) if m.user_id == BOB]
    assert bob.organisation == "AZ Sint-Jan"

    again = _open_questionnaire(stack, BOB)
    assert _element(again, "organisation")["initial_value"] == "AZ Sint-Jan"
    assert _element(again, "learning_questions")["initial_value"] == BOB_ANSWERS[
        "learning_questions"]
    assert [o["value"] for o in _element(again, "preferred_forms")["initial_options"]] == [
        "intervision", "company_visit"]
    assert "initial_options" not in _element(again, "consent_intro")
    # Only what the member changes is sent differently; the rest comes back as pre-filled.
    stack.driver.submit_view(BOB, again, {"expectations": "Netwerken", "organisation": "UZ Gent"})

    (row,) = rows(stack, KickoffResponse)
    assert (row.id, row.expectations, row.organisation) == (stored.id, "Netwerken", "UZ Gent")
    assert row.job_role == "Zorgcoördinator" and row.preferred_forms == "intervision,company_visit"
    assert row.updated_at > stored.updated_at
    (bob,) = [m for m in rows(stack, Membership) if m.user_id == BOB]
    assert bob.organisation == "UZ Gent"


def _element(view: dict, block_id: str) -> dict:
    return next(b["element"] for b in view["blocks"] if b.get("block_id") == block_id)


def test_the_organisation_is_required_and_nothing_is_stored_without_it(stack):
    _setup(stack)
    _send_kickoff(stack)
    view = _open_questionnaire(stack, ANN)
    response = stack.driver.submit_view(ANN, view, {**BOB_ANSWERS, "organisation": "   "})
    assert response.json["response_action"] == "errors"
    assert set(response.json["errors"]) == {"organisation"}
    assert "organisation" in response.json["errors"]["organisation"]  # Ann reads English
    assert rows(stack, KickoffResponse) == []
    (ann,) = [m for m in rows(stack, Membership) if m.user_id == ANN]
    assert ann.organisation == "AZ Gent"


def test_draft_validation_names_each_wrong_field():
    with pytest.raises(FieldErrors) as error:
        kickoff.KickoffDraft(organisation="x" * 121, expertise="y" * 1001,
                             preferred_forms=("karaoke",)).validated()
    assert {k: e.key for k, e in error.value.errors.items()} == {
        "organisation": "kickoff.error.too_long", "expertise": "kickoff.error.too_long",
        "preferred_forms": "kickoff.error.form"}
    clean = kickoff.KickoffDraft(organisation=" AZ ", preferred_forms=(
        "company_visit", "intervision")).validated()
    assert clean.organisation == "AZ" and clean.preferred_forms == ("intervision",
                                                                    "company_visit")


# --- introductions ---------------------------------------------------------------------------

def test_an_introduction_is_posted_only_with_consent_and_follows_the_answers(stack):
    _setup(stack)
    _send_kickoff(stack)
    _answer(stack, BOB)
    assert _intro_cards(stack) == []

    _answer(stack, BOB, consent_intro=["yes"], organisation="<!channel> & co")
    eventually(lambda: len(_intro_cards(stack)) == 1)
    (card,) = _intro_cards(stack)
    shown = str(card["blocks"])
    assert f"<@{BOB}>" in shown and "&lt;!channel&gt; &amp; co" in shown
    assert "<!channel>" not in shown and "<!channel>" not in card["text"]
    assert "Dementiezorg" in shown and "Tien jaar ervaring" in shown
    assert "mantelzorgers" not in shown  # learning questions stay with the facilitators
    eventually(lambda: _response_of(stack, BOB).intro_ts == card["ts"])
    # The answer without consent posted nothing: the charter and this card are all there is.
    posted = [c for c in stack.twin.calls_to("chat.postMessage") if c.args["channel"] == CHANNEL]
    assert len(posted) == 2
    assert validate_blocks(card["blocks"]) == []

    # An edit that leaves the (pre-filled) consent alone updates the same card.
    edit = _open_questionnaire(stack, BOB)
    assert [o["value"] for o in _element(edit, "consent_intro")["initial_options"]] == ["yes"]
    stack.driver.submit_view(BOB, edit, {"job_role": "Teamleider"})
    stack.twin.wait_for("chat.update")
    (updated,) = _intro_cards(stack)
    assert updated["ts"] == card["ts"] and "Teamleider" in str(updated["blocks"])

    _answer(stack, BOB, consent_intro=[])
    stack.twin.wait_for("chat.delete")
    eventually(lambda: _response_of(stack, BOB).intro_ts is None)
    assert _intro_cards(stack) == []


# --- the reminder ----------------------------------------------------------------------------

def _reminder_id(stack) -> int:
    (reminder,) = [d for d in deliveries(stack) if d.kind == DeliveryKind.KICKOFF_REMINDER]
    return reminder.id


def test_the_reminder_goes_once_and_only_to_members_who_did_not_answer(stack):
    _setup(stack)
    _send_kickoff(stack)
    _answer(stack, ANN)
    delivery_id = _reminder_id(stack)
    assert stack.bot.dispatcher.run_one(delivery_id).status == DeliveryStatus.SENT

    assert len(_dm(stack, ANN)) == 1  # only the invitation
    for user in (FACILITATOR, BOB):
        invitation, reminder = _dm(stack, user)
        assert reminder["text"].startswith("Herinnering: je hebt de startbevraging van Zorg")
        assert "kickoff_open" in str(reminder["blocks"])

    # Even when the delivery is run again (a crash mid-send), nobody gets it twice.
    with stack.bot.db.session() as session:
        session.get(Delivery, delivery_id).status = DeliveryStatus.PENDING
    stack.bot.dispatcher.run_one(delivery_id)
    assert [len(_dm(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [2, 1, 2]


def test_the_reminder_sends_nothing_once_the_questionnaire_closed(stack):
    _setup(stack)
    _send_kickoff(stack)
    with stack.bot.db.session() as session:
        session.exec(select(Network)).one().kickoff_closes_at = datetime.now(UTC)
    stack.bot.dispatcher.run_one(_reminder_id(stack))
    assert [len(_dm(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [1, 1, 1]


# --- closing ---------------------------------------------------------------------------------

def test_after_closing_the_button_says_so_and_a_late_answer_changes_nothing(stack):
    _setup(stack)
    _send_kickoff(stack)
    _answer(stack, BOB)
    open_view = _open_questionnaire(stack, BOB)
    with stack.bot.db.session() as session:
        session.exec(select(Network)).one().kickoff_closes_at = (
            datetime.now(UTC) - timedelta(minutes=1))
    opened = len(stack.twin.calls_to("views.open"))

    invitation = _dm(stack, BOB)[0]
    stack.driver.click(BOB, "kickoff_open", message=invitation,
                       channel_id=stack.twin.dm_channel(BOB))
    refusal = stack.twin.wait_for("response_url")[0]
    assert "De startbevraging van *Zorg &amp; Welzijn Gent* is afgesloten" in refusal.args["text"]
    assert len(stack.twin.calls_to("views.open")) == opened

    response = stack.driver.submit_view(BOB, open_view, {"organisation": "Te laat"})
    assert response.json["response_action"] == "errors"
    # Slack shows a field error as plain text: no mrkdwn stars, no `&amp;`.
    assert response.json["errors"]["organisation"].startswith(
        "De startbevraging van Zorg & Welzijn Gent is afgesloten")
    assert _response_of(stack, BOB).organisation == "AZ Sint-Jan"


def test_without_a_closing_time_the_first_planned_session_closes_it(stack):
    _setup(stack)
    now = datetime.now(UTC)
    with stack.bot.db.session() as session:
        network = session.exec(select(Network)).one()
        assert kickoff.closes_at(session, network) is None
        for hours, status in ((-2, MeetingStatus.CANCELLED), (48, MeetingStatus.PLANNED)):
            session.add(Meeting(team_id=network.team_id, network_id=network.id,
                                starts_at=now + timedelta(hours=hours), duration_minutes=60,
                                location="Gent", learning_form="intervision",
                                created_by=FACILITATOR, status=status))
        session.flush()
        assert kickoff.closes_at(session, network) == now + timedelta(hours=48)
        assert kickoff.is_open(session, network, now)
        assert not kickoff.is_open(session, network, now + timedelta(hours=48))
        network.kickoff_closes_at = now + timedelta(hours=1)
        assert kickoff.closes_at(session, network) == now + timedelta(hours=1)


# --- synthesis -------------------------------------------------------------------------------

def _synthesis_blocks(stack) -> list[dict]:
    response = stack.driver.command(FACILITATOR, "kickoff", CHANNEL)
    assert response.status == 200
    return response.json["blocks"]


def test_the_synthesis_shows_the_rate_the_answers_and_the_forms_ranked(stack):
    _setup(stack)
    _send_kickoff(stack)
    _answer(stack, BOB)
    _answer(stack, ANN, learning_questions="Werken met <b>vrijwilligers</b>",
            expectations="", preferred_forms=["company_visit", "free_exchange"])
    blocks = _synthesis_blocks(stack)
    assert validate_blocks(blocks) == []
    text = "\n".join(str(b) for b in blocks)
    assert "*Respons*: 2 van 3 leden (67%)" in text  # the facilitator reads Dutch
    assert f"<@{BOB}>: Hoe betrek ik mantelzorgers? / Omgaan met agressie" in text
    assert f"<@{ANN}>: Werken met &lt;b&gt;vrijwilligers&lt;/b&gt;" in text
    assert "Concrete tips" in text and "Een casus over ontslagmanagement" in text
    forms = next(b["text"]["text"] for b in blocks if "*Leervormen*" in str(b))
    assert forms.splitlines()[1:] == ["1. Bedrijfsbezoek: 2", "2. Intervisie: 1",
                                      "3. Vrije uitwisseling: 1"]
    assert "kickoff_send_late" not in text


def test_the_synthesis_offers_the_questionnaire_to_members_who_joined_later(stack):
    _setup(stack)
    _send_kickoff(stack)
    stack.twin.add_user(CAR, "car", real_name="Car Claes")
    add_member(stack, CAR)
    blocks = _synthesis_blocks(stack)
    assert "1 lid sloot later aan en kreeg de startbevraging nog niet" in str(blocks)
    stack.driver.click(FACILITATOR, "kickoff_send_late", message={"blocks": blocks},
                       channel_id=CHANNEL)
    answer = stack.twin.wait_for("response_url")[0]
    assert "gaat naar 1 lid dat later aansloot" in answer.args["text"]
    eventually(lambda: len(_dm(stack, CAR)) == 1)
    assert "kickoff_open" in str(_dm(stack, CAR)[0]["blocks"])
    assert [len(_dm(stack, u)) for u in (FACILITATOR, ANN, BOB)] == [1, 1, 1]


def test_a_long_synthesis_stays_within_slack_limits(stack):
    _setup(stack)
    with stack.bot.db.session() as session:
        network = session.exec(select(Network)).one()
        network.kickoff_sent_at = datetime.now(UTC)
        for i in range(12):
            user = f"ULONG{i:04d}"
            session.add(Membership(team_id=network.team_id, network_id=network.id,
                                   user_id=user, role="participant"))
            session.add(KickoffResponse(team_id=network.team_id, network_id=network.id,
                                        user_id=user, organisation="Org",
                                        learning_questions="Vraag " * 330))
    blocks = _synthesis_blocks(stack)
    assert validate_blocks(blocks) == []
    questions = next(b["text"]["text"] for b in blocks if "*Leervragen*" in str(b))
    assert len(questions) <= 3000 and "… en nog" in questions


# --- planning input --------------------------------------------------------------------------

def test_the_answers_are_topics_in_the_plan_modal_and_chosen_ones_join_the_agenda(stack):
    _setup(stack)
    _send_kickoff(stack)
    _answer(stack, BOB)
    _answer(stack, ANN, learning_questions="omgaan met agressie\nWerken met vrijwilligers",
            experiences="")
    view = open_modal(stack, FACILITATOR, "plan")
    topics = _element(view, "topics")
    assert topics["type"] == "checkboxes"
    assert [o["value"] for o in topics["options"]] == [
        "Hoe betrek ik mantelzorgers?", "Omgaan met agressie",
        "Werken met vrijwilligers", "Een casus over ontslagmanagement"]

    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    values = {**plan_values(starts_at),
              "topics": ["Omgaan met agressie", "Een casus over ontslagmanagement"]}
    response = stack.driver.submit_view(FACILITATOR, view, values)
    assert response.status == 200 and response.body == ""
    (meeting,) = rows(stack, Meeting)
    assert meeting.agenda == ("Casus van Bob\n• Omgaan met agressie\n"
                              "• Een casus over ontslagmanagement")


def test_without_answers_the_plan_modal_has_no_topics(stack):
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    assert "topics" not in [b.get("block_id") for b in view["blocks"]]


def test_many_topics_become_a_multi_select_with_short_labels():
    topics = [f"Onderwerp {i} " + "x" * 200 for i in range(14)]
    block = topics_input(topics, "nl")
    assert block["element"]["type"] == "multi_static_select"
    assert all(len(o["text"]["text"]) <= 75 and len(o["value"]) <= 150
               for o in block["element"]["options"])
    assert validate_blocks([block], surface="modal") == []
    assert kickoff.agenda_with_topics("a" * 2990, ["b" * 50]).startswith("a" * 2990)
    assert len(kickoff.agenda_with_topics("a" * 2990, ["b" * 50])) == 3000


def test_the_reminder_delay_is_configurable():
    assert load_settings({}, dotenv=False).kickoff_reminder_delay == timedelta(days=3)
    settings = load_settings({"LEERNET_KICKOFF_REMINDER_DELAY": "12h"})
    assert settings.kickoff_reminder_delay == timedelta(hours=12)
