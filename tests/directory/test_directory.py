"""`/leernet netwerken`: the workspace's networks by theme and region, where the person stands
in each, the join button into the join-request flow, closed networks, search, and the cap."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from storage.models import Meeting, Membership, MembershipStatus, Network, Role
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import add_member, create_network, eventually, rows

CAROL, DAVE, ERIK = "UCAROL01", "UDAVE001", "UERIK001"
ANTWERP, LEUVEN, KORTRIJK = "CANTW001", "CLEUV001", "CKORT001"


def _network_id(stack, channel: str) -> int:
    with stack.bot.db.session() as session:
        return session.exec(select(Network.id).where(Network.channel_id == channel)).one()


@pytest.fixture
def networks(stack):
    """Four networks: Gent (open, Ann in it), Antwerpen (closed), Leuven (full, one on its
    waitlist) and Kortrijk (open, a session planned)."""
    for user, name in ((CAROL, "carol"), (DAVE, "dave"), (ERIK, "erik")):
        stack.twin.add_user(user, name)
    for channel, name in ((ANTWERP, "onderwijs-antwerpen"), (LEUVEN, "mobiliteit-leuven"),
                          (KORTRIJK, "kortrijk-digitaal")):
        stack.twin.add_channel(channel, name, members=[FACILITATOR])
    create_network(stack)
    add_member(stack, ANN)
    create_network(stack, channel=ANTWERP, name="Onderwijs Antwerpen", theme="Leesbegeleiding",
                   region="Antwerpen", requests="closed")
    create_network(stack, channel=LEUVEN, name="Mobiliteit Leuven", theme="Fietsbeleid",
                   region="Leuven", max_participants="2")
    add_member(stack, CAROL, LEUVEN)
    add_member(stack, DAVE, LEUVEN)
    create_network(stack, channel=KORTRIJK, name="Kortrijk Digitaal", theme="Digitale zorg",
                   region="Kortrijk")
    with stack.bot.db.session() as session:
        leuven = _network_id(stack, LEUVEN)
        session.add(Membership(team_id="T0TWIN", network_id=leuven, user_id=ERIK,
                               role=Role.PARTICIPANT, status=MembershipStatus.WAITLISTED))
        session.add(Meeting(team_id="T0TWIN", network_id=_network_id(stack, KORTRIJK),
                            starts_at=datetime.now(UTC) + timedelta(days=9),
                            duration_minutes=120, location="Kortrijk", learning_form="intervision",
                            created_by=FACILITATOR, number=1))
    return stack


def _listing(stack, user: str, text: str = "netwerken", channel: str = CHANNEL) -> dict:
    response = stack.driver.command(user, text, channel)
    assert response.status == 200, response.body
    return response.json


def _entries(answer: dict) -> list[dict]:
    return [b for b in answer["blocks"] if b.get("block_id", "").startswith("directory:")]


def _names(answer: dict) -> list[str]:
    return [b["text"]["text"].split("\n")[0].strip("*") for b in _entries(answer)]


def _join(stack, answer: dict, network_id: int) -> dict:
    """Click a network's join button in the list; return the join form it opens."""
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(BOB, "directory_join", message=answer, channel_id=CHANNEL,
                       block_id=f"directory:{network_id}")
    return stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]


def _entry(answer: dict, name: str) -> dict:
    return next(b for b in _entries(answer) if b["text"]["text"].startswith(f"*{name}"))


def test_the_list_puts_joinable_networks_first_and_marks_full_closed_and_own(networks):
    answer = _listing(networks, BOB, "netwerken", "CELSE001")  # from anywhere
    assert answer["blocks"][0]["text"]["text"] == "Kies jouw groep en regio"
    assert _names(answer) == ["Kortrijk Digitaal", "Zorg &amp; Welzijn Gent",
                              "Mobiliteit Leuven", "Onderwijs Antwerpen"]
    kortrijk = _entry(answer, "Kortrijk Digitaal")["text"]["text"]
    assert "Digitale zorg · Kortrijk" in kortrijk
    assert "*Open*: nog 12 plaatsen vrij" in kortrijk
    assert f"Facilitator: <@{FACILITATOR}>" in kortrijk
    assert "Volgende bijeenkomst: " in kortrijk and " om " in kortrijk
    gent = _entry(answer, "Zorg &amp; Welzijn Gent")["text"]["text"]
    assert "*Open*: nog 11 plaatsen vrij" in gent and "Nog geen bijeenkomst gepland." in gent
    leuven = _entry(answer, "Mobiliteit Leuven")
    assert "*Volzet*: 1 persoon op de wachtlijst" in leuven["text"]["text"]
    assert leuven["accessory"]["action_id"] == "directory_join"  # to the waitlist, once approved
    closed = _entry(answer, "Onderwijs Antwerpen")
    assert "*Gesloten*: alleen op uitnodiging" in closed["text"]["text"]
    assert "accessory" not in closed

    mine = _listing(networks, ANN)  # Ann's Slack is in English
    assert mine["blocks"][0]["text"]["text"] == "Choose your group and region"
    assert _names(mine)[-1] == "Zorg &amp; Welzijn Gent"
    own = _entry(mine, "Zorg &amp; Welzijn Gent")
    assert "*You are a member*" in own["text"]["text"] and "accessory" not in own
    waiting = _entry(_listing(networks, ERIK), "Mobiliteit Leuven")
    assert "*Je staat op de wachtlijst*" in waiting["text"]["text"]
    assert "accessory" not in waiting


def test_the_join_button_sends_a_join_request_to_the_facilitators(networks):
    answer = _listing(networks, BOB)
    kortrijk = _network_id(networks, KORTRIJK)
    view = _join(networks, answer, kortrijk)
    assert view["title"]["text"] == "Aansluiten" and "Kortrijk Digitaal" in str(view["blocks"])
    assert networks.driver.submit_view(BOB, view, {"organisation": "AZ Groeninge"}).body == ""
    (request,) = rows(networks, Membership, Membership.network_id == kortrijk,
                      Membership.user_id == BOB)
    assert (request.status, request.organisation) == ("pending", "AZ Groeninge")
    networks.twin.wait_for("chat.postMessage", lambda c: c.args["channel"] == (
        networks.twin.dm_channel(FACILITATOR)) and "vraagt om aan te sluiten bij *Kortrijk"
        in c.args["text"])
    again = _entry(_listing(networks, BOB), "Kortrijk Digitaal")
    assert "*Je aanvraag wacht op een facilitator*" in again["text"]["text"]
    assert "accessory" not in again


def test_a_closed_network_refuses_join_requests_from_every_door(networks):
    answer = _listing(networks, BOB)
    antwerp = _network_id(networks, ANTWERP)
    forms = len(networks.twin.calls_to("views.open"))
    # A forged button (the list shows none for a closed network)
    networks.driver.click(BOB, "directory_join", message=answer, channel_id=CHANNEL,
                          value=str(antwerp))
    refusal = networks.twin.wait_for("response_url", lambda c: "Antwerpen" in c.args["text"])
    assert "*Onderwijs Antwerpen* neemt geen aanvragen aan" in refusal[0].args["text"]
    assert len(networks.twin.calls_to("views.open")) == forms
    # `/leernet join` in its channel
    assert "neemt geen aanvragen aan" in networks.driver.command(BOB, "join", ANTWERP).body
    # A form opened while it was open, sent after a facilitator closed it
    kortrijk = _network_id(networks, KORTRIJK)
    view = _join(networks, answer, kortrijk)
    refused = networks.driver.command(BOB, "aanvragen dicht", KORTRIJK)
    assert "Alleen een facilitator" in refused.body
    closed = networks.driver.command(FACILITATOR, "aanvragen dicht", KORTRIJK)
    assert "Vanaf nu neemt *Kortrijk Digitaal* geen aanvragen meer aan" in closed.body
    late = networks.driver.submit_view(BOB, view, {"organisation": "AZ Groeninge"})
    assert "neemt geen aanvragen aan" in str(late.json)
    assert rows(networks, Membership, Membership.user_id == BOB) == []
    reopened = networks.driver.command(FACILITATOR, "requests open", KORTRIJK)
    assert "Vanaf nu kan iedereen vragen om aan te sluiten" in reopened.body
    assert "*Open*" in _entry(_listing(networks, BOB), "Kortrijk Digitaal")["text"]["text"]


def test_the_nieuw_form_opens_by_default_and_the_charter_says_how_to_join(networks):
    charters = {channel: str(networks.twin.messages(channel)[0]["blocks"])
                for channel in (CHANNEL, ANTWERP)}
    assert "`/leernet join` in dit kanaal" in charters[CHANNEL]
    assert "Op uitnodiging van een facilitator" in charters[ANTWERP]
    (gent,) = rows(networks, Network, Network.channel_id == CHANNEL)
    (antwerp,) = rows(networks, Network, Network.channel_id == ANTWERP)
    assert gent.open_to_requests and not antwerp.open_to_requests
    asked = networks.driver.command(FACILITATOR, "aanvragen", ANTWERP)
    assert "neemt geen aanvragen aan" in asked.body
    assert "Gebruik `/leernet aanvragen open`" in networks.driver.command(
        FACILITATOR, "aanvragen misschien", ANTWERP).body


def test_a_word_narrows_the_list_to_name_theme_or_region(networks):
    assert _names(_listing(networks, BOB, "netwerken antwerpen")) == ["Onderwijs Antwerpen"]
    assert _names(_listing(networks, BOB, "networks FIETS")) == ["Mobiliteit Leuven"]
    assert _names(_listing(networks, BOB, "netwerken zorg")) == [
        "Kortrijk Digitaal", "Zorg &amp; Welzijn Gent"]
    none = _listing(networks, BOB, "netwerken brugge")
    assert _entries(none) == []
    assert "Geen leernetwerk met “brugge”" in none["blocks"][1]["text"]["text"]


def test_a_hostile_search_word_is_shown_inert(networks):
    hostile = "<!channel> & <@UANN0001> *"
    for answer in (_listing(networks, BOB, f"netwerken {hostile}"),
                   _listing(networks, BOB, "netwerken zorg & <!here>")):
        text = str(answer["blocks"])
        assert "<!channel>" not in text and "<!here>" not in text and "<@UANN0001>" not in text
    shown = str(_listing(networks, BOB, f"netwerken {hostile}")["blocks"])
    assert "&lt;!channel&gt; &amp; &lt;@UANN0001&gt; *" in shown


def _bare_network(team: str, channel: str, name: str) -> Network:
    return Network(team_id=team, channel_id=channel, name=name, theme="t", region="r",
                   charter_what="w", charter_why="w", charter_how="h", charter_for_whom="f",
                   format="online", timezone="Europe/Brussels", reminder_offsets="1d",
                   evaluation_delay_seconds=3600, created_by="UOTHER01")


def test_a_long_list_stays_within_slack_limits_and_counts_the_rest(stack):
    with stack.bot.db.session() as session:
        for n in range(27):
            session.add(_bare_network("T0TWIN", f"CMANY{n:03d}", f"Netwerk {n:02d}"))
        session.add(_bare_network("TOTHER01", "CFOREIGN", "Elders"))
    answer = _listing(stack, BOB)
    assert len(answer["blocks"]) <= 50
    assert len(_entries(answer)) == 20 and "Elders" not in str(answer["blocks"])
    assert "Nog 7 netwerken staan niet in de lijst" in answer["blocks"][-1]["elements"][0]["text"]
    foreign = next(n.id for n in rows(stack, Network) if n.team_id == "TOTHER01")
    stack.driver.click(BOB, "directory_join", message=answer, channel_id=CHANNEL,
                       value=str(foreign))
    stack.twin.wait_for("response_url", lambda c: "bestaat niet (meer)" in c.args["text"])
    assert stack.twin.calls_to("views.open") == []


def test_a_workspace_finds_the_networks_whose_channel_is_shared_with_it(networks):
    """Slack Connect: a person of another workspace (with the app installed there) finds the
    networks shared with their workspace, and only those."""
    other, frank = "T0OTHER1", "UFRANK01"
    networks.twin.add_user(frank, "frank", team_id=other)
    networks.twin.app_team_ids.add(other)
    assert _names(_listing(networks, frank, channel=KORTRIJK)) == []
    networks.driver.event(networks.twin.share_channel(KORTRIJK, other))
    eventually(lambda: other in rows(networks, Network, Network.channel_id == KORTRIJK)[0].teams)
    assert _names(_listing(networks, frank, channel=KORTRIJK)) == ["Kortrijk Digitaal"]
