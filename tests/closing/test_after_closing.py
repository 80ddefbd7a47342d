"""After the close: the network is read-only, Home shows it under "afgerond", retention runs
from the closing date; and `afsluiten annuleren` while the final evaluation is open."""

from datetime import UTC, datetime, timedelta

from bot.domain.mydata import RETENTION_WARNING
from handlers.slack import ids
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    FinalAnswer,
    FinalSubmission,
    LearningQuestionAnswer,
)
from tests.closing.helpers import (
    close_by_time,
    final_answer,
    invited,
    learning_questions,
    network,
    network_with_history,
    start_closing,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.evaluations.helpers import rows
from tests.mydata.test_retention import RETENTION, Clock, _dispatcher
from tests.slack_helpers import open_modal, plan_values


def _open_home(stack, user) -> str:
    def for_user(call):
        return call.args["user_id"] == user

    before = len([c for c in stack.twin.calls_to("views.publish") if for_user(c)])
    response = stack.driver.event({"type": "app_home_opened", "user": user, "tab": "home",
                                   "channel": "D0000009"})
    assert response.status == 200
    stack.twin.wait_for("views.publish", for_user, count=before + 1)
    return str(stack.twin.home(user)["blocks"])


def _refused_as_closed(stack, user: str, command: str) -> None:
    """The command is refused with the closed network's message (in its acknowledgement, or
    by response_url when it acknowledges first)."""
    def closed(call) -> bool:
        return "afgerond" in call.args.get("text", "")

    before = len([c for c in stack.twin.calls_to("response_url") if closed(c)])
    response = stack.driver.command(user, command, CHANNEL)
    assert response.status == 200
    if "Dit netwerk is afgerond" not in response.body:
        stack.twin.wait_for("response_url", closed, count=before + 1)


def test_a_closed_network_is_read_only_and_shown_under_afgerond(stack):
    users = network_with_history(stack, 1)
    start_closing(stack)
    invited(stack, users)
    closing_home = _open_home(stack, users[0])
    assert "eindfase" in closing_home and ids.FINAL_OPEN in closing_home
    close_by_time(stack)

    for user, command in ((FACILITATOR, "plan"), (FACILITATOR, "stemming"),
                          (users[0], "agenda"), (FACILITATOR, "kickoff"),
                          (FACILITATOR, "afsluiten"), (FACILITATOR, "afsluiten annuleren")):
        _refused_as_closed(stack, user, command)

    home = _open_home(stack, users[0])
    assert "*Afgerond*" in home and "Afgerond op" in home
    assert ids.FINAL_OPEN not in home and ids.AGENDA_OPEN not in home


def test_retention_runs_from_the_closing_date(stack):
    network_with_history(stack, 1)
    # A session planned far ahead, cancelled by the closing: it keeps nothing alive.
    starts_at = (datetime.now(UTC) + timedelta(days=300)).replace(second=0, microsecond=0)
    stack.driver.submit_view(FACILITATOR, open_modal(stack, FACILITATOR, "plan"),
                             plan_values(starts_at))
    start_closing(stack)
    close_by_time(stack)
    closed_at = network(stack).closed_at.replace(tzinfo=UTC)
    clock = Clock(closed_at + RETENTION - RETENTION_WARNING + timedelta(days=1))
    _dispatcher(stack, clock).run_due()
    assert network(stack).retention_warned_at is not None
    checks = [d for d in rows(stack, Delivery) if d.kind == DeliveryKind.RETENTION
              and d.status == DeliveryStatus.PENDING]
    # Warned a month ahead of the erasure, counted from the closing date.
    assert [c.run_at.replace(tzinfo=UTC) for c in checks] == [clock.now + RETENTION_WARNING]


def test_close_cancel_while_open_forgets_the_answers_and_the_pending_deliveries(stack):
    users = network_with_history(stack, 2)
    learning_questions(stack, users[0], "Een vraag")
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    final_answer(stack, users[0], went_well="Goed", lq0="fully")
    undone = stack.driver.command(FACILITATOR, "afsluiten annuleren", CHANNEL)
    assert "teruggedraaid" in undone.body
    assert not rows(stack, FinalAnswer) and not rows(stack, FinalSubmission)
    assert not rows(stack, LearningQuestionAnswer)
    pending = [d.kind for d in rows(stack, Delivery) if d.status == DeliveryStatus.PENDING]
    assert DeliveryKind.FINAL_EVALUATION_REMINDER not in pending
    assert DeliveryKind.FINAL_EVALUATION_CLOSE not in pending
    assert network(stack).closing_started_at is None
    refused = stack.driver.command(FACILITATOR, "afsluiten klaar", CHANNEL)
    assert "niet in de eindfase" in refused.body
