"""Block Kit of the closing report: the button in each facilitator's close DM, the modal for
the closing words, and the report itself (in the channel and in each member's DM)."""

from typing import Any

from bot.catalog import Lang, t
from bot.domain.closing_report import WORDS_LIMIT, paragraphs
from bot.services.closing_report import WORDS_FIELD, Published
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
    section,
    text_input,
)
from handlers.slack.metadata import FinalModalMeta
from handlers.web.paths import item_path
from storage.models import Network

MAX_BLOCKS = 50  # a message
SECTION_TEXT = 3000


def report_invitation(network: Network, lang: Lang) -> list[Block]:
    """Added to each facilitator's close DM: write the closing words (and so publish)."""
    return [section(t("closing_report.invite", lang)),
            actions(f"closing_report:{network.id}",
                    button(t("closing_report.button", lang), ids.CLOSING_REPORT_WRITE,
                           str(network.id), "primary"))]


def words_modal(network: Network, lang: Lang) -> dict[str, Any]:
    blocks = [section(t("closing_report.modal.intro", lang, network=escape(network.name))),
              input_block(WORDS_FIELD, t("closing_report.modal.words", lang),
                          text_input(WORDS_LIMIT, multiline=True), optional=True)]
    return modal(ids.CLOSING_REPORT_MODAL, t("closing_report.modal.title", lang),
                 t("closing_report.modal.submit", lang), t("modal.cancel", lang), blocks,
                 FinalModalMeta(network.id).dumps())


def published_text(network: Network, lang: Lang) -> str:
    return t("closing_report.published", lang, name=escape(network.name))


def web_url(published: Published, public_url: str | None) -> str | None:
    item_id = published.report.knowledge_item_id
    if not public_url or item_id is None:
        return None
    return public_url + item_path(item_id)


def report_message(published: Published, lang: Lang, public_url: str | None, *,
                   intro: bool = False) -> tuple[str, list[Block]]:
    """The report: each paragraph a section (the closing words cut to sections' size), a
    link to the web page when the bot has one; within a message's 50 blocks."""
    network = published.network
    name = escape(network.name)
    blocks: list[Block] = [header(t("closing_report.header", lang, network=network.name)[:150])]
    if intro:
        blocks.append(section(t("closing_report.dm.intro", lang, network=name)))
    blocks += [section(text[:SECTION_TEXT])
               for text in paragraphs(published.figures, "", lang, escape)]
    words = published.report.words
    url = web_url(published, public_url)
    tail = [context(t("closing_report.web", lang, url=url))] if url else []
    if words:
        chunks = escaped_chunks(words)
        room = MAX_BLOCKS - len(blocks) - len(tail) - 1
        blocks.append(section(t("closing_report.words.title", lang)))
        blocks += [section(chunk) for chunk in chunks[:room]]
    blocks = blocks[:MAX_BLOCKS - len(tail)] + tail
    return t("closing_report.text", lang, network=name), blocks


def closing_report_line(network: Network, item_id: int, lang: Lang,
                        public_url: str | None) -> str:
    """Home's line for a closed network's report: its web page, else the channel it is in."""
    if public_url:
        link = f"<{public_url}{item_path(item_id)}|{t('closing_report.home.open', lang)}>"
        return t("closing_report.home", lang, link=link)
    return t("closing_report.home.channel", lang, channel=network.channel_id)
