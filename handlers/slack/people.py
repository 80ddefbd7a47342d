"""A person as a message shows them: a mention, or "a former member" once they were erased."""

from bot.catalog import Lang, t
from bot.text import escape
from storage.models import ERASED_PREFIX


def is_former(user_id: str) -> bool:
    return user_id.startswith(ERASED_PREFIX)


def person(user_id: str, lang: Lang) -> str:
    return t("mydata.former_member", lang) if is_former(user_id) else f"<@{escape(user_id)}>"


# The receipt of charts uploaded into a channel or a DM: `files:<channel>[<part>]`
# (handlers.closing.report_senders.upload_once).
CHARTS = "files:"


def recipient(key: str, lang: Lang) -> str:
    """Whom a delivery's receipt was for, as a failure notice names it: a person, a channel
    (a digest), the charts uploaded into a channel or a DM, or a group DM (a pairing group,
    whose people it does not name)."""
    if key.startswith(CHARTS):
        channel = key[len(CHARTS):].split(":", 1)[0]
        where = (f"<#{escape(channel)}>" if channel[:1] in ("C", "G")
                 else t("delivery.target.dm", lang))
        return t("delivery.target.charts", lang, where=where)
    if ":" in key:
        return t("delivery.target.group", lang)
    if key[:1] in ("C", "G"):
        return f"<#{escape(key)}>"
    return person(key, lang)
