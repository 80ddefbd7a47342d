"""Block Kit of the closing phase: the question before a network is closed."""

from bot.catalog import Lang, t
from bot.text import escape
from handlers.membership.blocks import confirm_blocks
from handlers.slack import ids
from handlers.slack.kit import Block
from storage.models import Network


def close_question(network: Network, lang: Lang) -> tuple[str, list[Block]]:
    """Asked of the facilitator; Slack asks "are you sure?" again before the click."""
    question = t("closing.question", lang, name=escape(network.name))
    return question, confirm_blocks(
        question, ids.CLOSE_CONFIRM, str(network.id), t("closing.button", lang),
        t("closing.confirm.title", lang), t("closing.confirm.text", lang),
        t("closing.confirm.yes", lang), t("confirm.no", lang))


def numbers(called_off: list[int | None]) -> str:
    return ", ".join(str(n) if n is not None else "?" for n in called_off)
