"""Pairing through signed HTTP and the twin: the facilitators' setting (off by default, in the
network's time zone, never 02:00-03:00), a round's group DMs once (restart-safe: drawn once,
never again), pause and opt-out buttons, the follow-up once per group, and facilitators who
see only the rate."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlmodel import col

from slack_twin import validate_blocks
from storage.models import (
    DeliveryKind,
    DeliveryReceipt,
    DeliveryStatus,
    Membership,
    MembershipStatus,
    Network,
    PairingGroup,
    PairingMember,
    PairingRound,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.digests.helpers import say
from tests.pairing.helpers import (
    CAS,
    DIRK,
    ORGANISATIONS,
    again,
    five_members,
    pending,
    run,
    set_pairing,
)
from tests.slack_helpers import block_texts, message_text, open_modal, rows

BRUSSELS = ZoneInfo("Europe/Brussels")


def _groups(stack) -> list[list[str]]:
    members = rows(stack, PairingMember)
    by_group: dict[int, list[str]] = {}
    for member in members:
        by_group.setdefault(member.group_id, []).append(member.user_id)
    return [sorted(g) for g in by_group.values()]


def _group_dm_messages(stack, users: list[str]) -> list[dict]:
    channel = stack.twin.group_dm(*users)
    return stack.twin.messages(channel) if channel else []


def _round(stack):
    set_pairing(stack)
    (delivery,) = pending(stack)
    assert run(stack, delivery) == DeliveryStatus.SENT
    return delivery


def test_pairing_is_off_until_a_facilitator_switches_it_on_in_the_networks_time_zone(network):
    assert pending(network) == []
    assert rows(network, Network)[0].pairing_on is False
    answer = say(network, BOB, "koppelen")
    assert "Koppelen staat uit" in answer, answer

    view = open_modal(network, FACILITATOR, "koppelen")
    assert "instemt" in block_texts(view["blocks"])  # the group decides with the facilitator
    assert "02:00" not in str(view)  # the hour a DST switch skips or repeats
    done = set_pairing(network, weeks="3", day="3", hour="9")
    (delivery,) = pending(network)
    local = delivery.run_at.astimezone(BRUSSELS)
    assert (local.isoweekday(), local.hour, local.minute) == (3, 9, 0)
    assert "om de 3 weken" in block_texts(done["blocks"]), done
    assert "Volgende ronde" in block_texts(done["blocks"])
    # The channel is told, once, with the buttons to step out.
    (posted,) = network.twin.wait_for(
        "chat.postMessage", lambda c: c.args.get("channel") == CHANNEL
        and "Koppelen" in c.args.get("text", ""))
    announced = message_text(posted.args)
    assert "zoals de groep besliste" in announced and "Niet meer koppelen" in announced
    set_pairing(network, weeks="2")
    assert len([m for m in network.twin.messages(CHANNEL)
                if "zoals de groep besliste" in m["text"]]) == 1

    answer = say(network, BOB, "koppelen")
    assert "Koppelen staat aan" in answer and "Je doet mee" in answer, answer
    set_pairing(network, on=False)
    assert pending(network) == []


def test_a_round_puts_people_of_other_organisations_in_group_dms_once(network):
    five_members(network)
    delivery = _round(network)
    groups = _groups(network)
    # Five people: a pair and a group of three, nobody with a colleague (Ann and Dirk).
    assert sorted(len(g) for g in groups) == [2, 3]
    assert sorted(u for g in groups for u in g) == sorted(ORGANISATIONS)
    for group in groups:
        organisations = [ORGANISATIONS[u] for u in group]
        assert len(set(organisations)) == len(organisations), group
        (message,) = _group_dm_messages(network, group)
        text = message_text(message)
        assert "Samenwerken rond dementie" in text  # the network's theme
        assert all(f"<@{u}>" in text for u in group)
        assert not validate_blocks(message["blocks"], surface="message")
        assert set(network.twin.channel_members(network.twin.group_dm(*group))) == {
            *group, "UBOT"}
    (pairing_round,) = rows(network, PairingRound)
    assert pairing_round.unmatched == 0
    opened = [c for c in network.twin.calls_to("conversations.open") if "," in c.args["users"]]
    assert len(opened) == 2

    # A restart with the claim lost: the same groups, nobody messaged twice, no new draw.
    assert again(network, delivery) == DeliveryStatus.SENT
    # A send whose result was never recorded is found in the group DM, not posted again.
    with network.bot.db.session() as session:
        session.execute(update(DeliveryReceipt).where(
            col(DeliveryReceipt.delivery_id) == delivery.id).values(message_ts=None))
    assert again(network, delivery) == DeliveryStatus.SENT
    assert _groups(network) == groups
    assert len(rows(network, PairingRound)) == 1
    for group in groups:
        assert len(_group_dm_messages(network, group)) == 1
    # The next round is planned, the chosen number of weeks on; the follow-up a week on.
    (following,) = pending(network)
    assert following.run_at - delivery.run_at == timedelta(weeks=2)
    (follow_up,) = pending(network, DeliveryKind.PAIRING_FOLLOW_UP)
    assert follow_up.run_at - delivery.run_at == timedelta(days=7)


def test_the_next_round_avoids_earlier_partners_and_leaves_out_who_opted_out_or_left(network):
    five_members(network)
    first = _round(network)
    groups = _groups(network)
    # Dirk stops with the button on his round message; Cas leaves the network.
    (dirk_group,) = [g for g in groups if DIRK in g]
    (message,) = _group_dm_messages(network, dirk_group)
    channel = network.twin.group_dm(*dirk_group)
    before = len(network.twin.calls_to("response_url"))
    network.driver.click(DIRK, "pairing_opt_out", message=message, channel_id=channel)
    answer = network.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "niet meer gekoppeld" in answer, answer
    with network.bot.db.session() as session:
        session.execute(update(Membership).where(col(Membership.user_id) == CAS)
                        .values(status=MembershipStatus.LEFT))

    (second,) = pending(network)
    assert second.id != first.id
    assert run(network, second) == DeliveryStatus.SENT
    (_, second_round) = rows(network, PairingRound)
    second_groups = {g.id for g in rows(network, PairingGroup) if g.round_id == second_round.id}
    newest = [m.user_id for m in rows(network, PairingMember) if m.group_id in second_groups]
    # Facilitator, Ann and Bob: three organisations, one group of three; no Dirk, no Cas.
    assert sorted(newest) == sorted([FACILITATOR, ANN, BOB])
    answer = say(network, DIRK, "koppelen")
    assert "Je doet niet mee" in answer, answer


def test_the_follow_up_counts_one_click_per_group_and_facilitators_see_only_the_rate(network):
    five_members(network)
    _round(network)
    groups = _groups(network)
    (follow_up,) = pending(network, DeliveryKind.PAIRING_FOLLOW_UP)
    assert run(network, follow_up) == DeliveryStatus.SENT
    assert again(network, follow_up) == DeliveryStatus.SENT  # once, even run twice
    pair = next(g for g in groups if len(g) == 2)
    channel = network.twin.group_dm(*pair)
    (round_message, question) = network.twin.messages(channel)
    assert "Hebben jullie elkaar al gesproken" in question["text"]

    before = len(network.twin.calls_to("response_url"))
    network.driver.click(pair[0], "pairing_met", message=question, channel_id=channel)
    network.twin.wait_for("response_url", count=before + 1)
    (_, answered) = network.twin.messages(channel)
    assert "jullie hebben afgesproken" in answered["text"], answered
    # The other one clicks the same question (a stale copy): it counts once.
    network.driver.click(pair[1], "pairing_met", message=question, channel_id=channel)
    again_text = network.twin.wait_for("response_url", count=before + 2)[-1].args["text"]
    assert "al genoteerd" in again_text, again_text
    # Someone of another group cannot answer for this one (a forged click).
    outsider = next(u for g in groups if g != pair for u in g)
    network.driver.click(outsider, "pairing_not_yet", message=question, channel_id=channel)
    refusal = network.twin.wait_for("response_url", count=before + 3)[-1].args["text"]
    assert "hoort er niet bij" in refusal or "not part of it" in refusal, refusal
    assert sorted(g.met for g in rows(network, PairingGroup)
                  if g.met is not None) == [True]

    view = open_modal(network, FACILITATOR, "koppelen")
    text = block_texts(view["blocks"])
    assert "Ronde 1: 1 van 2 koppels spraken af (1 antwoordden)" in text, text
    assert "<@" not in text  # never who met whom
    assert not any(u in text for u in ORGANISATIONS)


def test_a_pause_skips_the_next_round_only(network):
    five_members(network)
    set_pairing(network)
    (delivery,) = pending(network)
    before = len(network.twin.calls_to("response_url"))
    answer = say(network, ANN, "koppelen")
    assert "You take part" in answer, answer  # Ann reads English
    response = network.driver.command(ANN, "koppelen", CHANNEL)
    buttons = response.json["blocks"]
    message = {"blocks": buttons, "ts": None, "text": ""}
    network.driver.click(ANN, "pairing_pause", message=message, channel_id=CHANNEL)
    network.twin.wait_for("response_url", count=before + 1)
    assert "You skip round 1" in say(network, ANN, "koppelen")
    run(network, delivery)
    assert ANN not in {u for g in _groups(network) for u in g}
    (second,) = pending(network)
    run(network, second)
    assert ANN in {m.user_id for m in rows(network, PairingMember)}


def test_a_member_of_another_workspace_is_introduced_by_direct_messages(network):
    """A bot cannot open a group DM with someone of another workspace (the twin refuses, as
    the Slack we count on): that group gets one DM each, naming the others."""
    other = "T0OTHER01"
    network.twin.add_user("UCARLA01", "carla", real_name="Carla Claes", team_id=other)
    network.twin.share_channel(CHANNEL, other)
    network.twin.join_channel(CHANNEL, "UCARLA01")
    with network.bot.db.session() as session:
        session.execute(update(Membership).where(col(Membership.user_id) == BOB)
                        .values(user_id="UCARLA01", user_team_id=other,
                                organisation="Huis Carla"))
        session.execute(update(Membership).where(col(Membership.user_id) == ANN)
                        .values(organisation="AZ Gent"))
    _round(network)
    (group,) = [g for g in _groups(network)]
    assert "UCARLA01" in group
    assert network.twin.group_dm(*group) is None
    for user in group:
        dm = network.twin.dm_channel(user)
        (message,) = [m for m in network.twin.messages(dm)
                      if "koppelt" in m["text"] or "pairs you" in m["text"]]
        assert all(f"<@{u}>" in message["text"] for u in group if u != user)
    refused = network.twin.handle_api("conversations.open", {"users": f"{ANN},UCARLA01"},
                                      network.twin.bot_token)
    assert refused[1]["error"] == "invalid_user_combination"


def test_erasing_a_person_takes_their_pairs_and_pause_and_keeps_the_count(network):
    five_members(network)
    _round(network)
    (bob_group,) = [g for g in _groups(network) if BOB in g]
    message = _group_dm_messages(network, bob_group)[0]
    before = len(network.twin.calls_to("response_url"))
    network.driver.click(BOB, "pairing_pause", message=message,
                         channel_id=network.twin.group_dm(*bob_group))
    network.twin.wait_for("response_url", count=before + 1)
    (group_row,) = [g for g in rows(network, PairingGroup)
                    if BOB in [m.user_id for m in rows(network, PairingMember)
                               if m.group_id == g.id]]
    with network.bot.db.session() as session:
        session.execute(update(PairingGroup).where(col(PairingGroup.id) == group_row.id)
                        .values(met=True))
    (net,) = rows(network, Network)
    network.bot.deps.services.mydata.erase("T0TWIN", BOB, net.id)
    with network.bot.db.session() as session:
        from storage.erasure import personal_rows

        left = personal_rows(session, BOB)
    assert not [key for key in left if key.startswith("pairing")], left
    # The group still counts as one that met, for nobody.
    assert [g.met for g in rows(network, PairingGroup) if g.id == group_row.id] == [True]
    # Its follow-up goes to whoever is left (a group DM needs two people: a pair of one
    # gets nothing).
    (follow_up,) = pending(network, DeliveryKind.PAIRING_FOLLOW_UP)
    assert run(network, follow_up) == DeliveryStatus.SENT


def test_a_persons_own_data_holds_their_pairs(network):
    import json
    from datetime import UTC, datetime

    from bot.domain.mydata import collect
    from handlers.mydata.export import as_json, as_markdown

    five_members(network)
    _round(network)
    (bob_group,) = [g for g in _groups(network) if BOB in g]
    with network.bot.db.session() as session:
        data = collect(session, "T0TWIN", BOB, None)
    document = json.loads(as_json(data, datetime.now(UTC)))
    (place,) = document["networks"]
    assert place["pairing"] == {
        "groups": [{"round": 1, "with": sorted(u for u in bob_group if u != BOB),
                    "met": None}],
        "paused_until_round": None, "opted_out": False}
    assert "Ronde 1: met" in as_markdown(data, datetime.now(UTC), "nl")


def test_home_shows_ones_part_in_pairing_with_its_buttons(network):
    import json

    def with_fragment(user: str, fragment: str):
        return lambda c: c.args["user_id"] == user and fragment in json.dumps(c.args["view"])

    def home_published_with(user: str, fragment: str, count: int = 1) -> dict:
        return network.twin.wait_for("views.publish", with_fragment(user, fragment),
                                     count=count)[-1].args["view"]

    def open_home(user: str) -> dict:
        def for_user(call) -> bool:
            return call.args["user_id"] == user

        before = len([c for c in network.twin.calls_to("views.publish") if for_user(c)])
        network.driver.event({"type": "app_home_opened", "user": user, "tab": "home",
                              "channel": "D0000009"})
        return network.twin.wait_for("views.publish", for_user,
                                     count=before + 1)[-1].args["view"]

    assert "pairing_pause" not in json.dumps(open_home(BOB))  # off: nothing about it
    set_pairing(network)
    home = open_home(BOB)
    assert "Je doet mee aan het koppelen" in block_texts(home["blocks"])
    before = len(network.twin.calls_to("views.open"))
    network.driver.click(BOB, "pairing_opt_out", view=home)
    # From Home (no message to answer under): a small modal, and Home shows the new state.
    notice = network.twin.wait_for("views.open", count=before + 1)[-1].args["view"]
    assert "niet meer gekoppeld" in block_texts(notice["blocks"])
    home = home_published_with(BOB, "Weer meedoen")
    assert "Je doet niet mee" in block_texts(home["blocks"])
    shown = len([c for c in network.twin.calls_to("views.publish")
                 if with_fragment(BOB, "Niet meer koppelen")(c)])
    network.driver.click(BOB, "pairing_rejoin", view=home)
    home_published_with(BOB, "Niet meer koppelen", count=shown + 1)
    assert "Je doet mee" in say(network, BOB, "koppelen")


def test_a_refused_group_dm_is_reported_to_facilitators_without_naming_the_group(network):
    five_members(network)
    set_pairing(network)
    (delivery,) = pending(network)
    network.twin.fail_next("conversations.open", "user_disabled")
    assert run(network, delivery) == DeliveryStatus.PARTIAL
    channel = network.twin.dm_channel(FACILITATOR)
    (notice,) = [m["text"] for m in network.twin.messages(channel) if "niet bezorgen" in m["text"]]
    assert "een koppelgroep (wie erin zit, blijft onder hen) (user_disabled)" in notice
    assert "pair:" not in notice and "<@" not in notice.split("bij:")[1]


def test_a_closed_network_gets_no_follow_up_and_its_buttons_count_nothing(network):
    """The round went out; the network closed before its follow-up was due: nobody is asked
    (nothing is sent for a closed network), and a stale 'we met' counts nothing."""
    from datetime import UTC, datetime

    five_members(network)
    _round(network)
    pair = next(g for g in _groups(network) if len(g) == 2)
    channel = network.twin.group_dm(*pair)
    (round_message,) = network.twin.messages(channel)
    with network.bot.db.session() as session:
        session.execute(update(Network).values(closing_started_at=datetime.now(UTC),
                                               closed_at=datetime.now(UTC)))
    (follow_up,) = pending(network, DeliveryKind.PAIRING_FOLLOW_UP)
    run(network, follow_up)
    assert network.twin.messages(channel) == [round_message]
    assert not rows(network, DeliveryReceipt, DeliveryReceipt.delivery_id == follow_up.id)

    (group,) = [g for g in rows(network, PairingGroup)
                if sorted(m.user_id for m in rows(network, PairingMember,
                                                  PairingMember.group_id == g.id)) == pair]
    before = len(network.twin.calls_to("response_url"))
    stale = {**round_message, "blocks": [{"type": "actions", "block_id": "stale", "elements": [
        {"type": "button", "action_id": "pairing_met", "value": str(group.id),
         "text": {"type": "plain_text", "text": "We met"}}]}]}
    response = network.driver.click(pair[0], "pairing_met", message=stale, channel_id=channel)
    assert response.status == 200
    refusal = network.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "afgerond" in refusal or "closed" in refusal, refusal
    assert all(g.met is None for g in rows(network, PairingGroup))


def test_a_round_due_in_the_closing_phase_is_skipped_and_pairing_goes_on_after_an_undo(network):
    """No round is drawn while the final evaluation runs; undoing the closing phase (the
    network goes on) finds the next round planned, not pairing silently stopped."""
    from datetime import UTC, datetime

    five_members(network)
    set_pairing(network)
    (due,) = pending(network)
    with network.bot.db.session() as session:
        session.execute(update(Network).values(closing_started_at=datetime.now(UTC)))
    run(network, due)
    assert rows(network, PairingRound) == []
    (following,) = pending(network)
    assert following.run_at > due.run_at
    # Nobody is told of a next round that will not be drawn.
    assert "Volgende ronde" not in block_texts(open_modal(network, FACILITATOR,
                                                          "koppelen")["blocks"])
    with network.bot.db.session() as session:  # `/leernet afsluiten annuleren`
        session.execute(update(Network).values(closing_started_at=None))
    assert run(network, following) == DeliveryStatus.SENT
    assert len(rows(network, PairingRound)) == 1 and rows(network, PairingGroup)
