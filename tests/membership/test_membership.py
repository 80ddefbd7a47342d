"""Membership through Slack: invitations, the cap and its waitlist (also under a race),
join requests, the member list, leaving and removal, and the channel following along."""

import threading
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.domain import membership
from storage import memberships, networks
from storage.database import Database
from storage.models import Delivery, DeliveryKind, Membership, Network
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import create_network, eventually, open_modal

CAROL, DAVE, ERIK = "UCAROL01", "UDAVE001", "UERIK001"


def mention(user: str) -> str:
    return f"<@{user}|{user.lower()}>"


def _statuses(stack) -> dict[str, tuple[str, str]]:
    with stack.bot.db.session() as session:
        return {m.user_id: (m.role, m.status) for m in session.exec(select(Membership)).all()}


def _add_people(stack, *users: str) -> None:
    for user in users:
        stack.twin.add_user(user, user.lower())


def _invite(stack, *users: str, by: str = FACILITATOR) -> str:
    before = len(stack.twin.calls_to("response_url"))
    response = stack.driver.command(by, "uitnodigen " + " ".join(map(mention, users)), CHANNEL)
    assert response.status == 200
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def _dm(stack, user: str, fragment: str) -> dict:
    """The DM to `user` that contains `fragment` (other DMs, like the kickoff, may follow it)."""
    call = stack.twin.wait_for("chat.postMessage", lambda c: c.args["channel"] == (
        stack.twin.dm_channel(user)) and fragment in c.args.get("text", ""))[0]
    return next(m for m in stack.twin.messages(call.args["channel"]) if m["ts"] ==
                call.response["ts"])


def test_invited_people_become_participants_join_the_channel_and_get_a_welcome(stack):
    create_network(stack)
    _add_people(stack, CAROL)
    answer = _invite(stack, ANN, CAROL)
    assert answer == f"<@{ANN}> is nu deelnemer.\n<@{CAROL}> is nu deelnemer."
    assert _statuses(stack)[CAROL] == ("participant", "active")
    assert CAROL in stack.twin.channel_members(CHANNEL)
    assert _dm(stack, CAROL, "Welkom in het leernetwerk *Zorg &amp; Welzijn Gent*")
    assert "Welcome to the learning network" in stack.twin.messages(
        stack.twin.dm_channel(ANN))[0]["text"]
    with stack.bot.db.session() as session:
        kickoffs = session.exec(select(Delivery).where(
            Delivery.kind == DeliveryKind.KICKOFF)).all()
    assert sorted(d.target for d in kickoffs) == sorted([ANN, CAROL])


def test_bad_invitations_each_get_a_clear_answer_and_change_nothing(stack):
    create_network(stack)
    stack.twin.add_user("UBOTX001", "helper-bot", is_bot=True)
    stack.twin.add_user("UGONE001", "gone", deleted=True)
    _invite(stack, ANN)
    answer = _invite(stack, "UBOTX001", ANN, "UGONE001", "UNOBODY1")
    assert answer.splitlines() == [
        "<@UBOTX001> is een bot en kan geen lid worden.",
        f"<@{ANN}> is al lid of staat al op de wachtlijst.",
        "Het account van <@UGONE001> is gedeactiveerd.",
        "Ik vind <@UNOBODY1> niet in deze werkruimte.",
    ]
    assert set(_statuses(stack)) == {FACILITATOR, ANN}
    no_mention = stack.driver.command(FACILITATOR, "uitnodigen ann", CHANNEL)
    assert "bijvoorbeeld `/leernet uitnodigen @ann @bob`" in no_mention.body


def test_only_facilitators_invite(stack):
    create_network(stack)
    _invite(stack, BOB)
    response = stack.driver.command(BOB, "uitnodigen " + mention(ANN), CHANNEL)
    assert "Alleen een facilitator" in response.body
    assert ANN not in _statuses(stack)


def test_past_the_cap_people_wait_with_their_place_and_move_up_when_someone_leaves(stack):
    create_network(stack, max_participants="2")
    _add_people(stack, CAROL, DAVE)
    answer = _invite(stack, ANN, BOB, CAROL, DAVE)
    assert answer.splitlines()[2:] == [
        f"<@{CAROL}> staat op de wachtlijst (plaats 1): het netwerk is vol.",
        f"<@{DAVE}> staat op de wachtlijst (plaats 2): het netwerk is vol.",
    ]
    assert _dm(stack, DAVE, "op de wachtlijst op plaats 2")
    assert CAROL not in stack.twin.channel_members(CHANNEL)

    reply = stack.driver.command(BOB, "verlaten", CHANNEL)
    assert "Wil je het leernetwerk *Zorg &amp; Welzijn Gent* verlaten?" in reply.body
    stack.driver.click(BOB, "member_leave", message=reply.json, channel_id=CHANNEL)
    done = stack.twin.wait_for("response_url", lambda c: "verlaten." in c.args["text"])[0]
    assert done.args["replace_original"] is True
    assert f"<@{CAROL}> schuift op van de wachtlijst." in done.args["text"]
    statuses = _statuses(stack)
    assert statuses[BOB] == ("participant", "left")
    assert statuses[CAROL] == ("participant", "active")
    assert statuses[DAVE] == ("participant", "waitlisted")
    assert CAROL in stack.twin.channel_members(CHANNEL)
    assert BOB not in stack.twin.channel_members(CHANNEL)
    assert _dm(stack, CAROL, "Er is een plaats vrijgekomen")


def test_the_cap_holds_when_people_are_let_in_at_the_same_moment(database_url):
    # Eight admissions race for three places, each in its own connection like eight requests.
    db = Database(database_url)
    with db.session() as session:
        network = Network(team_id="T", channel_id="C", name="n", theme="t", region="r",
                          charter_what="a", charter_why="b", charter_how="c",
                          charter_for_whom="d", format="online", max_participants=3,
                          timezone="Europe/Brussels", reminder_offsets="1d",
                          evaluation_delay_seconds=3600, created_by="UF")
        session.add(network)
        session.flush()
        network_id = network.id
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def join(user: str) -> None:
        own = Database(database_url)
        try:
            barrier.wait()
            with own.session() as session:
                membership.lock_roster(session, network_id)
                membership.admit(session, session.get(Network, network_id), user,
                                 now=datetime.now(UTC))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=join, args=(f"U{i:07d}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with db.session() as session:
        statuses = [m.status for m in session.exec(select(Membership)).all()]
        places = [m.user_id for m in memberships.waitlist(session, network_id)]
    assert statuses.count("active") == 3 and statuses.count("waitlisted") == 5
    assert len(places) == 5
    db.dispose()


def test_two_invitations_for_the_last_place_sent_together_let_one_in(stack):
    create_network(stack, max_participants="2")
    _add_people(stack, CAROL, DAVE)
    _invite(stack, ANN)
    results = []
    threads = [threading.Thread(target=lambda u=u: results.append(stack.driver.command(
        FACILITATOR, "uitnodigen " + mention(u), CHANNEL))) for u in (CAROL, DAVE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert [r.status for r in results] == [200, 200]
    stack.twin.wait_for("response_url", count=3)
    statuses = _statuses(stack)
    assert sorted(statuses[u][1] for u in (CAROL, DAVE)) == ["active", "waitlisted"]


def test_join_request_approved_by_a_facilitator(stack):
    create_network(stack)
    view = open_modal(stack, BOB, "join")
    assert view["title"]["text"] == "Aansluiten"
    empty = stack.driver.submit_view(BOB, view, {"organisation": "  "})
    assert empty.json["response_action"] == "errors"
    assert BOB not in _statuses(stack)

    assert stack.driver.submit_view(BOB, view, {"organisation": "OCMW <Gent>"}).body == ""
    assert _statuses(stack)[BOB] == ("participant", "pending")
    request = stack.twin.wait_for(
        "chat.postMessage", lambda c: "vraagt om aan te sluiten" in c.args["text"])[0]
    assert "OCMW &lt;Gent&gt;" in request.args["text"]
    sent = stack.twin.wait_for(
        "chat.postMessage", lambda c: c.args["channel"] == stack.twin.dm_channel(BOB))[0]
    assert "is verstuurd: een facilitator bekijkt ze" in sent.args["text"]
    again = stack.driver.command(BOB, "join", CHANNEL)
    assert "Je aanvraag loopt nog" in again.body

    message = _dm(stack, FACILITATOR, "vraagt om aan te sluiten")
    stack.driver.click(FACILITATOR, "join_approve", message=message,
                       channel_id=stack.twin.dm_channel(FACILITATOR))
    handled = stack.twin.wait_for("response_url", lambda c: "goedgekeurd" in c.args["text"])
    assert handled[0].args["replace_original"] is True
    assert _statuses(stack)[BOB] == ("participant", "active")
    with stack.bot.db.session() as session:
        organisation = session.exec(select(Membership.organisation).where(
            Membership.user_id == BOB)).one()
    assert organisation == "OCMW <Gent>"
    stack.driver.click(FACILITATOR, "join_approve", message=message,
                       channel_id=stack.twin.dm_channel(FACILITATOR))
    assert stack.twin.wait_for(
        "response_url", lambda c: "al behandeld" in c.args["text"])[0].args[
        "replace_original"] is False


def test_a_declined_request_is_told_and_leaves_no_membership(stack):
    create_network(stack)
    view = open_modal(stack, BOB, "join")
    stack.driver.submit_view(BOB, view, {"organisation": "AZ"})
    message = stack.twin.wait_for(
        "chat.postMessage", lambda c: "vraagt om aan te sluiten" in c.args["text"])[0]
    stored = stack.twin.messages(message.args["channel"])[-1]
    stack.driver.click(FACILITATOR, "join_decline", message=stored,
                       channel_id=message.args["channel"])
    stack.twin.wait_for("response_url", lambda c: "afgewezen" in c.args["text"])
    assert _statuses(stack)[BOB] == ("participant", "declined")
    assert _dm(stack, BOB, "werd niet aanvaard")


def test_members_list_shows_roles_organisations_and_the_waitlist(stack):
    create_network(stack, max_participants="2")
    _add_people(stack, CAROL)
    _invite(stack, ANN, BOB, CAROL)
    with stack.bot.db.session() as session:
        for member in session.exec(select(Membership)).all():
            member.organisation = {ANN: "UZ Gent", BOB: "<!here>"}.get(member.user_id)
    response = stack.driver.command(FACILITATOR, "leden", CHANNEL)
    text = "\n".join(b["text"]["text"] for b in response.json["blocks"])
    assert f"*Facilitators*\n<@{FACILITATOR}> · organisatie nog onbekend" in text
    assert "*Deelnemers* (2 van 2)" in text and f"<@{ANN}> · UZ Gent" in text
    assert f"<@{BOB}> · &lt;!here&gt;" in text
    assert f"*Wachtlijst*\n1. <@{CAROL}>" in text
    outsider = stack.driver.command(ERIK, "members", CHANNEL)
    assert "not a member" in outsider.body or "geen lid" in outsider.body


def test_a_facilitator_removes_someone_after_confirming(stack):
    create_network(stack)
    _invite(stack, ANN, BOB)
    refused = stack.driver.command(BOB, "verwijderen " + mention(ANN), CHANNEL)
    assert "Alleen een facilitator" in refused.body
    reply = stack.driver.command(FACILITATOR, "verwijderen " + mention(BOB), CHANNEL)
    button = reply.json["blocks"][1]["elements"][0]
    assert button["confirm"]["confirm"]["text"] == "Ja, verwijderen"
    stack.driver.click(FACILITATOR, "member_remove", message=reply.json, channel_id=CHANNEL)
    stack.twin.wait_for("response_url", lambda c: "verwijderd" in c.args["text"])
    assert _statuses(stack)[BOB] == ("participant", "removed")
    assert BOB not in stack.twin.channel_members(CHANNEL)
    assert _dm(stack, BOB, "uit het leernetwerk *Zorg &amp; Welzijn Gent* gehaald")


def test_the_last_facilitator_cannot_leave_but_can_after_naming_another(stack):
    create_network(stack)
    _invite(stack, ANN)
    reply = stack.driver.command(FACILITATOR, "verlaten", CHANNEL)
    stack.driver.click(FACILITATOR, "member_leave", message=reply.json, channel_id=CHANNEL)
    refusal = stack.twin.wait_for("response_url", lambda c: "enige facilitator" in
                                  c.args["text"])[0]
    assert refusal.args["replace_original"] is False
    named = stack.driver.command(FACILITATOR, "facilitator " + mention(ANN), CHANNEL)
    assert named.status == 200
    stack.twin.wait_for("response_url", lambda c: "is nu facilitator" in c.args["text"])
    assert _statuses(stack)[ANN] == ("facilitator", "active")
    stack.driver.click(FACILITATOR, "member_leave", message=reply.json, channel_id=CHANNEL)
    stack.twin.wait_for("response_url", lambda c: "Je hebt *Zorg" in c.args["text"])
    assert _statuses(stack)[FACILITATOR] == ("facilitator", "left")


def test_the_channel_copes_with_guests_and_with_a_bot_outside_the_channel(stack):
    create_network(stack)
    stack.twin.add_user(CAROL, "carol", is_restricted=True)
    answer = _invite(stack, CAROL)
    assert answer.splitlines() == [
        f"<@{CAROL}> is nu deelnemer.",
        f"<@{CAROL}> is een gast in deze werkruimte, en alleen een beheerder van de werkruimte "
        f"kan een gast aan een kanaal toevoegen. Vraag een beheerder om <@{CAROL}> aan "
        f"<#{CHANNEL}> toe te voegen. Het lidmaatschap telt al: <@{CAROL}> krijgt de berichten "
        "van het netwerk ook zonder het kanaal.",
    ]
    assert _statuses(stack)[CAROL] == ("participant", "active")
    stack.twin.add_user(DAVE, "dave")
    stack.twin.fail_next("conversations.invite", "not_in_channel")
    answer = _invite(stack, DAVE)
    assert "ik ben zelf geen lid van het kanaal" in answer
    assert _statuses(stack)[DAVE] == ("participant", "active")


def test_membership_commands_outside_a_network_channel_say_so(stack):
    for command in ("leden", "join", "verlaten", "uitnodigen " + mention(ANN)):
        response = stack.driver.command(BOB, command, "CELSE001")
        assert "nog geen leernetwerk" in response.body, command


def test_a_join_request_for_a_network_that_is_gone_is_a_clean_refusal(stack):
    create_network(stack)
    view = open_modal(stack, BOB, "join")
    with stack.bot.db.session() as session:
        network_id = session.exec(select(Network.id)).one()
        networks.delete_new_network(session, network_id)
    response = stack.driver.submit_view(BOB, view, {"organisation": "AZ"})
    assert response.status == 200
    assert response.json["response_action"] == "errors"
    assert "nog geen leernetwerk" in response.json["errors"]["organisation"]
    assert BOB not in _statuses(stack)

    forged = {**view, "private_metadata": '{"network_id": "1; drop"}'}
    response = stack.driver.submit_view(BOB, forged, {"organisation": "AZ"})
    assert "klopt niet" in response.json["errors"]["organisation"]


def test_forged_answers_to_a_join_request_are_refused_without_harm(stack):
    create_network(stack)
    view = open_modal(stack, BOB, "join")
    stack.driver.submit_view(BOB, view, {"organisation": "AZ"})
    message = _dm(stack, FACILITATOR, "vraagt om aan te sluiten")
    channel = stack.twin.dm_channel(FACILITATOR)
    stack.driver.click(FACILITATOR, "join_approve", message=message, channel_id=channel,
                       value="x1")
    assert stack.twin.wait_for("response_url", lambda c: "klopt niet" in c.args["text"])
    stack.driver.click(ANN, "join_decline", message=message, channel_id=channel)
    assert stack.twin.wait_for("response_url", lambda c: "Only a facilitator" in
                               c.args["text"])  # Ann reads English
    assert _statuses(stack)[BOB] == ("participant", "pending")


def test_the_first_answer_to_a_join_request_wins(stack):
    create_network(stack)
    view = open_modal(stack, BOB, "join")
    stack.driver.submit_view(BOB, view, {"organisation": "AZ"})
    message = _dm(stack, FACILITATOR, "vraagt om aan te sluiten")
    channel = stack.twin.dm_channel(FACILITATOR)
    stack.driver.click(FACILITATOR, "join_decline", message=message, channel_id=channel)
    stack.twin.wait_for("response_url", lambda c: "afgewezen" in c.args["text"])
    stack.driver.click(FACILITATOR, "join_approve", message=message, channel_id=channel)
    late = stack.twin.wait_for("response_url", lambda c: "al behandeld" in c.args["text"])
    assert late[0].args["replace_original"] is False
    assert _statuses(stack)[BOB] == ("participant", "declined")


def test_a_forged_long_organisation_or_network_id_in_a_join_is_refused_and_stores_nothing(stack):
    create_network(stack)
    view = open_modal(stack, BOB, "join")
    (field,) = [b for b in view["blocks"] if b.get("block_id") == "organisation"]
    assert field["element"]["max_length"] == 120
    long = stack.driver.submit_view(BOB, view, {"organisation": "x" * 400})
    assert long.json["response_action"] == "errors"
    assert long.json["errors"] == {"organisation": "Dat is te lang: hoogstens 120 tekens."}
    gone = stack.driver.submit_view(BOB, {**view, "private_metadata": '{"network_id": 999}'},
                                    {"organisation": "AZ"})
    assert gone.status == 200 and gone.json["response_action"] == "errors"
    assert set(gone.json["errors"]) == {"organisation"}
    assert BOB not in _statuses(stack)
    with stack.bot.db.session() as session:
        assert len(session.exec(select(Membership)).all()) == 1  # the facilitator


def test_a_stored_long_organisation_does_not_break_the_plan_form(stack):
    """A select option's value holds 150 characters: one organisation past it (stored before
    the join form checked lengths) must not make the plan form unusable for the network."""
    if not stack.settings.database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's varchar(120) never held such an organisation")
    create_network(stack)
    with stack.bot.db.session() as session:
        network = session.exec(select(Network)).one()
        session.add(Membership(team_id="T0TWIN", network_id=network.id, user_id=BOB,
                               role="participant", organisation="O" * 400))
        session.add(Membership(team_id="T0TWIN", network_id=network.id, user_id=ANN,
                               role="participant", organisation="AZ Gent"))
    before = len(stack.twin.calls_to("views.open"))
    response = stack.driver.command(FACILITATOR, "plan", CHANNEL)
    assert response.status == 200
    eventually(lambda: len(stack.twin.calls_to("views.open")) > before)
    (call,) = stack.twin.calls_to("views.open")[before:]
    assert call.ok, call.response
    host = next(b for b in call.response["view"]["blocks"] if b.get("block_id") == "host")
    values = [o["value"] for o in host["element"]["options"]]
    assert "AZ Gent" in values and all(len(v) <= 150 for v in values)
