"""The knowledge library tried as an attacker inside a network: a consent given to one
question applied to a later, wider one, and user-typed titles echoed unescaped."""

import json

from handlers.slack import ids
from tests.conftest import ANN, BOB, CHANNEL
from tests.knowledge.helpers import click, items, listed, search, share
from tests.knowledge.test_library import _save_message, click_dm
from tests.slack_helpers import eventually

CAROL = "UCAROL01"


def _consent_dms(stack, count: int = 1) -> list[dict]:
    asks = stack.twin.wait_for("chat.postMessage", lambda c: "knowledge_consent_yes" in str(
        c.args.get("blocks")), count=count)
    return [{**a.args, "ts": a.response["ts"], "channel": a.response["channel"]} for a in asks]


def _edit(stack, user: str, item_id: int, values: dict) -> None:
    shown = click(stack, user, "knowledge_show", search(stack, user), item_id)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(user, "knowledge_edit", message=shown, channel_id=CHANNEL,
                       block_id=f"knowledge_item:{item_id}")
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    assert stack.driver.submit_view(user, view, values).json["response_action"] == "update"


def test_a_yes_to_an_earlier_question_does_not_agree_to_a_wider_or_changed_item(network):
    message = {"type": "message", "user": ANN, "ts": "1795000000.000600", "team": "T0TWIN",
               "text": "Tip van Ann over mentoren"}
    view = _save_message(network, BOB, message)
    network.driver.submit_view(BOB, view, {"kind": "knowledge", "title": "Tip",
                                           "visibility": "workspace"})
    (item,) = items(network)
    (first,) = _consent_dms(network)
    # While Ann has not answered, Bob widens the item to the public web page and rewrites it.
    _edit(network, BOB, item.id, {"visibility": "public", "text": "Iets heel anders"})
    assert len(_consent_dms(network, 2)) == 2
    old = click_dm(network, ANN, "knowledge_consent_yes", first, item.id)
    (item,) = items(network)
    assert (item.visibility, item.pending_visibility) == ("network", "public")
    assert "changed" in old["text"]  # Ann reads English
    newest = _consent_dms(network, 2)[-1]
    click_dm(network, ANN, "knowledge_consent_yes", newest, item.id)
    assert items(network)[0].visibility == "public"


def test_refusing_a_wider_reach_says_what_the_item_keeps(network):
    message = {"type": "message", "user": ANN, "ts": "1795000000.000700", "team": "T0TWIN",
               "text": "Tip van Ann"}
    view = _save_message(network, BOB, message)
    network.driver.submit_view(BOB, view, {"kind": "knowledge", "title": "Tip",
                                           "visibility": "workspace"})
    (item,) = items(network)
    click_dm(network, ANN, "knowledge_consent_yes", _consent_dms(network)[-1], item.id)
    _edit(network, BOB, item.id, {"visibility": "public"})
    # The second question says what the item keeps meanwhile, and its "no" keeps it so.
    asked = _consent_dms(network, 2)[-1]
    assert "only the network" not in json.dumps(asked) and "enkel het netwerk" not in \
        json.dumps(asked)
    refused = click_dm(network, ANN, "knowledge_consent_no", _consent_dms(network, 2)[-1],
                       item.id)
    assert items(network)[0].visibility == "workspace"
    assert "learning network only" not in refused["text"]
    assert "all networks in" in refused["text"].lower() or "workspace" in refused["text"]


def test_showing_an_item_never_echoes_its_title_unescaped(network):
    share(network, BOB, title="Stagiairs <!channel> begeleiden")
    (item,) = items(network)
    shown = click(network, ANN, "knowledge_show", search(network, ANN, "stagiairs"), item.id)
    assert "<!channel>" not in shown["text"]
    assert "<!channel>" not in str(shown["blocks"][1:])


def test_someone_in_the_channel_but_in_no_network_erases_the_item_saved_from_their_message(
        network):
    network.twin.add_user(CAROL, "carol")  # in the channel, never joined the network
    message = {"type": "message", "user": CAROL, "ts": "1795000000.000800", "team": "T0TWIN",
               "text": "Carols tip over stagiairs"}
    view = _save_message(network, BOB, message)
    network.driver.submit_view(BOB, view, {"kind": "knowledge", "title": "Carols tip",
                                           "visibility": "network"})
    assert [i.source_author_id for i in items(network)] == [CAROL]
    overview = network.driver.command(CAROL, "mijn-data", CHANNEL).json
    network.driver.click(CAROL, ids.MYDATA_ERASE_ALL, message=overview, channel_id=CHANNEL)
    eventually(lambda: "gewist" in str(network.twin.calls_to("response_url")[-1:]))
    assert items(network) == []
    assert listed(search(network, BOB, "stagiairs")) == {}


def test_fixing_a_typo_while_the_author_has_not_answered_keeps_the_question_open(network):
    message = {"type": "message", "user": ANN, "ts": "1795000000.000900", "team": "T0TWIN",
               "text": "Tip van Ann"}
    view = _save_message(network, BOB, message)
    network.driver.submit_view(BOB, view, {"kind": "knowledge", "title": "Tpi",
                                           "visibility": "workspace"})
    (item,) = items(network)
    _consent_dms(network)
    _edit(network, BOB, item.id, {"title": "Tip"})  # the form as it opens, one typo fixed
    (item,) = items(network)
    assert (item.visibility, item.pending_visibility) == ("network", "workspace")
    click_dm(network, ANN, "knowledge_consent_yes", _consent_dms(network, 2)[-1], item.id)
    assert items(network)[0].visibility == "workspace"


def _texts(block: dict) -> list[str]:
    return [e["text"] for e in block.get("elements", []) if "text" in e]


def test_long_links_and_many_themes_of_ampersands_cut_no_entity_and_drop_no_line(network):
    amp = "&" * 40
    for n in range(3):
        share(network, BOB, title="<" * 150, text="&" * 3000,
              link="https://example.org/?" + "&" * 470,
              new_themes=", ".join(f"{chr(65 + n)}{i}{amp}"[:40] for i in range(8)))
    listing = search(network, ANN)
    (themes,) = [b for b in listing["blocks"] if b["type"] == "context"
                 and "Themes" in str(b)]
    for text in _texts(themes):
        assert len(text) <= 3000 and text.count("&amp;") % 38 == 0, text[-20:]  # whole themes
    shown = click(network, ANN, "knowledge_show", listing, items(network)[0].id)
    facts = [text for b in shown["blocks"] if b["type"] == "context" for text in _texts(b)]
    assert all(len(text) <= 3000 and not text.endswith("&amp") for text in facts)
    assert "Visible to: This learning network" in "\n".join(facts)
