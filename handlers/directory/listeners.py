"""`/leernet netwerken [woord]`: the networks a person may join, each with a join button that
opens the join request form (the membership feature takes it from there)."""

from bot.catalog import t
from handlers.directory.blocks import directory_blocks
from handlers.membership.blocks import join_modal
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.turn import Turn


class DirectoryHandlers:
    def __init__(self, listen: Listen) -> None:
        self.services = listen.deps.services

    def networks(self, call: Turn) -> None:
        directory = self.services.directory.listing(call.actor_team_id, call.user_id, call.args)
        call.reply(t("directory.header", call.lang), directory_blocks(directory, call.lang))

    def on_join(self, turn: Turn) -> None:
        form = self.services.membership.join_form_for(turn.action_id_value(), turn.actor_team_id,
                                                      turn.user_id)
        turn.open_modal(join_modal(turn.lang, form.network, form.full))


def register(listen: Listen) -> None:
    handlers = DirectoryHandlers(listen)
    listen.command(("netwerken", "networks"), "help.netwerken")(handlers.networks)
    listen.action(ids.DIRECTORY_JOIN)(handlers.on_join)
