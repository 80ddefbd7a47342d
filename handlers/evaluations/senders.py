"""Scheduled evaluation DMs: the poll, its reminder, the close with the summary,
the apply-at-work follow-up."""

import logging
from functools import partial

from bot.domain import evaluations
from handlers.evaluations.blocks import (
    followup_message,
    invitation_message,
    reminder_message,
    results_message,
)
from handlers.home.publish import refresh_homes
from handlers.slack.deps import Deps
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind

log = logging.getLogger(__name__)


def _meeting_id(delivery: Delivery) -> int:
    """Evaluation deliveries are always queued for a session."""
    if delivery.meeting_id is None:
        raise ValueError(f"delivery {delivery.id} ({delivery.kind}) names no session")
    return delivery.meeting_id


class EvaluationSender(OncePerPersonSender):
    """Opens the session's poll if needed and invites each attendee who has not had it."""

    def __call__(self, delivery: Delivery) -> None:
        found = self.deps.services.evaluations.open_for_invitations(_meeting_id(delivery))
        if not found.is_open:
            log.info("evaluation %s not sent: the poll is closed", delivery.id)
            return
        for user_id in found.to_invite:
            self.dm(delivery, user_id, partial(
                invitation_message, found.network, found.meeting, found.poll,
                min_answers=self.deps.settings.evaluation_min_answers))
        refresh_homes(self.client_for(delivery), self.deps, found.network.team_id,
                      found.to_invite)


class EvaluationReminderSender(OncePerPersonSender):
    """One reminder to each attendee who has not answered, while the poll is open."""

    def __call__(self, delivery: Delivery) -> None:
        found = self.deps.services.evaluations.to_remind(_meeting_id(delivery))
        if found.poll is None or not found.is_open:
            log.info("evaluation reminder %s not sent: no open poll", delivery.id)
            return
        for user_id in found.pending:
            self.dm(delivery, user_id, partial(reminder_message, found.network, found.meeting,
                                               found.poll))


class EvaluationCloseSender(OncePerPersonSender):
    """Closes the poll and sends each facilitator the results, with the trend; once (the
    results are released here, and never change afterwards)."""

    def __call__(self, delivery: Delivery) -> None:
        service = self.deps.services.evaluations
        closing = service.close(_meeting_id(delivery))
        if closing.step == evaluations.CloseStep.LATER and closing.poll is not None:
            log.info("evaluation of meeting %s closes later, at %s", closing.meeting.id,
                     closing.poll.closes_at)
            return
        if closing.poll is None or closing.results is None:
            log.info("evaluation close %s: nothing to close", delivery.id)
            return
        for user_id in closing.facilitators:  # each their own: one's answer counts out
            self.dm(delivery, user_id, partial(results_message, closing.network, closing.meeting,
                                               closing.poll, closing.results[user_id],
                                               text_key="evaluation.summary.text"))
        service.summary_sent(closing.poll.id)


class ApplyFollowupSender(OncePerPersonSender):
    """Asks each participant who said what they would apply whether they did."""

    def __call__(self, delivery: Delivery) -> None:
        due = self.deps.services.evaluations.followups_due(_meeting_id(delivery))
        for row in due.commitments:
            self.dm(delivery, row.user_id, partial(followup_message, due.network, due.meeting,
                                                   row))
        refresh_homes(self.client_for(delivery), self.deps, due.network.team_id,
                      [r.user_id for r in due.commitments])


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.EVALUATION: EvaluationSender(deps),
            DeliveryKind.EVALUATION_REMINDER: EvaluationReminderSender(deps),
            DeliveryKind.EVALUATION_CLOSE: EvaluationCloseSender(deps),
            DeliveryKind.APPLY_FOLLOWUP: ApplyFollowupSender(deps)}
