"""A database outage as people see it: every request is still answered (HTTP 200 and the
generic apology in the reader's language, on the surface it came from), nothing is half
stored, and once the database is back the same requests work, with no restart."""

from datetime import UTC, datetime, timedelta

from bot.catalog import t
from handlers.slack import ids
from storage.models import Meeting
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.outage import database_down
from tests.slack_helpers import (
    add_member,
    create_network,
    eventually,
    open_modal,
    plan_values,
    rows,
)

SORRY_NL, SORRY_EN = t("error.generic", "nl"), t("error.generic", "en")


def _starts_at(days: int) -> datetime:
    return (datetime.now(UTC) + timedelta(days=days)).replace(second=0, microsecond=0)


def _told(stack, user: str, after: int) -> list[str]:
    """What the person was told after the acknowledgement, any way (respond, notice, DM)."""
    calls = stack.twin.calls[after:]
    texts = [c.args.get("text", "") for c in calls if c.method == "response_url"]
    texts += [str(c.args.get("view")) for c in calls if c.method == "views.open"]
    texts += [c.args.get("text", "") for c in calls if c.method == "chat.postMessage"
              and c.args.get("channel") == stack.twin.dm_channel(user)]
    return texts


def test_a_database_outage_is_answered_on_every_surface_and_recovers_without_restart(stack):
    create_network(stack)
    add_member(stack, ANN)
    first = open_modal(stack, FACILITATOR, "plan")
    mark = len(stack.twin.calls)
    assert stack.driver.submit_view(FACILITATOR, first, plan_values(_starts_at(10))).status == 200
    # Its work after the acknowledgement (the announcement, the members' Home tabs) is done
    # before the outage starts, or the outage would fail it and its apology be counted below.
    eventually(lambda: {c.args.get("user_id") for c in stack.twin.calls[mark:]
                        if c.method == "views.publish"} >= {FACILITATOR, ANN})
    listed = stack.driver.command(ANN, "sessies", CHANNEL)
    message = {"blocks": listed.json["blocks"]}
    form = open_modal(stack, FACILITATOR, "plan")

    with database_down(stack):
        before = len(stack.twin.calls)
        command_en = stack.driver.command(ANN, "sessies", CHANNEL)
        command_nl = stack.driver.command(FACILITATOR, "sessies", CHANNEL)
        click = stack.driver.click(ANN, ids.SESSION_ICS, message=message, channel_id=CHANNEL)
        submission = stack.driver.submit_view(FACILITATOR, form, plan_values(_starts_at(20)))
        event = stack.driver.event({"type": "app_home_opened", "user": BOB, "tab": "home"})

        assert (command_en.status, command_en.body) == (200, SORRY_EN)
        assert (command_nl.status, command_nl.body) == (200, SORRY_NL)
        assert click.status == 200
        stack.twin.wait_for("response_url", lambda c: c.args.get("text") == SORRY_EN)
        assert submission.status == 200, submission.body
        assert submission.json == {"response_action": "errors", "errors": {"date": SORRY_NL}}
        assert event.status == 200
        assert _told(stack, ANN, before) == [SORRY_EN]

    assert len(rows(stack, Meeting)) == 1  # the failed submission stored nothing

    # Back: the same requests work, in the same process.
    again = stack.driver.command(ANN, "sessies", CHANNEL)
    assert again.status == 200 and again.json["blocks"] == listed.json["blocks"]
    assert stack.driver.click(ANN, ids.SESSION_ICS, message=message,
                              channel_id=CHANNEL).status == 200
    stack.twin.wait_for("files.completeUploadExternal")
    retried = stack.driver.submit_view(FACILITATOR, form, plan_values(_starts_at(20)))
    assert retried.status == 200, retried.body
    stack.twin.wait_for("chat.postMessage", lambda c: "Nieuwe bijeenkomst" in c.args["text"],
                        count=2)
    assert len(rows(stack, Meeting)) == 2
    assert stack.driver.event({"type": "app_home_opened", "user": BOB,
                               "tab": "home"}).status == 200
    stack.twin.wait_for("views.publish", lambda c: c.args["user_id"] == BOB)
