"""Queries of the knowledge library: who may see which items, storing, changing and removing
them (with their search index entry), the newest items and the themes used. Callers own the
session and transaction."""

from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, delete, func, literal, or_, update
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from storage.knowledge_search import Hit, add_to_index, drop_from_index, search
from storage.models import (
    KnowledgeFile,
    KnowledgeItem,
    Membership,
    MembershipStatus,
    Network,
    Visibility,
)
from storage.networks import of_person

__all__ = ["Hit", "add", "change", "drop_file", "file_of", "file_row", "filtered", "get_item",
           "is_visible", "keep_copy", "network_of", "networks_listed", "newest", "not_withdrawn",
           "of_network", "public", "remove", "remove_by_person", "remove_saved_from", "search",
           "set_file", "themes_of", "visible_to", "WITHDRAWN"]


# A closed network's facilitators withdrew its knowledge (Network.knowledge_choice).
WITHDRAWN = "withdraw"


def not_withdrawn() -> ColumnElement[bool]:
    """The items whose network's facilitators did not withdraw them after its close: a
    withdrawn item is seen by nobody (kept only for the export and the retention)."""
    return col(KnowledgeItem.network_id).not_in(
        select(Network.id).where(col(Network.knowledge_choice) == WITHDRAWN))


def visible_to(team_id: str, user_id: str) -> ColumnElement[bool]:
    """The items the person (`user_id` of workspace `team_id`) may see: any item of a network
    they are an active member of, the workspace items of their workspace, public items; none
    of a closed network whose knowledge was withdrawn."""
    networks = select(Membership.network_id).where(
        of_person(team_id, user_id), Membership.status == MembershipStatus.ACTIVE)
    return and_(or_(col(KnowledgeItem.network_id).in_(networks),
                    (col(KnowledgeItem.visibility) == Visibility.WORKSPACE)
                    & (col(KnowledgeItem.team_id) == team_id),
                    col(KnowledgeItem.visibility) == Visibility.PUBLIC),
                not_withdrawn())


def public() -> ColumnElement[bool]:
    """The items anyone may see, signed in or not (the web page's anonymous readers)."""
    return and_(col(KnowledgeItem.visibility) == Visibility.PUBLIC, not_withdrawn())


def filtered(visible: ColumnElement[bool], network_id: int | None, kind: str | None,
             theme: str | None) -> ColumnElement[bool]:
    """`visible` narrowed to one network, kind and theme (each optional). A theme matches
    one whole line of `themes`, whatever its case (ASCII case on SQLite)."""
    where = [visible]
    if network_id is not None:
        where.append(col(KnowledgeItem.network_id) == network_id)
    if kind is not None:
        where.append(col(KnowledgeItem.kind) == kind)
    if theme is not None:
        lines = func.lower(literal("\n") + col(KnowledgeItem.themes) + literal("\n"))
        where.append(lines.contains(f"\n{theme.lower()}\n", autoescape=True))
    return and_(*where)


def networks_listed(session: Session, visible: ColumnElement[bool]) -> list[tuple[int, str]]:
    """(id, name) of each network with an item matching `visible`, by name."""
    rows = session.exec(
        select(Network.id, Network.name).where(
            col(Network.id).in_(select(KnowledgeItem.network_id).where(visible)))
        .order_by(col(Network.name), col(Network.id))
    ).all()
    return [(network_id, name) for network_id, name in rows]


def get_item(session: Session, item_id: int) -> KnowledgeItem | None:
    return session.get(KnowledgeItem, item_id)


def is_visible(session: Session, item_id: int, visible: ColumnElement[bool]) -> bool:
    return session.exec(select(KnowledgeItem.id).where(
        col(KnowledgeItem.id) == item_id, visible)).first() is not None


def network_of(session: Session, item: KnowledgeItem) -> Network:
    """The item's network, whichever workspace's (a public item is seen from anywhere)."""
    network = session.get(Network, item.network_id)
    assert network is not None  # a foreign key
    return network


def add(session: Session, item: KnowledgeItem) -> KnowledgeItem:
    session.add(item)
    session.flush()
    add_to_index(session, item)
    return item


def change(session: Session, item: KnowledgeItem, **values: object) -> KnowledgeItem:
    """Set the given columns and re-index the item."""
    drop_from_index(session, item)
    for name, value in values.items():
        setattr(item, name, value)
    session.add(item)
    session.flush()
    add_to_index(session, item)
    return item


def remove(session: Session, item: KnowledgeItem) -> None:
    """Delete the item, its file and its search index entry, in this transaction."""
    drop_file(session, item.id)
    drop_from_index(session, item)
    session.delete(item)
    session.flush()


def remove_by_person(session: Session, user_id: str, network_ids: Sequence[int]) -> int:
    """Delete every item of these networks the person shared, or that was saved from their
    Slack message, with its search entry; returns how many. For erasing a person
    (storage.erasure): a plain DELETE would leave SQLite's FTS entries behind."""
    mine = or_(col(KnowledgeItem.author_id) == user_id,
               col(KnowledgeItem.source_author_id) == user_id)
    found = session.exec(select(KnowledgeItem).where(
        mine, col(KnowledgeItem.network_id).in_(network_ids))).all()
    for item in found:
        remove(session, item)
    return len(found)


def remove_saved_from(session: Session, team_id: str, user_id: str) -> int:
    """Delete every item saved from the person's Slack messages, in any network, with its
    search entry; returns how many. Someone in a network's channel need not be in the
    network: erasing everything must find their messages without a membership."""
    found = session.exec(select(KnowledgeItem).where(
        col(KnowledgeItem.source_author_id) == user_id,
        col(KnowledgeItem.source_author_team_id) == team_id)).all()
    for item in found:
        remove(session, item)
    return len(found)


def newest(session: Session, visible: ColumnElement[bool], limit: int) -> Sequence[KnowledgeItem]:
    return session.exec(
        select(KnowledgeItem).where(visible)
        .order_by(col(KnowledgeItem.created_at).desc(), col(KnowledgeItem.id).desc())
        .limit(limit)
    ).all()


def themes_of(session: Session, where: ColumnElement[bool], limit: int) -> Sequence[str]:
    """The `themes` column of the newest `limit` items matching `where` (one theme a line)."""
    return session.exec(
        select(KnowledgeItem.themes).where(where)
        .order_by(col(KnowledgeItem.created_at).desc(), col(KnowledgeItem.id).desc())
        .limit(limit)
    ).all()


def of_network(network_id: int) -> ColumnElement[bool]:
    return col(KnowledgeItem.network_id) == network_id


# --- an item's file -----------------------------------------------------------------------

def file_of(session: Session, item_id: int) -> tuple[KnowledgeFile, bool] | None:
    """The item's file without its bytes, and whether they were copied."""
    found = session.exec(
        select(KnowledgeFile, col(KnowledgeFile.content).is_not(None))
        .where(col(KnowledgeFile.item_id) == item_id)
        .options(defer(KnowledgeFile.content))  # type: ignore[arg-type]
    ).first()
    return (found[0], bool(found[1])) if found is not None else None


def file_row(session: Session, file_id: int) -> KnowledgeFile | None:
    """One file with its bytes."""
    return session.get(KnowledgeFile, file_id)


def set_file(session: Session, item_id: int, row: KnowledgeFile) -> KnowledgeFile:
    """The item's file, replacing the one it had."""
    drop_file(session, item_id)
    session.flush()
    session.add(row)
    session.flush()
    return row


def drop_file(session: Session, item_id: int) -> None:
    session.execute(delete(KnowledgeFile).where(col(KnowledgeFile.item_id) == item_id))


def keep_copy(session: Session, file_id: int, slack_file_id: str, content: bytes) -> bool:
    """Store the bytes of a file that is still there (not removed or replaced meanwhile)."""
    done = session.execute(update(KnowledgeFile).where(
        col(KnowledgeFile.id) == file_id, col(KnowledgeFile.slack_file_id) == slack_file_id)
        .values(content=content))
    return bool(getattr(done, "rowcount", 0))
