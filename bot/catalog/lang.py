"""The languages Leernet speaks and the shape of a catalog module."""

from typing import Literal

Lang = Literal["nl", "en"]
DEFAULT_LANG: Lang = "nl"

# key -> {language -> text}; placeholders use str.format.
Messages = dict[str, dict[Lang, str]]
