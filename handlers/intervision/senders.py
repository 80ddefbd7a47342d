"""After a session: its confidential cases are erased (the text, questions, advice and
takeaway; the title stays), and what the bot posted of them in their thread is deleted."""

import logging
from datetime import timedelta

from slack_sdk.errors import SlackApiError

from bot.dispatch import Paused, RetryLater
from handlers.slack.deps import Deps
from handlers.slack.messaging import WORKSPACE_GONE, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)

# Slack's answers that mean the post is gone already (or can never be deleted by us).
GONE = frozenset({"message_not_found", "channel_not_found", "is_archived"})


class EraseSender(Sender):
    """Erases in the database first (one transaction), then deletes each thread post; a post
    is forgotten once Slack confirms, so a retry deletes only what is left."""

    def __call__(self, delivery: Delivery) -> None:
        if delivery.meeting_id is None:
            log.warning("intervision erase %s names no session", delivery.id)
            return
        service = self.deps.services.intervision
        erasure = service.erase_confidential(delivery.meeting_id)
        if erasure.postponed or not erasure.posts:
            return
        client = self.deps.clients.for_team(erasure.network.team_id)
        left = 0
        for channel, ts in erasure.posts:
            try:
                client.chat_delete(channel=channel, ts=ts)
            except SlackApiError as error:
                code = str(error.response.get("error") or "")
                if code == "ratelimited":
                    raise RetryLater(timedelta(seconds=30), "chat.delete rate limited") from error
                if code in WORKSPACE_GONE:
                    raise Paused(code) from error
                if code not in GONE:
                    log.warning("could not delete intervision post %s: %s", ts, code)
                    left += 1
                    continue
            service.post_deleted(channel, ts)
        if left:
            raise PostsLeft(f"{left} intervision posts not deleted yet")


class PostsLeft(Exception):  # noqa: N818 - a signal for the dispatcher's retry
    """Some thread posts of an erased case could not be deleted this time."""


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.INTERVISION_ERASE: EraseSender(deps)}
