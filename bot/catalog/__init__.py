"""Every word a user sees, in Dutch (nl-BE, the default) and English, one module per feature.

Placeholders use str.format; values for them that a user typed must be escaped by the caller
(bot.text.escape) before they reach `t`. A text that depends on a number has one key per
CLDR plural form (`<key>.one`, `<key>.other`), chosen by `tn` with Babel's plural rules.
"""

import re
from types import ModuleType

from babel import Locale

from bot.catalog import (
    after_closing,
    agreements,
    closing,
    closing_report,
    common,
    deliveries,
    demo,
    digests,
    directory,
    evaluations,
    exports,
    external,
    home,
    intervision,
    kickoff,
    knowledge,
    languages,
    membership,
    mydata,
    networks,
    pairing,
    planning,
    polls,
    reports,
    sessions,
    web,
)
from bot.catalog.lang import DEFAULT_LANG, Lang, Messages  # noqa: I001 (the features import it first)

__all__ = ["DEFAULT_LANG", "MESSAGES", "Lang", "t", "t_plain", "tn"]

_MODULES: tuple[ModuleType, ...] = (
    common, networks, planning, sessions, membership, kickoff, agreements, polls,
    evaluations, reports, home, demo, deliveries, directory, languages, mydata, knowledge, web,
    digests, closing, closing_report, exports, after_closing, pairing, external,
    intervision,
)


def _merge(modules: tuple[ModuleType, ...]) -> Messages:
    """One dictionary of all keys; a key defined by two features is a mistake, caught here."""
    merged: Messages = {}
    for module in modules:
        for key, entry in module.MESSAGES.items():
            if key in merged:
                raise ValueError(f"catalog key {key!r} is defined twice ({module.__name__})")
            merged[key] = entry
    return merged


MESSAGES: Messages = _merge(_MODULES)


def t(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with placeholders filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry[DEFAULT_LANG]).format(**values)


# Our mrkdwn emphasis: *bold*, _italic_, `code` (a placeholder's braces are not emphasis).
_EMPHASIS = re.compile(r"(?<![\w{])([*_`])([^*_`\n{}]*(?:\{\w+\}[^*_`\n{}]*)*)\1(?![\w}])")


def t_plain(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` as plain text, for where Slack shows text as typed (a modal's field
    error): the template's emphasis markers go, and values are filled in unescaped, since
    plain text shows `&amp;` as such and cannot mention anyone."""
    entry = MESSAGES[key]
    return _EMPHASIS.sub(r"\2", entry.get(lang, entry[DEFAULT_LANG])).format(**values)


def tn(key: str, count: int, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The text for `count` of something: `<key>.<form>` for the language's plural form of
    `count` ('one', 'other', ...), falling back on `<key>.other`; `{count}` is filled in."""
    form = Locale.parse(lang).plural_form(count)
    entry = MESSAGES.get(f"{key}.{form}") or MESSAGES[f"{key}.other"]
    return entry.get(lang, entry[DEFAULT_LANG]).format(count=count, **values)
