"""User mentions in command text. With `should_escape: true` Slack sends `<@U123|name>`."""

import re

_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")


def mentioned_users(text: str) -> list[str]:
    """User ids in the order mentioned, each once."""
    return list(dict.fromkeys(_MENTION.findall(text or "")))
