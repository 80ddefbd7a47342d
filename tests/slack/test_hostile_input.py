"""Forged and hostile payloads: every registered button and modal, fed values Slack would never
send (non-numeric, huge, missing, another network's ids), answers without a 500 and without an
unhandled error, and writes nothing."""

import json
import logging
import time
from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel, col, select

from handlers.slack import ids
from handlers.slack.metadata import (
    AgendaModalMeta,
    AgreementModalMeta,
    ApplyModalMeta,
    EvaluationModalMeta,
    JoinModalMeta,
    KickoffModalMeta,
    MeetingModalMeta,
    NetworkModalMeta,
    PlanModalMeta,
    PollModalMeta,
    ReportModalMeta,
)
from slack_twin.driver import FORM
from storage.models import Meeting, Network
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    add_member,
    create_network,
    open_modal,
    plan_values,
)

OTHER_FACILITATOR, OTHER_CHANNEL = "UOTHER01", "COTHER01"

# Every button action id a listener is registered for (polls: one per option index; 'done':
# the old shared id and the per-item one).
BUTTONS = (ids.RSVP_YES, ids.RSVP_NO, ids.JOIN_APPROVE, ids.JOIN_DECLINE, ids.LEAVE_CONFIRM,
           ids.REMOVE_CONFIRM, ids.KICKOFF_OPEN, ids.KICKOFF_SEND_LATE, ids.AGREEMENT_ACK,
           f"{ids.POLL_VOTE_PREFIX}0", f"{ids.POLL_VOTE_PREFIX}7", ids.HOME_PLAN,
           ids.HOME_MEMBERS, ids.SESSION_RESCHEDULE, ids.SESSION_CANCEL,
           ids.SESSION_ATTENDANCE, ids.SESSION_ICS, ids.EVALUATION_OPEN, ids.APPLY_OPEN,
           ids.REPORT_OPEN, ids.ACTION_DONE, f"{ids.ACTION_DONE}:1", ids.MYDATA_OPEN,
           ids.PRIVACY_OPEN, ids.MYDATA_EXPORT, ids.MYDATA_ERASE, ids.MYDATA_ERASE_ALL)
MODALS = (ids.NETWORK_MODAL, ids.PLAN_MODAL, ids.JOIN_MODAL, ids.KICKOFF_MODAL,
          ids.AGREEMENT_MODAL, ids.POLL_MODAL, ids.RESCHEDULE_MODAL, ids.ATTENDANCE_MODAL,
          ids.AGENDA_MODAL, ids.EVALUATION_MODAL, ids.APPLY_MODAL, ids.REPORT_MODAL)
HOSTILE = ("abc", "", "-1", "0", "1.5", "99999999999999999999999", "2147483648", "9:2:3",
           ":", "x:y", "null", "٣")
MISSING = object()


def test_the_sweep_covers_every_registered_listener(stack):
    """A listener added later without being swept here fails this test."""
    registered = set()
    for listener in stack.bot.app._listeners:
        for matcher in listener.matchers:
            func = getattr(matcher, "func", None)
            constraints = _closure_value(func, "constraints")
            if isinstance(constraints, dict):
                for key in ("action_id", "callback_id"):
                    if constraints.get(key) is not None:
                        registered.add(getattr(constraints[key], "pattern", constraints[key]))
    swept = {*BUTTONS, *MODALS}
    for pattern in registered:
        if isinstance(pattern, str) and pattern.startswith("^"):
            import re
            assert any(re.match(pattern, s) for s in swept), pattern
        else:
            assert pattern in swept, pattern


def _closure_value(func, name):
    if func is None or func.__closure__ is None:
        return None
    for var, cell in zip(func.__code__.co_freevars, func.__closure__, strict=False):
        if var == name:
            return cell.cell_contents
    return None


def _dump(stack) -> dict[str, list]:
    tables = {}
    with stack.bot.db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            rows = conn.execute(sa_select(table)).all()
            tables[table.name] = sorted(repr(tuple(r)) for r in rows)
    return tables


def _answers(stack) -> int:
    return sum(len(stack.twin.calls_to(m))
               for m in ("response_url", "views.open", "chat.postEphemeral"))


@pytest.fixture
def two_networks(stack):
    """Network A (the clicker facilitates it) and network B in a channel they are not in."""
    create_network(stack)
    add_member(stack, ANN)
    stack.twin.add_user(OTHER_FACILITATOR, "olga")
    stack.twin.add_channel(OTHER_CHANNEL, "leernet-brugge", members=[OTHER_FACILITATOR, BOB])
    create_network(stack, OTHER_FACILITATOR, channel=OTHER_CHANNEL, name="Brugge")
    # Three sessions, so B's last meeting id differs from both network ids.
    for days in (10, 17, 24):
        starts_at = (datetime.now(UTC) + timedelta(days=days)).replace(second=0, microsecond=0)
        view = open_modal(stack, OTHER_FACILITATOR, "plan", OTHER_CHANNEL)
        response = stack.driver.submit_view(OTHER_FACILITATOR, view, plan_values(starts_at))
        assert response.body == ""
    with stack.bot.db.session() as session:
        other = session.exec(select(Network).where(Network.channel_id == OTHER_CHANNEL)).one()
        meeting = session.exec(select(Meeting).where(Meeting.network_id == other.id)
                               .order_by(col(Meeting.id).desc())).first()
        other_ids = (str(other.id), str(meeting.id), f"{other.id}:{ANN}", f"{meeting.id}:0")
    time.sleep(0.3)  # let the planning's Home refreshes finish before the database snapshot
    return stack, other_ids


def _settle(stack, before: int, caplog) -> None:
    """Wait until the clicker got an answer (or an unhandled error was logged)."""
    deadline = time.monotonic() + 5
    while _answers(stack) <= before and time.monotonic() < deadline:
        if any(r.levelno >= logging.ERROR for r in caplog.records):
            break
        time.sleep(0.02)


@pytest.mark.parametrize("action_id", BUTTONS)
def test_a_hostile_button_value_is_refused_without_a_500_or_a_write(two_networks, action_id,
                                                                    caplog):
    stack, other_ids = two_networks
    caplog.set_level(logging.ERROR)
    before = _dump(stack)
    for value in (*HOSTILE, *other_ids, MISSING):
        button = {"type": "button", "action_id": action_id,
                  "text": {"type": "plain_text", "text": "x"}}
        if value is not MISSING:
            button["value"] = value
        block = {"type": "actions", "block_id": "forged", "elements": [button]}
        for surface in ("message", "view"):
            answered = _answers(stack)
            if surface == "message":
                message = {"ts": "1700000000.000100", "text": "x", "blocks": [block]}
                response = stack.driver.click(FACILITATOR, action_id, message=message,
                                              channel_id=CHANNEL)
            else:
                view = {"id": "VHOME0001", "type": "home", "blocks": [block]}
                response = stack.driver.click(FACILITATOR, action_id, view=view)
            assert response.status < 500, (value, surface, response.body)
            _settle(stack, answered, caplog)
            errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
            assert not errors, (value, surface, errors)
            assert _answers(stack) > answered, f"no refusal for {value!r} on {surface}"
    assert _dump(stack) == before


def _state(value: str) -> dict:
    """Every input block id our modals use, each carrying `value` as its element would."""
    fields = {*ids.NETWORK_FIELDS, *ids.PLAN_FIELDS, *ids.KICKOFF_TEXT_FIELDS, *ids.POLL_FIELDS,
              *ids.RESCHEDULE_FIELDS, *ids.SERIES_FIELDS, *ids.EVALUATION_TEXT_FIELDS,
              *ids.APPLY_FIELDS, "organisation", "host", "host_other", "summary", "insights",
              "decisions", "links", "text", "kind", "meeting", "item_text_0", "item_owner_0",
              "item_due_0"}
    state = {f: {ids.VALUE: {"type": "plain_text_input", "value": value}} for f in fields}
    state["meeting"] = {ids.VALUE: {"type": "static_select",
                                    "selected_option": {"value": value,
                                                        "text": {"type": "plain_text",
                                                                 "text": "x"}}}}
    for scale in ids.EVALUATION_SCALES:
        state[scale] = {ids.VALUE: {"type": "radio_buttons",
                                    "selected_option": {"value": value}}}
    state[f"{ids.PRESENT_PREFIX}0"] = {ids.VALUE: {"type": "checkboxes",
                                                   "selected_options": [{"value": value}]}}
    return state


META = {ids.NETWORK_MODAL: NetworkModalMeta, ids.PLAN_MODAL: PlanModalMeta,
        ids.JOIN_MODAL: JoinModalMeta, ids.KICKOFF_MODAL: KickoffModalMeta,
        ids.AGREEMENT_MODAL: AgreementModalMeta, ids.POLL_MODAL: PollModalMeta,
        ids.RESCHEDULE_MODAL: MeetingModalMeta, ids.ATTENDANCE_MODAL: MeetingModalMeta,
        ids.AGENDA_MODAL: AgendaModalMeta, ids.EVALUATION_MODAL: EvaluationModalMeta,
        ids.APPLY_MODAL: ApplyModalMeta, ids.REPORT_MODAL: ReportModalMeta}


def _metadata(callback_id: str, values: tuple) -> list[str]:
    """Malformed metadata, then the modal's own fields each set to a hostile value."""
    out = ["", "abc", "[]", "null", "{}", json.dumps({"unknown": 1})]
    names = [f.name for f in fields(META[callback_id])]
    for value in values:
        out.append(json.dumps({n: [value] if n == "item_ids" else value for n in names}))
    return out


@pytest.mark.parametrize("callback_id", MODALS)
def test_a_forged_modal_submission_is_refused_without_a_500_or_a_write(two_networks,
                                                                       callback_id, caplog):
    stack, other_ids = two_networks
    caplog.set_level(logging.ERROR)
    before = _dump(stack)
    network_id, meeting_id = int(other_ids[0]), int(other_ids[1])
    hostile = ["abc", 10**20, -1, None, 999999, meeting_id, OTHER_CHANNEL, "<!channel>"]
    if callback_id != ids.JOIN_MODAL:
        # Asking to join another network is what the join form is for; not a forgery.
        hostile.append(network_id)
    for meta in _metadata(callback_id, tuple(hostile)):
        for value in ("abc", "99999999999999999999999", "<!channel>"):
            view = {"id": "VFORGED01", "type": "modal", "callback_id": callback_id,
                    "team_id": "T0TWIN", "private_metadata": meta, "blocks": [],
                    "state": {"values": _state(value)}}
            payload = {"type": "view_submission",
                       "user": {"id": FACILITATOR, "username": "fien", "team_id": "T0TWIN"},
                       "team": {"id": "T0TWIN", "domain": "twin"}, "api_app_id": "ATWIN",
                       "token": "x", "trigger_id": stack.twin.new_trigger_id(), "view": view}
            response = stack.driver.raw(_form(payload), {"Content-Type": FORM})
            assert response.status < 500, (meta, value, response.body)
            errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
            assert not errors, (meta, value, errors)
    time.sleep(0.3)
    assert _dump(stack) == before


def _form(payload: dict) -> bytes:
    from urllib.parse import urlencode

    return urlencode({"payload": json.dumps(payload)}).encode()
