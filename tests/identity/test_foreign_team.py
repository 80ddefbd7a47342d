"""A person is (team, user): a request signed for another workspace, carrying the same user
ids as the network's people, is refused with a clear answer and changes nothing."""

from datetime import UTC, datetime, timedelta

from handlers.slack import ids
from storage.models import Meeting, MeetingStatus, Membership, Network, Poll, PollVote
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    create_network,
    eventually,
    local_date_time,
    open_modal,
    plan_values,
    rows,
    submit_and_wait,
)

EVIL = "TEVIL0001"
REFUSAL = "hoort bij een andere Slack-werkruimte"


def _in_a_week() -> datetime:
    return (datetime.now(UTC) + timedelta(days=7)).replace(second=0, microsecond=0)


def _answers(stack, before: int) -> str:
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args["text"]


def _dm_count(stack, user: str) -> int:
    channel = stack.twin.dm_channel(user)
    return len(stack.twin.messages(channel)) if channel else 0


def test_a_vote_from_another_workspace_is_refused(network):
    view = open_modal(network, FACILITATOR, "stemming")
    day, clock = local_date_time(_in_a_week())
    submit_and_wait(network, FACILITATOR, view, {
        "question": "Welke leervorm?", "options": "Intervisie\nBezoek",
        "closes_date": day, "closes_time": clock})
    (poll,) = rows(network, Poll)
    message = next(m for m in network.twin.messages(CHANNEL) if m["ts"] == poll.channel_ts)

    before = len(network.twin.calls_to("response_url"))
    network.driver_for(EVIL).click(BOB, "poll_vote_0", message=message, channel_id=CHANNEL)
    assert REFUSAL in _answers(network, before)
    assert rows(network, PollVote) == []

    network.driver.click(BOB, "poll_vote_0", message=message, channel_id=CHANNEL)
    assert "Je stem" in _answers(network, before + 1)
    assert [(v.user_id, v.user_team_id) for v in rows(network, PollVote)] == [(BOB, "T0TWIN")]


def test_cancelling_a_session_from_another_workspace_is_refused_and_tells_nobody(network):
    view = open_modal(network, FACILITATOR, "plan")
    assert network.driver.submit_view(FACILITATOR, view, plan_values(_in_a_week())).body == ""
    (meeting,) = rows(network, Meeting)
    blocks = network.driver.command(FACILITATOR, "sessies", CHANNEL).json["blocks"]
    dms = {user: _dm_count(network, user) for user in (ANN, BOB)}

    before = len(network.twin.calls_to("response_url"))
    network.driver_for(EVIL).click(
        FACILITATOR, ids.SESSION_CANCEL, message={"blocks": blocks}, channel_id=CHANNEL,
        value=str(meeting.id), block_id=next(b["block_id"] for b in blocks
                                             if b["type"] == "actions"))
    assert REFUSAL in _answers(network, before)
    (kept,) = rows(network, Meeting)
    assert kept.status == MeetingStatus.PLANNED
    assert {user: _dm_count(network, user) for user in (ANN, BOB)} == dms


def test_approving_a_join_request_from_another_workspace_is_refused(stack):
    create_network(stack)
    view = open_modal(stack, BOB, "join")
    assert stack.driver.submit_view(BOB, view, {"organisation": "OCMW Gent"}).body == ""
    request = stack.twin.wait_for(
        "chat.postMessage", lambda c: "vraagt om aan te sluiten" in c.args["text"])[0]
    message = {**request.response["message"], "channel": request.response["channel"]}

    before = len(stack.twin.calls_to("response_url"))
    stack.driver_for(EVIL).click(FACILITATOR, ids.JOIN_APPROVE, message=message)
    assert REFUSAL in _answers(stack, before)
    (bob,) = rows(stack, Membership, Membership.user_id == BOB)
    assert bob.status == "pending"


def test_planning_from_another_workspace_is_refused_by_command_and_by_form(stack):
    create_network(stack)
    foreign = stack.driver_for(EVIL)
    for command in ("nieuw", "leden"):
        assert REFUSAL in foreign.command(FACILITATOR, command, CHANNEL).body, command
    before = len(stack.twin.calls_to("response_url"))
    assert foreign.command(FACILITATOR, "plan", CHANNEL).body == ""  # refused after its ack
    assert REFUSAL in _answers(stack, before)

    view = open_modal(stack, FACILITATOR, "plan")
    response = foreign.submit_view(FACILITATOR, view, plan_values(_in_a_week()))
    assert REFUSAL in response.body
    assert rows(stack, Meeting) == []
    assert len(rows(stack, Network)) == 1


def test_a_workspace_outside_the_channel_cannot_share_or_unshare_it(stack):
    """channel_shared/unshared come from a workspace in the channel: one naming another
    workspace's channel (forged, or about a channel id it does not have) changes nothing."""
    create_network(stack)
    stack.twin.add_team(EVIL, "evil")
    shared = {"type": "channel_shared", "channel": CHANNEL, "connected_team_id": EVIL}
    assert stack.driver_for(EVIL).event(shared).status == 200
    stack.driver.event(stack.twin.share_channel(CHANNEL, "T0OTHER01"))
    eventually(lambda: rows(stack, Network)[0].teams == {"T0TWIN", "T0OTHER01"})

    unshared = {"type": "channel_unshared", "channel": CHANNEL,
                "previously_connected_team_id": "T0OTHER01"}
    assert stack.driver_for(EVIL).event(unshared).status == 200
    stack.driver.event({"type": "channel_shared", "channel": "CNONE001",
                        "connected_team_id": EVIL})  # a channel with no network: a no-op
    (network,) = rows(stack, Network)
    assert network.teams == {"T0TWIN", "T0OTHER01"}


def test_the_same_user_id_from_a_shared_workspace_is_not_the_facilitator(stack):
    """A person is (team, user): in a channel shared with another workspace, a request from
    that workspace carrying the facilitator's user id is someone else, refused."""
    create_network(stack)
    stack.driver.event(stack.twin.share_channel(CHANNEL, "T0OTHER01"))
    eventually(lambda: rows(stack, Network)[0].teams == {"T0TWIN", "T0OTHER01"})
    view = open_modal(stack, FACILITATOR, "plan")
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(_in_a_week())).body == ""
    (meeting,) = rows(stack, Meeting)
    blocks = stack.driver.command(FACILITATOR, "sessies", CHANNEL).json["blocks"]

    before = len(stack.twin.calls_to("response_url"))
    stack.driver_for("T0OTHER01").click(
        FACILITATOR, ids.SESSION_CANCEL, message={"blocks": blocks}, channel_id=CHANNEL,
        value=str(meeting.id), block_id=next(b["block_id"] for b in blocks
                                             if b["type"] == "actions"))
    assert REFUSAL in _answers(stack, before)
    assert rows(stack, Meeting)[0].status == MeetingStatus.PLANNED
