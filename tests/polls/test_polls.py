"""`/leernet stemming`: a vote put to the group, one changeable vote per member, closed on time
or on request with the results posted once; bad input and late votes change nothing."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from storage.models import Delivery, DeliveryKind, Poll, PollVote
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    channel_message,
    create_network,
    deliveries,
    eventually,
    local_date_time,
    message_text,
    open_modal,
    rows,
    submit_and_wait,
)

QUESTION = "Welke leervorm kiezen we voor de volgende bijeenkomst?"
OPTIONS = ["Intervisie", "Bedrijfsbezoek", "Externe spreker"]


def _closes_in(delta: timedelta) -> datetime:
    return (datetime.now(UTC) + delta).replace(second=0, microsecond=0)


def _values(closes_at: datetime, **changes) -> dict:
    day, clock = local_date_time(closes_at)
    values = {"question": QUESTION, "options": "\n".join(OPTIONS), "closes_date": day,
              "closes_time": clock}
    values.update(changes)
    return values




def _votes(stack) -> dict[str, int]:
    return {v.user_id: v.option_index for v in rows(stack, PollVote)}


def _start(stack, **changes) -> Poll:
    view = open_modal(stack, FACILITATOR, "stemming")
    outcome = submit_and_wait(stack, FACILITATOR, view,
                              _values(_closes_in(timedelta(days=3)), **changes))
    assert "staat in <#" in str(outcome["blocks"]), outcome
    return rows(stack, Poll)[-1]






def _vote(stack, user: str, message: dict, option: int) -> str:
    """Click an option's button; returns the ephemeral answer the voter got."""
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(user, f"poll_vote_{option}", message=message, channel_id=CHANNEL)
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def _results(stack) -> list[dict]:
    return [m for m in stack.twin.messages(CHANNEL) if m["text"].startswith("Uitslag")]


def _close(stack, poll: Poll) -> None:
    with stack.bot.db.session() as session:
        delivery = session.exec(select(Delivery).where(Delivery.poll_id == poll.id)).one()
    outcome = stack.bot.dispatcher.run_one(delivery.id)
    assert outcome.status == "sent", outcome


def test_a_facilitator_starts_a_vote_and_its_close_is_scheduled(network):
    stack = network
    closes_at = _closes_in(timedelta(days=3))
    view = open_modal(stack, FACILITATOR, "stemming")
    assert view["title"]["text"] == "Stemming"
    outcome = submit_and_wait(stack, FACILITATOR, view, _values(closes_at))

    (poll,) = rows(stack, Poll)
    assert f"Stemming {poll.id} staat in <#{CHANNEL}>" in str(outcome["blocks"])
    assert (poll.question, poll.status, poll.closes_at) == (QUESTION, "open", closes_at)
    (delivery,) = deliveries(stack)
    assert (delivery.kind, delivery.key, delivery.poll_id, delivery.target, delivery.run_at) == (
        DeliveryKind.POLL_CLOSE, f"poll-close:{poll.id}", poll.id, "members", closes_at)
    message = channel_message(stack, poll.channel_ts)
    buttons = [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons] == OPTIONS
    assert f"Stemming {poll.number}" in message_text(message) and QUESTION in message_text(message)
    assert "Stemmen uitgebracht: 0" in message_text(message)


def test_one_vote_per_member_changeable_and_secret(network):
    stack = network
    poll = _start(stack)
    message = channel_message(stack, poll.channel_ts)

    assert _vote(stack, BOB, message, 0).startswith("Je stem: *Intervisie*. Je kunt hem "
                                                    "wijzigen tot ")
    assert "Stemmen uitgebracht: 1" in message_text(channel_message(stack, poll.channel_ts))
    assert _vote(stack, BOB, message, 1).startswith("Je stem: *Bedrijfsbezoek*.")
    assert _votes(stack) == {BOB: 1}
    assert "Stemmen uitgebracht: 1" in message_text(channel_message(stack, poll.channel_ts))
    assert _vote(stack, ANN, message, 1).startswith("Your vote: *Bedrijfsbezoek*. You can")
    assert _votes(stack) == {BOB: 1, ANN: 1}
    shown = channel_message(stack, poll.channel_ts)
    assert "Stemmen uitgebracht: 2" in message_text(shown)
    assert BOB not in str(shown) and ANN not in str(shown)  # counts, not who chose what


def test_closing_posts_the_results_once_and_refuses_later_votes(network):
    stack = network
    poll = _start(stack)
    message = channel_message(stack, poll.channel_ts)
    _vote(stack, FACILITATOR, message, 0)
    _vote(stack, BOB, message, 1)
    _vote(stack, ANN, message, 1)

    _close(stack, poll)
    assert rows(stack, Poll)[0].status == "closed"
    closed = channel_message(stack, poll.channel_ts)
    assert not [b for b in closed["blocks"] if b["type"] == "actions"]
    assert "Gesloten. Stemmen uitgebracht: 3." in message_text(closed)
    (results,) = _results(stack)
    shown = message_text(results)
    assert f"*Uitslag van stemming {poll.number}:* {QUESTION}" in shown
    assert "1. Bedrijfsbezoek: 2\n2. Intervisie: 1\n3. Externe spreker: 0" in shown
    assert "Meeste stemmen: *Bedrijfsbezoek*." in shown
    assert "Opkomst: 3 van 3 leden stemden." in shown

    # Bob's screen still shows the buttons: his late click is refused and changes nothing.
    assert _vote(stack, BOB, message, 0) == ("Deze stemming is gesloten: stemmen of je stem "
                                             "wijzigen kan niet meer.")
    assert _votes(stack) == {FACILITATOR: 0, BOB: 1, ANN: 1}

    # A second close (a retry, another process) posts nothing more.
    with stack.bot.db.session() as session:
        delivery = session.exec(select(Delivery).where(Delivery.kind == "poll_close")).one()
    stack.bot.dispatcher.senders[DeliveryKind.POLL_CLOSE](delivery)
    assert len(_results(stack)) == 1


def test_a_facilitator_closes_early_and_a_tie_is_noted(network):
    stack = network
    poll = _start(stack)
    message = channel_message(stack, poll.channel_ts)
    _vote(stack, BOB, message, 2)
    _vote(stack, ANN, message, 0)

    before = len(stack.twin.calls_to("response_url"))
    answer = stack.driver.command(FACILITATOR, f"stemming sluiten {poll.number}", CHANNEL)
    assert answer.status == 200
    told = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert told == f"Stemming {poll.number} is gesloten; de uitslag staat in het kanaal."
    (results,) = _results(stack)
    # Tied options keep the order the facilitator gave them.
    assert "Gelijke stand tussen *Intervisie*, *Externe spreker*." in message_text(results)
    assert "1. Intervisie: 1\n1. Externe spreker: 1\n3. Bedrijfsbezoek: 0" in message_text(results)
    assert "Opkomst: 2 van 3 leden stemden." in message_text(results)

    again = stack.driver.command(FACILITATOR, f"stemming sluiten {poll.number}", CHANNEL)
    assert "Deze stemming is gesloten" in again.body
    _close(stack, poll)  # the scheduled close comes later and finds nothing to do
    assert len(_results(stack)) == 1


def test_results_survive_a_refused_post_by_retrying(network):
    stack = network
    poll = _start(stack)
    _vote(stack, BOB, channel_message(stack, poll.channel_ts), 1)
    stack.twin.fail_next("chat.postMessage", "ratelimited")
    with stack.bot.db.session() as session:
        delivery = session.exec(select(Delivery).where(Delivery.kind == "poll_close")).one()
    assert stack.bot.dispatcher.run_one(delivery.id).status == "pending"  # retried later
    assert rows(stack, Poll)[0].status == "open" and _results(stack) == []
    assert "poll_vote_0" in str(channel_message(stack, poll.channel_ts)["blocks"])  # still open

    _close(stack, poll)
    (results,) = _results(stack)
    assert "Meeste stemmen: *Bedrijfsbezoek*." in message_text(results)


def test_a_channel_where_the_bot_cannot_post_keeps_no_poll_and_says_why(network):
    stack = network
    view = open_modal(stack, FACILITATOR, "stemming")
    stack.twin.fail_next("chat.postMessage", "not_in_channel")
    outcome = submit_and_wait(stack, FACILITATOR, view, _values(_closes_in(timedelta(days=3))))
    assert "not_in_channel" in str(outcome["blocks"])
    assert rows(stack, Poll) == [] and deliveries(stack) == []
    assert _start(stack).status == "open"  # once the bot may post, the same form works


def test_an_early_close_whose_results_slack_refuses_leaves_the_poll_open(network):
    stack = network
    poll = _start(stack)
    stack.twin.fail_next("chat.postMessage", "ratelimited")
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.command(FACILITATOR, f"stemming sluiten {poll.id}", CHANNEL)
    told = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "ratelimited" in told
    assert rows(stack, Poll)[0].status == "open" and _results(stack) == []
    _close(stack, poll)  # the scheduled close posts them
    assert len(_results(stack)) == 1


@pytest.mark.parametrize(("changes", "errors"), [
    ({"options": "Intervisie"},
     {"options": "Geef 2 tot 10 keuzes, één per regel (nu 1)."}),
    ({"options": "\n".join(f"Keuze {i}" for i in range(11))},
     {"options": "Geef 2 tot 10 keuzes, één per regel (nu 11)."}),
    ({"options": "Intervisie\nintervisie"},
     {"options": "Elke keuze mag maar één keer voorkomen."}),
    ({"question": " ", "options": "a\n" + "b" * 76},
     {"question": "Vul dit veld in.",
      "options": "Elke keuze mag hoogstens 75 tekens lang zijn."}),
    ({"closes_date": "2020-01-01"}, {"closes_date": "Dit tijdstip ligt in het verleden."}),
    # The form's date is local (Brussels), a day ahead of UTC's late in the evening.
    ({"closes_date": local_date_time(datetime.now(UTC) + timedelta(days=61))[0]},
     {"closes_date": "Laat een stemming hoogstens 60 dagen openstaan."}),
])
def test_bad_input_gives_field_errors_and_stores_nothing(network, changes, errors):
    stack = network
    view = open_modal(stack, FACILITATOR, "stemming")
    response = stack.driver.submit_view(FACILITATOR, view,
                                        _values(_closes_in(timedelta(days=3)), **changes))
    assert response.json == {"response_action": "errors", "errors": errors}
    assert rows(stack, Poll) == [] and deliveries(stack) == []
    assert len(stack.twin.calls_to("chat.postMessage")) == 1  # only the charter


def test_a_close_time_earlier_today_is_a_time_error(network):
    stack = network
    view = open_modal(stack, FACILITATOR, "stemming")
    earlier = datetime.now(UTC) - timedelta(minutes=5)
    response = stack.driver.submit_view(FACILITATOR, view, _values(earlier))
    field = "closes_time" if local_date_time(earlier)[0] == local_date_time(
        datetime.now(UTC))[0] else "closes_date"
    assert response.json["errors"] == {field: "Dit tijdstip ligt in het verleden."}
    assert rows(stack, Poll) == []


def test_user_text_is_escaped_everywhere(network):
    stack = network
    poll = _start(stack, question="<!channel> stemmen!", options="<@UBOB0001> & co\nNee")
    message = channel_message(stack, poll.channel_ts)
    assert message["text"] == "Stemming: &lt;!channel&gt; stemmen!"
    assert "<!channel>" not in str([b for b in message["blocks"] if b["type"] != "actions"])
    _vote(stack, BOB, message, 0)
    confirmation = stack.twin.calls_to("response_url")[-1].args["text"]
    assert confirmation.startswith("Je stem: *&lt;@UBOB0001&gt; &amp; co*.")

    _close(stack, poll)
    (results,) = _results(stack)
    assert "<!channel>" not in str(results) and "<@UBOB0001>" not in str(results)
    assert "Meeste stemmen: *&lt;@UBOB0001&gt; &amp; co*." in message_text(results)


def test_only_facilitators_start_votes_and_only_members_vote(network):
    stack = network
    refused = stack.driver.command(BOB, "stemming", CHANNEL)
    assert "Alleen een facilitator van *Zorg &amp; Welzijn Gent*" in refused.body
    poll = _start(stack)
    stack.twin.add_user("UOUTSIDE", "eve")
    answer = _vote(stack, "UOUTSIDE", channel_message(stack, poll.channel_ts), 0)
    assert answer == "Je bent geen lid van dit leernetwerk."
    assert _votes(stack) == {}
    usage = stack.driver.command(FACILITATOR, "stemming sluiten nu", CHANNEL)
    assert "`/leernet stemming sluiten <nummer>`" in usage.body


def test_a_close_committed_while_a_vote_redraws_its_count_stays_shown(network, monkeypatch):
    # The count is redrawn after the vote's commit; a close that lands in between must not
    # be hidden by that redraw (its buttons would come back on a closed poll).
    from bot.services.polls import PollService

    stack = network
    poll = _start(stack)
    vote = PollService.vote

    def vote_then_close(self, poll_id, option_index, user_id):
        voted = vote(self, poll_id, option_index, user_id)
        assert self.close_due(poll_id) is not None  # another closer, before our redraw
        return voted

    monkeypatch.setattr(PollService, "vote", vote_then_close)
    _vote(stack, BOB, channel_message(stack, poll.channel_ts), 0)
    shown = channel_message(stack, poll.channel_ts)
    assert not [b for b in shown["blocks"] if b["type"] == "actions"]
    assert "Gesloten. Stemmen uitgebracht: 1." in message_text(shown)


def test_polls_are_numbered_per_network_and_closed_by_that_number(stack):
    create_network(stack)
    first, second = _start(stack), _start(stack, question="Nog een vraag?")
    other = "CBRUGGE1"
    stack.twin.add_channel(other, "leernet-brugge", members=[FACILITATOR, BOB])
    create_network(stack, channel=other, name="Brugge")
    view = open_modal(stack, FACILITATOR, "stemming", other)
    submit_and_wait(stack, FACILITATOR, view, _values(_closes_in(timedelta(days=3))))
    brugge = rows(stack, Poll)[-1]
    assert (first.number, second.number, brugge.number) == (1, 2, 1)
    assert brugge.id == 3 and brugge.network_id != first.network_id
    (message,) = [m for m in stack.twin.messages(other) if m["ts"] == brugge.channel_ts]
    assert "Stemming 1" in message_text(message) and "Stemming 3" not in message_text(message)

    before = len(stack.twin.calls_to("response_url"))
    assert stack.driver.command(FACILITATOR, "stemming sluiten 1", other).status == 200
    told = stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert told == "Stemming 1 is gesloten; de uitslag staat in het kanaal."
    statuses = {p.id: p.status for p in rows(stack, Poll)}
    assert statuses == {first.id: "open", second.id: "open", brugge.id: "closed"}
    gone = stack.driver.command(FACILITATOR, "stemming sluiten 3", other)
    assert "Stemming 3" not in gone.body and rows(stack, Poll)[0].status == "open"


def test_two_polls_created_at_once_get_different_numbers(stack):
    import threading

    create_network(stack)
    views = [open_modal(stack, FACILITATOR, "stemming") for _ in range(4)]
    answers = []

    def submit(view, n):
        answers.append(stack.driver.submit_view(
            FACILITATOR, view, _values(_closes_in(timedelta(days=3)), question=f"Vraag {n}?")))

    threads = [threading.Thread(target=submit, args=(v, n)) for n, v in enumerate(views)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert all(a.status == 200 and a.json["response_action"] == "update" for a in answers)
    eventually(lambda: len(rows(stack, Poll)) == 4)
    assert sorted(p.number for p in rows(stack, Poll)) == [1, 2, 3, 4]
