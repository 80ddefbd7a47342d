"""Block Kit for languages: the answer to `/leernet taal` and the selector on Home."""

from typing import Any

from bot.catalog import Lang, t
from bot.domain.languages import LANGUAGES, Reader, of_network
from bot.text import escape
from handlers.slack import ids
from handlers.slack.kit import Block, actions, option, section
from storage.models import Network

AUTO = "auto"


def language_name(lang: Lang, reader_lang: Lang) -> str:
    """'Engels' for a Dutch reader, 'English' for an English one."""
    return t(f"language.in.{lang}", reader_lang)


def current_text(reader: Reader, lang: Lang, network: Network | None) -> str:
    """Which language the person reads and why, how to change it, and in a network's channel
    what the network speaks."""
    if reader.chosen:
        key = "language.current.chosen"
    elif reader.about or reader.member_of:
        key = "language.current.network"
    else:
        key = "language.current.default"
    lines = [t(key, lang, language=language_name(lang, lang)), t("language.how", lang)]
    if network is not None:
        lines.append(t("language.network.current", lang, name=escape(network.name),
                       language=language_name(of_network(network), lang)))
    return "\n".join(lines)


def home_selector(lang: Lang, chosen: Lang | None) -> list[Block]:
    """The person's language on Home: Nederlands, English, or automatic (no choice)."""
    choices = [(t(f"language.name.{code}", lang), code) for code in (*LANGUAGES, AUTO)]
    options = [option(text, value) for text, value in choices]
    select: dict[str, Any] = {
        "type": "static_select", "action_id": ids.HOME_LANGUAGE, "options": options,
        "initial_option": next(o for o in options if o["value"] == (chosen or AUTO)),
    }
    return [section(t("home.language", lang)), actions("home_language", select)]
