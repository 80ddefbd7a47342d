"""Button clicks: attendance answers, from a reminder DM or from the Home tab."""

import logging

from slack_sdk.errors import SlackApiError

from handlers.home.publish import publish_home
from handlers.sessions.reminder_blocks import reminder_message
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.messaging import update_or_log
from handlers.slack.turn import Turn
from storage.models import RsvpAnswer

log = logging.getLogger(__name__)


class ActionHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.sessions = listen.deps.services.sessions

    def on_rsvp(self, turn: Turn) -> None:
        """Stored first; then the reminder shows the answer and Home is redrawn. A Slack
        refusal there is only logged: the answer is stored, so telling the person that
        something went wrong would have them answer again for nothing."""
        answer = RsvpAnswer.YES if turn.action_id == ids.RSVP_YES else RsvpAnswer.NO
        answered = self.sessions.answer(turn.action_id_value(), turn.user_id, answer)
        turn.about(answered.network)
        message = turn.body.get("message")
        if message:  # a reminder DM: show the answer in it
            text, blocks = reminder_message(answered.network, answered.meeting, turn.lang,
                                            answer, answered.details, turn.user_id)
            update_or_log(turn.client, turn.channel_id, message["ts"], text, blocks)
        try:
            publish_home(turn.client, self.deps, answered.network.team_id, turn.user_id)
        except SlackApiError as error:
            log.warning("could not refresh the Home of %s: %s", turn.user_id,
                        error.response.get("error"))


def register(listen: Listen) -> None:
    handlers = ActionHandlers(listen)
    listen.action(ids.RSVP_YES)(handlers.on_rsvp)
    listen.action(ids.RSVP_NO)(handlers.on_rsvp)
