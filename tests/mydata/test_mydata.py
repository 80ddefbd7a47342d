"""`/leernet mijn-data`: a person sees, downloads and erases what is stored about them, and
nothing about anyone else; through signed requests and the Slack twin."""

import json

from sqlmodel import select

from handlers.reports.blocks import item_line, report_message
from handlers.slack import ids
from storage.models import (
    FORMER_MEMBER,
    ActionItem,
    Attendance,
    Consent,
    EvaluationAnswer,
    KickoffResponse,
    KnowledgeItem,
    LanguageChoice,
    Meeting,
    Membership,
    Network,
    PollVote,
    Report,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.mydata.helpers import personal_rows, seed
from tests.slack_helpers import (
    block_texts,
    channel_message,
    create_network,
    eventually,
    message_text,
    rows,
)


def _overview(stack, user: str) -> dict:
    response = stack.driver.command(user, "my-data" if user == ANN else "mijn-data", CHANNEL)
    assert response.status == 200, response.body
    return response.json


def _click(stack, user: str, message: dict, action_id: str, **kwargs):
    response = stack.driver.click(user, action_id, message=message, channel_id=CHANNEL, **kwargs)
    assert response.status == 200, response.body
    return response


def _post_report(stack, report_id: int) -> None:
    """The report in the channel, as the bot posted it (by Ann, with her next step)."""
    from slack_sdk import WebClient

    from slack_twin.local_stack import BOT_TOKEN

    client = WebClient(token=BOT_TOKEN, base_url=stack.twin.api_url)
    ts = client.chat_postMessage(channel=CHANNEL, text=f"<@{ANN}>: verslag")["ts"]
    with stack.bot.db.session() as session:
        report = session.get(Report, report_id)
        report.channel_ts = ts
        session.add(report)


def _last_response(stack) -> dict:
    calls = stack.twin.calls_to("response_url")
    return calls[-1].args if calls else {}


def test_my_data_shows_the_persons_own_data_and_nobody_elses(network):
    seed(network, {ANN: "appel", BOB: "banaan"})
    shown = block_texts(_overview(network, ANN)["blocks"])
    assert "Zorg &amp; Welzijn Gent" in shown and "Org appel" in shown, shown
    assert "votes: 1" in shown and "agenda items: 1" in shown and "evaluations answered: 1" in shown
    assert "banaan" not in shown and BOB not in shown
    # Her introduction is posted with consent: the withdrawal button is there (kickoff's).
    with network.bot.db.session() as session:
        answer = session.exec(select(KickoffResponse).where(KickoffResponse.user_id == ANN)).one()
        answer.intro_ts = "1700000000.000100"
        session.add(answer)
    blocks = _overview(network, ANN)["blocks"]
    (withdraw,) = [e for b in blocks if b["type"] == "actions" for e in b["elements"]
                   if e["action_id"] == ids.KICKOFF_WITHDRAW]
    assert withdraw["value"] == str(answer.network_id)
    # Bob reads it in Dutch, and sees no withdrawal: his introduction was never posted.
    bob = _overview(network, BOB)["blocks"]
    assert "Org banaan" in block_texts(bob) and "Antwoorden op bijeenkomsten" in block_texts(bob)
    assert ids.KICKOFF_WITHDRAW not in json.dumps(bob)


def test_the_export_arrives_in_the_dm_with_her_data_and_nobody_elses(network):
    seed(network, {ANN: "appel", BOB: "banaan"})
    message = _overview(network, ANN)
    _click(network, ANN, message, ids.MYDATA_EXPORT)
    network.twin.wait_for("files.completeUploadExternal")
    dm = network.twin.dm_channel(ANN)
    files = {f["name"]: f for f in network.twin.files(dm)}
    assert set(files) == {"leernet-my-data.json", "leernet-my-data.md"}, files
    document = json.loads(files["leernet-my-data.json"]["content"])
    assert document["user_id"] == ANN and document["language"] == "en"
    (place,) = document["networks"]
    assert place["kickoff"]["learning_questions"] == "Vraag appel"
    assert place["votes"] == [{"poll": 1, "question": "Welk thema?", "option": "Dementie"}]
    assert place["agenda_items"][0]["text"] == "Agenda appel"
    assert place["apply_at_work"][0]["text"] == "Toepassen appel"
    assert place["action_items"] == [{"text": "Stap appel", "due_date": None, "done": False}]
    assert place["membership"]["role"] == "participant" and place["message_receipts"] == 1
    (consent,) = place["consents"]
    assert consent["text"] == "Mijn kennismaking mag in het kanaal." and consent["given_at"]
    assert [i["title"] for i in place["library_items"]] == ["Item appel"]
    everything = files["leernet-my-data.json"]["content"].decode()
    assert "banaan" not in everything and BOB not in everything
    readable = files["leernet-my-data.md"]["content"].decode()
    assert readable.startswith("# What Leernet keeps about you")  # her language
    assert "Vraag appel" in readable and "Item appel" in readable and "banaan" not in readable
    eventually(lambda: any("direct messages" in c.args.get("text", "")
                           for c in network.twin.calls_to("response_url")))


def test_erasing_one_network_leaves_no_personal_row_and_keeps_the_counts(network):
    ids_ = seed(network, {ANN: "appel", BOB: "banaan"})
    _post_report(network, ids_["report"])
    before = personal_rows(network, ANN)  # the search finds her before
    assert before["consent.user_id"] == 1 and before["evaluationanswer.named_user_id"] == 1
    assert before["knowledgeitem.author_id"] == 1
    message = _overview(network, ANN)
    _click(network, ANN, message, ids.MYDATA_ERASE, value=str(ids_["network"]))
    # Her language choice belongs to no network: it stays until she erases everything.
    eventually(lambda: personal_rows(network, ANN) == {"languagechoice.user_id": 1})
    eventually(lambda: "is erased" in _last_response(network).get("text", ""))

    (net,) = rows(network, Network)
    assert net.former_members == 1
    assert len(rows(network, PollVote)) == 2 and len(rows(network, Attendance)) == 2
    # Her answer to the named evaluation stays in the group's results, without her name.
    with network.bot.db.session() as session:
        named = sorted(str(a.named_user_id) for a in session.exec(select(EvaluationAnswer)))
    assert named == sorted([BOB, FORMER_MEMBER])
    assert [c.user_id for c in rows(network, Consent)] == [BOB]
    # Her library item is gone, from search too; Bob's stays.
    assert [i.title for i in rows(network, KnowledgeItem)] == ["Item banaan"]
    found = network.driver.command(BOB, "kennis voorbeeld", CHANNEL).json
    assert "Item banaan" in json.dumps(found) and "Item appel" not in json.dumps(found)
    assert not rows(network, Membership, Membership.user_id == ANN)
    # Bob keeps everything.
    assert len(rows(network, KickoffResponse)) == 1 and "Vraag banaan" in str(
        rows(network, KickoffResponse)[0])
    # The report and her next step stay, by "a former member", in the channel too.
    (report,) = rows(network, Report)
    shown = channel_message(network, report.channel_ts)
    assert "a former member" in message_text(shown) or "een oud-lid" in message_text(shown)
    assert ANN not in message_text(shown)
    meeting = rows(network, Meeting)[0]
    items = rows(network, ActionItem)
    _, blocks = report_message(net, meeting, report, items, "en")
    assert "a former member" in block_texts(blocks) and ANN not in json.dumps(blocks)
    assert item_line(items[0], "nl") == "Stap appel · een oud-lid"


def test_erasing_everything_takes_the_language_choice_too(network):
    seed(network, {ANN: "appel", BOB: "banaan"})
    message = _overview(network, ANN)
    _click(network, ANN, message, ids.MYDATA_ERASE_ALL)
    eventually(lambda: not personal_rows(network, ANN)
               and not rows(network, LanguageChoice, LanguageChoice.user_id == ANN))
    # What is left, shown again: nothing about her.
    eventually(lambda: "Everything Leernet kept about you is erased" in
               _last_response(network).get("text", ""))
    assert personal_rows(network, BOB)


def test_the_last_facilitator_must_hand_over_first(network):
    ids_ = seed(network, {ANN: "appel"})
    message = _overview(network, FACILITATOR)
    _click(network, FACILITATOR, message, ids.MYDATA_ERASE, value=str(ids_["network"]))
    eventually(lambda: "laatste facilitator" in json.dumps(
        [c.args for c in network.twin.calls_to("response_url")]))
    assert rows(network, Membership, Membership.user_id == FACILITATOR)
    _click(network, FACILITATOR, message, ids.MYDATA_ERASE_ALL)
    eventually(lambda: len([c for c in network.twin.calls_to("response_url")
                            if "laatste facilitator" in json.dumps(c.args)]) == 2)
    assert rows(network, Membership, Membership.user_id == FACILITATOR)


def test_a_forged_network_or_value_erases_nothing(network):
    ids_ = seed(network, {ANN: "appel", BOB: "banaan"})
    message = _overview(network, ANN)
    before = personal_rows(network, ANN)
    for forged in ("0", "-1", "abc", "99999999999999999999", str(ids_["network"] + 1), "",
                   "1 OR 1=1", "\u0000", "all"):
        _click(network, ANN, message, ids.MYDATA_ERASE, value=forged)
    for forged in ("1", "", "ALL", "all\u0000"):
        _click(network, ANN, message, ids.MYDATA_ERASE_ALL, value=forged)
    eventually(lambda: len(network.twin.calls_to("response_url")) >= 13)
    assert personal_rows(network, ANN) == before
    # Bob cannot erase Ann: a click erases only the clicker.
    _click(network, BOB, message, ids.MYDATA_ERASE, value=str(ids_["network"]))
    eventually(lambda: not personal_rows(network, BOB))  # he chose no language
    assert personal_rows(network, ANN) == before


def test_home_offers_my_data_and_the_privacy_notice(network):
    network.driver.event({"type": "app_home_opened", "user": ANN, "tab": "home"})
    eventually(lambda: network.twin.home(ANN) is not None)
    home = network.twin.home(ANN)
    before = len(network.twin.calls_to("views.open"))
    _ = network.driver.click(ANN, ids.MYDATA_OPEN, view=home)
    opened = network.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    assert "What Leernet keeps about you" in block_texts(opened["blocks"])
    network.driver.click(ANN, ids.PRIVACY_OPEN, view=opened)
    pushed = network.twin.wait_for("views.push")[-1].args["view"]
    assert "What Leernet keeps" in block_texts(pushed["blocks"])
    assert "730 days" in block_texts(pushed["blocks"])


def test_the_join_and_questionnaire_forms_point_to_the_privacy_notice(network):
    from handlers.kickoff.blocks import questionnaire_modal
    from handlers.membership.blocks import join_modal

    (net,) = rows(network, Network)
    for view in (join_modal("nl", net, False), questionnaire_modal("en", net, None, None)):
        text = block_texts(view["blocks"])
        assert "privacy" in text and ids.PRIVACY_OPEN in json.dumps(view)
    answer = network.driver.command(BOB, "privacy", CHANNEL).json
    assert "Wat Leernet bewaart" in block_texts(answer["blocks"])


def test_erasing_one_network_leaves_her_other_network_alone(network):
    from tests.slack_helpers import add_member, create_network

    other = "CBRUG001"
    network.twin.add_channel(other, "leernet-brugge", members=[FACILITATOR, ANN])
    create_network(network, FACILITATOR, channel=other, name="Brugge")
    add_member(network, ANN, channel=other)
    gent = seed(network, {ANN: "appel"})
    seed(network, {ANN: "peer"}, channel=other)
    message = _overview(network, ANN)
    assert "Brugge" in block_texts(message["blocks"])
    _click(network, ANN, message, ids.MYDATA_ERASE, value=str(gent["network"]))
    eventually(lambda: "is erased" in _last_response(network).get("text", ""))
    (left,) = rows(network, KickoffResponse, KickoffResponse.user_id == ANN)
    assert left.learning_questions == "Vraag peer"
    (place,) = rows(network, Membership, Membership.user_id == ANN)
    assert place.network_id != gent["network"]
    assert len(rows(network, PollVote, PollVote.user_id == ANN)) == 1


def test_a_networks_only_member_may_erase_without_anyone_to_hand_over_to(stack):
    """The last facilitator hands over first, but with nobody else in the network there is
    nobody to hand over to: the right to erase is not blocked by that."""
    create_network(stack)
    message = _overview(stack, FACILITATOR)
    network_id = rows(stack, Network)[0].id
    _click(stack, FACILITATOR, message, ids.MYDATA_ERASE, value=str(network_id))
    eventually(lambda: not rows(stack, Membership))
    assert not personal_rows(stack, FACILITATOR)
    assert rows(stack, Network)[0].former_members == 1
