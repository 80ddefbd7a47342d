"""`/leernet extern`: asking the group whether it wants external input (a vote with the standard
question, or a question in the next evaluation) with the outcome recorded on the network, and
guest experts invited to one session: what they get (the invitation, the reminder with its
agenda), what they do not (no RSVP, no evaluation, no place under the cap, not a member), the
outside-Slack guest listed and never written to, thanks and slides with and without consent."""

import json
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from storage.models import (
    AgendaContribution,
    AgendaKind,
    Consent,
    Delivery,
    DeliveryKind,
    EvaluationAnswer,
    ExternalInputAsk,
    KnowledgeItem,
    Meeting,
    Membership,
    Network,
    Poll,
    SessionGuest,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.digests.helpers import the_pending_digest
from tests.evaluations.helpers import answer, close_poll, open_from_dm, run
from tests.evaluations.helpers import rows as all_rows
from tests.slack_helpers import (
    add_member,
    channel_message,
    eventually,
    local_date_time,
    message_text,
    open_modal,
    rows,
    submit_and_wait,
)

GUEST = "UGUEST01"
CARL, DIRK = "UCARL001", "UDIRK001"


def _network(stack) -> Network:
    (found,) = rows(stack, Network)
    return found


def _meeting(stack, starts_in: timedelta, number: int = 1) -> int:
    """A planned session starting `starts_in` from now (negative: it took place)."""
    with stack.bot.db.session() as session:
        network = session.exec(select(Network)).one()
        meeting = Meeting(team_id=network.team_id, network_id=network.id,
                          starts_at=(datetime.now(UTC) + starts_in).replace(microsecond=0),
                          duration_minutes=120, location="Stadhuis Gent",
                          learning_form="intervision", created_by=FACILITATOR, number=number)
        session.add(meeting)
        for member in session.exec(select(Membership)).all():  # they were there before it
            member.joined_at = meeting.starts_at - timedelta(days=30)
            session.add(member)
        session.flush()
        return meeting.id


def _move(stack, meeting_id: int, starts_in: timedelta) -> None:
    with stack.bot.db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        meeting.starts_at = (datetime.now(UTC) + starts_in).replace(microsecond=0)
        session.add(meeting)


def _dms(stack, user: str) -> list[dict]:
    channel = stack.twin.dm_channel(user)
    return stack.twin.messages(channel) if channel else []


def _action_ids(message: dict) -> list[str]:
    found = [e["action_id"] for b in message.get("blocks", []) if b["type"] == "actions"
             for e in b["elements"]]
    return found + [b["accessory"]["action_id"] for b in message.get("blocks", [])
                    if b.get("accessory", {}).get("action_id")]


def _overview(stack, user: str = FACILITATOR) -> dict:
    response = stack.driver.command(user, "extern", CHANNEL)
    assert response.status == 200, response.body
    return response.json


def _ask_values(theme: str, method: str = "vote") -> dict:
    closes = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    day, clock = local_date_time(closes)
    return {"theme": theme, "method": method, "closes_date": day, "closes_time": clock}


def _ask(stack, theme: str, method: str = "vote"):
    view = open_modal(stack, FACILITATOR, f"extern vraag {theme}")
    return stack.driver.submit_view(FACILITATOR, view, _ask_values(theme, method))


def _vote(stack, user: str, message: dict, option: int) -> None:
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(user, f"poll_vote_{option}", message=message, channel_id=CHANNEL)
    stack.twin.wait_for("response_url", count=before + 1)


def _close(stack, poll: Poll) -> None:
    with stack.bot.db.session() as session:
        delivery = session.exec(select(Delivery).where(Delivery.poll_id == poll.id)).one()
    assert stack.bot.dispatcher.run_one(delivery.id).status == "sent"


# --- asking the group ---------------------------------------------------------------------------

def test_a_vote_asks_the_standard_question_and_records_the_outcome(network):
    stack = network
    view = open_modal(stack, FACILITATOR, "extern vraag Digitale zorg")
    assert view["title"]["text"] == "Externe input"
    theme_block = next(b for b in view["blocks"] if b.get("block_id") == "theme")
    assert theme_block["element"]["initial_value"] == "Digitale zorg"
    outcome = submit_and_wait(stack, FACILITATOR, view, _ask_values("Digitale zorg"))
    assert "Digitale zorg" in json.dumps(outcome) and f"<#{CHANNEL}>" in json.dumps(outcome)

    (poll,) = rows(stack, Poll)
    assert poll.question == "Willen we externe input over Digitale zorg?"
    assert json.loads(poll.options_json) == ["Ja", "Nee", "Misschien"]
    (ask,) = rows(stack, ExternalInputAsk)
    assert (ask.method, ask.poll_id, ask.outcome) == ("vote", poll.id, None)
    message = channel_message(stack, poll.channel_ts)
    assert "Willen we externe input over Digitale zorg?" in message_text(message)
    assert "nog open" in json.dumps(_overview(stack))

    _vote(stack, FACILITATOR, message, 0)
    _vote(stack, BOB, message, 0)
    _vote(stack, ANN, message, 1)
    _close(stack, poll)

    (ask,) = rows(stack, ExternalInputAsk)
    assert (ask.yes, ask.no, ask.maybe, ask.outcome) == (2, 1, 0, "wanted")
    assert ask.decided_at is not None
    shown = json.dumps(_overview(stack, BOB), ensure_ascii=False)
    assert "externe input gewenst (ja 2, nee 1, misschien 0)" in shown
    status = json.dumps(stack.driver.command(BOB, "status", CHANNEL).json, ensure_ascii=False)
    assert "*Digitale zorg* (stemming): externe input gewenst" in status
    # The facilitators' weekly digest says what the group answered that week.
    digest = the_pending_digest(stack, DeliveryKind.FACILITATOR_DIGEST)
    assert stack.bot.dispatcher.run_one(digest.id).status == "sent"
    (sent,) = [m for m in _dms(stack, FACILITATOR) if m["text"].startswith("Facilitators")]
    assert "*Digitale zorg* (stemming): externe input gewenst" in message_text(sent)


def test_the_vote_outcome_can_be_no_or_undecided_and_a_theme_is_escaped(network):
    stack = network
    _ask(stack, "<!channel> & co")
    (poll,) = rows(stack, Poll)
    eventually(lambda: rows(stack, Poll)[0].channel_ts is not None)
    message = channel_message(stack, rows(stack, Poll)[0].channel_ts)
    assert "<!channel>" not in json.dumps(message["blocks"])
    _vote(stack, BOB, message, 1)
    _close(stack, poll)
    (ask,) = rows(stack, ExternalInputAsk)
    assert (ask.yes, ask.no, ask.outcome) == (0, 1, "not_wanted")
    shown = json.dumps(_overview(stack))
    assert "&lt;!channel&gt; &amp; co" in shown and "<!channel>" not in shown


def test_only_facilitators_ask_and_a_blank_theme_is_refused(network):
    stack = network
    response = stack.driver.command(ANN, "extern vraag Zorg", CHANNEL)
    assert "facilitator" in response.body.lower()
    view = open_modal(stack, FACILITATOR, "extern vraag")
    response = stack.driver.submit_view(FACILITATOR, view, _ask_values(" "))
    assert response.json["response_action"] == "errors"
    assert "theme" in response.json["errors"]
    assert rows(stack, ExternalInputAsk) == [] and rows(stack, Poll) == []


def test_the_evaluation_question_needs_a_planned_session(network):
    stack = network
    response = _ask(stack, "Zorg", "evaluation")
    assert response.json["response_action"] == "errors"
    assert "method" in response.json["errors"]
    assert rows(stack, ExternalInputAsk) == []


def _five_members(stack) -> None:
    for user, name in ((CARL, "carl"), (DIRK, "dirk")):
        stack.twin.add_user(user, name)
        add_member(stack, user)


def test_the_question_in_the_next_evaluation_is_counted_anonymously(network):
    stack = network
    _five_members(stack)
    meeting_id = _meeting(stack, timedelta(days=2))
    response = _ask(stack, "Mantelzorg", "evaluation")
    assert response.json["response_action"] == "update", response.body
    assert "bijeenkomst 1" in json.dumps(response.json["view"])
    (ask,) = rows(stack, ExternalInputAsk)
    assert (ask.method, ask.meeting_id, ask.poll_id) == ("evaluation", meeting_id, None)
    again = _ask(stack, "Iets anders", "evaluation")  # one question per evaluation
    assert "method" in again.json["errors"]

    _move(stack, meeting_id, -timedelta(hours=3))  # the session took place
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    answers = {FACILITATOR: "yes", ANN: "yes", BOB: "no", CARL: "yes", DIRK: "maybe"}
    for user, said in answers.items():
        view = open_from_dm(stack, user, "evaluation_open")
        block = next(b for b in view["blocks"] if b.get("block_id") == "external_input")
        assert block["label"]["text"] in ("Willen we externe input over Mantelzorg?",
                                          "Do we want external input on Mantelzorg?")
        answer(stack, user, view, external_input=said)
    (ask,) = rows(stack, ExternalInputAsk)
    assert ask.outcome is None  # nothing to read while it is open
    # Each answer is in its anonymous row, with the rest of that answer and no name.
    stored = [(row.external_input, row.named_user_id) for row in all_rows(stack, EvaluationAnswer)]
    assert sorted(stored) == sorted((said, None) for said in answers.values())

    close_poll(stack, meeting_id)
    (ask,) = rows(stack, ExternalInputAsk)
    assert (ask.yes, ask.no, ask.maybe, ask.outcome) == (3, 1, 1, "wanted")
    assert "ja 3, nee 1, misschien 1" in json.dumps(_overview(stack), ensure_ascii=False)


def test_too_few_answers_to_the_evaluation_question_show_no_counts(network):
    stack = network
    meeting_id = _meeting(stack, timedelta(days=2))
    _ask(stack, "Mantelzorg", "evaluation")
    _move(stack, meeting_id, -timedelta(hours=3))
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    for user in (FACILITATOR, ANN, BOB):
        answer(stack, user, external_input="yes")
    close_poll(stack, meeting_id)
    (ask,) = rows(stack, ExternalInputAsk)
    assert (ask.yes, ask.no, ask.maybe, ask.outcome) == (0, 0, 0, "too_few")
    assert "te weinig antwoorden" in json.dumps(_overview(stack), ensure_ascii=False)


def test_an_evaluation_without_the_question_does_not_show_it(network):
    stack = network
    meeting_id = _meeting(stack, -timedelta(hours=3))
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    view = open_from_dm(stack, ANN, "evaluation_open")
    assert "external_input" not in [b.get("block_id") for b in view["blocks"]]


# --- guests -------------------------------------------------------------------------------------

def _guest_view(stack) -> dict:
    return open_modal(stack, FACILITATOR, "extern gast")


def _invite(stack, meeting_id: int, **values) -> dict:
    view = _guest_view(stack)
    return stack.driver.submit_view(FACILITATOR, view, {"meeting": str(meeting_id), **values})


def _invite_slack_guest(stack, meeting_id: int, user: str = GUEST) -> dict:
    view = _guest_view(stack)
    return submit_and_wait(stack, FACILITATOR, view, {"meeting": str(meeting_id), "user": user})


def _with_guest(stack) -> int:
    stack.twin.add_user(GUEST, "gast", real_name="Greta Gast")
    meeting_id = _meeting(stack, timedelta(days=2))
    with stack.bot.db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        session.add(AgendaContribution(team_id=meeting.team_id, meeting_id=meeting_id,
                                       user_id=BOB, kind=AgendaKind.ITEM,
                                       text="Ervaringen met thuiszorg"))
    return meeting_id


def test_a_slack_guest_is_invited_and_gets_the_reminder_with_its_agenda_once(network):
    stack = network
    meeting_id = _with_guest(stack)
    members_before = len(rows(stack, Membership))
    outcome = _invite_slack_guest(stack, meeting_id)
    assert f"<@{GUEST}>" in json.dumps(outcome) and "kreeg een bericht" in json.dumps(outcome)
    (guest,) = rows(stack, SessionGuest)
    assert (guest.user_id, guest.meeting_id, guest.invited_by) == (GUEST, meeting_id,
                                                                  FACILITATOR)
    (invitation,) = _dms(stack, GUEST)
    assert "gastexpert" in message_text(invitation)
    assert "Ervaringen met thuiszorg" in message_text(invitation)
    assert len(rows(stack, Membership)) == members_before  # not a member

    run(stack, DeliveryKind.REMINDER, meeting_id)
    reminder = _dms(stack, GUEST)[-1]
    assert "Herinnering" in reminder["text"] and "Ervaringen met thuiszorg" in message_text(
        reminder)
    assert "rsvp_yes" not in _action_ids(reminder) and "agenda_open" not in _action_ids(reminder)
    assert "rsvp_yes" in _action_ids(_dms(stack, BOB)[-1])  # the members' reminder as before
    with stack.bot.db.session() as session:
        delivery = session.exec(select(Delivery).where(
            Delivery.kind == DeliveryKind.REMINDER)).one()
    stack.bot.dispatcher.run_one(delivery.id)  # again: nobody gets it twice
    assert len(_dms(stack, GUEST)) == 2


def test_a_guest_gets_no_evaluation_and_is_no_member(network):
    stack = network
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    stack.driver.command(FACILITATOR, "kickoff", CHANNEL)  # the questionnaire: members only
    eventually(lambda: any(d.kind == DeliveryKind.KICKOFF for d in rows(stack, Delivery)))
    kickoffs = [d.target for d in rows(stack, Delivery) if d.kind == DeliveryKind.KICKOFF]
    assert ANN in kickoffs and GUEST not in kickoffs
    _move(stack, meeting_id, -timedelta(hours=3))
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    assert "evaluation_open" in _action_ids(_dms(stack, ANN)[-1])
    assert all("evaluation_open" not in _action_ids(m) for m in _dms(stack, GUEST))
    members = json.dumps(stack.driver.command(FACILITATOR, "leden", CHANNEL).json)
    assert GUEST not in members and ANN in members
    # Attendance is the members': the guest is not among those to tick (nor counted).
    listing = stack.driver.command(FACILITATOR, "bijeenkomsten", CHANNEL).json
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(FACILITATOR, "session_attendance_open",
                       message={"blocks": listing["blocks"]}, channel_id=CHANNEL)
    form = stack.twin.wait_for("views.open", count=before + 1)[-1].args["view"]
    assert ANN in json.dumps(form) and GUEST not in json.dumps(form)
    # The evaluation form is refused to them (they are not a member).
    (poll_message,) = [m for m in _dms(stack, ANN) if "evaluation_open" in _action_ids(m)]
    stack.driver.click(GUEST, "evaluation_open", message=poll_message,
                       channel_id=stack.twin.dm_channel(GUEST))
    assert not [c for c in stack.twin.calls_to("views.open")
                if c.args.get("view", {}).get("callback_id") == "evaluation_answer"
                and c.args.get("trigger_id", "").startswith(GUEST)]


def test_a_guest_does_not_take_a_place_under_the_cap(network):
    stack = network
    with stack.bot.db.session() as session:
        found = session.exec(select(Network)).one()
        found.max_participants = 2  # Ann and Bob (facilitators take no place): full
        session.add(found)
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    assert len(rows(stack, SessionGuest)) == 1
    status = json.dumps(stack.driver.command(FACILITATOR, "status", CHANNEL).json or {},
                        ensure_ascii=False)
    assert GUEST not in status
    # The network is still exactly full: inviting someone now puts them on the waitlist.
    stack.twin.add_user(CARL, "carl")
    stack.twin.add_channel("CX", "x", members=[CARL])
    stack.driver.command(FACILITATOR, f"uitnodigen <@{CARL}|carl>", CHANNEL)
    eventually(lambda: any(m.user_id == CARL for m in rows(stack, Membership)))
    (carl,) = [m for m in rows(stack, Membership) if m.user_id == CARL]
    assert carl.status == "waitlisted"


def test_who_cannot_be_a_guest_and_nothing_is_stored(network):
    stack = network
    meeting_id = _with_guest(stack)
    response = _invite(stack, meeting_id, user=ANN)  # a member
    assert "user" in response.json["errors"]
    response = _invite(stack, meeting_id)  # nobody
    assert "user" in response.json["errors"]
    response = _invite(stack, meeting_id, user=GUEST, name="Greta", email="g@x.be")  # both
    assert "user" in response.json["errors"]
    stack.twin.add_user("UBOT0001", "robot", is_bot=True)
    outcome = _invite_slack_guest(stack, meeting_id, "UBOT0001")
    assert "bot" in json.dumps(outcome)
    # Someone of a workspace the network's channel is not shared with
    stack.twin.add_team("T0OTHER")
    stack.twin.add_user("UOTHER01", "olga", team_id="T0OTHER")
    stack.twin.add_channel("CSHARED", "elders", shared_team_ids=["T0OTHER"])
    outcome = _invite_slack_guest(stack, meeting_id, "UOTHER01")
    assert "naam en e-mailadres" in json.dumps(outcome, ensure_ascii=False)
    assert rows(stack, SessionGuest) == []
    _invite_slack_guest(stack, meeting_id)
    response = _invite(stack, meeting_id, user=GUEST)  # twice
    assert "user" in response.json["errors"]
    started = _meeting(stack, timedelta(hours=1), number=2)
    view = _guest_view(stack)
    _move(stack, started, -timedelta(minutes=5))  # it started while the form was open
    response = stack.driver.submit_view(FACILITATOR, view, {"meeting": str(started),
                                                            "user": GUEST})
    assert "meeting" in response.json["errors"]
    assert len(rows(stack, SessionGuest)) == 1
    response = stack.driver.command(ANN, "extern gast", CHANNEL)
    assert "facilitator" in response.body.lower()


def test_someone_outside_slack_is_listed_and_never_written_to(network):
    stack = network
    meeting_id = _with_guest(stack)
    response = _invite(stack, meeting_id, name="Dr. Jansen", email="geen-adres")
    assert "email" in response.json["errors"]
    posts = len(stack.twin.calls_to("chat.postMessage"))
    opens = len(stack.twin.calls_to("conversations.open"))
    response = _invite(stack, meeting_id, name="Dr. <!channel> Jansen",
                       email="an.jansen@uzgent.be")
    assert response.json["response_action"] == "update", response.body
    assert "&lt;!channel&gt;" in json.dumps(response.json["view"])
    (guest,) = rows(stack, SessionGuest)
    assert (guest.user_id, guest.name, guest.email) == (None, "Dr. <!channel> Jansen",
                                                        "an.jansen@uzgent.be")
    assert len(stack.twin.calls_to("chat.postMessage")) == posts  # nothing sent
    assert len(stack.twin.calls_to("conversations.open")) == opens

    sessions = json.dumps(stack.driver.command(ANN, "bijeenkomsten", CHANNEL).json,
                          ensure_ascii=False)
    assert "Dr. &lt;!channel&gt; Jansen (outside Slack)" in sessions
    assert "uzgent" not in sessions  # the e-mail address is for facilitators
    assert "an.jansen@uzgent.be" in json.dumps(_overview(stack))
    assert "uzgent" not in json.dumps(_overview(stack, BOB))

    run(stack, DeliveryKind.REMINDER, meeting_id)  # no one outside Slack gets it
    assert len(stack.twin.calls_to("chat.postMessage")) == posts + 3

    _move(stack, meeting_id, -timedelta(days=1))
    view = open_modal(stack, FACILITATOR, "verslag")
    response = stack.driver.submit_view(FACILITATOR, view, {"summary": "Goed gesprek."})
    assert response.status == 200, response.body
    eventually(lambda: any(m["text"].startswith("Verslag")
                           for m in stack.twin.messages(CHANNEL)))
    report = [m for m in stack.twin.messages(CHANNEL) if m["text"].startswith("Verslag")][-1]
    assert "Gastexpert: Dr. &lt;!channel&gt; Jansen (buiten Slack)" in message_text(report)


def _click_overview(stack, action_id: str) -> None:
    overview = _overview(stack)
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(FACILITATOR, action_id, message={"blocks": overview["blocks"]},
                       channel_id=CHANNEL)
    stack.twin.wait_for("response_url", count=before + 1)


def test_a_guest_is_uninvited_before_the_session(network):
    stack = network
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    _click_overview(stack, "external_guest_remove")
    assert rows(stack, SessionGuest) == []
    assert "niet langer uitgenodigd" in message_text(_dms(stack, GUEST)[-1])
    run(stack, DeliveryKind.REMINDER, meeting_id)
    assert len(_dms(stack, GUEST)) == 2  # the invitation and the notice, no reminder


def test_thanks_and_slides_with_consent_and_without(network):
    stack = network
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    assert "external_guest_thank" not in json.dumps(_overview(stack))  # not before
    _move(stack, meeting_id, -timedelta(hours=3))
    _click_overview(stack, "external_guest_thank")
    thanks = _dms(stack, GUEST)[-1]
    assert "Dank je wel" in thanks["text"] and "external_slides_open" in _action_ids(thanks)
    (guest,) = rows(stack, SessionGuest)
    assert guest.thanked_at is not None
    assert "external_guest_thank" not in json.dumps(_overview(stack))  # once

    # Someone else cannot use the guest's button.
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(BOB, "external_slides_open", message=thanks,
                       channel_id=stack.twin.dm_channel(GUEST))
    refusal = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "bedankte gastexpert" in refusal
    assert not [c for c in stack.twin.calls_to("views.open")
                if c.args["view"].get("callback_id") == "external_slides"]

    view = open_from_dm(stack, GUEST, "external_slides_open")
    assert view["callback_id"] == "external_slides"
    response = stack.driver.submit_view(GUEST, view, {"title": "Zorg thuis",
                                                      "link": "https://example.org/s.pdf"})
    assert "Zonder je akkoord" in json.dumps(response.json)
    assert rows(stack, KnowledgeItem) == [] and rows(stack, Consent) == []

    view = open_from_dm(stack, GUEST, "external_slides_open")
    response = stack.driver.submit_view(GUEST, view, {"title": "Zorg thuis",
                                                      "link": "https://example.org/s.pdf",
                                                      "consent": ["yes"]})
    assert "kennisbank" in json.dumps(response.json)
    (item,) = rows(stack, KnowledgeItem)
    assert (item.author_id, item.title, item.link) == (GUEST, "Zorg thuis",
                                                       "https://example.org/s.pdf")
    (consent,) = rows(stack, Consent)
    assert (consent.user_id, consent.kind) == (GUEST, "guest_slides")
    assert "Zorg thuis" not in consent.text and "kennisbank" in consent.text


def test_a_guest_sees_their_invitation_in_their_own_data(network):
    stack = network
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    response = stack.driver.command(GUEST, "mijn-data", CHANNEL)
    shown = json.dumps(response.json, ensure_ascii=False)
    assert "Als gastexpert uitgenodigd" in shown and "bijeenkomst 1" in shown, shown
    assert "Leernet bewaart niets over jou" not in shown


def test_a_guests_data_is_erased_with_them_and_at_retention(network):
    stack = network
    from storage import erasure

    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    _invite(stack, meeting_id, name="Dr. Jansen", email="an.jansen@uzgent.be")
    stack.bot.deps.services.mydata.erase(stack.twin.team_id, GUEST, None)
    with stack.bot.db.session() as session:
        assert erasure.personal_rows(session, GUEST) == {}
    assert [g.name for g in rows(stack, SessionGuest)] == ["Dr. Jansen"]
    from bot.domain import mydata
    with stack.bot.db.session() as session:
        mydata.erase_network(session, session.exec(select(Network)).one())
    assert rows(stack, SessionGuest) == []


def test_a_guest_is_told_when_their_session_is_cancelled(network):
    stack = network
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    listing = stack.driver.command(FACILITATOR, "bijeenkomsten", CHANNEL).json
    assert f"<@{GUEST}>" in json.dumps(listing)  # listed with the session
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(FACILITATOR, "session_cancel", message={"blocks": listing["blocks"]},
                       channel_id=CHANNEL)
    stack.twin.wait_for("response_url", count=before + 1)
    eventually(lambda: "gaat niet door" in _dms(stack, GUEST)[-1]["text"])
    assert "rsvp_yes" not in _action_ids(_dms(stack, GUEST)[-1])


def test_a_guest_is_told_when_the_closing_phase_cancels_their_session(network):
    """The closing phase cancels the sessions still to come: their guests (not in the channel,
    which hears the announcement) are told, as when one session is cancelled."""
    from handlers.slack import ids

    stack = network
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    question = stack.driver.command(FACILITATOR, "afsluiten", CHANNEL)
    stack.driver.click(FACILITATOR, ids.CLOSE_CONFIRM, message=question.json,
                       channel_id=CHANNEL)
    stack.twin.wait_for("response_url", lambda c: "eindfase" in c.args["text"])
    eventually(lambda: "gaat niet door" in _dms(stack, GUEST)[-1]["text"])
    with stack.bot.db.session() as session:
        assert session.get(Meeting, meeting_id).status == "cancelled"


def test_a_closed_network_takes_no_slides_and_sends_no_thanks(network):
    """Read-only once closed: the guest's slides button (and a form opened before the close)
    stores nothing in its library; a facilitator's stale thanks button sends nothing."""
    from sqlalchemy import update

    stack = network
    meeting_id = _with_guest(stack)
    _invite_slack_guest(stack, meeting_id)
    _move(stack, meeting_id, -timedelta(hours=3))
    overview = _overview(stack)
    _click_overview(stack, "external_guest_thank")
    view = open_from_dm(stack, GUEST, "external_slides_open")
    thanks = _dms(stack, GUEST)[-1]
    with stack.bot.db.session() as session:
        session.execute(update(Network).values(closing_started_at=datetime.now(UTC),
                                               closed_at=datetime.now(UTC)))

    response = stack.driver.submit_view(GUEST, view, {"title": "Zorg thuis",
                                                      "link": "https://example.org/s.pdf",
                                                      "consent": ["yes"]})
    assert response.status == 200 and "afgerond" in json.dumps(response.json)
    assert rows(stack, KnowledgeItem) == [] and rows(stack, Consent) == []

    with stack.bot.db.session() as session:  # as if the thanks had not gone out yet
        session.execute(update(SessionGuest).values(thanked_at=None))
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(FACILITATOR, "external_guest_thank", message={"blocks": overview["blocks"]},
                       channel_id=CHANNEL)
    refusal = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "afgerond" in refusal, refusal
    assert _dms(stack, GUEST)[-1] == thanks
    assert rows(stack, SessionGuest)[0].thanked_at is None


def test_a_cancelled_sessions_evaluation_question_does_not_stay_open(network):
    """The question waited for a session's evaluation; the session is cancelled (here by the
    closing phase): nobody will be asked, so it is no longer shown as open, and the next
    session's evaluation may take a question again."""
    from handlers.slack import ids

    stack = network
    meeting_id = _meeting(stack, timedelta(days=2))
    assert _ask(stack, "Mantelzorg", "evaluation").json["response_action"] == "update"
    assert "nog open" in json.dumps(_overview(stack))
    question = stack.driver.command(FACILITATOR, "afsluiten", CHANNEL)
    stack.driver.click(FACILITATOR, ids.CLOSE_CONFIRM, message=question.json,
                       channel_id=CHANNEL)
    stack.twin.wait_for("response_url", lambda c: "eindfase" in c.args["text"])
    with stack.bot.db.session() as session:
        assert session.get(Meeting, meeting_id).status == "cancelled"
    assert rows(stack, ExternalInputAsk) == []
    assert "Mantelzorg" not in json.dumps(_overview(stack))
