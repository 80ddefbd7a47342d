"""Session evaluations and the apply-at-work follow-up: `/leernet evaluatie`, answering, the
named/anonymous switch, and what the scheduled invitation, reminder, close and follow-up need.

Each method is one transaction. Anonymity is the domain's (bot.domain.evaluations): nothing
here hands out who gave which answer.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.domain import apply_at_work, evaluations, external, networks
from bot.domain.apply_at_work import FollowupDraft
from bot.domain.evaluations import CloseStep, EvaluationDraft, Results, Submitted
from bot.services.core import Service
from storage import evaluations as store
from storage import networks as network_store
from storage import sessions as session_store
from storage.models import ApplyCommitment, EvaluationPoll, Meeting, Network, Role

# Vacuumed at a close (PostgreSQL): the answers written anew, the poll row closed.
ANSWER_TABLES = ("evaluationanswer", "evaluationpoll", "evaluationsubmission")

# --- what `/leernet evaluatie` comes to --------------------------------------------------------


@dataclass(frozen=True)
class ResultsShown:
    """A facilitator asked, and the poll exists: its results (as far as they are released)."""

    network: Network
    meeting: Meeting
    poll: EvaluationPoll
    results: Results


@dataclass(frozen=True)
class PollSent:
    """A facilitator asked before any poll existed: it is open now and goes out."""

    network: Network
    poll: EvaluationPoll
    invited: int


@dataclass(frozen=True)
class NotOpenYet:
    """A participant asked before the session's evaluation opened."""

    network: Network
    meeting: Meeting
    opens_at: datetime


@dataclass(frozen=True)
class AnswerForm:
    """A participant who may answer: what the evaluation modal shows."""

    network: Network
    meeting: Meeting
    poll: EvaluationPoll


Latest = ResultsShown | PollSent | NotOpenYet | AnswerForm


# --- what the scheduled deliveries need ----------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    network: Network
    meeting: Meeting
    poll: EvaluationPoll
    is_open: bool
    to_invite: list[str]


@dataclass(frozen=True)
class Reminder:
    network: Network
    meeting: Meeting
    poll: EvaluationPoll | None  # None: no poll was ever opened
    is_open: bool
    pending: list[str]


@dataclass(frozen=True)
class Closing:
    network: Network
    meeting: Meeting
    poll: EvaluationPoll | None
    step: CloseStep
    results: dict[str, Results] | None = None  # when closed now: each facilitator's own
    facilitators: tuple[str, ...] = ()  # who gets the summary


@dataclass(frozen=True)
class FollowupsDue:
    network: Network
    meeting: Meeting
    commitments: list[ApplyCommitment]


@dataclass(frozen=True)
class FollowupAnswered:
    followup: apply_at_work.Followup
    facilitators: list[str]


class EvaluationService(Service):
    # --- `/leernet evaluatie` ------------------------------------------------------------------

    def latest(self, team_id: str, channel_id: str, user_id: str) -> Latest:
        """The evaluation of the channel network's latest session, as this person may have it:
        results or sending it now for facilitators, the form for attendees."""
        now = self.now()
        with self.unit() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            member = networks.ensure_member(session, network, user_id)
            meeting = evaluations.latest_session(session, network, now)
            poll = store.poll_for_meeting(session, meeting.id)
            if member.role == Role.FACILITATOR and poll is not None:
                return ResultsShown(network, meeting, poll,
                                    self._results(session, poll, meeting, user_id))
            if member.role == Role.FACILITATOR:
                poll, invited, deliveries = evaluations.send_now(
                    session, network, meeting, now=now, open_for=self.settings.evaluation_open)
            elif poll is None:
                return NotOpenYet(network, meeting, evaluations.opens_at(network, meeting))
            else:
                return AnswerForm(network, meeting, evaluations.ensure_may_answer(
                    session, poll, meeting, user_id, now))
        self.scheduled(deliveries)
        return PollSent(network, poll, invited)

    def set_named(self, team_id: str, channel_id: str, user_id: str, named: bool) -> Network:
        """Evaluate with names (or anonymously again) from the next poll on; Forbidden for
        non-facilitators, Conflict when it already is so."""
        with self.unit() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            evaluations.set_named(session, network, user_id, named)
            return network

    def undo_named(self, network_id: int, named: bool) -> None:
        """Take back a switch the channel could not be told of."""
        with self.unit() as session:
            evaluations.undo_named(session, network_store.get_network(session, network_id),
                                   named)

    # --- answering -----------------------------------------------------------------------------

    def form(self, poll_id: int, user_id: str) -> AnswerForm:
        """What the evaluation modal needs, if this person may answer now."""
        with self.read() as session:
            return AnswerForm(*evaluations.form_for(session, poll_id, user_id, self.now()))

    def submit(self, poll_id: int, user_id: str, draft: EvaluationDraft) -> Submitted:
        """One anonymous answer (and what the person will apply, with their name), in two
        transactions: who answered, then the answer; SQLite's WAL is emptied after each, so
        it never holds the two together."""
        with self.unit() as session:
            done = evaluations.register(session, poll_id, user_id, draft, now=self.now())
        self.core.db.forget_old_pages()
        with self.unit() as session:
            evaluations.store_answer(session, done.poll, user_id, done.answer, now=self.now())
        self.core.db.forget_old_pages()
        return done

    def followup_form(self, commitment_id: int, user_id: str) -> apply_at_work.Followup:
        with self.read() as session:
            return apply_at_work.followup_for(session, commitment_id, user_id)

    def answer_followup(self, commitment_id: int, user_id: str,
                        draft: FollowupDraft) -> FollowupAnswered:
        with self.unit() as session:
            followup = apply_at_work.answer(session, commitment_id, user_id, draft,
                                            now=self.now())
            return FollowupAnswered(followup,
                                    network_store.facilitators(session, followup.network.id))

    # --- scheduled -------------------------------------------------------------------------------

    def open_for_invitations(self, meeting_id: int) -> Invitation:
        """Open the session's poll if needed; who is still to be invited while it is open."""
        now = self.now()
        with self.unit() as session:
            network, meeting = session_store.network_and_meeting(session, meeting_id)
            poll = evaluations.open_poll(session, network, meeting, now=now,
                                         open_for=self.settings.evaluation_open)
            is_open = evaluations.is_open(poll, now)
            pending = evaluations.to_invite(session, poll, meeting) if is_open else []
            return Invitation(network, meeting, poll, is_open, pending)

    def to_remind(self, meeting_id: int) -> Reminder:
        now = self.now()
        with self.read() as session:
            network, meeting = session_store.network_and_meeting(session, meeting_id)
            poll = store.poll_for_meeting(session, meeting.id)
            is_open = poll is not None and evaluations.is_open(poll, now)
            pending = (evaluations.non_respondents(session, poll, meeting)
                       if poll is not None and is_open else [])
            return Reminder(network, meeting, poll, is_open, pending)

    def close(self, meeting_id: int) -> Closing:
        """Close the poll when it is due (or queue a close at its own time when it runs
        longer): the results and the facilitators to send them to."""
        now = self.now()
        later = None
        with self.unit() as session:
            network, meeting = session_store.network_and_meeting(session, meeting_id)
            poll = store.poll_for_meeting(session, meeting.id)
            step = evaluations.close_step(poll, now)
            if poll is None or step == CloseStep.NOTHING:
                return Closing(network, meeting, poll, CloseStep.NOTHING)
            if step == CloseStep.LATER:
                later = evaluations.close_delivery(session, network, meeting, poll)
                closing = Closing(network, meeting, poll, step)
            else:
                evaluations.close(session, poll)
                external.record_evaluation(session, meeting.id, now=now,
                                           min_answers=self.settings.evaluation_min_answers)
                facilitators = tuple(network_store.facilitators(session, network.id))
                closing = Closing(network, meeting, poll, step,
                                  {user: self._results(session, poll, meeting, user)
                                   for user in facilitators}, facilitators)
        if later is not None:
            self.scheduled([later])
        else:
            # The close wrote the answers anew: no earlier version stays reachable.
            self.core.db.forget_old_pages(*ANSWER_TABLES)
        return closing

    def summary_sent(self, poll_id: int) -> None:
        with self.unit() as session:
            evaluations.mark_summary_sent(session, poll_id, self.now())

    def followups_due(self, meeting_id: int) -> FollowupsDue:
        with self.unit() as session:
            network, meeting = session_store.network_and_meeting(session, meeting_id)
            return FollowupsDue(network, meeting, apply_at_work.to_ask(session, meeting.id))

    def _results(self, session: Session, poll: EvaluationPoll, meeting: Meeting,
                 reader: str) -> Results:
        return evaluations.results(session, poll, meeting, reader,
                                   min_answers=self.settings.evaluation_min_answers)
