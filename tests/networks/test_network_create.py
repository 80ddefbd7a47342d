"""`/leernet nieuw`: the modal, field errors, the charter, one network per channel."""

from sqlmodel import select

from storage.database import Database
from storage.models import Membership, Network, Role
from tests.conftest import ANN, CHANNEL, FACILITATOR
from tests.slack_helpers import NETWORK_VALUES, create_network, open_modal, submit_and_wait


def _networks(stack) -> list[Network]:
    db = Database(stack.settings.database_url)
    with db.session() as session:
        rows = session.exec(select(Network)).all()
    db.dispose()
    return list(rows)


def test_creating_a_network_binds_it_to_the_channel_and_posts_the_charter(stack):
    view = open_modal(stack, FACILITATOR, "nieuw")
    assert view["title"]["text"] == "Nieuw leernetwerk"
    max_block = next(b for b in view["blocks"] if b.get("block_id") == "max_participants")
    assert max_block["element"]["initial_value"] == "12"

    outcome = submit_and_wait(stack, FACILITATOR, view, NETWORK_VALUES)
    assert "Het leernetwerk *Zorg &amp; Welzijn Gent* is gestart" in str(outcome["blocks"])

    (network,) = _networks(stack)
    assert (network.team_id, network.channel_id, network.name) == (
        "T0TWIN", CHANNEL, "Zorg & Welzijn Gent")
    assert network.max_participants == 12 and network.timezone == "Europe/Brussels"
    db = Database(stack.settings.database_url)
    with db.session() as session:
        (member,) = session.exec(select(Membership)).all()
    db.dispose()
    assert (member.user_id, member.role) == (FACILITATOR, Role.FACILITATOR)

    (charter,) = stack.twin.messages(CHANNEL)
    text = str(charter["blocks"])
    assert "Leernetwerk Zorg & Welzijn Gent" in text  # header is plain text: no escaping
    assert "Samenwerken rond dementie" in text and "Zorgcoördinatoren" in text
    assert f"<@{FACILITATOR}>" in text


def _memberships(stack) -> list[Membership]:
    db = Database(stack.settings.database_url)
    with db.session() as session:
        rows = session.exec(select(Membership)).all()
    db.dispose()
    return list(rows)


def test_the_modal_is_english_for_an_english_user(stack):
    view = open_modal(stack, ANN, "new")
    assert view["title"]["text"] == "New learning network"


def test_field_errors_come_back_in_the_modal_and_nothing_is_stored(stack):
    view = open_modal(stack, FACILITATOR, "nieuw")
    response = stack.driver.submit_view(
        FACILITATOR, view, {**NETWORK_VALUES, "max_participants": "13", "theme": "   "})
    assert response.status == 200
    assert response.json["response_action"] == "errors"
    assert set(response.json["errors"]) == {"max_participants", "theme"}
    assert "2 tot 12" in response.json["errors"]["max_participants"]
    assert _networks(stack) == []
    assert stack.twin.calls_to("chat.postMessage") == []


def test_a_second_network_in_the_same_channel_is_refused(stack):
    create_network(stack)
    response = stack.driver.command(ANN, "new", CHANNEL)
    assert response.status == 200
    assert "already hosts the learning network *Zorg &amp; Welzijn Gent*" in response.body
    assert len(stack.twin.calls_to("views.open")) == 1
    assert len(_networks(stack)) == 1


def test_two_modals_opened_before_either_is_submitted_make_one_network(stack):
    first = open_modal(stack, FACILITATOR, "nieuw")
    second = open_modal(stack, ANN, "new")
    submit_and_wait(stack, FACILITATOR, first, NETWORK_VALUES)
    response = stack.driver.submit_view(ANN, second, {**NETWORK_VALUES, "name": "Other"})
    assert response.json["response_action"] == "errors"
    assert "name" in response.json["errors"]
    assert [n.name for n in _networks(stack)] == ["Zorg & Welzijn Gent"]


def test_a_channel_where_the_bot_cannot_post_stores_nothing_and_says_why(stack):
    view = open_modal(stack, FACILITATOR, "nieuw")
    stack.twin.fail_next("chat.postMessage", "not_in_channel")
    outcome = submit_and_wait(stack, FACILITATOR, view, NETWORK_VALUES)
    assert "not_in_channel" in str(outcome["blocks"])
    assert _networks(stack) == [] and _memberships(stack) == []
    # Once the bot may post, the same form works (nothing half-made blocks the channel).
    create_network(stack)
    assert len(_networks(stack)) == 1


def test_a_name_that_tries_to_ping_the_channel_pings_nobody(stack):
    create_network(stack, name="<!channel> alarm", what="hallo <@UANN0001> & <!here>")
    (charter,) = stack.twin.messages(CHANNEL)
    mrkdwn = [b["text"]["text"] for b in charter["blocks"] if b.get("type") == "section"
              and "text" in b]
    assert any("hallo &lt;@UANN0001&gt; &amp; &lt;!here&gt;" in t for t in mrkdwn)
    assert "<!channel>" not in charter["text"] and "<!here>" not in str(charter["blocks"])


def test_nieuw_in_a_direct_message_is_refused(stack):
    response = stack.driver.command(FACILITATOR, "nieuw", "D0000001")
    assert "niet vanuit een privébericht" in response.body
    assert stack.twin.calls_to("views.open") == []


def test_forged_texts_past_the_forms_limits_get_field_errors_and_store_nothing(stack):
    view = open_modal(stack, FACILITATOR, "nieuw")
    limits = {b["block_id"]: b["element"].get("max_length") for b in view["blocks"]
              if b.get("type") == "input" and b["element"]["type"] == "plain_text_input"}
    assert all(limits.values()), limits  # every text input tells Slack its limit
    values = {**NETWORK_VALUES, "name": "n" * 81, "what": "w" * 1001}
    response = stack.driver.submit_view(FACILITATOR, view, values)
    assert response.json["response_action"] == "errors"
    assert response.json["errors"] == {"name": "Dat is te lang: hoogstens 80 tekens.",
                                       "what": "Dat is te lang: hoogstens 1000 tekens."}
    assert _networks(stack) == [] and stack.twin.messages(CHANNEL) == []


def test_a_forged_channel_the_submitter_is_not_in_is_refused_and_stores_nothing(stack):
    # A private channel the bot is in, Ann is not; the form is forged to name it.
    stack.twin.add_channel("CSECRET1", "directie", members=[FACILITATOR], is_private=True)
    view = open_modal(stack, ANN, "nieuw")
    forged = {**view, "private_metadata": '{"channel_id": "CSECRET1"}'}
    outcome = submit_and_wait(stack, ANN, forged, NETWORK_VALUES)
    assert ("You can only start a learning network in a channel you are a member of."
            in str(outcome["blocks"]))
    assert _networks(stack) == [] and stack.twin.messages("CSECRET1") == []


def test_membership_of_a_large_channel_is_read_page_by_page(stack):
    crowd = [f"U{i:07d}" for i in range(2500)]
    stack.twin.add_channel("CBIG0001", "iedereen", members=[*crowd, ANN])
    create_network(stack, ANN, channel="CBIG0001")
    (network,) = _networks(stack)
    assert network.channel_id == "CBIG0001"
    pages = stack.twin.calls_to("conversations.members")
    assert len(pages) == 13 and all(c.ok for c in pages)  # 2,501 members, 200 a page
