"""After the close the facilitators choose: the network's knowledge stays visible or is
withdrawn (search, the item's buttons and the web page follow at once, the items are kept),
and the channel is archived (conversations.archive, only when they say so) or kept open;
Slack's refusals are told in words and leave the choice open."""

import json

import pytest

from handlers.slack import ids
from storage.models import Delivery, DeliveryKind, DeliveryStatus, KnowledgeItem
from tests.closing.helpers import (
    close_by_time,
    network,
    network_with_history,
    results_dm,
    start_closing,
    status_blocks,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.evaluations.helpers import dms, rows, with_button
from tests.knowledge.helpers import listed, search, share
from tests.slack_helpers import eventually
from tests.web.helpers import Browser, listed_ids


def _closed_with_items(stack) -> list[str]:
    """A closed network whose participant shared a public and a network-only item."""
    users = network_with_history(stack, 1)
    share(stack, users[0], title="Stagiairs openbaar", visibility="public",
          text="Stagiairs begeleiden, openbaar.")
    share(stack, users[0], title="Stagiairs netwerk", visibility="network",
          text="Stagiairs begeleiden, in het netwerk.")
    start_closing(stack)
    close_by_time(stack)
    results_dm(stack)
    return users


def _choose(stack, action_id: str, user: str = FACILITATOR) -> dict:
    """Click the choice in the facilitator's close DM; what came back under it."""
    (message,) = with_button(stack, FACILITATOR, action_id)
    before = len(stack.twin.calls_to("response_url"))
    response = stack.driver.click(user, action_id, message=message,
                                  channel_id=stack.twin.dm_channel(FACILITATOR))
    assert response.status == 200
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args


def _ids(stack) -> dict[str, int]:
    return {item.title: item.id for item in rows(stack, KnowledgeItem)}


def _seen(stack, user: str, browser: Browser, anonymous: Browser) -> dict[str, set[int]]:
    """What each surface shows: the member's search in Slack, her web page, an anonymous
    visitor's web page (the list and a search)."""
    return {"slack": set(listed(search(stack, user, "stagiairs"))),
            "web": listed_ids(browser.get("/kennis").body),
            "web search": listed_ids(browser.get("/kennis?q=stagiairs").body),
            "anonymous": listed_ids(anonymous.get("/kennis").body)
            | listed_ids(anonymous.get("/kennis?q=stagiairs").body)}


def test_the_close_dm_offers_the_choices_and_nothing_happens_without_one(stack):
    _closed_with_items(stack)
    blocks = results_dm(stack)
    for action_id in (ids.AFTER_KEEP_KNOWLEDGE, ids.AFTER_WITHDRAW_KNOWLEDGE,
                      ids.AFTER_ARCHIVE, ids.AFTER_KEEP_OPEN):
        assert action_id in blocks
    assert "Na de afsluiting van" in blocks and "nog niet gekozen" in blocks
    (message,) = with_button(stack, FACILITATOR, ids.AFTER_ARCHIVE)
    (archive,) = [e for b in message["blocks"] if b["type"] == "actions"
                  for e in b["elements"] if e["action_id"] == ids.AFTER_ARCHIVE]
    assert archive["confirm"]["style"] == "danger"  # Slack asks before the click is sent
    # Nothing chosen: the channel stays open, nothing was archived, the knowledge is seen.
    assert not stack.twin.calls_to("conversations.archive")
    assert not stack.twin.is_archived(CHANNEL)
    found = network(stack)
    assert found.knowledge_choice is None and found.channel_choice is None
    assert "nog niet gekozen" in status_blocks(stack)


def test_withdrawn_knowledge_leaves_every_surface_at_once_and_can_come_back(stack):
    users = _closed_with_items(stack)
    titles = _ids(stack)
    everything = set(titles.values())
    public = {titles["Stagiairs openbaar"]}
    browser, anonymous = Browser(stack), Browser(stack)
    browser.sign_in(users[0])
    assert _seen(stack, users[0], browser, anonymous) == {
        "slack": everything, "web": everything, "web search": everything,
        "anonymous": public}

    answer = _choose(stack, ids.AFTER_WITHDRAW_KNOWLEDGE)
    assert "is ingetrokken" in answer["text"]
    assert ids.AFTER_KEEP_KNOWLEDGE in json.dumps(answer["blocks"])
    assert ids.AFTER_WITHDRAW_KNOWLEDGE not in json.dumps(answer["blocks"])
    assert _seen(stack, users[0], browser, anonymous) == {
        "slack": set(), "web": set(), "web search": set(), "anonymous": set()}
    for item_id in everything:  # an item's own page is as one that does not exist
        assert browser.get(f"/kennis/{item_id}").status == 404
        assert anonymous.get(f"/kennis/{item_id}").status == 404
    # Kept, for the export and the retention.
    assert set(_ids(stack).values()) == everything
    found = network(stack)
    assert found.knowledge_choice == "withdraw" and found.knowledge_chosen_by == FACILITATOR
    assert found.knowledge_chosen_at is not None
    stand = status_blocks(stack)
    assert "ingetrokken" in stand and f"<@{FACILITATOR}>" in stand

    # Changed later: visible again, each item with its own reach.
    answer = _choose(stack, ids.AFTER_KEEP_KNOWLEDGE)
    assert "blijft zichtbaar" in answer["text"]
    assert _seen(stack, users[0], browser, anonymous) == {
        "slack": everything, "web": everything, "web search": everything,
        "anonymous": public}
    assert network(stack).knowledge_choice == "keep"


def test_a_participant_may_not_choose_and_nothing_is_chosen_before_the_close(stack):
    users = network_with_history(stack, 1)
    start_closing(stack)
    # The closing phase: the stand has no choices yet.
    assert ids.AFTER_ARCHIVE not in status_blocks(stack)
    close_by_time(stack)
    results_dm(stack)
    answer = _choose(stack, ids.AFTER_WITHDRAW_KNOWLEDGE, user=users[0])
    assert "facilitator" in answer["text"]
    answer = _choose(stack, ids.AFTER_ARCHIVE, user=users[0])
    assert "facilitator" in answer["text"]
    assert not stack.twin.calls_to("conversations.archive")
    found = network(stack)
    assert found.knowledge_choice is None and found.channel_choice is None


def test_archiving_on_confirmation_and_nothing_more_is_posted_or_planned(stack):
    users = _closed_with_items(stack)
    # A closed network has no digest waiting.
    pending = {d.kind for d in rows(stack, Delivery) if d.status == DeliveryStatus.PENDING}
    assert not pending & {DeliveryKind.DIGEST, DeliveryKind.FACILITATOR_DIGEST}

    answer = _choose(stack, ids.AFTER_KEEP_OPEN)
    assert "blijft open" in answer["text"] and network(stack).channel_choice == "open"
    answer = _choose(stack, ids.AFTER_ARCHIVE)
    assert "is gearchiveerd" in answer["text"]
    assert stack.twin.is_archived(CHANNEL)
    (call,) = stack.twin.calls_to("conversations.archive")
    assert call.ok and call.args["channel"] == CHANNEL
    found = network(stack)
    assert found.channel_choice == "archive" and found.channel_chosen_by == FACILITATOR
    shown = json.dumps(answer["blocks"])
    assert ids.AFTER_ARCHIVE not in shown and ids.AFTER_KEEP_OPEN not in shown
    # Archiving does not touch the knowledge choice.
    assert found.knowledge_choice is None
    assert set(listed(search(stack, users[0], "stagiairs", channel=CHANNEL)))
    # The twin refuses posts in it, as Slack does.
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    from slack_twin.local_stack import BOT_TOKEN

    client = WebClient(token=BOT_TOKEN, base_url=stack.twin.api_url)
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel=CHANNEL, text="Nog iets")
    assert refused.value.response["error"] == "is_archived"
    # The stand says who archived it; a second archive is refused before Slack is asked.
    assert "gearchiveerd door" in status_blocks(stack)
    (message,) = with_button(stack, FACILITATOR, ids.AFTER_ARCHIVE)
    stack.driver.click(FACILITATOR, ids.AFTER_ARCHIVE, message=message,
                       channel_id=stack.twin.dm_channel(FACILITATOR))
    eventually(lambda: any("al gearchiveerd" in c.args.get("text", "")
                           for c in stack.twin.calls_to("response_url")))
    assert len(stack.twin.calls_to("conversations.archive")) == 1


REFUSALS = {
    # name: (how the twin's channel or app is changed, the refusal, words of its message)
    "bot removed from the channel": ({"bot_is_member": False}, None, "not_in_channel",
                                     "geen lid meer"),
    "the workspace's #general": ({"is_general": True}, None, "cant_archive_general",
                                 "algemene kanaal"),
    "installed without the scope": ({}, "channels:manage", "missing_scope",
                                    "channels:manage"),
    "shared, hosted by another organisation": (
        {"team_id": "T0HOST", "shared_team_ids": ["T0TWIN"]}, None, "restricted_action",
        "host"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_slacks_refusal_is_told_and_leaves_the_channel_open_to_choose_again(stack, case):
    flags, scope, error, words = REFUSALS[case]
    _closed_with_items(stack)
    if flags.get("team_id"):
        stack.twin.add_team("T0HOST")
    stack.twin.change_channel(CHANNEL, **flags)
    if scope:
        stack.twin.withhold_scope(scope)
    answer = _choose(stack, ids.AFTER_ARCHIVE)
    (call,) = stack.twin.calls_to("conversations.archive")
    assert call.response["error"] == error
    assert words in answer["text"], answer["text"]
    assert ids.AFTER_ARCHIVE in json.dumps(answer["blocks"])  # still to choose
    assert network(stack).channel_choice is None and not stack.twin.is_archived(CHANNEL)


def test_a_channel_archived_in_slack_already_counts_as_archived(stack):
    _closed_with_items(stack)
    stack.twin.change_channel(CHANNEL, is_archived=True)
    answer = _choose(stack, ids.AFTER_ARCHIVE)
    (call,) = stack.twin.calls_to("conversations.archive")
    assert call.response["error"] == "already_archived"
    assert "is gearchiveerd" in answer["text"]
    assert network(stack).channel_choice == "archive"


def test_dms_of_the_close_hold_results_and_choices_within_slacks_limits(stack):
    _closed_with_items(stack)
    (message,) = [m for m in dms(stack, FACILITATOR) if "resultaten" in m["text"]]
    assert len(message["blocks"]) <= 50
