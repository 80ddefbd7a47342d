"""Intervision in the terms of its listeners: the cases at hand, starting a run with its
roles, moving through the phases, gathering questions and advice, the takeaway, and erasing
confidential cases after their session."""

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain import closing, intervision
from bot.domain.errors import DomainError, FieldErrors, Forbidden
from bot.domain.intervision import Gathers, Roles
from bot.domain.networks import ensure_facilitator, ensure_member
from bot.services.core import Service
from storage import deliveries as queue
from storage import intervision as store
from storage import networks as network_store
from storage import sessions as session_store
from storage.models import (
    AgendaContribution,
    Intervision,
    IntervisionEntry,
    IntervisionMethod,
    Meeting,
    MeetingStatus,
    Network,
)


@dataclass(frozen=True)
class CaseLine:
    meeting: Meeting
    case: AgendaContribution
    run: Intervision | None


@dataclass(frozen=True)
class CaseList:
    network: Network
    cases: list[CaseLine]


@dataclass(frozen=True)
class RolesForm:
    network: Network
    case: AgendaContribution
    method: IntervisionMethod


@dataclass(frozen=True)
class Run:
    """A run as its messages show it: the network, the case and the run itself."""

    network: Network
    case: AgendaContribution
    run: Intervision
    previous_phase_ts: str | None = None  # the phase message the move left behind


@dataclass(frozen=True)
class Gathered:
    network: Network
    run: Intervision
    entry: IntervisionEntry


@dataclass(frozen=True)
class TakeawayForm:
    network: Network
    case: AgendaContribution
    run: Intervision
    advice: list[IntervisionEntry]


@dataclass(frozen=True)
class Erasure:
    """What the erase delivery found: the session moved later (its own erase comes then), or
    the thread posts to take down."""

    network: Network
    postponed: bool
    posts: list[tuple[str, str]]


class IntervisionService(Service):
    # --- the cases at hand ----------------------------------------------------------------

    def cases_in_channel(self, team_id: str, channel_id: str, user_id: str) -> CaseList:
        """The cases of the sessions that can still run one (facilitators only)."""
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            closing.ensure_not_closed(network)
            ensure_facilitator(session, network, user_id)
            now = self.now()
            meetings = [m for m in [*session_store.past_meetings(session, network.id, now, 3),
                                    *session_store.upcoming_meetings(session, network.id, now, 3)]
                        if intervision.runnable(m, now)]
            by_id = {m.id: m for m in meetings}
            cases = list(store.cases_of_meetings(session, list(by_id)))
            runs = store.runs_of_cases(session, [c.id for c in cases])
            lines = sorted((CaseLine(by_id[c.meeting_id], c, runs.get(c.id)) for c in cases),
                           key=lambda line: (line.meeting.starts_at, line.case.id))
            if not lines:
                raise DomainError("intervision.error.no_cases")
            return CaseList(network, lines)

    def roles_form(self, case_id: int, method: str, user_id: str) -> RolesForm:
        with self.read() as session:
            network, case, _ = self._startable(session, case_id, user_id)
            return RolesForm(network, case, intervision.method_of(method))

    def _startable(self, session: Session, case_id: int,
                   user_id: str) -> tuple[Network, AgendaContribution, Meeting]:
        case = store.get_case(session, case_id)
        network, meeting = session_store.network_and_meeting(session, case.meeting_id)
        closing.ensure_not_closed(network)
        ensure_facilitator(session, network, user_id)
        intervision.ensure_case(case)
        intervision.ensure_runnable(meeting, self.now())
        if store.run_of_case(session, case.id) is not None:
            raise DomainError("intervision.error.started")
        return network, case, meeting

    # --- running it -------------------------------------------------------------------------

    def start(self, case_id: int, method: str, roles: Roles, user_id: str) -> Run:
        """Stored before the case's message is posted (`posted`), undone if Slack refuses."""
        chosen = intervision.method_of(method)
        bringer, lead, keeper, minutes = intervision.validated(roles, chosen)
        try:
            with self.unit() as session:
                network, case, meeting = self._startable(session, case_id, user_id)
                self._ensure_active(session, network, {"case_bringer": bringer,
                                                       "process_lead": lead,
                                                       "timekeeper": keeper})
                run = Intervision(team_id=network.team_id, network_id=network.id,
                                  meeting_id=meeting.id, contribution_id=case.id,
                                  method=chosen, minutes=minutes, case_bringer_id=bringer,
                                  process_lead_id=lead, timekeeper_id=keeper,
                                  started_by=user_id, started_at=self.now(),
                                  channel_id=network.channel_id)
                session.add(run)
                session.flush()
                return Run(network, case, run)
        except IntegrityError as error:  # two facilitators started it at once
            raise DomainError("intervision.error.started") from error

    @staticmethod
    def _ensure_active(session: Session, network: Network,
                       roles: dict[str, str | None]) -> None:
        """Everyone given a role is an active member; a field error at each role that is not."""
        errors: dict[str, DomainError] = {}
        for field, person in roles.items():
            if person is None:
                continue
            try:
                ensure_member(session, network, person)
            except Forbidden:
                errors[field] = DomainError("intervision.error.not_member", user=person)
        if errors:
            raise FieldErrors(errors)

    def discard(self, run_id: int) -> None:
        with self.unit() as session:
            store.remove_run(session, run_id)

    def posted(self, run_id: int, root_ts: str | None, phase_ts: str | None) -> None:
        """The case's message and the current phase's message in its thread."""
        with self.unit() as session:
            run = store.get_run(session, run_id)
            if root_ts:
                run.root_ts = root_ts
            if phase_ts:
                run.phase_ts = phase_ts
            session.add(run)

    def next_phase(self, run_id: int, expected_phase: int, user_id: str) -> Run:
        """Facilitators and the process lead move on; the last phase's click finishes."""
        with self.unit() as session:
            run = store.get_run(session, run_id)
            network, case = self._loaded(session, run)
            self._ensure_leads(session, network, run, user_id)
            intervision.ensure_moves_from(run, expected_phase)
            left = run.phase_ts
            if not store.advance(session, run, expected_phase, intervision.is_last(run),
                                 self.now()):
                raise DomainError("intervision.error.moved")
            return Run(network, case, run, left)

    @staticmethod
    def _ensure_leads(session: Session, network: Network, run: Intervision,
                      user_id: str) -> None:
        if user_id == run.process_lead_id:
            ensure_member(session, network, user_id)
            return
        ensure_facilitator(session, network, user_id)

    @staticmethod
    def _loaded(session: Session, run: Intervision) -> tuple[Network, AgendaContribution]:
        network = network_store.get_network(session, run.network_id)
        closing.ensure_not_closed(network)
        return network, store.get_case(session, run.contribution_id)

    def entry_form(self, run_id: int, kind: str, user_id: str) -> Run:
        with self.read() as session:
            run = store.get_run(session, run_id)
            network, case = self._loaded(session, run)
            ensure_member(session, network, user_id)
            intervision.entry_text(Gathers(kind), run, case, "-")
            return Run(network, case, run)

    def gather(self, run_id: int, kind: str, text: str | None, user_id: str,
               user_team_id: str) -> Gathered:
        if kind not in set(Gathers):
            raise DomainError("intervision.error.phase_over")
        with self.unit() as session:
            run = store.get_run(session, run_id)
            network, case = self._loaded(session, run)
            ensure_member(session, network, user_id)
            cleaned = intervision.entry_text(Gathers(kind), run, case, text)
            entry = IntervisionEntry(team_id=network.team_id, intervision_id=run.id, kind=kind,
                                     text=cleaned, author_id=user_id,
                                     author_team_id=user_team_id, created_at=self.now())
            session.add(entry)
            session.flush()
            return Gathered(network, run, entry)

    def entry_posted(self, entry_id: int, ts: str) -> bool:
        """False: its confidential case was erased while Slack took the post (the erasure
        found no post to delete), so the caller takes the post down."""
        with self.unit() as session:
            return store.entry_posted(session, entry_id, ts)

    def takeaway_form(self, run_id: int, user_id: str) -> TakeawayForm:
        with self.read() as session:
            run, network, case = self._takeaway_run(session, run_id, user_id)
            return TakeawayForm(network, case, run,
                                list(store.entries(session, run.id, Gathers.ADVICE)))

    def _takeaway_run(self, session: Session, run_id: int,
                      user_id: str) -> tuple[Intervision, Network, AgendaContribution]:
        run = store.get_run(session, run_id)
        network, case = self._loaded(session, run)
        if user_id != run.case_bringer_id:
            raise Forbidden("intervision.error.not_bringer")
        ensure_member(session, network, user_id)
        if case.erased_at is not None:
            raise DomainError("intervision.error.erased")
        if not intervision.takeaway_open(run):
            raise DomainError("intervision.error.takeaway_later")
        return run, network, case

    def record_takeaway(self, run_id: int, text: str | None, advice_ids: list[str],
                        user_id: str) -> Run:
        """The case-bringer's own words, with the advice they chose quoted after them."""
        own = intervision.takeaway_text(text)
        with self.unit() as session:
            run, network, case = self._takeaway_run(session, run_id, user_id)
            chosen = [e.text for e in store.entries(session, run.id, Gathers.ADVICE)
                      if str(e.id) in advice_ids]
            run.takeaway = "\n".join([own, *(f"• {advice}" for advice in chosen)])[
                :intervision.MAX_TAKEAWAY]
            run.takeaway_at = self.now()
            session.add(run)
            session.flush()
            return Run(network, case, run)

    def takeaway_posted(self, run_id: int, ts: str) -> bool:
        """As `entry_posted`, for the shared takeaway."""
        with self.unit() as session:
            run = store.get_run(session, run_id)
            if store.get_case(session, run.contribution_id).erased_at is not None:
                return False
            run.takeaway_ts = ts
            session.add(run)
            return True

    # --- confidential cases after their session -------------------------------------------

    def erase_confidential(self, meeting_id: int) -> Erasure:
        """After the session (its end and a grace): erase its confidential cases, once. A
        session moved later is left alone: the erase at its new end does it."""
        with self.unit() as session:
            network, meeting = session_store.network_and_meeting(session, meeting_id)
            now = self.now()
            if meeting.status != MeetingStatus.CANCELLED and intervision.erase_due(meeting) > now:
                added = queue.add(session, intervision.erase_delivery(network, meeting))
                postponed = True
            else:
                added, postponed = None, False
                for case in store.confidential_to_erase(session, meeting.id):
                    store.erase_case(session, case, now)
            posts = [] if postponed else store.posts_to_delete(session, meeting.id)
        if added is not None:
            self.scheduled([added])
        return Erasure(network, postponed, posts)

    def post_deleted(self, channel_id: str, ts: str) -> None:
        with self.unit() as session:
            store.forget_post(session, channel_id, ts)
