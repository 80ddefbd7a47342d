"""Every `/leernet` sub-command, fed hostile arguments (numbers too big for a column, negative,
NUL, lone surrogates, 50k characters, mentions of everyone and of unknown users): no 5xx, no
unhandled error, an answer within Slack's limits, and nothing written. The sub-commands come
from the router, so a command added later is fuzzed without touching this file."""

import logging
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel

from bot.text import clean, whole_number
from handlers.slack.router import CommandRouter
from slack_twin.blockkit import validate_blocks
from slack_twin.driver import FORM, VERIFICATION_TOKEN
from tests.conftest import ANN, CHANNEL, FACILITATOR
from tests.slack_helpers import add_member, create_network, open_modal, plan_values

HOSTILE = (
    "2147483648", "99999999999999999999999", "9" * 5000, "-1", "0", "²", "1 2",
    "sluiten 2147483648", "close -5", "\u0000", "a\u0000b", "\ud800", "x\udfffy",
    "x" * 50_000, "<!channel>", "<!here|here>", "<@UNOBODY1>", "<@UNOBODY1|nobody> <#C0NONE>",
    "<@UANN0001> " * 300,
)
ANSWERS = ("response_url", "views.open", "chat.postEphemeral", "chat.postMessage")


def _router(stack) -> CommandRouter:
    for listener in stack.bot.app._listeners:
        owner = getattr(listener.ack_function, "__self__", None)
        if isinstance(owner, CommandRouter):
            return owner
    raise AssertionError("no /leernet router registered")


def _dump(stack) -> dict[str, list]:
    with stack.bot.db.engine.connect() as conn:
        return {table.name: sorted(repr(tuple(r)) for r in conn.execute(sa_select(table)))
                for table in SQLModel.metadata.sorted_tables}


def _answers(stack) -> int:
    return sum(len(stack.twin.calls_to(method)) for method in ANSWERS)


def _command(stack, text: str):
    """A signed /leernet as Slack sends it; a lone surrogate goes over the wire as the bytes
    it would be in UTF-8 (what a broken client could send)."""
    fields = {"token": VERIFICATION_TOKEN, "team_id": "T0TWIN", "team_domain": "twin",
              "channel_id": CHANNEL, "channel_name": "leernet-gent", "user_id": FACILITATOR,
              "user_name": "fien", "command": "/leernet", "text": text, "api_app_id": "ATWIN",
              "response_url": stack.twin.new_response_url(channel_id=CHANNEL),
              "trigger_id": stack.twin.new_trigger_id()}
    body = urlencode(fields, encoding="utf-8", errors="surrogatepass").encode()
    return stack.driver.raw(body, {"Content-Type": FORM})


def _answered(stack, before: int, response, caplog) -> bool:
    if response.body:
        return True
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if _answers(stack) > before or any(r.levelno >= logging.ERROR for r in caplog.records):
            return _answers(stack) > before
        time.sleep(0.02)
    return False


def test_the_fuzz_covers_every_sub_command(stack):
    names = _router(stack).names
    assert {"plan", "verslag", "stemming", "help", "agenda"} <= set(names)


def test_cleaning_and_numbers():
    assert clean("a\u0000b\ud800c\udfff😀") == "abc😀"
    assert [whole_number(s) for s in ("12", "2147483647", "2147483648", "-1", "²", "", "1 ")] \
        == [12, 2147483647, None, None, None, None, None]


@pytest.fixture
def planned(stack):
    create_network(stack)
    add_member(stack, ANN)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    view = open_modal(stack, FACILITATOR, "plan")
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    return stack


def test_every_sub_command_survives_hostile_arguments(planned, caplog):
    stack = planned
    # A burst on purpose: every sub-command times every argument within seconds, more modals
    # (views.open) than Slack's tier allows a minute; the limits are not what is tested here.
    stack.twin.set_rate_limits(False)
    caplog.set_level(logging.ERROR)
    time.sleep(0.3)  # the plan's announcement and Home redraws settle
    before = _dump(stack)
    for name in _router(stack).names:
        for argument in HOSTILE:
            answered = _answers(stack)
            response = _command(stack, f"{name} {argument}")
            where = (name, argument[:40])
            assert response.status == 200, (where, response.status, response.body[:200])
            assert _answered(stack, answered, response, caplog), where
            errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
            assert not errors, (where, errors)
            if response.json:
                assert len(response.json.get("text", "")) <= 4000, where
                assert "\u0000" not in response.body and "\\u0000" not in response.body, where
                assert validate_blocks(response.json.get("blocks", []),
                                       surface="message") == [], where
    time.sleep(0.3)
    after = _dump(stack)
    changed = {table: sorted(set(rows) - set(before[table]))
               for table, rows in after.items() if rows != before[table]}
    # What the hostile arguments may legitimately cause: `kickoff` takes no argument and
    # starts the kick-off (its DMs), `facilitator <@UANN0001> ...` names a real member.
    assert set(changed) <= {"network", "membership", "delivery", "deliveryreceipt"}, changed
    assert [r for r in changed.get("membership", []) if "UANN0001" not in r] == []
    for table, rows in changed.items():
        for row in rows:
            assert not any(bad in row for bad in STORED_NEVER), (table, row[:200])


# Fragments of the hostile arguments that must never reach a row (as repr() shows them).
STORED_NEVER = ("\\x00", "\\ud8", "\\udf", "x" * 100, "9" * 20, "<!channel>", "UNOBODY1",
                "2147483648")


def test_modal_text_is_stored_without_nul_or_lone_surrogates(planned):
    from storage.models import AgendaContribution
    from tests.slack_helpers import rows

    stack = planned
    view = open_modal(stack, ANN, "agenda")
    response = stack.driver.submit_view(ANN, view, {"kind": "item",
                                                    "text": "Nieuwe\u0000 regel\ud800geving"})
    assert response.status == 200 and response.json["response_action"] == "update"
    (stored,) = rows(stack, AgendaContribution)
    assert stored.text == "Nieuwe regelgeving"
