"""`/leernet <sub-command>`: one router; each feature module adds its own sub-commands."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlmodel import Session

from bot.catalog import Lang, t
from bot.domain import meetings, networks, planning, sessions
from bot.domain.errors import DomainError
from handlers import ids
from handlers.blocks import help_blocks, network_modal, plan_modal
from handlers.deps import Deps
from handlers.errors import message_for, slack_failure_text
from storage.models import Network


@dataclass
class Invocation:
    """One typed `/leernet` command, with what every sub-command needs to answer it."""

    ack: Ack
    command: dict
    client: WebClient
    respond: Callable
    lang: Lang
    args: str  # the text after the sub-command word

    @property
    def team_id(self) -> str:
        return self.command["team_id"]

    @property
    def user_id(self) -> str:
        return self.command["user_id"]

    @property
    def channel_id(self) -> str:
        return self.command["channel_id"]

    def reply(self, text: str, blocks: list | None = None) -> None:
        """An ephemeral answer, as the command's acknowledgement."""
        self.ack(text=text, blocks=blocks) if blocks else self.ack(text=text)


Handler = Callable[[Invocation], None]


class CommandRouter:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._routes: dict[str, Handler] = {}
        self._help_keys: list[str] = []

    def add(self, names: tuple[str, ...], handler: Handler, help_key: str) -> None:
        """Route each name (Dutch first, then English aliases) to `handler`; list it in help."""
        for name in names:
            self._routes[name] = handler
        self._help_keys.append(help_key)

    def on_command(self, ack: Ack, command: dict, client: WebClient, respond) -> None:
        word, _, rest = (command.get("text") or "").strip().partition(" ")
        lang = self.deps.locales.lang(client, command["user_id"])
        invocation = Invocation(ack, command, client, respond, lang, rest.strip())
        handler = self._routes.get(word.lower())
        if handler is None:
            unknown = word or None
            invocation.reply(t("help.intro", lang), help_blocks(lang, self._help_keys, unknown))
            return
        try:
            handler(invocation)
        except DomainError as error:
            invocation.reply(message_for(error, lang))
        except SlackApiError as error:  # after ack(): Slack refused what we asked for them
            respond(text=slack_failure_text(error, lang), response_type="ephemeral")

    def help(self, call: Invocation) -> None:
        call.reply(t("help.intro", call.lang), help_blocks(call.lang, self._help_keys))


class NetworkCommands:
    """Starting a network and planning its sessions."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def new(self, call: Invocation) -> None:
        if not call.channel_id.startswith(("C", "G")):
            raise DomainError("error.not_in_channel_context")
        with self.deps.db.session() as session:
            networks.ensure_channel_free(session, call.team_id, call.channel_id)
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"],
                               view=network_modal(call.lang, call.channel_id))

    def plan(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = networks.network_in_channel(session, call.team_id, call.channel_id)
            networks.ensure_facilitator(session, network, call.user_id)
            view = plan_view(session, network, call.lang, self.deps.clock())
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"], view=view)


def plan_view(session: Session, network: Network, lang: Lang, now: datetime) -> dict:
    """The plan modal with what the group brought: topics, the host in turn, contributions."""
    return plan_modal(lang, network, now, planning.plan_topics(session, network),
                      meetings.host_choice(session, network),
                      sessions.next_contributions(session, network, now))


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    network_commands = NetworkCommands(deps)
    router.add(("nieuw", "new"), network_commands.new, "help.nieuw")
    router.add(("plan", "plannen"), network_commands.plan, "help.plan")
    app.command(ids.COMMAND)(router.on_command)
