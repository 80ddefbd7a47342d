"""Locale choice, mrkdwn escaping and date formatting for what users see."""

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

from bot.catalog import DEFAULT_LANG, Lang, t

_BABEL_LOCALES: dict[Lang, str] = {"nl": "nl_BE", "en": "en_GB"}


# What neither Slack nor PostgreSQL take in text: NUL, and a UTF-16 surrogate standing alone
# (JSON may carry "\ud800"; a real pair arrives as one character).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
MAX_INT = 2**31 - 1  # PostgreSQL's integer: a bigger typed number fits no column of ours


def clean(user_text: str) -> str:
    """Typed text as it can be stored and echoed: NUL and lone surrogates removed."""
    return _UNSTORABLE.sub("", user_text)


def whole_number(typed: str) -> int | None:
    """A number a person typed, in ASCII digits and small enough for an integer column;
    None for anything else ('²', '-1', '2147483648')."""
    if not (typed.isascii() and typed.isdigit()) or len(typed) > 10:
        return None
    number = int(typed)
    return number if number <= MAX_INT else None


def escape(user_text: str) -> str:
    """Make typed text inert in mrkdwn: `<!channel>` and `<@U1>` stop being mentions."""
    return html.escape(user_text, quote=False)


def lang_for(slack_locale: str | None) -> Lang:
    """English for an English Slack locale, Dutch for everyone else."""
    if slack_locale and slack_locale.lower().startswith("en"):
        return "en"
    return DEFAULT_LANG


def format_when(moment: datetime, timezone: str, lang: Lang) -> str:
    """'dinsdag 1 december 2026 om 14:00' in the network's time zone."""
    local = moment.astimezone(ZoneInfo(timezone))
    return format_datetime(
        local, t("pattern.datetime", lang), tzinfo=ZoneInfo(timezone),
        locale=_BABEL_LOCALES[lang],
    )


def format_day(day: date, lang: Lang) -> str:
    """'vrijdag 12 juni 2026': a calendar date (a due date), which has no time zone."""
    return format_date(day, t("pattern.day", lang), locale=_BABEL_LOCALES[lang])
