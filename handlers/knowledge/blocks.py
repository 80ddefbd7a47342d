"""Block Kit for the knowledge library: the share form, the list of items (search results or
the newest), and one item shown in full with its edit and remove buttons."""

from typing import Any

from bot.catalog import Lang, t
from bot.domain.knowledge import (
    LANGUAGES,
    MARK_END,
    MARK_START,
    MAX_LINK,
    MAX_NEW_THEMES,
    MAX_ORGANISATION,
    MAX_TEXT,
    MAX_TITLE,
    consent_question,
    item_themes,
)
from bot.domain.knowledge_files import FILETYPES, MAX_FILE_BYTES, MAX_FILES
from bot.services.knowledge import Attached, Library, ShareForm, Shown
from bot.text import escape
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    escaped_chunks,
    header,
    input_block,
    modal,
    mrkdwn,
    option,
    optional_note,
    section,
    shorten,
    static_select,
    text_input,
)
from handlers.slack.metadata import KnowledgeModalMeta
from handlers.web.paths import file_path, item_path
from storage.models import SHARED_KINDS, KnowledgeItem, KnowledgeKind, Visibility

SHOW_ORGANISATION = "yes"  # the one checkbox's value
REMOVE_FILE = "remove"  # the edit form's checkbox to remove the item's file
SNIPPET_SHOWN = 300
THEME_OPTIONS = 100  # Slack's limit on a select's options


# --- the share form ------------------------------------------------------------------------

def _themes_inputs(form: ShareForm, lang: Lang) -> list[Block]:
    current = item_themes(form.item) if form.item else []
    known = form.themes[:THEME_OPTIONS]
    folded = {theme.casefold() for theme in known}
    blocks: list[Block] = []
    if known:
        element: dict[str, Any] = {
            "type": "multi_static_select", "action_id": ids.VALUE,
            "options": [option(theme, theme) for theme in known]}
        chosen = [option(theme, theme) for theme in known
                  if theme.casefold() in {c.casefold() for c in current}]
        if chosen:
            element["initial_options"] = chosen
        blocks.append(input_block("themes", t("knowledge.field.themes", lang), element,
                                  optional=True))
    typed = ", ".join(theme for theme in current if theme.casefold() not in folded)
    blocks.append(input_block("new_themes", t("knowledge.field.new_themes", lang),
                              text_input(MAX_NEW_THEMES, initial=typed or None), optional=True,
                              hint=t("knowledge.field.new_themes.hint", lang)))
    return blocks


def _file_inputs(form: ShareForm, lang: Lang) -> list[Block]:
    """The file field (Slack shows no file already there: an edit names it in the hint, and
    offers to remove it)."""
    element = {"type": "file_input", "action_id": ids.VALUE, "filetypes": FILETYPES,
               "max_files": MAX_FILES}
    size = MAX_FILE_BYTES // (1024 * 1024)
    hint = (t("knowledge.field.file.hint.edit", lang, name=form.file_name, mb=size)
            if form.file_name else t("knowledge.field.file.hint", lang, mb=size))
    blocks = [input_block("file", t("knowledge.field.file", lang), element, optional=True,
                          hint=hint)]
    if form.file_name:
        blocks.append(input_block("remove_file", t("knowledge.field.remove_file", lang), {
            "type": "checkboxes", "action_id": ids.VALUE,
            "options": [option(t("knowledge.field.remove_file.option", lang), REMOVE_FILE)]},
            optional=True))
    return blocks


def share_modal(lang: Lang, form: ShareForm) -> dict[str, Any]:
    """The form to share an item, or to edit one (pre-filled)."""
    item, network = form.item, form.network
    # A closing report's own kind is offered only when editing one (it is the bot's to make).
    kinds = [(t(f"knowledge.kind.{kind.value}", lang), kind.value) for kind in KnowledgeKind
             if kind in SHARED_KINDS or (item is not None and item.kind == kind)]
    kind = str(item.kind) if item else form.kind.value if form.kind else None
    kind_select = static_select(kinds, kind)
    show_box: dict[str, Any] = {
        "type": "checkboxes", "action_id": ids.VALUE,
        "options": [option(t("knowledge.field.show_organisation.option", lang),
                           SHOW_ORGANISATION)]}
    if item is not None and item.show_organisation:
        show_box["initial_options"] = list(show_box["options"])
    organisation = item.organisation if item is not None else form.organisation
    visibilities = [(t(f"knowledge.visibility.{v.value}", lang), v.value) for v in Visibility]
    # While a saved message's author has not answered, the form shows the reach asked for:
    # submitting it unchanged (a typo fixed) must not quietly withdraw the question.
    reach = (item.pending_visibility or item.visibility) if item else Visibility.NETWORK.value
    languages = [(t(f"knowledge.language.{code}", lang), code) for code in LANGUAGES]
    blocks: list[Block] = [
        section(t("knowledge.modal.intro", lang, name=escape(network.name))),
        *([context(t("knowledge.modal.consent", lang, user=f"<@{form.source.user_id}>"))]
          if form.source else []),
        optional_note(lang),
        input_block("kind", t("knowledge.field.kind", lang), kind_select),
        input_block("title", t("knowledge.field.title", lang),
                    text_input(MAX_TITLE, initial=item.title if item else form.title)),
        input_block("text", t("knowledge.field.text", lang),
                    text_input(MAX_TEXT, multiline=True,
                               initial=item.text if item else form.text),
                    hint=t("knowledge.field.text.hint", lang)),
        input_block("link", t("knowledge.field.link", lang),
                    text_input(MAX_LINK, initial=item.link if item else None), optional=True,
                    hint=t("knowledge.field.link.hint", lang)),
        *_file_inputs(form, lang),
        *_themes_inputs(form, lang),
        input_block("show_organisation", t("knowledge.field.show_organisation", lang),
                    show_box, optional=True),
        input_block("organisation", t("knowledge.field.organisation", lang),
                    text_input(MAX_ORGANISATION, initial=organisation), optional=True),
        input_block("visibility", t("knowledge.field.visibility", lang),
                    static_select(visibilities, str(reach))),
        input_block("language", t("knowledge.field.language", lang),
                    static_select(languages, item.language if item else network.language)),
    ]
    source = form.source
    meta = KnowledgeModalMeta(network_id=network.id, item_id=item.id if item else None,
                              source_author_id=source.user_id if source else None,
                              source_author_team_id=source.team_id if source else None)
    title = "knowledge.modal.title.edit" if item else "knowledge.modal.title"
    return modal(ids.KNOWLEDGE_MODAL, t(title, lang), t("knowledge.modal.submit", lang),
                 t("modal.cancel", lang), blocks, meta.dumps())


# --- the list -------------------------------------------------------------------------------

def snippet_text(snippet: str) -> str:
    """A search snippet as mrkdwn: the text escaped, the matched words bold."""
    shown = escape(" ".join(shorten(snippet, SNIPPET_SHOWN).split()))
    return shown.replace(MARK_START, "*").replace(MARK_END, "*")


def library_blocks(library: Library, lang: Lang) -> list[Block]:
    terms = escape(" ".join(library.terms))
    blocks: list[Block] = [header(t("knowledge.header", lang))]
    if not library.hits:
        key = "knowledge.none.searched" if library.terms else "knowledge.none"
        return [*blocks, section(t(key, lang, terms=terms))]
    blocks.append(context(t("knowledge.searched", lang, terms=terms) if library.terms
                          else t("knowledge.newest", lang)))
    for hit in library.hits:
        item = hit.item
        lines = [t("knowledge.line", lang, title=escape(item.title),
                   kind=t(f"knowledge.kind.{item.kind}", lang),
                   network=escape(library.networks.get(item.network_id, "")))]
        if hit.snippet:
            lines.append(snippet_text(hit.snippet))
        block = section("\n".join(lines), block_id=f"knowledge:{item.id}")
        block["accessory"] = button(t("knowledge.show", lang), ids.KNOWLEDGE_SHOW, str(item.id))
        blocks.append(block)
    if library.themes:
        blocks.append(context(t("knowledge.themes", lang,
                                themes=themes_within([escape(x) for x in library.themes]))))
    return blocks


def themes_within(escaped: list[str], limit: int = 2900) -> str:
    """Whole escaped themes, comma-separated, as many as fit one text (an entity such as
    `&amp;` is never cut by Slack's 3000 characters)."""
    kept: list[str] = []
    used = 0
    for theme in escaped:
        if used + len(theme) + 2 > limit:
            break
        kept.append(theme)
        used += len(theme) + 2
    return ", ".join(kept)


# --- one item -------------------------------------------------------------------------------

def _byline(item: KnowledgeItem, lang: Lang) -> str:
    if not item.author_id:  # the bot's own (a closing report): the network's, nobody's
        return t("closing_report.byline", lang)
    user = f"<@{item.author_id}>"
    if item.show_organisation and item.organisation:
        return t("knowledge.by.organisation", lang, user=user,
                 organisation=escape(item.organisation))
    return t("knowledge.by", lang, user=user)


def item_blocks(shown: Shown, lang: Lang, public_url: str | None = None) -> list[Block]:
    """The item in full; with the bot's public address, a link to its web page."""
    item = shown.item
    blocks: list[Block] = [
        header(item.title),
        context(" · ".join([t(f"knowledge.kind.{item.kind}", lang),
                            escape(shown.network.name), _byline(item, lang)])),
        *[section(chunk) for chunk in escaped_chunks(item.text)],
    ]
    facts = []
    if item.link:
        facts.append(f"<{escape(item.link)}>")
    if shown.attached is not None:
        facts.append(file_fact(shown.attached, lang, public_url, item.id))
    themes = item_themes(item)
    if themes:
        facts.append(t("knowledge.item.themes", lang,
                       themes=themes_within([escape(theme) for theme in themes])))
    facts.append(t("knowledge.item.visibility", lang,
                   who=t(f"knowledge.visibility.{item.visibility}", lang)))
    if public_url:
        facts.append(t("knowledge.item.web", lang, url=public_url + item_path(item.id)))
    # One element per fact: a long link and many themes do not push the reach and the web
    # page's address past one text's 3000 characters (a context holds ten elements).
    blocks.append({"type": "context", "elements": [mrkdwn(fact) for fact in facts]})
    if shown.may_change:
        remove = button(t("knowledge.remove", lang), ids.KNOWLEDGE_REMOVE, str(item.id),
                        "danger")
        remove["confirm"] = {
            "title": {"type": "plain_text", "text": t("knowledge.remove.confirm.title", lang)},
            "text": {"type": "mrkdwn", "text": t("knowledge.remove.confirm.text", lang,
                                                 title=escape(shorten(item.title, 100)))},
            "confirm": {"type": "plain_text", "text": t("knowledge.remove.confirm.yes", lang)},
            "deny": {"type": "plain_text", "text": t("knowledge.remove.confirm.no", lang)},
            "style": "danger",
        }
        blocks.append(actions(f"knowledge_item:{item.id}",
                              button(t("knowledge.edit", lang), ids.KNOWLEDGE_EDIT,
                                     str(item.id)), remove))
    return blocks


def file_fact(attached: Attached, lang: Lang, public_url: str | None, item_id: int) -> str:
    """The item's file: its name, linking to the file in Slack, and to the web page's copy
    when there is one (a file uploaded through a form is seen in Slack only by whom it is
    shared with; the web page checks who may see the item)."""
    file = attached.file
    name = escape(file.name).replace("|", "¦")
    shown = f"<{escape(file.permalink)}|{name}>" if file.permalink else f"*{name}*"
    size = _size(file.size)
    if attached.copied and public_url:
        return t("knowledge.item.file.web", lang, file=shown, size=size,
                 url=public_url + file_path(item_id))
    return t("knowledge.item.file", lang, file=shown, size=size)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} kB"


# --- the saved message's author's consent ---------------------------------------------------

def consent_message(item: KnowledgeItem, network_name: str,
                    lang: Lang) -> tuple[str, list[Block]]:
    """The DM asking the author of a saved message whether it may go beyond the network."""
    question = f"{item.id}:{consent_question(item)}"  # a later edit asks again
    text = t("knowledge.consent.ask", lang, user=f"<@{item.author_id}>",
             title=escape(item.title), network=escape(network_name),
             who=t(f"knowledge.visibility.{item.pending_visibility}", lang),
             now=t(f"knowledge.visibility.{item.visibility}", lang))
    return text, [
        section(text),
        *[section(chunk) for chunk in escaped_chunks(shorten(item.text, 1000))],
        actions(f"knowledge_consent:{item.id}",
                button(t("knowledge.consent.yes", lang), ids.KNOWLEDGE_CONSENT_YES,
                       question, "primary"),
                button(t("knowledge.consent.no", lang), ids.KNOWLEDGE_CONSENT_NO, question)),
    ]
