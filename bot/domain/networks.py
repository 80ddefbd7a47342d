"""Creating a network and the rules about who leads it."""

import re
from collections.abc import Iterable, Sequence
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
# Whether a network takes join requests, as the form and `/leernet aanvragen` say it.
OPEN, CLOSED = "open", "closed"
REQUESTS = (OPEN, CLOSED)


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
    requests: str  # "open" (people may ask to join) or "closed" (by invitation only)

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
        if trimmed.requests not in REQUESTS:
            errors["requests"] = DomainError("network.error.blank")
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
    shared_team_ids: Sequence[str] = (),
    language: str | None = None,
) -> Network:
    """Add the network and its first facilitator (flushed, not committed: the caller decides).
    `shared_team_ids`: the other workspaces its channel is shared with (Slack Connect)."""
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
        open_to_requests=draft.requests == OPEN,
        timezone=settings.timezone,
        reminder_offsets=",".join(format_duration(o) for o in settings.reminder_offsets),
        evaluation_delay_seconds=int(settings.evaluation_delay.total_seconds()),
        created_by=user_id,
        shared_team_ids=joined_teams(t for t in shared_team_ids if t != team_id),
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


# What a Slack team id looks like (T or E and capitals and digits); anything else an event
# carries is not one, and a comma in it would split it in two.
TEAM_ID = re.compile(r"[TE][A-Z0-9]{1,31}")


def joined_teams(team_ids: Iterable[str]) -> str:
    """Team ids as the network stores them: comma-separated, each once, in order; what is
    no team id is left out."""
    return ",".join(dict.fromkeys(t for t in team_ids if TEAM_ID.fullmatch(t)))


def share_channel(network: Network, team_id: str, *, told_by: str) -> bool:
    """The channel was shared with another workspace: its people may act in the network.
    Only a workspace already in the channel can say so (`told_by`, the event's team): an
    event from any other is about a channel it does not have, and changes nothing."""
    if told_by not in network.teams:
        return False
    if team_id and team_id != network.team_id:
        network.shared_team_ids = joined_teams([*network.teams - {network.team_id}, team_id])
    return True


def unshare_channel(network: Network, team_id: str, *, told_by: str) -> bool:
    """A workspace left the channel: its people may no longer act in the network (told by
    a workspace in the channel, as for `share_channel`)."""
    if told_by not in network.teams:
        return False
    network.shared_team_ids = joined_teams(sorted(network.teams - {network.team_id, team_id}))
    return True


def ensure_facilitator(session: Session, network: Network, user_id: str) -> Membership:
    member = repo.membership(session, network.id, user_id)
    if (
        member is None
        or member.status != MembershipStatus.ACTIVE
        or member.role != Role.FACILITATOR
    ):
        raise Forbidden("error.not_facilitator", name=network.name)
    return member


def set_open_to_requests(session: Session, network: Network, user_id: str,
                         open_to_requests: bool) -> bool:
    """A facilitator opens or closes the network to join requests; whether it changed."""
    ensure_facilitator(session, network, user_id)
    changed = network.open_to_requests != open_to_requests
    network.open_to_requests = open_to_requests
    session.flush()
    return changed


def ensure_member(session: Session, network: Network, user_id: str) -> Membership:
    """The one check before anyone answers anything in a network (the questionnaire, a vote,
    an RSVP, the agreements, the agenda, a follow-up): only an active member may. Someone
    who left or was removed is told so, also on a form or button that reached them before."""
    member = repo.membership(session, network.id, user_id)
    if member is None or member.status != MembershipStatus.ACTIVE:
        if member is not None and member.status in (MembershipStatus.LEFT,
                                                    MembershipStatus.REMOVED):
            raise Forbidden("error.no_longer_member", name=network.name)
        raise Forbidden("error.not_member")
    return member
