"""The knowledge library's rules: what an item needs, who may share, see, change and remove
one, and how a typed search becomes plain words.

Sharing is for the network's active members; an item is changed or removed by its author or
by a facilitator of its network. Who sees what is one query (storage.knowledge.visible_to),
also used to refuse showing an item to someone who may not see it.
"""

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from sqlmodel import Session

from bot.domain.errors import Conflict, DomainError, FieldErrors, Forbidden, NotFound
from bot.domain.identity import Actor
from bot.domain.knowledge_files import FileRefused, SharedFile, read_files
from storage import knowledge as store
from storage import networks as repo
from storage.knowledge_search import MARK_END as MARK_END  # for the Block Kit builders
from storage.knowledge_search import MARK_START as MARK_START
from storage.knowledge_words import words
from storage.models import (
    KnowledgeFile,
    KnowledgeItem,
    KnowledgeKind,
    Membership,
    MembershipStatus,
    Network,
    Role,
    Visibility,
)

MAX_TITLE = 150
MAX_TEXT = 3000  # one Slack section
MAX_LINK = 500
MAX_ORGANISATION = 120
MAX_THEMES = 8
MAX_THEME = 40
MAX_NEW_THEMES = MAX_THEMES * (MAX_THEME + 2)  # the free-text field of new themes
LANGUAGES = ("nl", "en")

MAX_QUERY = 2000  # characters of a search read; the rest is ignored
MAX_TERMS = 8
MAX_TERM = 40
RESULTS = 10
NEWEST = 10
WEB_RESULTS = 50  # the web page lists more than a Slack message holds
THEMES_READ = 200  # items whose themes make the suggestions
THEMES_SHOWN = 20


@dataclass(frozen=True)
class KnowledgeDraft:
    """The share form as submitted (raw strings; None for an empty field)."""

    kind: str | None
    title: str | None
    text: str | None
    link: str | None
    chosen_themes: Sequence[str]
    new_themes: str | None
    show_organisation: bool
    organisation: str | None
    visibility: str | None
    language: str | None
    files: Sequence[Mapping[str, Any]] = ()  # Slack's file objects from the file field
    remove_file: bool = False  # the edit form's "remove the file"


@dataclass(frozen=True)
class Cleaned:
    kind: KnowledgeKind
    title: str
    text: str
    link: str | None
    themes: list[str]
    show_organisation: bool
    organisation: str | None
    visibility: Visibility
    language: str
    file: SharedFile | None = None  # a new file (an edit without one keeps the old)
    remove_file: bool = False


def _required(errors: dict[str, DomainError], field: str, raw: str | None,
              limit: int) -> str:
    value = (raw or "").strip()
    if not value:
        errors[field] = DomainError("knowledge.error.blank")
    elif len(value) > limit:
        errors[field] = DomainError("error.too_long", limit=limit)
    return value


E = TypeVar("E", KnowledgeKind, Visibility)


def _choice(errors: dict[str, DomainError], field: str, raw: str | None,
            kind: type[E]) -> E | None:
    try:
        return kind(raw or "")
    except ValueError:
        errors[field] = DomainError("knowledge.error.choose")
        return None


def clean_link(raw: str | None) -> str | None:
    """An http(s) address, or None; ValueError for anything else."""
    link = (raw or "").strip()
    if not link:
        return None
    parts = urlsplit(link)
    if (parts.scheme not in ("http", "https") or not parts.netloc or len(link) > MAX_LINK
            or any(c.isspace() or c in "<>|" for c in link)):
        raise ValueError(link)
    return link


def clean_themes(chosen: Iterable[str], typed: str | None) -> list[str]:
    """The themes of an item: chosen ones, then new ones typed (comma- or line-separated),
    spaces collapsed, each once whatever its case; ValueError when there are too many or one
    is too long."""
    found: dict[str, str] = {}
    pieces = [*chosen, *(typed or "").replace("\n", ",").split(",")]
    for piece in pieces:
        theme = " ".join(piece.split())
        if not theme:
            continue
        if len(theme) > MAX_THEME:
            raise ValueError(theme)
        found.setdefault(theme.casefold(), theme)
    if len(found) > MAX_THEMES:
        raise ValueError(typed)
    return list(found.values())


def validate(draft: KnowledgeDraft) -> Cleaned:
    """The item the form describes; FieldErrors (per block id) for what is wrong."""
    errors: dict[str, DomainError] = {}
    kind = _choice(errors, "kind", draft.kind, KnowledgeKind)
    title = _required(errors, "title", draft.title, MAX_TITLE)
    text = _required(errors, "text", draft.text, MAX_TEXT)
    visibility = _choice(errors, "visibility", draft.visibility, Visibility)
    language = draft.language if draft.language in LANGUAGES else None
    if language is None:
        errors["language"] = DomainError("knowledge.error.choose")
    try:
        link = clean_link(draft.link)
    except ValueError:
        link = None
        errors["link"] = DomainError("knowledge.error.link", limit=MAX_LINK)
    try:
        themes = clean_themes(draft.chosen_themes, draft.new_themes)
    except ValueError:
        themes = []
        errors["new_themes"] = DomainError("knowledge.error.themes", count=MAX_THEMES,
                                           limit=MAX_THEME)
    organisation = " ".join((draft.organisation or "").split()) or None
    if organisation and len(organisation) > MAX_ORGANISATION:
        errors["organisation"] = DomainError("error.too_long", limit=MAX_ORGANISATION)
    if draft.show_organisation and not organisation:
        errors["organisation"] = DomainError("knowledge.error.organisation")
    try:
        shared = read_files(draft.files)
    except FileRefused as refused:
        shared = None
        errors["file"] = DomainError(refused.key, **refused.values)
    if errors or kind is None or visibility is None or language is None:
        raise FieldErrors(errors)
    return Cleaned(kind, title, text, link, themes, draft.show_organisation, organisation,
                   visibility, language, shared, draft.remove_file and shared is None)


# --- who may do what ---------------------------------------------------------------------------

def active_member(session: Session, network: Network, user_id: str) -> Membership | None:
    member = repo.membership(session, network.id, user_id)
    return member if member is not None and member.status == MembershipStatus.ACTIVE else None


def ensure_may_share(session: Session, network: Network, user_id: str) -> Membership:
    member = active_member(session, network, user_id)
    if member is None:
        raise Forbidden("knowledge.error.not_member", channel=network.channel_id)
    return member


def is_author(item: KnowledgeItem, actor: Actor) -> bool:
    return item.author_id == actor.user_id and item.author_team_id in ("", actor.team_id)


def may_change(session: Session, item: KnowledgeItem, network: Network, actor: Actor) -> bool:
    """The author, or an active facilitator of the item's network."""
    if is_author(item, actor):
        return True
    member = active_member(session, network, actor.user_id)
    return member is not None and member.role == Role.FACILITATOR


def visible_item(session: Session, item_id: int, actor: Actor) -> KnowledgeItem:
    """The item if the person may see it; NotFound otherwise (as if it did not exist)."""
    item = store.get_item(session, item_id)
    if item is None or not store.is_visible(session, item_id,
                                            store.visible_to(actor.team_id, actor.user_id)):
        raise NotFound("knowledge.error.gone")
    return item


def changeable_item(session: Session, item_id: int,
                    actor: Actor) -> tuple[KnowledgeItem, Network]:
    item = visible_item(session, item_id, actor)
    network = store.network_of(session, item)
    if not may_change(session, item, network, actor):
        raise Forbidden("knowledge.error.not_yours")
    return item, network


_REACH = (Visibility.NETWORK, Visibility.WORKSPACE, Visibility.PUBLIC)  # narrowest first


def needs_consent(source: Actor | None, saver: Actor, visibility: Visibility) -> bool:
    """A message saved by someone else than its author is seen beyond the network only once
    its author agrees."""
    return (source is not None and visibility != Visibility.NETWORK
            and (source.user_id, source.team_id) != (saver.user_id, saver.team_id))


def _visibility(cleaned: Cleaned, source: Actor | None, saver: Actor,
                current: KnowledgeItem | None) -> dict[str, Any]:
    """The visibility columns: what was asked, or the network while the message's author has
    not agreed (an edit may keep or narrow what they agreed to without asking again)."""
    agreed = current is not None and (_REACH.index(Visibility(cleaned.visibility))
                                       <= _REACH.index(Visibility(current.visibility)))
    if agreed or not needs_consent(source, saver, cleaned.visibility):
        return {"visibility": cleaned.visibility, "pending_visibility": None}
    kept = Visibility.NETWORK if current is None else current.visibility  # agreed so far
    return {"visibility": kept, "pending_visibility": cleaned.visibility}


def store_new(session: Session, network: Network, cleaned: Cleaned, author: Actor,
              now: datetime, source: Actor | None = None) -> KnowledgeItem:
    return store.add(session, KnowledgeItem(
        team_id=network.team_id, network_id=network.id, author_id=author.user_id,
        author_team_id=author.team_id, created_at=now, updated_at=now,
        source_author_id=source.user_id if source else None,
        source_author_team_id=source.team_id if source else None,
        **{**_columns(cleaned), **_visibility(cleaned, source, author, None)}))


def store_file(session: Session, item: KnowledgeItem, cleaned: Cleaned,
               now: datetime) -> KnowledgeFile | None:
    """The form's file as the item's (its bytes copied later), replacing the one it had; the
    file it had removed when asked; returns the new file, to be copied."""
    if cleaned.remove_file:
        store.drop_file(session, item.id)
    shared = cleaned.file
    if shared is None:
        return None
    return store.set_file(session, item.id, KnowledgeFile(
        item_id=item.id, slack_file_id=shared.slack_file_id, name=shared.name,
        mimetype=shared.mimetype, size=shared.size, permalink=shared.permalink,
        created_at=now))


def source_of(item: KnowledgeItem) -> Actor | None:
    if item.source_author_id is None:
        return None
    return Actor(item.source_author_team_id or item.team_id, item.source_author_id)


def store_change(session: Session, item: KnowledgeItem, cleaned: Cleaned, editor: Actor,
                 now: datetime) -> KnowledgeItem:
    visibility = _visibility(cleaned, source_of(item), editor, item)
    return store.change(session, item, updated_at=now, **{**_columns(cleaned), **visibility})


def consent_question(item: KnowledgeItem) -> str:
    """What one consent question asks: the reach asked and the item as it was then (its last
    change). An edit while the author has not answered asks again; a yes to the older
    question must not agree to the wider reach or the new text."""
    stamp = item.updated_at
    if stamp.tzinfo is not None:  # the same instant reads the same whatever the session's zone
        stamp = stamp.astimezone(UTC)
    return f"{item.pending_visibility}@{stamp:%Y%m%d%H%M%S%f}"


def consent(session: Session, item_id: int, actor: Actor, agree: bool,
            question: str | None = None) -> KnowledgeItem:
    """The message's author agrees (or not) that the item is seen beyond the network, as
    asked in `question` (consent_question when the question was sent)."""
    item = store.get_item(session, item_id)
    source = source_of(item) if item is not None else None
    if item is None or source is None or (source.user_id, source.team_id) != (
            actor.user_id, actor.team_id):
        raise NotFound("knowledge.error.gone")
    if item.pending_visibility is None:
        raise Conflict("knowledge.consent.already")
    if question is not None and question != consent_question(item):
        raise Conflict("knowledge.consent.changed")
    visibility = item.pending_visibility if agree else item.visibility
    return store.change(session, item, visibility=visibility, pending_visibility=None)


def _columns(cleaned: Cleaned) -> dict[str, Any]:
    return {"kind": cleaned.kind, "title": cleaned.title, "text": cleaned.text,
            "link": cleaned.link, "themes": "\n".join(cleaned.themes),
            "show_organisation": cleaned.show_organisation,
            "organisation": cleaned.organisation, "visibility": cleaned.visibility,
            "language": cleaned.language}


# --- searching ---------------------------------------------------------------------------------

def search_terms(raw: str) -> list[str]:
    """A typed search as plain words: letters and digits only, so no query syntax (quotes,
    `*`, `NEAR(`, `OR`, `-`) ever reaches either database; at most MAX_TERMS words of at
    most MAX_TERM characters, each once."""
    terms: list[str] = []
    for word in words(raw[:MAX_QUERY]):
        term = word[:MAX_TERM].lower()
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def item_themes(item: KnowledgeItem) -> list[str]:
    return [theme for theme in item.themes.split("\n") if theme]


def popular_themes(rows: Iterable[str], limit: int = THEMES_SHOWN) -> list[str]:
    """The most used themes (as first spelled), most used first, then alphabetically."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for row in rows:
        for theme in row.split("\n"):
            if theme:
                key = theme.casefold()
                spelling.setdefault(key, theme)
                counts[key] += 1
    ranked = sorted(counts, key=lambda key: (-counts[key], key))
    return [spelling[key] for key in ranked[:limit]]
