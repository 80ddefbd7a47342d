"""`/leernet deel` and `/leernet kennis` through signed HTTP: sharing with field errors and
an escaped echo, who may share, who sees which item, search with Dutch word forms, the
newest items and themes, showing, editing and removing an item."""

from storage.models import KnowledgeItem, Membership, Role, Visibility
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.knowledge.helpers import ITEM_VALUES, click, items, listed, search, share
from tests.slack_helpers import add_member, create_network, open_modal, rows

CAROL, DAVE = "UCAROL01", "UDAVE001"
OTHER = "COTHER01"


def test_a_member_shares_an_item_quietly_and_finds_it_by_another_word_form(network):
    answer = share(network, BOB, title="Stagiairs <!channel> begeleiden")
    assert answer["response_action"] == "update"
    notice = answer["view"]["blocks"][0]["text"]["text"]
    assert "Stagiairs &lt;!channel&gt; begeleiden" in notice and "<!channel>" not in notice
    assert network.twin.messages(CHANNEL) == [m for m in network.twin.messages(CHANNEL)
                                              if "begeleiden" not in str(m)]  # nothing posted
    (item,) = items(network)
    assert (item.author_id, item.author_team_id, item.themes) == (
        BOB, "T0TWIN", "stage\nbegeleiding")
    found = listed(search(network, ANN, "stagiair"))
    assert list(found) == [item.id]
    assert "*stagiair*" in found[item.id]
    assert list(listed(search(network, FACILITATOR, "mentoren"))) == [item.id]


def test_the_form_suggests_the_network_s_earlier_themes(network):
    share(network, BOB)
    view = open_modal(network, ANN, "deel")
    (themes,) = [b for b in view["blocks"] if b.get("block_id") == "themes"]
    assert [o["value"] for o in themes["element"]["options"]] == ["begeleiding", "stage"]
    answer = network.driver.submit_view(ANN, view, {
        **ITEM_VALUES, "title": "Mentoren", "themes": ["stage"], "new_themes": "Mentoring, stage"})
    assert answer.json["response_action"] == "update"
    assert items(network)[-1].themes == "stage\nMentoring"


def test_wrong_input_gets_an_error_next_to_each_field(network):
    view = open_modal(network, BOB, "deel")
    answer = network.driver.submit_view(BOB, view, {
        **ITEM_VALUES, "title": "   ", "link": "javascript:alert(1)",
        "new_themes": ",".join(f"thema {n}" for n in range(9)), "show_organisation": ["yes"],
        "organisation": None})
    assert answer.json["response_action"] == "errors"
    assert set(answer.json["errors"]) == {"title", "link", "new_themes", "organisation"}
    assert items(network) == []
    fixed = network.driver.submit_view(BOB, view, {**ITEM_VALUES,
                                                   "link": "https://example.org/a?b=1&c=2"})
    assert fixed.json["response_action"] == "update"
    assert items(network)[0].link == "https://example.org/a?b=1&c=2"


def test_only_active_members_of_the_channel_s_network_may_share(network):
    network.twin.add_user(CAROL, "carol")
    opened = len(network.twin.calls_to("views.open"))
    response = network.driver.command(CAROL, "deel", CHANNEL)
    assert "Alleen actieve leden" in response.body
    response = network.driver.command(BOB, "deel", "CNONE001")  # no network lives there
    assert response.status == 200
    assert len(network.twin.calls_to("views.open")) == opened


def test_each_person_sees_their_networks_items_the_workspace_s_and_public_ones(network):
    network.twin.add_user(CAROL, "carol")
    network.twin.add_user(DAVE, "dave")
    network.twin.add_channel(OTHER, "leernet-brugge", members=[FACILITATOR, CAROL])
    share(network, BOB, title="Alleen het netwerk", text="stagiair netwerk")
    share(network, BOB, title="De werkruimte", text="stagiair werkruimte",
          visibility="workspace")
    share(network, BOB, title="Publiek", text="stagiair publiek", visibility="public")
    create_network(network, channel=OTHER, name="Brugge")
    add_member(network, CAROL, OTHER)
    with network.bot.db.session() as session:  # Dave left the Gent network
        (bob,) = [m for m in rows(network, Membership) if m.user_id == BOB]
        session.add(Membership(team_id="T0TWIN", network_id=bob.network_id, user_id=DAVE,
                               role=Role.PARTICIPANT, status="left"))
    by_title = {i.id: i.title for i in items(network)}

    def seen(user: str) -> set[str]:
        return {by_title[i] for i in listed(search(network, user, "stagiairs"))}

    assert seen(ANN) == {"Alleen het netwerk", "De werkruimte", "Publiek"}
    assert seen(CAROL) == {"De werkruimte", "Publiek"}
    assert seen(DAVE) == {"De werkruimte", "Publiek"}
    newest = search(network, CAROL)
    assert {by_title[i] for i in listed(newest)} == {"De werkruimte", "Publiek"}
    assert "Thema's: begeleiding, stage" in str(newest["blocks"])
    hidden = next(i for i, title in by_title.items() if title == "Alleen het netwerk")
    answer = click(network, CAROL, "knowledge_show", search(network, ANN, "netwerk"), hidden)
    assert "bestaat niet meer" in answer["text"]  # Carol may not see it, even by its id


def test_the_author_and_facilitators_edit_and_remove_others_only_look(network):
    share(network, BOB)
    (item,) = items(network)
    answer = search(network, ANN, "stagiairs")
    shown = click(network, ANN, "knowledge_show", answer, item.id)
    assert "Eén *mentor* per stagiair" in str(shown["blocks"])
    assert "knowledge_edit" not in str(shown["blocks"])
    shown = click(network, BOB, "knowledge_show", search(network, BOB, "stagiairs"), item.id)
    assert "knowledge_edit" in str(shown["blocks"]) and "knowledge_remove" in str(shown["blocks"])
    refused = click(network, ANN, "knowledge_remove", shown, item.id,
                    block_id=f"knowledge_item:{item.id}")
    assert "Only the person who shared the item" in refused["text"]  # Ann reads English

    before = len(network.twin.calls_to("views.open"))
    network.driver.click(BOB, "knowledge_edit", message=shown, channel_id=CHANNEL,
                         block_id=f"knowledge_item:{item.id}")
    view = network.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    assert [b["element"].get("initial_value") for b in view["blocks"]
            if b.get("block_id") == "title"] == ["Stagiairs begeleiden"]
    edited = network.driver.submit_view(BOB, view, {"title": "Coaching van stagiairs",
                                                     "text": "Een coach per groep."})
    assert edited.json["response_action"] == "update"
    assert listed(search(network, ANN, "mentor")) == {}
    assert list(listed(search(network, ANN, "coach"))) == [item.id]

    shown = click(network, FACILITATOR, "knowledge_show", search(network, FACILITATOR, "coach"),
                  item.id)
    removed = click(network, FACILITATOR, "knowledge_remove", shown, item.id,
                    block_id=f"knowledge_item:{item.id}")
    assert "Verwijderd uit de bibliotheek" in removed["text"]
    assert items(network) == []
    assert listed(search(network, ANN, "coach")) == {}


def test_hostile_searches_are_answered_as_plain_words(network):
    share(network, BOB, visibility=Visibility.PUBLIC.value)
    for words in ['"', 'stagiair" OR "x', "NEAR(stagiair mentor, 2)", "stagiair*", "-mentor",
                  "^title:x", "ﬁ 𝔪𝔢𝔫𝔱𝔬𝔯 中文 \u0301", "x" * 2000, "<!channel> & <@U1>"]:
        answer = search(network, ANN, words)
        assert "Er ging iets mis" not in str(answer) and "went wrong" not in str(answer), words
        assert "<!channel>" not in str(answer["blocks"])
    assert len(listed(search(network, ANN, 'stagiair" OR "x'))) == 0  # every word must match
    assert len(listed(search(network, ANN, '"stagiair*'))) == 1


def test_without_items_the_library_says_how_to_share(network):
    answer = search(network, FACILITATOR)
    assert "Er is nog niets bewaard" in str(answer["blocks"])
    assert isinstance(KnowledgeItem.__tablename__, str)


def _save_message(stack, saver: str, message: dict) -> dict:
    before = len(stack.twin.calls_to("views.open"))
    response = stack.driver.message_shortcut(saver, "knowledge_save_message", message, CHANNEL)
    assert response.status == 200, response.body
    return stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]


def test_a_message_saved_by_someone_else_goes_beyond_the_network_only_with_consent(network):
    network.twin.add_user(CAROL, "carol")  # of the workspace, in no network
    message = {"type": "message", "user": ANN, "ts": "1795000000.000100", "team": "T0TWIN",
               "text": "Geef elke stagiair een vaste mentor &amp; een buddy &lt;3"}
    view = _save_message(network, BOB, message)
    (text,) = [b for b in view["blocks"] if b.get("block_id") == "text"]
    assert text["element"]["initial_value"] == message["text"].replace(
        "&amp;", "&").replace("&lt;", "<")
    assert f"<@{ANN}>" in str(view["blocks"][1])  # says whose message it is
    answer = network.driver.submit_view(BOB, view, {
        "kind": "example", "title": "Vaste mentor", "visibility": "workspace"})
    assert f"<@{ANN}>" in answer.json["view"]["blocks"][0]["text"]["text"]
    (item,) = items(network)
    assert (item.visibility, item.pending_visibility, item.source_author_id) == (
        "network", "workspace", ANN)
    assert listed(search(network, CAROL, "stagiairs")) == {}
    assert list(listed(search(network, FACILITATOR, "stagiairs"))) == [item.id]

    ask = network.twin.wait_for("chat.postMessage", lambda c: "knowledge_consent_yes" in str(
        c.args.get("blocks")))[-1]
    dm = {**ask.args, "ts": ask.response["ts"], "channel": ask.response["channel"]}
    assert "May it also be seen by" in ask.args["text"]  # Ann reads English
    stranger = click_dm(network, BOB, "knowledge_consent_yes", dm, item.id)
    assert "no longer exists" not in stranger["text"] and "bestaat niet meer" in stranger["text"]
    assert items(network)[0].visibility == "network"
    answered = click_dm(network, ANN, "knowledge_consent_yes", dm, item.id)
    assert "now visible to" in answered["text"]
    assert items(network)[0].visibility == "workspace"
    assert list(listed(search(network, CAROL, "stagiairs"))) == [item.id]
    again = click_dm(network, ANN, "knowledge_consent_no", dm, item.id)
    assert "already answered" in again["text"]
    assert items(network)[0].visibility == "workspace"


def test_an_author_saving_their_own_message_or_keeping_it_in_the_network_asks_nobody(network):
    message = {"type": "message", "user": BOB, "ts": "1795000000.000200", "team": "T0TWIN",
               "text": "Mijn eigen tip over mentoren"}
    view = _save_message(network, BOB, message)
    network.driver.submit_view(BOB, view, {"kind": "knowledge", "title": "Eigen tip",
                                           "visibility": "public"})
    view = _save_message(network, BOB, {**message, "user": ANN, "ts": "1795000000.000300"})
    network.driver.submit_view(BOB, view, {"kind": "knowledge", "title": "Van Ann",
                                           "visibility": "network"})
    assert [(i.title, i.visibility, i.pending_visibility) for i in items(network)] == [
        ("Eigen tip", "public", None), ("Van Ann", "network", None)]
    assert not [c for c in network.twin.calls_to("chat.postMessage")
                if "knowledge_consent_yes" in str(c.args.get("blocks"))]


def test_the_shortcut_outside_a_network_s_channel_or_by_a_non_member_is_refused(network):
    network.twin.add_user(CAROL, "carol")
    message = {"type": "message", "user": ANN, "ts": "1795000000.000400", "text": "x"}
    opened = len(network.twin.calls_to("views.open"))
    network.driver.message_shortcut(CAROL, "knowledge_save_message", message, CHANNEL)
    refusal = network.twin.wait_for("response_url")[-1].args
    assert "Alleen actieve leden" in refusal["text"]
    assert len(network.twin.calls_to("views.open")) == opened


def click_dm(stack, user: str, action: str, dm: dict, item_id: int) -> dict:
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(user, action, message=dm, channel_id=dm["channel"],
                       block_id=f"knowledge_consent:{item_id}")
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args


def test_an_edit_may_not_widen_what_the_message_s_author_agreed_to(network):
    message = {"type": "message", "user": ANN, "ts": "1795000000.000500", "team": "T0TWIN",
               "text": "Tip van Ann"}
    view = _save_message(network, BOB, message)
    network.driver.submit_view(BOB, view, {"kind": "knowledge", "title": "Tip",
                                           "visibility": "workspace"})
    ask = network.twin.wait_for("chat.postMessage", lambda c: "knowledge_consent_yes" in str(
        c.args.get("blocks")))[-1]
    (item,) = items(network)
    click_dm(network, ANN, "knowledge_consent_yes",
             {**ask.args, "ts": ask.response["ts"], "channel": ask.response["channel"]}, item.id)
    shown = click(network, BOB, "knowledge_show", search(network, BOB, "tip"), item.id)
    before = len(network.twin.calls_to("views.open"))
    network.driver.click(BOB, "knowledge_edit", message=shown, channel_id=CHANNEL,
                         block_id=f"knowledge_item:{item.id}")
    view = network.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    network.driver.submit_view(BOB, view, {"visibility": "public"})
    (item,) = items(network)
    assert (item.visibility, item.pending_visibility) == ("workspace", "public")
