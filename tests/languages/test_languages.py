"""The network's own language decides, not Slack's locale (Slack has no Dutch): a person's
choice (`/leernet taal`, Home), else the network's language, else a Slack locale hint."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.catalog import t
from slack_twin.local_stack import LocalStack
from storage import deliveries as queue
from storage.models import DeliveryKind, LanguageChoice, Network
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    NETWORK_VALUES,
    add_member,
    choose_language,
    create_network,
    eventually,
    message_text,
    open_modal,
    plan_values,
    rows,
    submit_and_wait,
)

SOON = timedelta(days=10)


@pytest.fixture
def stack(stack):
    """Here nobody chose a language: Ann's Slack locale is en-US, Bob's and Fien's nl-BE."""
    choose_language(stack, ANN, None)
    return stack


AGENDA_NL, AGENDA_EN = t("agenda.modal.title", "nl"), t("agenda.modal.title", "en")
HOME_EN = t("home.header", "en")


def _everyone_in(stack, locale: str) -> None:
    for user, name in ((FACILITATOR, "fien"), (ANN, "ann"), (BOB, "bob")):
        stack.twin.add_user(user, name, locale=locale)


def _network(stack, **changes) -> None:
    create_network(stack, **changes)
    add_member(stack, ANN)
    add_member(stack, BOB)


def _plan(stack) -> str:
    """Plan a session; return the announcement posted in the channel."""
    posted = len(stack.twin.messages(CHANNEL))
    view = open_modal(stack, FACILITATOR, "plan")
    starts_at = (datetime.now(UTC) + SOON).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    eventually(lambda: len(stack.twin.messages(CHANNEL)) > posted)
    return stack.twin.messages(CHANNEL)[-1]["text"]


def _remind(stack) -> dict[str, str]:
    """Send the first reminder now; each member's DM text."""
    with stack.bot.db.session() as session:
        first = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    stack.bot.dispatcher.run_one(first)
    return {user: stack.twin.messages(stack.twin.dm_channel(user))[-1]["text"]
            for user in (FACILITATOR, ANN, BOB)}


def _say(stack, user: str, text: str, channel: str = CHANNEL) -> str:
    response = stack.driver.command(user, text, channel)
    assert response.status == 200, response.body
    return message_text(response.json) if response.json else response.body


def test_a_dutch_network_stays_dutch_for_members_whose_slack_is_english(stack):
    _everyone_in(stack, "en-US")
    _network(stack)
    (charter,) = stack.twin.messages(CHANNEL)
    assert charter["text"] == "Nieuw leernetwerk: Zorg &amp; Welzijn Gent"
    plan_view = open_modal(stack, FACILITATOR, "plan")
    assert plan_view["title"]["text"] == "Bijeenkomst plannen"
    assert _plan(stack).startswith("Nieuwe bijeenkomst van *Zorg &amp; Welzijn Gent*")
    assert open_modal(stack, ANN, "agenda")["title"]["text"] == AGENDA_NL
    looked_up = len(stack.twin.calls_to("users.info"))

    dms = _remind(stack)

    assert all(text.startswith("Herinnering: Zorg &amp; Welzijn Gent komt samen op")
               for text in dms.values()), dms
    # The fan-out reads everyone's language from the database: no users.info per recipient.
    assert len(stack.twin.calls_to("users.info")) == looked_up
    assert "Ik ken" in _say(stack, ANN, "onbekend")  # an answer in the channel: Dutch too


def test_an_english_network_is_english_even_for_a_member_whose_slack_is_dutch(stack):
    create_network(stack, language="en")
    add_member(stack, ANN)
    add_member(stack, BOB)  # Slack locale nl-BE
    assert [n.language for n in rows(stack, Network)] == ["en"]
    assert stack.twin.messages(CHANNEL)[0]["text"].startswith("New learning network:")
    assert _plan(stack).startswith("New session of *Zorg &amp; Welzijn Gent*")

    dms = _remind(stack)

    assert dms[BOB].startswith("Reminder: Zorg &amp; Welzijn Gent meets on"), dms
    assert "I do not know" in _say(stack, BOB, "taal fr")


def test_taal_en_switches_that_one_persons_dms_only(stack):
    _network(stack)
    assert _say(stack, BOB, "taal en") == ("From now on you read Leernet in English: your "
                                           "messages, forms and your Home tab.")
    assert [(c.user_id, c.language) for c in rows(stack, LanguageChoice)] == [(BOB, "en")]
    announcement = _plan(stack)

    dms = _remind(stack)

    assert dms[BOB].startswith("Reminder: Zorg &amp; Welzijn Gent meets on"), dms
    assert dms[ANN].startswith("Herinnering:") and dms[FACILITATOR].startswith("Herinnering:")
    assert announcement.startswith("Nieuwe bijeenkomst")  # the channel keeps the network's
    assert open_modal(stack, BOB, "agenda")["title"]["text"] == AGENDA_EN
    assert open_modal(stack, ANN, "agenda")["title"]["text"] == AGENDA_NL


def test_taal_shows_the_choice_and_taal_auto_drops_it(stack):
    _network(stack)
    shown = _say(stack, ANN, "taal")
    assert shown.startswith("Je leest Leernet in het Nederlands, de taal van het leernetwerk.")
    assert "`/leernet taal en`" in shown and "spreekt Nederlands" in shown
    _say(stack, ANN, "language en")
    assert _say(stack, ANN, "language").startswith("You read Leernet in English: you chose")
    assert _say(stack, ANN, "taal auto").startswith("Je keuze is losgelaten: je leest "
                                                    "Leernet nu in het Nederlands")
    assert rows(stack, LanguageChoice) == []


def test_a_bad_argument_gets_a_clear_answer_and_changes_nothing(stack):
    _network(stack)
    assert _say(stack, ANN, "taal klingon") == (
        "Ik ken de taal `klingon` niet. Kies `nl` (Nederlands) of `en` (English), of `auto` "
        "om je keuze los te laten.")
    assert _say(stack, ANN, "taal en nl").startswith("Ik ken de taal `en nl` niet.")
    assert _say(stack, FACILITATOR, "taal netwerk fr").startswith(
        "Een leernetwerk spreekt `nl` (Nederlands) of `en` (English)")
    assert rows(stack, LanguageChoice) == []
    assert [n.language for n in rows(stack, Network)] == ["nl"]


def test_a_facilitator_changes_the_network_language_and_its_channel_posts_follow(stack):
    _network(stack)
    refused = _say(stack, ANN, "taal netwerk en")
    assert "facilitator" in refused
    assert [n.language for n in rows(stack, Network)] == ["nl"]

    posted = len(stack.twin.messages(CHANNEL))
    assert _say(stack, FACILITATOR, "language network en") == ""
    eventually(lambda: len(stack.twin.messages(CHANNEL)) > posted)
    assert stack.twin.messages(CHANNEL)[-1]["text"] == (
        "The learning network *Zorg &amp; Welzijn Gent* now speaks English: what is posted in "
        "this channel, and the messages to members who chose no language themselves.")
    assert _plan(stack).startswith("New session of")
    dms = _remind(stack)
    assert all(text.startswith("Reminder:") for text in dms.values()), dms


def test_the_home_selector_sets_the_persons_language(stack):
    _network(stack)
    stack.driver.event({"type": "app_home_opened", "user": ANN, "tab": "home"})
    home = stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == ANN)[-1]
    assert "Jouw leernetwerken" in str(home.args["view"]["blocks"]) or \
        "Taal" in str(home.args["view"]["blocks"])
    published = len(stack.twin.calls_to("views.publish"))

    stack.driver.click(ANN, "home_language", view=stack.twin.home(ANN), value="en")

    stack.twin.wait_for("views.publish", count=published + 1)
    eventually(lambda: [c.language for c in rows(stack, LanguageChoice)] == ["en"])
    blocks = str(stack.twin.home(ANN)["blocks"])
    assert "*Language*: what you read Leernet in" in blocks
    assert "'initial_option': {'text': {'type': 'plain_text', 'text': 'English'" in blocks



def test_a_click_about_a_dutch_network_stays_dutch_though_the_last_joined_is_english(stack):
    _network(stack)
    stack.twin.add_channel("CENG0001", "leernet-en", members=[FACILITATOR, BOB])
    create_network(stack, channel="CENG0001", language="en")
    add_member(stack, BOB, channel="CENG0001")  # Bob's latest network speaks English
    _plan(stack)  # a session of the Dutch one
    assert _remind(stack)[BOB].startswith("Herinnering:")
    dm = stack.twin.dm_channel(BOB)

    stack.driver.click(BOB, "rsvp_yes", message=stack.twin.messages(dm)[-1], channel_id=dm)

    stack.twin.wait_for("chat.update")
    assert "Je antwoord: je komt." in str(stack.twin.messages(dm)[-1]["blocks"])
    # Home is about no one network: it follows the one he joined last.
    stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == BOB)
    assert stack.twin.home(BOB)["blocks"][0]["text"]["text"] == HOME_EN

def test_leernet_language_is_the_default_of_new_networks_and_of_people_without_one(
        database_url):
    with LocalStack(database_url, migrate=False, language="en") as running:
        running.twin.add_user(FACILITATOR, "fien")  # Slack locale nl-BE, not looked up yet
        running.twin.add_channel(CHANNEL, "leernet-gent", members=[FACILITATOR])
        view = open_modal(running, FACILITATOR, "new")
        assert view["title"]["text"] == "New learning network"
        (language,) = [b for b in view["blocks"] if b.get("block_id") == "language"]
        assert language["element"]["initial_option"]["value"] == "en"
        submit_and_wait(running, FACILITATOR, view, NETWORK_VALUES)
        assert [n.language for n in rows(running, Network)] == ["en"]


def test_a_choice_made_in_another_workspace_by_the_same_user_id_is_someone_elses(stack):
    """A person is (team, user): `taal en` signed for another workspace, with Bob's user id,
    is not Bob's choice; his reminders stay in the network's language."""
    _network(stack)
    stack.twin.add_team("TEVIL0001", "evil")
    response = stack.driver_for("TEVIL0001").command(BOB, "taal en", CHANNEL)
    assert response.status == 200
    _plan(stack)

    assert _remind(stack)[BOB].startswith("Herinnering:")
