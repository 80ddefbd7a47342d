"""`/leernet nieuw`: the network modal, and creating the network with its charter card."""

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.catalog import DEFAULT_LANG
from bot.domain import networks
from bot.domain.errors import DomainError, FieldErrors
from handlers.networks.blocks import charter_message, network_modal
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors
from handlers.slack.messaging import post_or_refuse
from handlers.slack.metadata import NetworkModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_values


def _team_id(body: dict) -> str:
    return body.get("team", {}).get("id") or body["view"]["team_id"]


class NetworkHandlers:
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

    def on_network_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = NetworkModalMeta.loads(view["private_metadata"])
        draft = networks.NetworkDraft(**{
            field: submitted_values(view).get(field) or "" for field in ids.NETWORK_FIELDS
        })
        try:
            # The charter is posted inside the transaction: if Slack refuses it, nothing is
            # stored, and the facilitator sees why in the still-open modal.
            with self.deps.db.session() as session:
                network = networks.create_network(
                    session, draft, team_id=_team_id(body), channel_id=meta.channel_id,
                    user_id=user_id, settings=self.deps.settings)
                text, blocks = charter_message(network, DEFAULT_LANG)
                post_or_refuse(client, meta.channel_id, text, blocks)
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"name": message_for(error, lang)})
            return
        ack()


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = NetworkHandlers(deps)
    router.add(("nieuw", "new"), handlers.new, "help.nieuw")
    app.view(ids.NETWORK_MODAL)(handlers.on_network_submit)
