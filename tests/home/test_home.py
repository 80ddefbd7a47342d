"""The Home tab: each user's networks, next session and their own answer."""

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from storage.models import (
    AgreementAck,
    DeliveryKind,
    Membership,
    MembershipStatus,
    PollVote,
    Rsvp,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.evaluations.helpers import past_session, run, setup_network
from tests.slack_helpers import (
    add_member,
    create_network,
    eventually,
    local_date_time,
    open_modal,
    plan_values,
)


def _open_home(stack, user):
    def for_user(call):
        return call.args["user_id"] == user

    before = len([c for c in stack.twin.calls_to("views.publish") if for_user(c)])
    response = stack.driver.event({"type": "app_home_opened", "user": user, "tab": "home",
                                   "channel": "D0000009"})
    assert response.status == 200
    stack.twin.wait_for("views.publish", for_user, count=before + 1)
    return str(stack.twin.home(user)["blocks"])


def test_home_without_networks_says_how_to_start(stack):
    assert "/leernet nieuw" in _open_home(stack, BOB)


def test_home_shows_network_role_and_next_session_in_the_users_language(stack):
    create_network(stack)
    add_member(stack, ANN)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    view = open_modal(stack, FACILITATOR, "plan")
    stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at))
    facilitator_home = _open_home(stack, FACILITATOR)
    assert "Zorg &amp; Welzijn Gent" in facilitator_home and "facilitator" in facilitator_home
    assert "Volgende bijeenkomst" in facilitator_home
    ann_home = _open_home(stack, ANN)
    assert "participant" in ann_home and "Next session" in ann_home
    assert "haven't said yet" in ann_home


# --- the Home tab as a place to act ---------------------------------------------------------

def _home(stack, user):
    return stack.twin.home(user)


def _published_for(stack, user, fragment):
    """Wait until a Home published to `user` shows `fragment`; return that view."""
    call = stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == user
                               and fragment in json.dumps(c.args["view"]))[-1]
    return call.args["view"]


def _plan(stack, days=10):
    starts_at = (datetime.now(UTC) + timedelta(days=days)).replace(second=0, microsecond=0)
    view = open_modal(stack, FACILITATOR, "plan")
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""


def test_planning_refreshes_every_members_home_and_they_answer_from_it(stack):
    create_network(stack)
    add_member(stack, BOB)
    _plan(stack)
    home = _published_for(stack, BOB, "Volgende bijeenkomst")
    assert "Je hebt nog niet laten weten of je komt." in json.dumps(home)
    stack.driver.click(BOB, "rsvp_yes", view=_home(stack, BOB))
    _published_for(stack, BOB, "Je komt.")
    with stack.bot.db.session() as session:
        assert [(r.user_id, r.answer) for r in session.exec(select(Rsvp)).all()] == [
            (BOB, "yes")]


def test_waitlisted_and_pending_people_see_where_they_stand(stack):
    create_network(stack, max_participants="2")
    stack.twin.add_user("UCAROL01", "carol")
    stack.driver.command(FACILITATOR, f"uitnodigen <@{ANN}|ann> <@{BOB}|bob> "
                         "<@UCAROL01|carol>", CHANNEL)
    assert "wachtlijst, plaats 1" in json.dumps(
        _published_for(stack, "UCAROL01", "wachtlijst"))
    stack.twin.add_user("UDAVE001", "dave")
    view = open_modal(stack, "UDAVE001", "join")
    stack.driver.submit_view("UDAVE001", view, {"organisation": "AZ"})
    assert "wacht op een facilitator" in json.dumps(
        _published_for(stack, "UDAVE001", "wacht op een facilitator"))


def test_the_questionnaire_agreements_and_a_vote_are_answered_from_home(stack):
    create_network(stack)
    add_member(stack, BOB)
    stack.driver.command(FACILITATOR, "kickoff", CHANNEL)
    home = _published_for(stack, BOB, "Startbevraging")
    stack.driver.click(BOB, "kickoff_open", view=home)
    assert stack.twin.wait_for("views.open", lambda c: c.args["view"]["callback_id"]
                               == "kickoff_questionnaire")

    view = open_modal(stack, FACILITATOR, "afspraken")
    stack.driver.submit_view(FACILITATOR, view, {"text": "We starten op tijd."})
    home = _published_for(stack, BOB, "nog niet bevestigd")
    stack.driver.click(BOB, "agreement_ack", view=home)
    eventually(lambda: _count(stack, AgreementAck, BOB) == 1)

    closes = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    day, clock = local_date_time(closes)
    view = open_modal(stack, FACILITATOR, "stemming")
    stack.driver.submit_view(FACILITATOR, view, {"question": "Welke leervorm?",
                                                 "options": "Intervisie\nBedrijfsbezoek",
                                                 "closes_date": day, "closes_time": clock})
    home = _published_for(stack, BOB, "Welke leervorm?")
    assert "nog niet bevestigd" not in json.dumps(home)  # acknowledged: gone from Home
    stack.driver.click(BOB, "poll_vote_1", view=home)
    assert "Jouw stem: Bedrijfsbezoek" in json.dumps(
        _published_for(stack, BOB, "Jouw stem"))
    with stack.bot.db.session() as session:
        vote = session.exec(select(PollVote)).one()
        assert (vote.user_id, vote.option_index) == (BOB, 1)


def _count(stack, model, user):
    with stack.bot.db.session() as session:
        return len(session.exec(select(model).where(model.user_id == user)).all())


def test_a_refusal_on_home_comes_as_a_small_modal(stack):
    create_network(stack)
    add_member(stack, BOB)
    _plan(stack)
    home = _published_for(stack, BOB, "Volgende bijeenkomst")
    with stack.bot.db.session() as session:
        member = session.exec(select(Membership).where(Membership.user_id == BOB)).one()
        member.status = MembershipStatus.LEFT
    stack.driver.click(BOB, "rsvp_yes", view=home)
    notice = stack.twin.wait_for("views.open", lambda c: c.args["view"]["title"]["text"]
                                 == "Leernet")[0]
    assert "geen lid" in json.dumps(notice.args["view"])
    assert _count(stack, Rsvp, BOB) == 0


def test_facilitators_get_plan_and_members_buttons_participants_do_not(stack):
    create_network(stack)
    add_member(stack, BOB)
    facilitator_home = _open_and_get(stack, FACILITATOR)
    assert "home_plan" in json.dumps(facilitator_home)
    assert "home_plan" not in json.dumps(_open_and_get(stack, BOB))
    stack.driver.click(FACILITATOR, "home_plan", view=facilitator_home)
    assert stack.twin.wait_for("views.open", lambda c: c.args["view"]["callback_id"]
                               == "meeting_plan")
    stack.driver.click(FACILITATOR, "home_members", view=facilitator_home)
    members = stack.twin.wait_for("views.open", lambda c: "Leden van" in
                                  json.dumps(c.args["view"]))[0]
    assert f"<@{BOB}>" in json.dumps(members.args["view"])


def _open_and_get(stack, user):
    _open_home(stack, user)
    return _home(stack, user)


def test_an_open_evaluation_waits_on_home_with_a_button(stack):
    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    home = _published_for(stack, ANN, "Evaluate")
    stack.driver.click(ANN, "evaluation_open", view=home)
    assert stack.twin.wait_for("views.open", lambda c: c.args["view"]["callback_id"]
                               == "evaluation_answer")


def test_the_members_button_is_refused_to_a_participant_in_a_small_modal(stack):
    create_network(stack)
    add_member(stack, BOB)
    facilitator_home = _open_and_get(stack, FACILITATOR)
    stack.driver.click(BOB, "home_members", view=facilitator_home)  # a forged click
    notice = stack.twin.wait_for("views.open", lambda c: c.args["view"]["title"]["text"]
                                 == "Leernet")[0]
    assert "Alleen een facilitator" in json.dumps(notice.args["view"])
    assert "Leden van" not in json.dumps(notice.args["view"])
