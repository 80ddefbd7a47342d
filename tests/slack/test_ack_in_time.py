"""Acknowledgements in time while Slack is slow: a burst of clicks whose work after the ack
waits seconds for Slack still gets every ack (HTTP 200, not Bolt's 404 after 3 s), and every
answer is stored. No timings are asserted: a late ack shows as a 404."""

import threading
import time
from datetime import UTC, datetime, timedelta

from storage import deliveries as queue
from storage.models import DeliveryKind, Rsvp
from tests.conftest import FACILITATOR
from tests.slack_helpers import (
    add_member,
    create_network,
    eventually,
    open_modal,
    plan_values,
    rows,
)

CLICKS = 40  # well over Bolt's default pool of 5 listener threads
SLOW = 2.5  # seconds Slack takes per chat.update and views.publish


def test_a_burst_of_clicks_with_slack_answering_slowly_gets_every_ack(stack):
    people = [f"UBURST{n:03d}" for n in range(CLICKS)]
    for person in people:
        stack.twin.add_user(person, person.lower())
    create_network(stack)
    for person in people:
        add_member(stack, person)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    view = open_modal(stack, FACILITATOR, "plan")
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    with stack.bot.db.session() as session:
        first = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    stack.bot.dispatcher.run_one(first)
    reminders = {p: stack.twin.messages(stack.twin.dm_channel(p))[0] for p in people}

    stack.twin.delay_next("chat.update", SLOW, times=CLICKS)
    stack.twin.delay_next("views.publish", SLOW, times=CLICKS)
    statuses: dict[str, int] = {}

    def click(person: str) -> None:
        response = stack.driver.click(person, "rsvp_yes", message=reminders[person],
                                      channel_id=stack.twin.dm_channel(person))
        statuses[person] = response.status

    threads = []
    for person in people:
        thread = threading.Thread(target=click, args=(person,))
        thread.start()
        threads.append(thread)
        time.sleep(0.05)  # a burst, as people answer a reminder that went out at once
    for thread in threads:
        thread.join(60)

    assert sorted(set(statuses.values())) == [200], statuses
    assert len(statuses) == CLICKS
    eventually(lambda: len(stack.twin.calls_to("chat.update")) == CLICKS, timeout=60)
    stored = {r.user_id: r.answer for r in rows(stack, Rsvp)}
    assert stored == dict.fromkeys(people, "yes")
