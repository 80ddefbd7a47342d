"""`/leernet nieuw`: the network modal, and creating the network with its charter card.

The modal is checked before it closes (field errors, a channel that has a network already);
then the modal shows that the bot is at work while Slack is asked what only Slack knows (is
the submitter in that channel? may the bot post there? which workspaces share it?), and
finally what came of it. The `channel_shared`/`channel_unshared` events keep the workspaces
whose people may act in the network up to date.
"""

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.errors import BadInput, DomainError, Forbidden
from bot.domain.languages import as_lang, of_network
from bot.domain.networks import NetworkDraft
from bot.text import escape
from handlers.networks.blocks import LANGUAGE_FIELD, charter_message, network_modal
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.messaging import post_or_undo
from handlers.slack.metadata import NetworkModalMeta
from handlers.slack.turn import Turn

log = logging.getLogger(__name__)

# What `/leernet aanvragen` takes after it, in Dutch and English: open to requests or not.
REQUEST_WORDS = {"open": True, "dicht": False, "gesloten": False, "closed": False,
                 "close": False}


class NetworkHandlers:
    def __init__(self, listen: Listen) -> None:
        self.services = listen.deps.services
        self.default_language = listen.deps.languages.default

    def new(self, call: Turn) -> None:
        if not call.channel_id.startswith(("C", "G")):
            raise DomainError("error.not_in_channel_context")
        self.services.networks.ensure_channel_free(call.team_id, call.channel_id)
        call.open_modal(network_modal(call.lang, call.channel_id, self.default_language))

    def on_submit(self, turn: Turn) -> None:
        channel_id = turn.meta(NetworkModalMeta).channel_id
        values = turn.values()
        draft = NetworkDraft(**{field: values.get(field) or "" for field in ids.NETWORK_FIELDS})
        draft = self.services.networks.validate(draft, turn.team_id, channel_id)
        language = as_lang(values.get(LANGUAGE_FIELD))
        if language is None:
            raise BadInput()  # the select always sends one of its options
        turn.show_working(t("network.working", turn.lang))
        if not _is_member(turn.client, channel_id, turn.user_id):
            raise Forbidden("network.error.not_in_channel")
        network = self.services.networks.create(
            draft, team_id=turn.team_id, channel_id=channel_id, user_id=turn.user_id,
            language=language, shared_team_ids=_connected_teams(turn.client, channel_id))
        post_or_undo(turn.client, channel_id, *charter_message(network, of_network(network)),
                     undo=lambda: self.services.networks.discard(network.id))
        turn.tell(t("network.started", turn.lang, name=escape(network.name),
                    channel=channel_id))

    def requests(self, call: Turn) -> None:
        """`/leernet aanvragen [open|dicht]`: say, or change, whether people may ask to join."""
        word = call.args.lower()
        if word and word not in REQUEST_WORDS:
            raise DomainError("requests.usage")
        if word:
            network, changed = self.services.networks.set_open_to_requests(
                call.team_id, call.channel_id, call.user_id, REQUEST_WORDS[word])
        else:
            network, changed = self.services.networks.requests_setting(
                call.team_id, call.channel_id, call.user_id), False
        state = "open" if network.open_to_requests else "closed"
        key = f"requests.{'changed' if changed else 'now'}.{state}"
        call.reply(t(key, call.lang, name=escape(network.name)))


    # --- Slack Connect: who may act in the network --------------------------------------

    def on_channel_shared(self, turn: Turn) -> None:
        event = turn.body.get("event") or {}
        if self.services.networks.channel_shared(turn.team_id, str(event.get("channel")),
                                                 str(event.get("connected_team_id") or "")):
            log.info("channel %s shared with %s", event.get("channel"),
                     event.get("connected_team_id"))

    def on_channel_unshared(self, turn: Turn) -> None:
        event = turn.body.get("event") or {}
        if self.services.networks.channel_unshared(
                turn.team_id, str(event.get("channel")),
                str(event.get("previously_connected_team_id") or "")):
            log.info("channel %s no longer shared with %s", event.get("channel"),
                     event.get("previously_connected_team_id"))


def _connected_teams(client: WebClient, channel_id: str) -> list[str]:
    """The workspaces a Slack Connect channel is shared with (conversations.info names them
    all, ours included); none when Slack will not say."""
    try:
        channel = client.conversations_info(channel=channel_id)["channel"]
    except SlackApiError as error:
        log.warning("conversations.info %s: %s", channel_id, error.response.get("error"))
        return []
    return [str(t) for t in [*(channel.get("shared_team_ids") or []),
                             *(channel.get("connected_team_ids") or [])]]


def _is_member(client: WebClient, channel_id: str, user_id: str) -> bool:
    """Whether the person is in the channel (a forged submission may name any channel the
    bot is in, even a private one the person cannot see)."""
    try:
        for page in client.conversations_members(channel=channel_id, limit=200):
            if user_id in page.get("members", []):
                return True
    except SlackApiError as error:  # e.g. a private channel the bot is not in
        raise DomainError("error.cannot_post", error=error.response.get("error", "?")) from error
    return False


def register(listen: Listen) -> None:
    handlers = NetworkHandlers(listen)
    listen.command(("nieuw", "new"), "help.nieuw")(handlers.new)
    listen.view(ids.NETWORK_MODAL, error_field="name")(handlers.on_submit)
    listen.command(("aanvragen", "requests"), "help.aanvragen")(handlers.requests)
    listen.event("channel_shared")(handlers.on_channel_shared)
    listen.event("channel_unshared")(handlers.on_channel_unshared)
