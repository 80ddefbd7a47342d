"""Which language a person reads: their own choice, else the network the message is about,
else the network they most recently joined; Slack's locale is only a last hint."""

from dataclasses import dataclass, field

from bot.catalog import DEFAULT_LANG, Lang
from bot.domain.errors import DomainError
from storage.models import Network

LANGUAGES: tuple[Lang, ...] = ("nl", "en")
# What `/leernet taal` takes to drop a person's choice.
RESET_WORDS = ("auto", "reset", "standaard", "default")


def as_lang(raw: str | None) -> Lang | None:
    """A stored or typed language code as a Lang; None for anything else."""
    code = (raw or "").strip().lower()
    return next((lang for lang in LANGUAGES if lang == code), None)


def parse_choice(raw: str) -> Lang | None:
    """What a person typed after `taal`: a language, or a reset word (None)."""
    word = raw.strip().lower()
    if word in RESET_WORDS:
        return None
    lang = as_lang(word)
    if lang is None:
        raise DomainError("language.error.unknown", typed=raw.strip()[:20])
    return lang


@dataclass(frozen=True)
class Reader:
    """What the database knows of one person's language for one request."""

    chosen: Lang | None = None
    about: Lang | None = None  # the network the request or message is about
    member_of: Lang | None = None  # the network they most recently joined

    def known(self) -> Lang | None:
        """Their language, unless only Slack's locale could still tell."""
        return self.chosen or self.about or self.member_of


@dataclass(frozen=True)
class Readers:
    """The languages of everyone a message about one network goes to (a fan-out), and the
    own workspace of those who are not of the network's (Slack Connect members)."""

    network: Lang
    chosen: dict[str, Lang] = field(default_factory=dict)
    teams: dict[str, str] = field(default_factory=dict)

    def lang(self, user_id: str) -> Lang:
        return self.chosen.get(user_id, self.network)

    def team(self, user_id: str, network_team_id: str) -> str:
        """The person's own workspace: theirs when they are a member from elsewhere, else
        the network's."""
        return self.teams.get(user_id, network_team_id)


def of_network(network: Network) -> Lang:
    """What is posted in the network's channel is in its language."""
    return as_lang(network.language) or DEFAULT_LANG
