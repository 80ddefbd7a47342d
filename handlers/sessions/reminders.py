"""Button clicks: attendance answers, from a reminder DM or from the Home tab."""

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain import attendance, sessions
from bot.domain.errors import DomainError
from handlers.home.publish import publish_home
from handlers.sessions.reminder_blocks import reminder_message
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, slack_failure_text
from handlers.slack.feedback import answer_click
from handlers.slack.router import CommandRouter
from storage.models import RsvpAnswer


class ActionHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_rsvp(self, ack: Ack, body: dict, action: dict, client: WebClient, respond) -> None:
        ack()
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        answer = RsvpAnswer.YES if action["action_id"] == ids.RSVP_YES else RsvpAnswer.NO
        try:
            with self.deps.db.session() as session:
                network, meeting = attendance.record(
                    session, int(action["value"]), user_id, answer, now=self.deps.clock())
                details = sessions.reminder_details(session, meeting)
        except DomainError as error:
            answer_click(client, body, respond, message_for(error, lang), lang)
            return
        try:
            if body.get("message"):  # a reminder DM: show the answer in it
                text, blocks = reminder_message(network, meeting, lang, answer, details)
                client.chat_update(channel=body["channel"]["id"], ts=body["message"]["ts"],
                                   text=text, blocks=blocks)
            publish_home(client, self.deps, network.team_id, user_id)
        except SlackApiError as error:  # the answer is stored; only its display lags
            answer_click(client, body, respond, slack_failure_text(error, lang), lang)


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = ActionHandlers(deps)
    app.action(ids.RSVP_YES)(handlers.on_rsvp)
    app.action(ids.RSVP_NO)(handlers.on_rsvp)
