"""External input: asking the group whether it wants input from outside on a theme, and guest
experts invited to one session.

Asking: by a group vote with the standard question (yes / no / maybe, the polls' own
machinery), or as a question in the next session's evaluation. In the evaluation the
question keeps the evaluation's anonymity: its answer is one more column of the anonymous
`EvaluationAnswer` row (no user id, a random key, written anew in a random order at the
close, bot/domain/evaluations.py), counted only at the close, and the outcome is recorded
then only when at least `min_answers` answers came besides any one
reader's own; otherwise it is recorded as "too few answers" with no counts. A vote's outcome
is recorded when it closes. Wanted: more yes than no.

Guests: a Slack user of the network's workspace (or of one its channel is shared with), or
someone outside Slack by name and e-mail. A guest is not a member: no place under the cap, no
questionnaire, no RSVP, no evaluation, not in the member list. A Slack guest gets the
session's reminder with its agenda; someone outside Slack gets nothing from the bot.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.domain import closing, polls
from bot.domain.errors import Conflict, DomainError, FieldErrors, Forbidden, NotFound
from bot.domain.meetings import ends_at
from bot.domain.networks import ensure_facilitator
from bot.domain.polls import PollDraft
from storage import external as store
from storage import networks as repo
from storage import polls as poll_store
from storage import sessions as sessions_repo
from storage.models import (
    ExternalInputAsk,
    ExternalInputMethod,
    ExternalInputOutcome,
    Meeting,
    MeetingStatus,
    MembershipStatus,
    Network,
    Poll,
    SessionGuest,
    as_utc,
)

MAX_THEME = 150
MAX_NAME = 120
MAX_EMAIL = 254
ANSWERS = ("yes", "no", "maybe")  # the vote's options, in this order
# Something@something.tld, no spaces or angle brackets (the rest is the sender's business:
# the bot never writes to it).
EMAIL = re.compile(r"^[^\s@<>|*`]+@[^\s@<>|*`]+\.[^\s@<>|*`]+$")


def outcome_of(yes: int, no: int) -> ExternalInputOutcome:
    """Wanted when more said yes than no; as many (nobody, say): undecided. Maybe counts for
    neither side."""
    if yes > no:
        return ExternalInputOutcome.WANTED
    if no > yes:
        return ExternalInputOutcome.NOT_WANTED
    return ExternalInputOutcome.UNDECIDED


def clean_theme(raw: str | None) -> str:
    theme = " ".join((raw or "").split())
    if not theme:
        raise FieldErrors({"theme": DomainError("network.error.blank")})
    if len(theme) > MAX_THEME:
        raise FieldErrors({"theme": DomainError("agreements.error.too_long", limit=MAX_THEME)})
    return theme


def ensure_may_ask(session: Session, network: Network, user_id: str) -> None:
    ensure_facilitator(session, network, user_id)
    closing.ensure_not_closed(network)


def next_session(session: Session, network: Network, now: datetime) -> Meeting | None:
    upcoming = store.upcoming_meetings(session, network.id, now)
    return upcoming[0] if upcoming else None


# --- asking by a vote ---------------------------------------------------------------------------

def ask_by_vote(session: Session, network: Network, user_id: str, theme: str,
                draft: PollDraft, *, now: datetime) -> tuple[ExternalInputAsk, Poll,
                                                            polls.Delivery]:
    """The vote with the standard question (made by the caller in the network's language)
    and its ask; flushed, not committed. FieldErrors name the closing fields."""
    ensure_may_ask(session, network, user_id)
    poll, delivery = polls.create(session, network, draft, user_id=user_id, now=now)
    ask = ExternalInputAsk(team_id=network.team_id, network_id=network.id, theme=theme,
                           method=ExternalInputMethod.VOTE, poll_id=poll.id, asked_by=user_id,
                           asked_at=now)
    session.add(ask)
    session.flush()
    return ask, poll, delivery


def record_poll(session: Session, poll: Poll, *, now: datetime) -> None:
    """At a vote's close: its counts and outcome on its ask, if it has one (a close undone and
    done again records it anew)."""
    ask = store.ask_for_poll(session, poll.id)
    if ask is None:
        return
    counts = [0, 0, 0]
    for cast in poll_store.votes(session, poll.id):
        if 0 <= cast.option_index < len(counts):
            counts[cast.option_index] += 1
    ask.yes, ask.no, ask.maybe = counts
    ask.outcome = outcome_of(ask.yes, ask.no)
    ask.decided_at = now
    session.add(ask)
    session.flush()


# --- asking in the next evaluation ------------------------------------------------------------

def ask_in_evaluation(session: Session, network: Network, user_id: str, theme: str, *,
                      now: datetime) -> tuple[ExternalInputAsk, Meeting]:
    """The question goes into the evaluation of the next planned session; refused when none
    is planned, or its evaluation already has a question."""
    ensure_may_ask(session, network, user_id)
    meeting = next_session(session, network, now)
    if meeting is None:
        raise FieldErrors({"method": DomainError("external.error.no_session")})
    if store.ask_for_meeting(session, meeting.id) is not None:
        raise FieldErrors({"method": DomainError("external.error.asked_already")})
    ask = ExternalInputAsk(team_id=network.team_id, network_id=network.id, theme=theme,
                           method=ExternalInputMethod.EVALUATION, meeting_id=meeting.id,
                           asked_by=user_id, asked_at=now)
    session.add(ask)
    session.flush()
    return ask, meeting


def evaluation_question(session: Session, meeting_id: int) -> str | None:
    """The theme asked about in this session's evaluation, while it takes answers."""
    ask = store.ask_for_meeting(session, meeting_id)
    return ask.theme if ask is not None and ask.outcome is None else None


def clean_answer(raw: str | None) -> str | None:
    """An answer to the evaluation question: yes, no, maybe, or none (it is optional)."""
    if raw in (None, ""):
        return None
    if raw not in ANSWERS:
        raise FieldErrors({"external_input": DomainError("evaluation.error.scale")})
    return raw


def record_evaluation(session: Session, meeting_id: int, *, min_answers: int,
                      now: datetime) -> None:
    """At the evaluation's close (after its answers were written anew): the counts and the
    outcome, only when at least `min_answers` answered besides any one reader (whoever reads
    it may have answered); otherwise "too few", with no counts."""
    ask = store.ask_for_meeting(session, meeting_id)
    if ask is None or ask.outcome is not None:
        return
    answers = store.evaluation_answers(session, meeting_id)
    if len(answers) - 1 < min_answers:
        ask.yes = ask.no = ask.maybe = 0
        ask.outcome = ExternalInputOutcome.TOO_FEW
    else:
        ask.yes, ask.no, ask.maybe = (answers.count(a) for a in ANSWERS)
        ask.outcome = outcome_of(ask.yes, ask.no)
    ask.decided_at = now
    session.add(ask)
    session.flush()


# --- guests ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class GuestDraft:
    """The invitation form as submitted: a session, and a Slack user or a name and e-mail."""

    meeting: str | None
    user: str | None
    name: str | None
    email: str | None


@dataclass(frozen=True)
class CleanGuest:
    meeting_id: int
    user_id: str | None
    name: str | None
    email: str | None


def clean_guest(draft: GuestDraft) -> CleanGuest:
    errors: dict[str, DomainError] = {}
    meeting = (draft.meeting or "").strip()
    if not (meeting.isascii() and meeting.isdigit() and 0 < int(meeting) < 2**31):
        errors["meeting"] = DomainError("network.error.blank")
    user = (draft.user or "").strip() or None
    name = " ".join((draft.name or "").split()) or None
    email = (draft.email or "").strip() or None
    if user is not None and (name or email):
        errors["user"] = DomainError("external.error.one_of")
    elif user is None and not (name and email):
        field = "user" if not (name or email) else ("name" if not name else "email")
        errors[field] = DomainError("external.error.one_of")
    if name is not None and len(name) > MAX_NAME:
        errors["name"] = DomainError("agreements.error.too_long", limit=MAX_NAME)
    if email is not None and (len(email) > MAX_EMAIL or not EMAIL.match(email)):
        errors["email"] = DomainError("external.error.email")
    if errors:
        raise FieldErrors(errors)
    return CleanGuest(int(meeting), user, name, email)


def guest_meeting(session: Session, network: Network, meeting_id: int,
                  now: datetime) -> Meeting:
    """A planned session of this network still to come."""
    meeting = sessions_repo.get_meeting(session, meeting_id)
    if meeting.network_id != network.id:
        raise NotFound("session.error.gone")
    if meeting.status != MeetingStatus.PLANNED or as_utc(meeting.starts_at) <= now:
        raise FieldErrors({"meeting": DomainError("external.error.session_past")})
    return meeting


def check_guest(session: Session, network: Network, user_id: str, guest: CleanGuest,
                now: datetime) -> Meeting:
    """Every rule a new guest passes before anything is stored (FieldErrors name fields)."""
    ensure_may_ask(session, network, user_id)
    meeting = guest_meeting(session, network, guest.meeting_id, now)
    if guest.user_id is not None:
        member = repo.membership(session, network.id, guest.user_id)
        if member is not None and member.status == MembershipStatus.ACTIVE:
            raise FieldErrors({"user": DomainError("external.error.member")})
        if store.slack_guest(session, meeting.id, guest.user_id) is not None:
            raise FieldErrors({"user": DomainError("external.error.invited_already")})
    return meeting


def invite(session: Session, network: Network, user_id: str, guest: CleanGuest,
           user_team_id: str, now: datetime) -> tuple[Meeting, SessionGuest]:
    meeting = check_guest(session, network, user_id, guest, now)
    if guest.user_id is not None and user_team_id and user_team_id not in network.teams:
        raise DomainError("external.error.foreign")
    row = store.add_guest(session, SessionGuest(
        team_id=network.team_id, network_id=network.id, meeting_id=meeting.id,
        user_id=guest.user_id, user_team_id=user_team_id if guest.user_id else "",
        name=guest.name if guest.user_id is None else None,
        email=guest.email if guest.user_id is None else None,
        invited_by=user_id, invited_at=now))
    return meeting, row


def facilitated_guest(session: Session, guest_id: int,
                      user_id: str) -> tuple[Network, Meeting, SessionGuest]:
    """A guest as their network's facilitator acts on them; a closed network (read-only, and
    nothing goes out for it) refuses."""
    guest = store.get_guest(session, guest_id)
    network, meeting = sessions_repo.network_and_meeting(session, guest.meeting_id)
    ensure_facilitator(session, network, user_id)
    closing.ensure_not_closed(network)
    return network, meeting, guest


def uninvite(session: Session, guest_id: int, user_id: str,
             now: datetime) -> tuple[Network, Meeting, SessionGuest]:
    """A facilitator takes a guest off a session that has not started."""
    network, meeting, guest = facilitated_guest(session, guest_id, user_id)
    if as_utc(meeting.starts_at) <= now:
        raise Conflict("external.error.session_started")
    store.remove_guest(session, guest)
    return network, meeting, guest


def thank(session: Session, guest_id: int, user_id: str,
          now: datetime) -> tuple[Network, Meeting, SessionGuest]:
    """After the session a facilitator thanks a Slack guest, once."""
    network, meeting, guest = facilitated_guest(session, guest_id, user_id)
    if guest.user_id is None:
        raise Conflict("external.error.outside_slack")
    if as_utc(ends_at(meeting)) > now:
        raise Conflict("external.error.not_after")
    if guest.thanked_at is not None:
        raise Conflict("external.error.thanked_already")
    guest.thanked_at = now
    session.add(guest)
    session.flush()
    return network, meeting, guest


def own_guest(session: Session, guest_id: int, user_id: str) -> tuple[Network, SessionGuest]:
    """The thanked guest themselves (the slides button reached them alone); a closed
    network's library takes nothing more."""
    guest = store.get_guest(session, guest_id)
    if guest.user_id != user_id or guest.thanked_at is None:
        raise Forbidden("external.error.not_your_invitation")
    network = repo.get_network(session, guest.network_id)
    closing.ensure_not_closed(network)
    return network, guest
