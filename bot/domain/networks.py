"""Creating a network and the rules about who leads it."""

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.config import Settings
from bot.domain.errors import Conflict, DomainError, FieldErrors, Forbidden
from bot.durations import format_duration
from bot.text import whole_number
from storage import networks as repo
from storage.models import MeetingFormat, Membership, MembershipStatus, Network, Role

# "Less is more": the method caps a network at 12 participants; facilitators do not count.
PARTICIPANT_CAP = 12
MIN_PARTICIPANTS = 2
# The longest text each charter field takes (the form's max_length and the column's size);
# checked here too, since a submission can be forged past the form.
TEXT_LIMITS = {"name": 80, "theme": 200, "region": 80, "what": 1000, "why": 1000,
               "how": 1000, "for_whom": 1000}


@dataclass(frozen=True)
class NetworkDraft:
    """What the facilitator typed in the 'new network' form, before validation."""

    name: str
    theme: str
    region: str
    what: str
    why: str
    how: str
    for_whom: str
    format: str
    max_participants: str

    def validated(self) -> "NetworkDraft":
        """Trimmed copy; raises FieldErrors naming each field that is wrong."""
        trimmed = NetworkDraft(**{k: (v or "").strip() for k, v in self.__dict__.items()})
        errors: dict[str, DomainError] = {}
        for field in ("name", "theme", "region", "what", "why", "how", "for_whom"):
            if not getattr(trimmed, field):
                errors[field] = DomainError("network.error.blank")
            elif len(getattr(trimmed, field)) > TEXT_LIMITS[field]:
                errors[field] = DomainError("error.too_long", limit=TEXT_LIMITS[field])
        if trimmed.format not in set(MeetingFormat):
            errors["format"] = DomainError("network.error.blank")
        if not _cap_ok(trimmed.max_participants):
            errors["max_participants"] = DomainError(
                "network.error.max", low=MIN_PARTICIPANTS, high=PARTICIPANT_CAP
            )
        if errors:
            raise FieldErrors(errors)
        return trimmed


def _cap_ok(raw: str) -> bool:
    number = whole_number(raw)
    return number is not None and MIN_PARTICIPANTS <= number <= PARTICIPANT_CAP


def ensure_channel_free(session: Session, team_id: str, channel_id: str) -> None:
    existing = repo.network_by_channel(session, team_id, channel_id)
    if existing is not None:
        raise Conflict("error.channel_taken", name=existing.name)


def create_network(
    session: Session,
    draft: NetworkDraft,
    *,
    team_id: str,
    channel_id: str,
    user_id: str,
    settings: Settings,
    language: str | None = None,
) -> Network:
    """Add the network and its first facilitator (flushed, not committed: the caller decides)."""
    draft = draft.validated()
    ensure_channel_free(session, team_id, channel_id)
    network = Network(
        team_id=team_id,
        channel_id=channel_id,
        name=draft.name,
        theme=draft.theme,
        region=draft.region,
        charter_what=draft.what,
        charter_why=draft.why,
        charter_how=draft.how,
        charter_for_whom=draft.for_whom,
        format=MeetingFormat(draft.format),
        max_participants=int(draft.max_participants),
        timezone=settings.timezone,
        reminder_offsets=",".join(format_duration(o) for o in settings.reminder_offsets),
        evaluation_delay_seconds=int(settings.evaluation_delay.total_seconds()),
        created_by=user_id,
        language=language or settings.language,
    )
    session.add(network)
    try:
        session.flush()
    except IntegrityError:
        # Someone else created a network in this channel between our check and our insert.
        session.rollback()
        raise Conflict("network.error.channel_taken") from None
    session.add(
        Membership(
            team_id=team_id,
            network_id=network.id,
            user_id=user_id,
            role=Role.FACILITATOR,
        )
    )
    session.flush()
    return network


def ensure_facilitator(session: Session, network: Network, user_id: str) -> Membership:
    member = repo.membership(session, network.id, user_id)
    if (
        member is None
        or member.status != MembershipStatus.ACTIVE
        or member.role != Role.FACILITATOR
    ):
        raise Forbidden("error.not_facilitator", name=network.name)
    return member


def ensure_member(session: Session, network: Network, user_id: str) -> Membership:
    member = repo.membership(session, network.id, user_id)
    if member is None or member.status != MembershipStatus.ACTIVE:
        raise Forbidden("error.not_member")
    return member
