"""`/leernet deel` and `/leernet kennis`: sharing an item through a form, searching the
library, and an item's show, edit and remove buttons.

Sharing is quiet: the form closes with a short confirmation only the sharer sees."""

from bot.catalog import t
from bot.domain.errors import BadInput
from bot.domain.identity import Actor
from bot.domain.knowledge import KnowledgeDraft
from bot.text import escape
from handlers.knowledge.blocks import (
    SHOW_ORGANISATION,
    item_blocks,
    library_blocks,
    share_modal,
)
from handlers.slack import ids
from handlers.slack.kit import notice_modal, section
from handlers.slack.listen import Listen
from handlers.slack.metadata import KnowledgeModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id


def _actor(turn: Turn) -> Actor:
    actor = turn.actor
    if actor is None:
        raise BadInput()
    return actor


def _draft(turn: Turn) -> KnowledgeDraft:
    values, choices = turn.values(), turn.choices()
    return KnowledgeDraft(
        kind=values.get("kind"), title=values.get("title"), text=values.get("text"),
        link=values.get("link"), chosen_themes=choices.get("themes", []),
        new_themes=values.get("new_themes"),
        show_organisation=SHOW_ORGANISATION in choices.get("show_organisation", []),
        organisation=values.get("organisation"), visibility=values.get("visibility"),
        language=values.get("language"))


class KnowledgeHandlers:
    def __init__(self, listen: Listen) -> None:
        self.services = listen.deps.services

    def share(self, call: Turn) -> None:
        form = self.services.knowledge.share_form(call.team_id, call.channel_id, call.user_id)
        call.open_modal(share_modal(call.lang, form))

    def on_submit(self, turn: Turn) -> None:
        meta = turn.meta(KnowledgeModalMeta)
        item_id = None if meta.item_id is None else parse_id(meta.item_id)
        saved = self.services.knowledge.save(parse_id(meta.network_id), item_id, _draft(turn),
                                             _actor(turn))
        key = "knowledge.saved" if saved.new else "knowledge.changed"
        turn.update_modal(notice_modal(turn.lang, [section(t(
            key, turn.lang, title=escape(saved.item.title)))]))

    def library(self, call: Turn) -> None:
        library = self.services.knowledge.library(_actor(call), call.args)
        call.reply(t("knowledge.header", call.lang), library_blocks(library, call.lang))

    def on_show(self, turn: Turn) -> None:
        shown = self.services.knowledge.show(turn.action_id_value(), _actor(turn))
        turn.respond(shown.item.title, blocks=item_blocks(shown, turn.lang))

    def on_edit(self, turn: Turn) -> None:
        form = self.services.knowledge.edit_form(turn.action_id_value(), _actor(turn))
        turn.open_modal(share_modal(turn.lang, form))

    def on_remove(self, turn: Turn) -> None:
        removed = self.services.knowledge.remove(turn.action_id_value(), _actor(turn))
        turn.respond(t("knowledge.removed", turn.lang, title=escape(removed.title)),
                     replace_original=True)


def register(listen: Listen) -> None:
    handlers = KnowledgeHandlers(listen)
    listen.command(("deel", "share"), "help.deel")(handlers.share)
    listen.command(("kennis", "knowledge"), "help.kennis")(handlers.library)
    listen.view(ids.KNOWLEDGE_MODAL, error_field="title")(handlers.on_submit)
    listen.action(ids.KNOWLEDGE_SHOW)(handlers.on_show)
    listen.action(ids.KNOWLEDGE_EDIT)(handlers.on_edit)
    listen.action(ids.KNOWLEDGE_REMOVE)(handlers.on_remove)
