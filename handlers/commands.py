"""`/leernet <sub-command>`: parse, check the rules, answer or open a modal."""

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain import networks
from bot.domain.errors import DomainError
from handlers import ids
from handlers.blocks import help_blocks, network_modal, plan_modal
from handlers.deps import Deps
from handlers.errors import message_for, slack_failure_text

# Dutch first, English aliases second; each maps to the handler method's name.
SUBCOMMANDS = {
    "nieuw": "new", "new": "new",
    "plan": "plan", "plannen": "plan",
    "help": "help", "hulp": "help", "": "help",
}


class CommandHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_command(self, ack: Ack, command: dict, client: WebClient, respond) -> None:
        words = (command.get("text") or "").split()
        word = words[0].lower() if words else ""
        lang = self.deps.locales.lang(client, command["user_id"])
        sub = SUBCOMMANDS.get(word)
        if sub is None:
            ack(text=t("help.intro", lang), blocks=help_blocks(lang, unknown=word))
            return
        try:
            getattr(self, f"_{sub}")(ack, command, client, lang)
        except DomainError as error:
            ack(text=message_for(error, lang))
        except SlackApiError as error:  # after ack(): Slack refused the modal
            respond(text=slack_failure_text(error, lang), response_type="ephemeral")

    def _help(self, ack: Ack, command: dict, client: WebClient, lang) -> None:
        ack(text=t("help.intro", lang), blocks=help_blocks(lang))

    def _new(self, ack: Ack, command: dict, client: WebClient, lang) -> None:
        channel_id = command["channel_id"]
        if not channel_id.startswith(("C", "G")):
            raise DomainError("error.not_in_channel_context")
        with self.deps.db.session() as session:
            networks.ensure_channel_free(session, command["team_id"], channel_id)
        ack()
        client.views_open(trigger_id=command["trigger_id"], view=network_modal(lang, channel_id))

    def _plan(self, ack: Ack, command: dict, client: WebClient, lang) -> None:
        with self.deps.db.session() as session:
            network = networks.network_in_channel(
                session, command["team_id"], command["channel_id"])
            networks.ensure_facilitator(session, network, command["user_id"])
        ack()
        client.views_open(trigger_id=command["trigger_id"],
                          view=plan_modal(lang, network, self.deps.clock()))


def register(app: App, deps: Deps) -> None:
    app.command(ids.COMMAND)(CommandHandlers(deps).on_command)
