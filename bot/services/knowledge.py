"""The knowledge library: the share form, saving and changing items, searching, showing and
removing them."""

from dataclasses import dataclass

from sqlalchemy import ColumnElement
from sqlmodel import Session

from bot.domain import knowledge, knowledge_files, knowledge_sources
from bot.domain.errors import DomainError, NotFound
from bot.domain.identity import Actor
from bot.domain.knowledge import KnowledgeDraft
from bot.domain.knowledge_sources import Prefill
from bot.services.core import Service
from storage import intervision as intervision_store
from storage import knowledge as store
from storage import networks as network_store
from storage.knowledge import Hit
from storage.models import KnowledgeFile, KnowledgeItem, KnowledgeKind, Network


@dataclass(frozen=True)
class ShareForm:
    network: Network
    themes: list[str]  # the network's earlier themes, to choose from
    organisation: str | None  # the member's organisation, as they gave it when joining
    item: KnowledgeItem | None  # None: a new item
    text: str | None = None  # a saved message's text, to start from
    source: Actor | None = None  # a saved message's author
    kind: KnowledgeKind | None = None  # from the cycle: the kind to start from
    title: str | None = None  # from the cycle: the title to start from
    file_name: str | None = None  # editing: the name of the item's file


@dataclass(frozen=True)
class Attached:
    """An item's file: what Slack told of it, and whether the web page has a copy."""

    file: KnowledgeFile
    copied: bool


@dataclass(frozen=True)
class Saved:
    network: Network
    item: KnowledgeItem
    new: bool
    file: KnowledgeFile | None = None  # a file shared with this save: its bytes to copy

    @property
    def ask_consent_of(self) -> str | None:
        """The saved message's author, to be asked before the item goes beyond the network."""
        return self.item.source_author_id if self.item.pending_visibility else None


@dataclass(frozen=True)
class Consent:
    network: Network
    item: KnowledgeItem


@dataclass(frozen=True)
class Library:
    terms: list[str]  # the search as plain words; empty: the newest items
    hits: list[Hit]
    themes: list[str]  # without a search: the themes of the items the person may see
    networks: dict[int, str]  # the name of each listed item's network


@dataclass(frozen=True)
class Shelf:
    """The web page's list: what matched, and the filters to narrow it by."""

    terms: list[str]
    hits: list[Hit]
    networks: list[tuple[int, str]]  # (id, name) of the networks with items the reader sees
    themes: list[str]  # the themes of the items the reader sees, most used first


@dataclass(frozen=True)
class Page:
    """One item on the web page, with the name of its network and its file."""

    item: KnowledgeItem
    network_name: str
    attached: Attached | None = None


@dataclass(frozen=True)
class Shown:
    item: KnowledgeItem
    network: Network
    may_change: bool
    attached: Attached | None = None


@dataclass(frozen=True)
class Download:
    """An item's file for the web page to serve: its name, its type (ours), its bytes."""

    name: str
    mimetype: str
    content: bytes


class KnowledgeService(Service):
    def share_form(self, team_id: str, channel_id: str, user_id: str) -> ShareForm:
        """`/leernet deel` in a network's channel: for its active members only."""
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            member = knowledge.ensure_may_share(session, network, user_id)
            return ShareForm(network, self._themes(session, network), member.organisation, None)

    def message_form(self, team_id: str, channel_id: str, user_id: str, text: str,
                     source: Actor | None, thread_ts: str | None = None) -> ShareForm:
        """The message shortcut: the share form started from the message, for the active
        members of the channel's network; not for a post in the thread of a confidential
        intervision case (its questions, advice and takeaway are erased after the session,
        and a copy in the library would outlive them)."""
        form = self.share_form(team_id, channel_id, user_id)
        if thread_ts is not None:
            with self.read() as session:
                if intervision_store.confidential_thread(session, channel_id, thread_ts):
                    raise DomainError("knowledge.error.confidential")
        return ShareForm(form.network, form.themes, form.organisation, None,
                         text[:knowledge.MAX_TEXT], source)

    def edit_form(self, item_id: int, actor: Actor) -> ShareForm:
        with self.read() as session:
            item, network = knowledge.changeable_item(session, item_id, actor)
            found = store.file_of(session, item.id)
            return ShareForm(network, self._themes(session, network), item.organisation, item,
                             file_name=found[0].name if found else None)

    def report_line_form(self, report_id: int, part: str, index: int,
                         user_id: str) -> ShareForm:
        """A report's insight (knowledge) or decision (best practice) line, for the active
        members of its network."""
        with self.read() as session:
            return self._prefilled(session, knowledge_sources.from_report(
                session, report_id, part, index, user_id))

    def success_form(self, commitment_id: int, actor: Actor) -> ShareForm:
        """The person's own apply-at-work follow-up that worked, as a success story."""
        with self.read() as session:
            return self._prefilled(session, knowledge_sources.success_story(
                session, commitment_id, actor))

    def intervision_form(self, run_id: int, actor: Actor) -> ShareForm:
        """What a case-bringer took away from an intervision (not a confidential one)."""
        with self.read() as session:
            return self._prefilled(session, knowledge_sources.intervision(
                session, run_id, actor))

    def obstacle_form(self, commitment_id: int, actor: Actor) -> ShareForm:
        """An obstacle named in a follow-up, for a facilitator of its network."""
        with self.read() as session:
            return self._prefilled(session, knowledge_sources.obstacle(
                session, commitment_id, actor))

    def _prefilled(self, session: Session, prefill: Prefill) -> ShareForm:
        network = prefill.network
        return ShareForm(network, self._themes(session, network), prefill.member.organisation,
                         None, prefill.text, kind=prefill.kind, title=prefill.title)

    @staticmethod
    def _themes(session: Session, network: Network) -> list[str]:
        return knowledge.popular_themes(store.themes_of(session, store.of_network(network.id),
                                                        knowledge.THEMES_READ))

    def save(self, network_id: int, item_id: int | None, draft: KnowledgeDraft,
             actor: Actor, source: Actor | None = None) -> Saved:
        """A new item (its author an active member; `source`: the author of the message it
        was saved from) or a change (by its author or a facilitator); FieldErrors when the
        form is wrong."""
        cleaned = knowledge.validate(draft)
        with self.unit() as session:
            if item_id is None:
                network = network_store.get_network(session, network_id)
                knowledge.ensure_may_share(session, network, actor.user_id)
                item = knowledge.store_new(session, network, cleaned, actor, self.now(),
                                           source)
                new = True
            else:
                item, network = knowledge.changeable_item(session, item_id, actor)
                item = knowledge.store_change(session, item, cleaned, actor, self.now())
                new = False
            shared = knowledge.store_file(session, item, cleaned, self.now())
            return Saved(network, item, new, shared)

    def keep_copy(self, file: KnowledgeFile, content: bytes) -> bool:
        """The bytes of a file shared with an item, downloaded from Slack after the save:
        kept for the web page if they are the file Slack described and the item still has
        it (not removed or replaced meanwhile)."""
        if not knowledge_files.matches(knowledge_files.SharedFile(
                file.slack_file_id, file.name, file.mimetype, file.size, file.permalink),
                content):
            return False
        with self.unit() as session:
            return store.keep_copy(session, file.id, file.slack_file_id, content)

    def consent(self, item_id: int, actor: Actor, agree: bool,
                question: str | None = None) -> Consent:
        """The saved message's author answers: the item goes as far as asked, or stays as far
        as it went; Conflict when the item changed since `question` was asked."""
        with self.unit() as session:
            item = knowledge.consent(session, item_id, actor, agree, question)
            return Consent(store.network_of(session, item), item)

    def library(self, actor: Actor, raw: str) -> Library:
        """`/leernet kennis [zoekterm]`: the best matches, or the newest items and the themes."""
        visible = store.visible_to(actor.team_id, actor.user_id)
        terms = knowledge.search_terms(raw)
        with self.read() as session:
            themes: list[str] = []
            if terms:
                hits = store.search(session, terms, visible, knowledge.RESULTS)
            else:
                hits = [Hit(item, "") for item in store.newest(session, visible,
                                                               knowledge.NEWEST)]
                themes = knowledge.popular_themes(store.themes_of(session, visible,
                                                                  knowledge.THEMES_READ))
            names = network_store.networks_by_id(session, [h.item.network_id for h in hits])
            return Library(terms, hits, themes, {i: n.name for i, n in names.items()})

    def show(self, item_id: int, actor: Actor) -> Shown:
        with self.read() as session:
            item = knowledge.visible_item(session, item_id, actor)
            network = store.network_of(session, item)
            return Shown(item, network, knowledge.may_change(session, item, network, actor),
                         _attached(session, item.id))

    def remove(self, item_id: int, actor: Actor) -> KnowledgeItem:
        """Delete the item and its search entry at once; returns what it was."""
        with self.unit() as session:
            item, _network = knowledge.changeable_item(session, item_id, actor)
            store.remove(session, item)
            return item

    # --- the web page: `reader` None is someone not signed in, who sees public items only ---

    @staticmethod
    def _visible(reader: Actor | None) -> ColumnElement[bool]:
        return store.public() if reader is None else store.visible_to(reader.team_id,
                                                                      reader.user_id)

    def shelf(self, reader: Actor | None, raw: str, network_id: int | None, kind: str | None,
              theme: str | None) -> Shelf:
        """The items the reader may see, narrowed by network, kind and theme; with a search,
        the best matches first, else the newest."""
        visible = self._visible(reader)
        where = store.filtered(visible, network_id, kind, theme)
        terms = knowledge.search_terms(raw)
        with self.read() as session:
            if terms:
                hits = store.search(session, terms, where, knowledge.WEB_RESULTS)
            else:
                hits = [Hit(item, "") for item in store.newest(session, where,
                                                               knowledge.WEB_RESULTS)]
            themes = knowledge.popular_themes(store.themes_of(session, visible,
                                                              knowledge.THEMES_READ))
            return Shelf(terms, hits, store.networks_listed(session, visible), themes)

    def page(self, item_id: int, reader: Actor | None) -> Page:
        """The item if the reader may see it; NotFound as if it did not exist otherwise."""
        with self.read() as session:
            item = store.get_item(session, item_id)
            if item is None or not store.is_visible(session, item_id, self._visible(reader)):
                raise NotFound("knowledge.error.gone")
            return Page(item, store.network_of(session, item).name,
                        _attached(session, item.id))

    def download(self, item_id: int, reader: Actor | None) -> Download:
        """The copy of the item's file, for a reader who may see the item; NotFound
        otherwise, and when no copy was kept."""
        with self.read() as session:
            found = store.file_of(session, item_id)
            if found is None or not store.is_visible(session, item_id, self._visible(reader)):
                raise NotFound("knowledge.error.gone")
            row = store.file_row(session, found[0].id)
            if row is None or row.content is None:
                raise NotFound("knowledge.error.gone")
            return Download(row.name, row.mimetype, row.content)


def _attached(session: Session, item_id: int) -> Attached | None:
    found = store.file_of(session, item_id)
    return Attached(*found) if found else None
