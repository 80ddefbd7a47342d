"""Button clicks: attendance answers, from a reminder DM or from the Home tab."""

from handlers.home.publish import publish_home
from handlers.sessions.reminder_blocks import reminder_message
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.turn import Turn
from storage.models import RsvpAnswer


class ActionHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.sessions = listen.deps.services.sessions

    def on_rsvp(self, turn: Turn) -> None:
        """Stored first; then the reminder shows the answer and Home is redrawn (a Slack
        refusal there is told to the person: the answer is stored, only its display lags)."""
        answer = RsvpAnswer.YES if turn.action_id == ids.RSVP_YES else RsvpAnswer.NO
        answered = self.sessions.answer(turn.action_id_value(), turn.user_id, answer)
        turn.about(answered.network)
        message = turn.body.get("message")
        if message:  # a reminder DM: show the answer in it
            text, blocks = reminder_message(answered.network, answered.meeting, turn.lang,
                                            answer, answered.details)
            turn.client.chat_update(channel=turn.channel_id, ts=message["ts"], text=text,
                                    blocks=blocks)
        publish_home(turn.client, self.deps, answered.network.team_id, turn.user_id)


def register(listen: Listen) -> None:
    handlers = ActionHandlers(listen)
    listen.action(ids.RSVP_YES)(handlers.on_rsvp)
    listen.action(ids.RSVP_NO)(handlers.on_rsvp)
