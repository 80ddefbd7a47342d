"""The group's agreements (afspraken): versions, amendments and who acknowledged them."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain.errors import Conflict, DomainError, FieldErrors
from bot.domain.networks import ensure_facilitator, ensure_member
from storage import agreements as repo
from storage import networks as members_repo
from storage.models import Agreement, AgreementAck, Network

MAX_TEXT = 3000
MAX_NOTE = 300


@dataclass(frozen=True)
class AgreementDraft:
    """The agreements form as typed: the full text and, for an amendment, what changed."""

    text: str | None
    change_note: str | None = None

    def validated(self) -> "AgreementDraft":
        text, note = (self.text or "").strip(), (self.change_note or "").strip()
        errors: dict[str, DomainError] = {}
        if not text:
            errors["text"] = DomainError("network.error.blank")
        elif len(text) > MAX_TEXT:
            errors["text"] = DomainError("agreements.error.too_long", limit=MAX_TEXT)
        if len(note) > MAX_NOTE:
            errors["change_note"] = DomainError("agreements.error.too_long", limit=MAX_NOTE)
        if errors:
            raise FieldErrors(errors)
        return AgreementDraft(text, note)


@dataclass(frozen=True)
class AckStatus:
    """Who of the active members acknowledged a version, and who not yet."""

    acked: list[str]
    pending: list[str]

    @property
    def total(self) -> int:
        return len(self.acked) + len(self.pending)


def checked(session: Session, network: Network, draft: AgreementDraft, *, user_id: str,
            amends_version: int | None) -> tuple[AgreementDraft, Agreement | None]:
    """The draft as it will be stored and the version it replaces, if a facilitator may save
    it now: FieldErrors for the form, Forbidden for a participant, Conflict when another
    version was saved since the author opened the form (their text would silently undo it)."""
    ensure_facilitator(session, network, user_id)
    draft = draft.validated()
    previous = repo.current(session, network.id)
    if (previous.version if previous else None) != amends_version:
        raise Conflict("agreements.error.concurrent")
    return draft, previous


def record(session: Session, network: Network, draft: AgreementDraft, *, user_id: str,
           amends_version: int | None, now: datetime) -> tuple[Agreement, Agreement | None]:
    """Store a new version (flushed, not committed); returns it and the version it replaces.
    The author agrees with what they wrote."""
    draft, previous = checked(session, network, draft, user_id=user_id,
                              amends_version=amends_version)
    agreement = Agreement(team_id=network.team_id, network_id=network.id,
                          version=(previous.version + 1) if previous else 1,
                          text=draft.text or "", created_by=user_id, created_at=now)
    session.add(agreement)
    try:
        # A plain flush, not a savepoint: pysqlite starts no transaction for a SAVEPOINT, so
        # releasing one would commit the insert before the caller could roll it back.
        session.flush()
    except IntegrityError:
        # Another facilitator saved a version at the same moment: theirs took this number.
        session.rollback()
        raise Conflict("agreements.error.concurrent") from None
    repo.add_ack(session, AgreementAck(team_id=network.team_id, agreement_id=agreement.id,
                                       user_id=user_id, acked_at=now))
    return agreement, previous


def acknowledge(session: Session, agreement_id: int, user_id: str, *,
                now: datetime) -> tuple[Network, Agreement, bool]:
    """Record a member's agreement with the version in force; False if they already had."""
    agreement = repo.get_agreement(session, agreement_id)
    network = members_repo.get_network(session, agreement.network_id)
    ensure_member(session, network, user_id)
    current = repo.current(session, network.id)
    if current is None or current.id != agreement.id:
        raise Conflict("agreements.error.outdated", version=current.version if current else 0)
    added = repo.add_ack(session, AgreementAck(team_id=network.team_id,
                                               agreement_id=agreement.id, user_id=user_id,
                                               acked_at=now))
    return network, agreement, added


def ack_status(session: Session, agreement: Agreement) -> AckStatus:
    """Counted over today's active members: someone who left no longer counts either way."""
    acked = set(repo.acked_user_ids(session, agreement.id))
    members = [m.user_id for m in members_repo.active_members(session, agreement.network_id)]
    return AckStatus(acked=[u for u in members if u in acked],
                     pending=[u for u in members if u not in acked])


def has_acked(session: Session, agreement: Agreement, user_id: str) -> AgreementAck | None:
    return repo.ack_of(session, agreement.id, user_id)


def replaced_by(session: Session, agreement: Agreement) -> int | None:
    """The newer version that replaced this one in the channel; None while none did.

    Only a posted version counts: one being saved may still be taken back if Slack refuses
    its message, and then this one stays in force."""
    newest = repo.newest_posted(session, agreement.network_id)
    if newest is None or newest.version <= agreement.version:
        return None
    return newest.version


def discard(session: Session, agreement_id: int) -> None:
    """Take back a version nobody could see (its message was never posted)."""
    repo.delete_agreement(session, agreement_id)


def mark_posted(session: Session, agreement_id: int, channel_ts: str) -> None:
    agreement = repo.get_agreement(session, agreement_id)
    agreement.channel_ts = channel_ts
    session.add(agreement)
