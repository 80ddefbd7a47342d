"""Apply at work: what a participant said they would apply after a session, and some weeks
later whether they did, with what result or what stood in the way."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from bot.domain.errors import Conflict, DomainError, FieldErrors, NotFound
from bot.domain.networks import ensure_member
from storage import evaluations as store
from storage import sessions as sessions_repo
from storage.models import ApplyCommitment, ApplyOutcome, DeliveryKind, Meeting, Network

TEXT_LIMIT = 1000
OBSTACLES_SHOWN = 10


def commit(session: Session, meeting: Meeting, user_id: str, text: str,
           by_date: date | None) -> ApplyCommitment:
    """Keep what a participant will apply (with their id: the follow-up must reach them)."""
    row = ApplyCommitment(team_id=meeting.team_id, meeting_id=meeting.id, user_id=user_id,
                          text=text, by_date=by_date)
    session.add(row)
    return row


@dataclass(frozen=True)
class FollowupDraft:
    outcome: str | None = None
    result: str | None = None
    obstacle: str | None = None

    def validated(self) -> "FollowupAnswer":
        """The answer to store; raises FieldErrors naming each field that is wrong."""
        errors: dict[str, DomainError] = {}
        outcome = next((o for o in ApplyOutcome if o == self.outcome), None)
        if outcome is None:
            errors["outcome"] = DomainError("apply.error.outcome")
        texts = {name: (getattr(self, name) or "").strip() for name in ("result", "obstacle")}
        for name, text in texts.items():
            if len(text) > TEXT_LIMIT:
                errors[name] = DomainError("evaluation.error.too_long", limit=TEXT_LIMIT)
        if errors or outcome is None:
            raise FieldErrors(errors)
        return FollowupAnswer(outcome, texts["result"], texts["obstacle"])


@dataclass(frozen=True)
class FollowupAnswer:
    outcome: ApplyOutcome
    result: str
    obstacle: str


@dataclass(frozen=True)
class Followup:
    network: Network
    meeting: Meeting
    commitment: ApplyCommitment
    named: bool  # as the evaluation promised when the commitment was made


def followup_for(session: Session, commitment_id: int, user_id: str) -> Followup:
    """The person's own commitment, while its follow-up is unanswered."""
    row = store.get_commitment(session, commitment_id)
    if row.user_id != user_id:
        raise NotFound("apply.error.gone")
    if row.outcome is not None:
        raise Conflict("apply.error.answered")
    network, meeting = sessions_repo.network_and_meeting(session, row.meeting_id)
    ensure_member(session, network, user_id)
    poll = store.poll_for_meeting(session, meeting.id)
    named = poll.named if poll is not None else network.evaluation_named
    return Followup(network, meeting, row, named)


def answer(session: Session, commitment_id: int, user_id: str, draft: FollowupDraft, *,
           now: datetime) -> Followup:
    """Store how applying went, once (flushed, not committed)."""
    found = followup_for(session, commitment_id, user_id)
    valid = draft.validated()
    if not store.claim_outcome(session, commitment_id, outcome=valid.outcome,
                               result=valid.result, obstacle=valid.obstacle, answered_at=now):
        raise Conflict("apply.error.answered")  # a double click: the first answer counted
    session.refresh(found.commitment)
    return found


def to_ask(session: Session, meeting_id: int) -> list[ApplyCommitment]:
    """Commitments of a session whose owner has not had the follow-up question nor answered."""
    asked = store.invited(session, meeting_id, DeliveryKind.APPLY_FOLLOWUP)
    return [row for row in store.awaiting_outcome(session, meeting_id)
            if row.user_id not in asked]


def open_obstacles(session: Session, network_id: int) -> list[str]:
    """Recent obstacles participants met applying what they learned, newest first, for the
    next session's agenda. User-typed: the caller escapes them."""
    return store.recent_obstacles(session, network_id, OBSTACLES_SHOWN)


def pending_for_user(session: Session, team_id: str, user_id: str) -> list[ApplyCommitment]:
    """Follow-up questions this person received and has not answered (for the Home tab)."""
    rows = store.pending_followups_of_user(session, team_id, user_id)
    return list({row.id: row for row in rows}.values())
