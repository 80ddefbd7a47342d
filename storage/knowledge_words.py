"""Words for the library's full-text search, the same way on SQLite as PostgreSQL does them.

PostgreSQL's `leernet_nl` configuration (migration 0013) takes the accents off a word
(unaccent), lowercases it, drops it when it is a stop word and stems it with Snowball's Dutch
stemmer; `leernet_en` (English items) takes accents off and lowercases. For SQLite we do the
same in Python before the text reaches FTS5, so both databases hold the same lexemes and a
query finds the same items on both:

- the stemmer is snowballstemmer's `dutch_porter`: the algorithm PostgreSQL ships (up to at
  least 15). Snowball 3's new `dutch` stems differently ("mentoren" -> "mentoor");
- the stop words are PostgreSQL's `tsearch_data/dutch.stop` (from Snowball), copied below;
- a word with a digit is not stemmed (PostgreSQL's `numword` maps to `simple`).

`indexed` keeps one token per word of the original, in order (a stop word becomes
`STOP_TOKEN`), so FTS5's snippet() finds the matched words in the original text.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# The words of a text as both FTS5 (unicode61) and our query builder see them: runs of
# letters and digits; everything else separates.
WORD = re.compile(r"[^\W_]+")
# Holds a stop word's place: a private-use character, a token to FTS5 (category Co) that no
# typed query term ever contains (query terms are letters and digits).
STOP_TOKEN = "\ue000"

DUTCH_STOP_WORDS = frozenset("""
de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
andere
""".split())


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("dutch_porter")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def plain(word: str) -> str:
    """The word lowercased without accents ("Café" -> "cafe"), as `unaccent` and `lower`
    make it; letters and digits only, so it stays one FTS5 token."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if c.isalnum()).lower()
    return bare or word.lower()


def dutch_form(word: str) -> str | None:
    """The lexeme `leernet_nl` makes of one word; None for a stop word."""
    lower = plain(word)
    if lower in DUTCH_STOP_WORDS:
        return None
    if not lower.isalpha():
        return lower
    return _stemmer().stemWord(lower) or lower


def indexed(text: str, language: str) -> str:
    """The text as SQLite's FTS5 index holds it: one token per word, stemmed for Dutch."""
    if language != "nl":
        return " ".join(plain(word) for word in words(text))
    return " ".join(dutch_form(word) or STOP_TOKEN for word in words(text))


def query_forms(term: str) -> list[str]:
    """What one query word may match: its Dutch lexeme (for Dutch items) and the word itself
    (for English items, which are only lowercased)."""
    forms = [plain(term)]
    dutch = dutch_form(term)
    if dutch is not None and dutch not in forms:
        forms.insert(0, dutch)
    return forms
