"""The kickoff questionnaire's scheduled DMs: the invitation and the one reminder."""

import logging
from datetime import timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang
from bot.dispatch import MAX_ATTEMPTS, GiveUp, Paused, RetryLater, hold_lease
from bot.domain.introductions import DeleteOutcome, delete_outcome
from bot.services.deliveries import NOTICE_PREFIX
from bot.services.kickoff import IntroDelete
from handlers.kickoff.blocks import (
    cannot_delete_notice,
    invitation_message,
    reminder_message,
)
from handlers.slack.deps import Deps
from handlers.slack.kit import Block
from handlers.slack.messaging import WORKSPACE_GONE, OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


class KickoffSender(OncePerPersonSender):
    """The invitation to the questionnaire, for the one member the delivery names."""

    def __call__(self, delivery: Delivery) -> None:
        invitation = self.deps.services.kickoff.invitation(delivery.network_id, delivery.target)
        if invitation is None:
            log.info("kickoff %s not sent: member gone or questionnaire closed", delivery.id)
            return
        self.dm(delivery, delivery.target,
                lambda lang: invitation_message(invitation.network, invitation.closes_at, lang))


class KickoffReminderSender(OncePerPersonSender):
    """One reminder to each active member who has not answered, while answers are taken."""

    def __call__(self, delivery: Delivery) -> None:
        reminder = self.deps.services.kickoff.reminder(delivery.network_id)
        if reminder is None:
            log.info("kickoff reminder %s not sent: questionnaire closed", delivery.id)
            return
        for user_id in reminder.recipients:
            self.dm(delivery, user_id,
                    lambda lang: reminder_message(reminder.network, reminder.closes_at, lang))


class IntroDeleteSender(OncePerPersonSender):
    """Takes a withdrawn introduction card out of the channel. Slack's failures are retried
    by the dispatcher; a card Slack will never let the bot delete (or still there after the
    last attempt) is reported to the facilitators, once each, with a link to remove it."""

    def __call__(self, delivery: Delivery) -> None:
        job = self.deps.services.kickoff.intro_to_delete(delivery.network_id, delivery.target,
                                                         delivery.key)
        if job is None:
            log.info("intro delete %s: nothing to delete (gone, or consent given again)",
                     delivery.id)
            return
        client = self.client_for(delivery)
        hold_lease()
        error = self._delete(client, job)
        outcome = delete_outcome(error)
        if outcome == DeleteOutcome.DONE:
            self.deps.services.kickoff.intro_deleted(delivery.network_id, delivery.target,
                                                     job.card.ts)
            return
        assert error is not None
        if outcome == DeleteOutcome.RETRY and delivery.attempts + 1 < MAX_ATTEMPTS:
            raise IntroStillShown(error)  # the dispatcher tries again a little later
        self._tell_facilitators(delivery, client, job, error)
        raise GiveUp(f"introduction card {job.card.ts} not deleted: {error}")

    @staticmethod
    def _delete(client: WebClient, job: IntroDelete) -> str | None:
        """Slack's error for the delete (None: deleted)."""
        try:
            client.chat_delete(channel=job.card.channel_id, ts=job.card.ts)
        except SlackApiError as exc:
            error = str(exc.response.get("error") or f"http_{exc.response.status_code}")
            if error == "ratelimited":
                raise RetryLater(timedelta(seconds=30), "chat.delete rate limited") from exc
            if error in WORKSPACE_GONE:
                raise Paused(error) from exc
            return error
        return None

    def _tell_facilitators(self, delivery: Delivery, client: WebClient, job: IntroDelete,
                           error: str) -> None:
        link = _permalink(client, job)

        def build(lang: Lang) -> tuple[str, list[Block]]:
            return cannot_delete_notice(delivery.target, job.card.network, error, link, lang)

        for facilitator in job.facilitators:
            self.send_once(delivery, NOTICE_PREFIX + facilitator, facilitator, build)


class IntroStillShown(Exception):  # noqa: N818 - a signal for the dispatcher's retry
    """Slack failed to delete a withdrawn introduction card this time."""


def _permalink(client: WebClient, job: IntroDelete) -> str:
    """A link to the card, or to its channel when Slack will not give one."""
    try:
        return str(client.chat_getPermalink(channel=job.card.channel_id,
                                            message_ts=job.card.ts)["permalink"])
    except SlackApiError:
        return f"<#{job.card.channel_id}>"


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.KICKOFF: KickoffSender(deps),
            DeliveryKind.KICKOFF_REMINDER: KickoffReminderSender(deps),
            DeliveryKind.INTRO_DELETE: IntroDeleteSender(deps)}
