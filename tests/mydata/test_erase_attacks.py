"""Erasure tried as an attacker and an operator would: what a person's erasure leaves behind
for the next scheduled message, and what a person in many networks can reach; through signed
requests and the Slack twin."""

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.domain.kickoff import LIMITS
from handlers.slack import ids
from storage.models import (
    Attendance,
    DeliveryKind,
    DeliveryReceipt,
    KickoffResponse,
    Meeting,
    Network,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.evaluations.helpers import run
from tests.mydata.helpers import network_id
from tests.slack_helpers import add_member, block_texts, create_network, eventually, rows


def _overview(stack, user: str) -> dict:
    response = stack.driver.command(user, "my-data", CHANNEL)
    assert response.status == 200, response.body
    return response.json


def test_an_erased_attendee_is_nobody_to_invite_or_remind(network):
    """Bob was confirmed present, then erased his data: his attendance stays as a token (the
    head count), and the evaluation must not try to DM that token (a failed delivery and a
    'could not reach' notice about nobody)."""
    nid = network_id(network)
    with network.bot.db.session() as session:
        meeting = Meeting(team_id="T0TWIN", network_id=nid,
                          starts_at=datetime.now(UTC) - timedelta(hours=3), duration_minutes=120,
                          location="Gent", learning_form="intervision", created_by=FACILITATOR)
        session.add(meeting)
        session.flush()
        for user in (ANN, BOB):
            session.add(Attendance(team_id="T0TWIN", meeting_id=meeting.id, user_id=user,
                                   present=True, confirmed_by=FACILITATOR))
        meeting_id = meeting.id
    message = _overview(network, BOB)
    response = network.driver.click(BOB, ids.MYDATA_ERASE, message=message, channel_id=CHANNEL,
                                    value=str(nid))
    assert response.status == 200
    eventually(lambda: all(a.user_id.startswith("~") for a in rows(network, Attendance)
                           if a.user_id != ANN))
    run(network, DeliveryKind.EVALUATION, meeting_id)
    run(network, DeliveryKind.EVALUATION_REMINDER, meeting_id)
    receipts = [r.user_id for r in rows(network, DeliveryReceipt)]
    assert receipts and not [u for u in receipts if u.startswith("~")], receipts
    opened = [c.args.get("users") for c in network.twin.calls_to("conversations.open")]
    assert not [u for u in opened if str(u).startswith("~")], opened


def test_a_person_in_twelve_networks_reaches_every_one_from_the_command(network):
    """Twelve networks do not fit one message (50 blocks): the message says how many more
    there are and opens the full overview, rather than leaving two out without a word."""
    for i in range(11):
        channel = f"CNET{i:04d}"
        network.twin.add_channel(channel, f"net-{i}", members=[FACILITATOR, ANN])
        create_network(network, FACILITATOR, channel=channel, name=f"Netwerk {i}")
        add_member(network, ANN, channel=channel)
    with network.bot.db.session() as session:
        for net in session.exec(select(Network)).all():
            session.add(KickoffResponse(team_id=net.team_id, network_id=net.id, user_id=ANN,
                                        **{f: "<&>" * (LIMITS[f] // 3)
                                           for f in ids.KICKOFF_TEXT_FIELDS},
                                        consent_intro=True, intro_ts="1.1"))
    message = _overview(network, ANN)
    blocks = message["blocks"]
    assert len(blocks) <= 50 - 1  # room for the line an erasure puts on top
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    shown = block_texts(blocks)
    assert shown.count("<#") == 10 and "2 more networks" in shown, shown[-600:]
    assert ids.MYDATA_OPEN in json.dumps(blocks)
    # The overview it opens holds all twelve, within a modal's 100 blocks.
    before = len(network.twin.calls_to("views.open"))
    network.driver.click(ANN, ids.MYDATA_OPEN, message=message, channel_id=CHANNEL)
    view = network.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    assert block_texts(view["blocks"]).count("<#") == 12 and len(view["blocks"]) <= 100


def test_the_privacy_notice_says_who_sees_a_members_organisation(network):
    """Any member reads everyone's organisation in `/leernet leden`: the notice must not tell
    them only the facilitators see it, in either language."""
    roster = network.driver.command(BOB, "leden", CHANNEL).json
    assert "AZ Gent" in block_texts(roster["blocks"]) and ANN in json.dumps(roster)
    for user, wrong, right in (
            (ANN, "organisation and membership: the facilitators", "the network's members"),
            (BOB, "organisatie en lidmaatschap: de facilitators", "de leden van het netwerk")):
        notice = block_texts(network.driver.command(user, "privacy", CHANNEL).json["blocks"])
        assert wrong not in notice.lower() and right in notice, notice


def test_the_export_holds_her_consents_and_named_answers_and_nobody_elses(network):
    """What she agreed to (and when), and what she answered in an evaluation held by name,
    are stored with her id: the download must hold them, and nothing of Bob's."""
    from tests.mydata.helpers import seed

    seed(network, {ANN: "appel", BOB: "banaan"})
    message = _overview(network, ANN)
    network.driver.click(ANN, ids.MYDATA_EXPORT, message=message, channel_id=CHANNEL)
    network.twin.wait_for("files.completeUploadExternal")
    files = {f["name"]: f for f in network.twin.files(network.twin.dm_channel(ANN))}
    document = json.loads(files["leernet-my-data.json"]["content"])
    (place,) = document["networks"]
    (consent,) = place["consents"]
    assert consent["text"] == "Mijn kennismaking mag in het kanaal."
    assert consent["kind"] == "intro" and consent["given_at"] and consent["withdrawn_at"] is None
    (named,) = place["named_evaluation_answers"]
    assert named["keep"] == "Behouden appel" and named["scores"]["relevance"] == 4
    readable = files["leernet-my-data.md"]["content"].decode()
    assert "Mijn kennismaking mag in het kanaal." in readable and "Behouden appel" in readable
    everything = files["leernet-my-data.json"]["content"].decode() + readable
    assert "banaan" not in everything and BOB not in everything


def test_the_agreements_in_the_channel_name_an_erased_author_as_a_former_member(network):
    """The facilitator who recorded the agreements erases their data (a co-facilitator stays).
    The pinned message is shown again at once: it no longer names them, nor counts them, and
    a later redraw never shows a broken mention of the erased id."""
    from sqlmodel import select

    from storage.models import Agreement, Membership, Role
    from tests.slack_helpers import channel_message, message_text, open_modal, submit_and_wait

    view = open_modal(network, FACILITATOR, "afspraken")
    submit_and_wait(network, FACILITATOR, view, {"text": "Wat hier gezegd wordt, blijft hier."})
    (agreement,) = rows(network, Agreement)
    with network.bot.db.session() as session:
        ann = session.exec(select(Membership).where(Membership.user_id == ANN)).one()
        ann.role = Role.FACILITATOR
        session.add(ann)
    message = _overview(network, FACILITATOR)
    network.driver.click(FACILITATOR, ids.MYDATA_ERASE, message=message, channel_id=CHANNEL,
                         value=str(network_id(network)))

    def shown() -> str:
        return json.dumps(channel_message(network, agreement.channel_ts), ensure_ascii=False)

    eventually(lambda: FACILITATOR not in shown())
    assert "oud-lid" in shown() and "0 van 2 akkoord" in shown(), shown()
    network.driver.click(BOB, "agreement_ack", message=channel_message(
        network, agreement.channel_ts), channel_id=CHANNEL)
    eventually(lambda: "1 van 2 akkoord" in shown())
    assert "<@~" not in shown() and "oud-lid" in shown(), message_text(
        channel_message(network, agreement.channel_ts))


def test_a_step_ticked_off_by_an_erased_member_reads_a_former_member(network):
    """Ann ticked off her step, then erased her data: Bob's late click on 'done' is told it
    was done already, by 'a former member', not by a broken mention of the erased id."""
    from storage.models import ActionItem
    from tests.mydata.helpers import seed

    seed(network, {ANN: "appel", BOB: "banaan"})
    (item,) = [i for i in rows(network, ActionItem) if i.owner_id == ANN]
    with network.bot.db.session() as session:
        row = session.get(ActionItem, item.id)
        row.done_by, row.done_at = ANN, datetime.now(UTC)
        session.add(row)
    message = _overview(network, ANN)
    network.driver.click(ANN, ids.MYDATA_ERASE, message=message, channel_id=CHANNEL,
                         value=str(network_id(network)))
    eventually(lambda: any("is erased" in c.args.get("text", "")
                           for c in network.twin.calls_to("response_url")))
    done = {"type": "button", "action_id": ids.action_done_id(item.id), "value": str(item.id),
            "text": {"type": "plain_text", "text": "Klaar"}}
    report = {"ts": "1.1", "text": "verslag",
              "blocks": [{"type": "actions", "elements": [done]}]}
    for user in (BOB, FACILITATOR):  # not hers to tick off / done already
        before = len(network.twin.calls_to("response_url"))
        network.driver.click(user, ids.action_done_id(item.id), channel_id=CHANNEL,
                             message=report)
        told = network.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
        assert "<@~" not in told and "oud-lid" in told, told
