"""An item's text (mrkdwn as typed) and a search snippet as safe HTML: everything escaped
first, then only our own tags put around *bold*, _italic_, ~struck~ and `code`."""

import re

from markupsafe import Markup, escape

from bot.domain.knowledge import MARK_END, MARK_START

_STYLES = (
    (re.compile(r"(?<![\w`])`([^`\n]+)`(?![\w`])"), "code"),
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), "strong"),
    (re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])"), "em"),
    (re.compile(r"(?<![\w~])~(?!\s)([^~\n]+?)(?<!\s)~(?![\w~])"), "del"),
)
_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")


def to_html(text: str) -> Markup:
    """Paragraphs on blank lines, line breaks kept, emphasis as tags."""
    shown = str(escape(text.replace("\r\n", "\n")))
    for pattern, tag in _STYLES:
        shown = pattern.sub(rf"<{tag}>\1</{tag}>", shown)
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", shown) if p.strip()]
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs))


def snippet_html(snippet: str) -> Markup:
    """A search snippet with the matched words in <mark>; stray marks dropped."""
    shown = _MARKED.sub(r"<mark>\1</mark>", str(escape(" ".join(snippet.split()))))
    return Markup(shown.replace(MARK_START, "").replace(MARK_END, ""))
