"""`/leernet deel` and `/leernet kennis`: sharing an item through a form, searching the
library, and an item's show, edit and remove buttons.

Sharing is quiet: the form closes with a short confirmation only the sharer sees. The message
shortcut "Bewaar in leernetwerk" starts the same form from a message; when someone else wrote
it and the item is to go beyond the network, its author is asked by DM first and the item
stays within the network until they agree."""

import html

from bot.catalog import t
from bot.domain.errors import BadInput
from bot.domain.identity import Actor
from bot.domain.knowledge import KnowledgeDraft
from bot.domain.knowledge_sources import REPORT_PARTS
from bot.services.knowledge import ShareForm
from bot.text import clean, escape
from handlers.knowledge import files
from handlers.knowledge.blocks import (
    REMOVE_FILE,
    SHOW_ORGANISATION,
    consent_message,
    item_blocks,
    library_blocks,
    share_modal,
)
from handlers.slack import ids
from handlers.slack.kit import notice_modal, section
from handlers.slack.listen import Listen
from handlers.slack.messaging import tell_each
from handlers.slack.metadata import KnowledgeModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id


def _actor(turn: Turn) -> Actor:
    actor = turn.actor
    if actor is None:
        raise BadInput()
    return actor


def _draft(turn: Turn) -> KnowledgeDraft:
    values, choices, files = turn.values(), turn.choices(), turn.files()
    return KnowledgeDraft(
        kind=values.get("kind"), title=values.get("title"), text=values.get("text"),
        link=values.get("link"), chosen_themes=choices.get("themes", []),
        new_themes=values.get("new_themes"),
        show_organisation=SHOW_ORGANISATION in choices.get("show_organisation", []),
        organisation=values.get("organisation"), visibility=values.get("visibility"),
        language=values.get("language"), files=files.get("file", []),
        remove_file=REMOVE_FILE in choices.get("remove_file", []))


def _report_line(turn: Turn) -> tuple[int, str, int]:
    """The chosen report line, "<report id>:<i|d>:<index>"; BadInput for a forged one."""
    chosen = (turn.action.get("selected_option") or {}).get("value")
    parts = chosen.split(":") if isinstance(chosen, str) else []
    if (len(parts) != 3 or parts[1] not in REPORT_PARTS or not parts[2].isascii()
            or not parts[2].isdigit() or len(parts[2]) > 3):
        raise BadInput()
    return parse_id(parts[0]), parts[1], int(parts[2])


class KnowledgeHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    def share(self, call: Turn) -> None:
        form = self.services.knowledge.share_form(call.team_id, call.channel_id, call.user_id)
        call.open_modal(share_modal(call.lang, form))

    def on_save_message(self, turn: Turn) -> None:
        """The message shortcut "Bewaar in leernetwerk": the share form, started from the
        message, in the network of the message's channel."""
        message = turn.body.get("message") or {}
        text, author = message.get("text"), message.get("user")
        # A message names its author's workspace (in a shared channel, maybe another one).
        author_team = message.get("user_team") or message.get("team") or turn.team_id
        source = (Actor(str(author_team), author)
                  if isinstance(author, str) and author else None)
        # Slack sends a message's text with &, < and > as entities; the form shows it typed.
        typed = html.unescape(clean(text)) if isinstance(text, str) else ""
        thread = message.get("thread_ts")
        form = self.services.knowledge.message_form(
            turn.team_id, turn.channel_id, turn.user_id, typed, source,
            thread if isinstance(thread, str) and thread != message.get("ts") else None)
        turn.open_modal(share_modal(turn.lang, form))

    # --- from the cycle: the share form filled in from a report, a follow-up, an obstacle ---

    def on_from_report(self, turn: Turn) -> None:
        report_id, part, index = _report_line(turn)
        self._open(turn, self.services.knowledge.report_line_form(report_id, part, index,
                                                                  turn.user_id))

    def on_success_story(self, turn: Turn) -> None:
        self._open(turn, self.services.knowledge.success_form(turn.action_id_value(),
                                                              _actor(turn)))

    def on_intervision(self, turn: Turn) -> None:
        """The thanks after a case-bringer's takeaway (a case that was not confidential)."""
        self._open(turn, self.services.knowledge.intervision_form(turn.action_id_value(),
                                                                  _actor(turn)))

    def on_obstacle(self, turn: Turn) -> None:
        """The button under a follow-up's report, or the facilitator digest's select."""
        chosen = turn.action.get("selected_option") or {}
        commitment_id = (parse_id(chosen.get("value")) if chosen
                         else turn.action_id_value())
        self._open(turn, self.services.knowledge.obstacle_form(commitment_id, _actor(turn)))

    @staticmethod
    def _open(turn: Turn, form: ShareForm) -> None:
        """The share form; pushed on top when clicked inside a modal (the follow-up's
        thanks)."""
        turn.about(form.network)
        view = share_modal(turn.lang, form)
        if turn.view.get("type") == "modal":
            turn.ack()
            turn.client.views_push(trigger_id=turn.trigger_id, view=view)
        else:
            turn.open_modal(view)

    def on_submit(self, turn: Turn) -> None:
        meta = turn.meta(KnowledgeModalMeta)
        item_id = None if meta.item_id is None else parse_id(meta.item_id)
        source = (Actor(meta.source_author_team_id or turn.team_id, meta.source_author_id)
                  if meta.source_author_id else None)
        saved = self.services.knowledge.save(parse_id(meta.network_id), item_id, _draft(turn),
                                             _actor(turn), source)
        asked = saved.ask_consent_of
        title = escape(saved.item.title)
        if asked:
            text = t("knowledge.saved.pending", turn.lang, title=title, user=f"<@{asked}>")
        else:
            text = t("knowledge.saved" if saved.new else "knowledge.changed", turn.lang,
                     title=title)
        if saved.file is None:
            turn.update_modal(notice_modal(turn.lang, [section(text)]))
        else:  # the item is saved; its file is copied from Slack after the acknowledgement
            turn.show_working(t("knowledge.file.copying", turn.lang, title=title))
            copied = files.download(turn.client, saved.file.slack_file_id)
            if copied is None or not self.services.knowledge.keep_copy(saved.file, copied):
                text += "\n\n" + t("knowledge.file.not_copied", turn.lang,
                                    name=escape(saved.file.name))
            turn.tell(text)
        if asked:
            tell_each(self.deps, turn.network_client(saved.network), saved.network, [asked],
                      lambda lang, _user: consent_message(saved.item, saved.network.name, lang))

    def on_consent(self, turn: Turn) -> None:
        agree = turn.action_id == ids.KNOWLEDGE_CONSENT_YES
        # `<item id>:<question>`: the answer holds for what was asked (forgeable: checked).
        raw_id, _, question = turn.action_value().partition(":")
        answered = self.services.knowledge.consent(parse_id(raw_id), _actor(turn), agree,
                                                   question or None)
        turn.about(answered.network)
        item = answered.item
        key = "knowledge.consent.given" if agree else "knowledge.consent.refused"
        turn.respond(t(key, turn.lang, title=escape(item.title),
                       who=t(f"knowledge.visibility.{item.visibility}", turn.lang)),
                     replace_original=True)

    def library(self, call: Turn) -> None:
        library = self.services.knowledge.library(_actor(call), call.args)
        call.reply(t("knowledge.header", call.lang), library_blocks(library, call.lang))

    def on_show(self, turn: Turn) -> None:
        shown = self.services.knowledge.show(turn.action_id_value(), _actor(turn))
        turn.respond(escape(shown.item.title),
                     blocks=item_blocks(shown, turn.lang, self.deps.settings.public_url))

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
    listen.shortcut(ids.KNOWLEDGE_SAVE_MESSAGE)(handlers.on_save_message)
    listen.action(ids.KNOWLEDGE_CONSENT_YES)(handlers.on_consent)
    listen.action(ids.KNOWLEDGE_CONSENT_NO)(handlers.on_consent)
    listen.action(ids.KNOWLEDGE_FROM_REPORT)(handlers.on_from_report)
    listen.action(ids.KNOWLEDGE_SUCCESS_STORY)(handlers.on_success_story)
    listen.action(ids.KNOWLEDGE_OBSTACLE)(handlers.on_obstacle)
    listen.action(ids.KNOWLEDGE_FROM_INTERVISION)(handlers.on_intervision)
