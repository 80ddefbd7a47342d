"""The closing phase in `/leernet status` and the digests: the phase with the final
evaluation's closing time and its count of answers (no names), a reminder in the channel
digest, the response rate for facilitators; a closed network shows its closing date and gets
no more digests."""

from datetime import UTC, datetime, timedelta

from bot.domain.digests import digest_delivery
from storage.models import Delivery, DeliveryKind, DeliveryStatus
from tests.closing.helpers import (
    close_by_time,
    final_answer,
    invited,
    network,
    network_with_history,
    results_dm,
    start_closing,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.digests.helpers import (
    digests_in_channel,
    dms,
    pending_digests,
    run,
    say,
    the_pending_digest,
)
from tests.slack_helpers import message_text, rows

DIGESTS = (DeliveryKind.DIGEST, DeliveryKind.FACILITATOR_DIGEST)


def test_status_and_digests_in_the_closing_phase_then_none_once_closed(stack):
    users = network_with_history(stack, 2)
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    final_answer(stack, users[0], went_well="Goed")

    status = say(stack, users[1], "status")
    assert "afsluitfase: de eindevaluatie loopt tot" in status
    assert "(1 van 3 antwoorden)" in status
    assert users[0] not in status  # the count only

    assert run(stack, the_pending_digest(stack)) == DeliveryStatus.SENT
    (posted,) = digests_in_channel(stack)
    text = message_text(posted)
    assert "*Eindevaluatie:* het netwerk wordt afgesloten" in text and "loopt tot" in text
    assert users[0] not in text and users[1] not in text  # a reminder, no names
    assert len(posted["blocks"]) <= 50

    facil = the_pending_digest(stack, DeliveryKind.FACILITATOR_DIGEST)
    assert run(stack, facil) == DeliveryStatus.SENT
    (message,) = [m for m in dms(stack, FACILITATOR)
                  if m["text"].startswith("Facilitatorsoverzicht")]
    assert "Eindevaluatie (loopt tot" in message_text(message)
    assert "1 van 3" in message_text(message)
    # The next ones were planned a week on...
    assert {d.kind for d in rows(stack, Delivery) if d.status == DeliveryStatus.PENDING
            } >= set(DIGESTS)

    close_by_time(stack)
    results_dm(stack)
    # ... and the close took them out: nothing more is planned for a closed network.
    assert not pending_digests(stack) and not pending_digests(
        stack, DeliveryKind.FACILITATOR_DIGEST)
    assert stack.bot.deps.services.digests.ensure_planned() == 0
    status = say(stack, users[1], "status")
    assert "afgerond op" in status and "afsluitfase" not in status
    refused = say(stack, FACILITATOR, "digest ma 9:00")
    assert "afgerond" in refused
    assert not pending_digests(stack)

    # A digest already on its way when the network closed posts nothing and plans nothing.
    slot = datetime.now(UTC) + timedelta(minutes=1)
    late, closed = [], network(stack)
    with stack.bot.db.session() as session:
        for kind in DIGESTS:
            row = digest_delivery(closed, kind, slot)
            session.add(row)
            session.flush()
            late.append(row.id)
    posted_before = len(digests_in_channel(stack))
    dms_before = len(dms(stack, FACILITATOR))
    for delivery_id in late:
        stack.bot.dispatcher.run_one(delivery_id)
    assert len(digests_in_channel(stack)) == posted_before
    assert len(dms(stack, FACILITATOR)) == dms_before
    assert not pending_digests(stack) and not pending_digests(
        stack, DeliveryKind.FACILITATOR_DIGEST)


def test_the_channel_digest_reminds_of_the_final_evaluation_even_with_nothing_else_new(stack):
    network_with_history(stack, 1)
    start_closing(stack)
    digest = the_pending_digest(stack)
    assert run(stack, digest) == DeliveryStatus.SENT
    (posted,) = digests_in_channel(stack)
    assert "Eindevaluatie" in message_text(posted)
    assert CHANNEL == posted["channel"]
