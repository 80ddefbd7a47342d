"""People from other organisations: a Slack Connect member of a shared channel, and guests of
a community workspace, are members like anyone else wherever Slack lets them be."""

from datetime import UTC, datetime, timedelta

import pytest

from handlers.slack import ids
from storage import deliveries as queue
from storage.models import (
    AgendaContribution,
    DeliveryKind,
    DeliveryReceipt,
    Membership,
    Network,
    Rsvp,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.slack_helpers import create_network, eventually, open_modal, plan_values, rows

OTHER = "T0OTHER01"  # the workspace of another organisation, without the app
CARLA, GUS, UMA = "UCARLA01", "UGUEST01", "UURA0001"


def _invite(stack, *users: str) -> str:
    before = len(stack.twin.calls_to("response_url"))
    mentions = " ".join(f"<@{u}>" for u in users)
    assert stack.driver.command(FACILITATOR, f"uitnodigen {mentions}", CHANNEL).status == 200
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def _shared_channel_with_carla(stack) -> None:
    stack.twin.add_user(CARLA, "carla", real_name="Carla Claes", team_id=OTHER)
    stack.twin.share_channel(CHANNEL, OTHER)
    stack.twin.join_channel(CHANNEL, CARLA)


def test_a_member_from_a_shared_workspace_gets_the_reminder_and_answers_it(stack):
    _shared_channel_with_carla(stack)
    create_network(stack)
    (network,) = rows(stack, Network)
    assert network.shared_team_ids == OTHER  # learned from conversations.info

    assert _invite(stack, CARLA) == f"<@{CARLA}> is nu deelnemer."
    (carla,) = rows(stack, Membership, Membership.user_id == CARLA)
    assert carla.user_team_id == OTHER and carla.team_id == "T0TWIN"
    with pytest.raises(AssertionError, match="not installed in their workspace"):
        stack.driver.command(CARLA, "sessies", CHANNEL)  # Slack offers her no /leernet

    view = open_modal(stack, FACILITATOR, "plan")
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    with stack.bot.db.session() as session:
        first = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    stack.bot.dispatcher.run_one(first)
    dm = stack.twin.dm_channel(CARLA)
    (message,) = [m for m in stack.twin.messages(dm) if m["text"].startswith("Herinnering")]
    receipts = rows(stack, DeliveryReceipt, DeliveryReceipt.user_id == CARLA)
    assert receipts and {r.user_team_id for r in receipts} == {OTHER}

    assert stack.twin.messages(dm)[0]["text"].startswith("Welkom in het leernetwerk")
    def for_carla(call) -> bool:
        return call.args["user_id"] == CARLA

    homes = len([c for c in stack.twin.calls_to("views.publish") if for_carla(c)])
    stack.driver.click(CARLA, "rsvp_yes", message=message, channel_id=dm)
    stack.twin.wait_for("chat.update")
    # The click ends by redrawing her Home: done before her workspace leaves, or its refusal
    # (she is no longer reachable) would be the answer awaited below.
    stack.twin.wait_for("views.publish", for_carla, count=homes + 1)
    (answer,) = rows(stack, Rsvp)
    assert (answer.user_id, answer.user_team_id, answer.answer) == (CARLA, OTHER, "yes")

    # Her organisation leaves the channel: from then on she can no longer act in it.
    stack.driver.event(stack.twin.unshare_channel(CHANNEL, OTHER))
    eventually(lambda: rows(stack, Network)[0].shared_team_ids == "")
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(CARLA, "rsvp_no", message=message, channel_id=dm)
    refusal = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "andere Slack-werkruimte" in refusal
    assert [a.answer for a in rows(stack, Rsvp)] == ["yes"]


def test_a_channel_shared_after_the_network_started_lets_that_workspace_in(stack):
    create_network(stack)
    stack.twin.add_user(CARLA, "carla", team_id=OTHER)
    stack.driver.event(stack.twin.share_channel(CHANNEL, OTHER))
    eventually(lambda: rows(stack, Network)[0].teams == {"T0TWIN", OTHER})
    answer = _invite(stack, CARLA)  # not in the channel yet: she joins from her side
    assert answer.splitlines()[1].startswith(f"<@{CARLA}> hoort bij een andere organisatie")
    assert rows(stack, Membership, Membership.user_id == CARLA)[0].status == "active"


def test_guests_are_members_even_when_slack_keeps_them_out_of_the_channel(stack):
    create_network(stack)
    stack.twin.add_user(GUS, "gus", is_restricted=True)
    stack.twin.add_user(UMA, "uma", is_ultra_restricted=True)
    lines = _invite(stack, GUS, UMA).splitlines()
    assert "alleen een beheerder van de werkruimte kan een gast aan een kanaal toevoegen" in (
        lines[1])
    assert "gast met toegang tot één enkel kanaal" in lines[3]
    assert "gast voor meerdere kanalen te maken" in lines[3]
    statuses = {m.user_id: m.status for m in rows(stack, Membership)}
    assert statuses[GUS] == statuses[UMA] == "active"
    assert GUS not in stack.twin.channel_members(CHANNEL)
    welcome = stack.twin.messages(stack.twin.dm_channel(UMA))
    assert "Welkom in het leernetwerk" in welcome[0]["text"]


def test_without_the_command_a_member_joins_adds_to_the_agenda_and_leaves_by_buttons(stack):
    _shared_channel_with_carla(stack)
    create_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""

    charter = next(m for m in stack.twin.messages(CHANNEL)
                   if any(b.get("block_id", "").startswith("charter_join") for b in m["blocks"]))
    opened = len(stack.twin.calls_to("views.open"))
    stack.driver.click(CARLA, ids.JOIN_OPEN, message=charter, channel_id=CHANNEL)
    join = stack.twin.wait_for("views.open", count=opened + 1)[-1].response["view"]
    assert stack.driver.submit_view(CARLA, join, {"organisation": "Huis Claes"}).body == ""
    (carla,) = rows(stack, Membership, Membership.user_id == CARLA)
    assert (carla.status, carla.user_team_id) == ("pending", OTHER)
    request = stack.twin.wait_for(
        "chat.postMessage", lambda c: "vraagt om aan te sluiten" in c.args["text"])[0]
    stack.driver.click(FACILITATOR, ids.JOIN_APPROVE, message={
        **request.response["message"], "channel": request.response["channel"]})
    eventually(lambda: rows(stack, Membership, Membership.user_id == CARLA)[0].status
               == "active")

    eventually(lambda: "home_member" in str(stack.twin.home(CARLA)))
    home = stack.twin.home(CARLA)
    stack.driver.click(CARLA, ids.AGENDA_OPEN, view=home)
    agenda = stack.twin.wait_for("views.open", count=opened + 2)[-1].response["view"]
    response = stack.driver.submit_view(CARLA, agenda, {"text": "Casus van Carla"})
    assert response.json["response_action"] == "update"
    (item,) = rows(stack, AgendaContribution)
    assert (item.user_id, item.user_team_id, item.text) == (CARLA, OTHER, "Casus van Carla")

    stack.driver.click(CARLA, ids.LEAVE_CONFIRM, view=stack.twin.home(CARLA))
    eventually(lambda: rows(stack, Membership, Membership.user_id == CARLA)[0].status
               == "left")
    stack.twin.wait_for("views.open", lambda c: "Je hebt *Zorg" in str(c.args["view"]))


def test_home_in_a_members_own_workspace_lists_the_shared_network(stack):
    """Carla's workspace installed the app too: her Home there, opened from her own
    workspace, lists the network she is a member of through the shared channel."""
    stack.twin.add_team(OTHER, "other", install=False)
    stack.twin.app_team_ids.add(OTHER)
    _shared_channel_with_carla(stack)
    create_network(stack)
    assert _invite(stack, CARLA) == f"<@{CARLA}> is nu deelnemer."

    def for_carla(call) -> bool:
        return call.args["user_id"] == CARLA

    stack.twin.wait_for("views.publish", for_carla)  # the invitation refreshed her Home
    stack.twin.clear_calls()
    response = stack.driver_for(OTHER).event({"type": "app_home_opened", "user": CARLA,
                                              "tab": "home", "channel": "D0CARLA1"})
    assert response.status == 200
    home = stack.twin.wait_for("views.publish", for_carla)[-1].args["view"]
    assert "Zorg &amp; Welzijn Gent" in str(home["blocks"])
