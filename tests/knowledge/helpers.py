"""Steps of the knowledge library as a Slack user: share through the form, search, click."""

from slack_twin.local_stack import LocalStack
from storage.models import KnowledgeItem
from tests.conftest import CHANNEL
from tests.slack_helpers import open_modal, rows

ITEM_VALUES = {
    "kind": "best_practice",
    "title": "Stagiairs begeleiden",
    "text": "Eén *mentor* per stagiair werkt beter dan een groep.",
    "new_themes": "stage, begeleiding",
    "visibility": "network",
    "language": "nl",
}


def share(stack: LocalStack, user: str, channel: str = CHANNEL, **changes) -> dict:
    """Share an item through `/leernet deel`; return the submission's answer."""
    view = open_modal(stack, user, "deel", channel)
    response = stack.driver.submit_view(user, view, {**ITEM_VALUES, **changes})
    assert response.status == 200, response.body
    return response.json


def items(stack: LocalStack) -> list[KnowledgeItem]:
    return rows(stack, KnowledgeItem)


def search(stack: LocalStack, user: str, words: str = "", channel: str = CHANNEL) -> dict:
    response = stack.driver.command(user, f"kennis {words}".strip(), channel)
    assert response.status == 200, response.body
    return response.json


def listed(answer: dict) -> dict[int, str]:
    """{item id: its text in the list} of a library answer."""
    return {int(b["block_id"].split(":")[1]): b["text"]["text"] for b in answer["blocks"]
            if b.get("block_id", "").startswith("knowledge:")}


def click(stack: LocalStack, user: str, action: str, message: dict, item_id: int,
          block_id: str | None = None) -> dict:
    """Click an item's button; return what came back under the message (response_url)."""
    before = len(stack.twin.calls_to("response_url"))
    stack.driver.click(user, action, message=message, channel_id=CHANNEL,
                       block_id=block_id or f"knowledge:{item_id}")
    return stack.twin.wait_for("response_url", count=before + 1)[-1].args
