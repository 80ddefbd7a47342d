"""The closing report of a closed network: what it is made of, who may publish it, and once.

It is published once per network: by a facilitator's modal with their closing words (any
facilitator; a second one or a double click is told it is out already), or, when nobody wrote
within `WAIT` of the close, without closing words by a scheduled delivery. Either way the
same delivery posts it in the channel, uploads its charts and DMs every active member.

Anonymity. Everyone of the network reads the report, respondents too, so it uses only what the
stricter reading of the release rules (bot.domain.evaluations, bot.domain.final_evaluation)
gives a reader who answered: a poll's (or the final evaluation's) results are in the report
only when closed and with at least `min_answers` answers *besides one* (the reader's own,
whoever reads it), i.e. `answered - 1 >= min_answers`; the spread, lowest and highest score
of a session only where `scale_result` shows them to such a reader. The same holds per part:
a learning form is shown only when rated that often, the learning questions only when that
many people (besides one) assessed theirs. Counting no one out
would let a respondent in a just-big-enough group subtract their own answer. Nothing per
person: learning questions are counted ("7 of 9 fully answered"), never listed; the final
evaluation's open answers stay with the facilitators (a sentence can give its writer away);
apply-at-work outcomes are counted, and only when `min_answers` people besides one reported
theirs (one person's several commitments are that person's outcomes); attendance is a
head count per session. Closing words are the facilitators' own text, escaped when shown.
"""

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from babel.numbers import format_decimal
from sqlmodel import Session

from bot.catalog import MESSAGES, Lang, t, tn
from bot.domain.closing import Phase, phase
from bot.domain.errors import Conflict, DomainError
from bot.domain.evaluations import SCALES, scale_result
from bot.domain.final_evaluation import ANSWERED, JOIN_AGAIN, LIKED
from bot.domain.networks import ensure_facilitator
from bot.domain.schedule import TARGET_MEMBERS
from storage import closing_report as store
from storage import evaluations as evaluation_store
from storage import exports as record
from storage import final_evaluation as final_store
from storage import networks as repo
from storage.models import (
    ClosingReport,
    Delivery,
    DeliveryKind,
    MeetingStatus,
    Network,
    PollStatus,
    as_utc,
)

# Nobody wrote closing words this long after the close: the report goes out without them.
WAIT = timedelta(days=7)
WORDS_LIMIT = 3000  # the modal's field


def delivery_key(network_id: int) -> str:
    return f"{DeliveryKind.CLOSING_REPORT}:{network_id}"


def delivery(network: Network, now: datetime) -> Delivery:
    """The report's one delivery, queued at the close: due after `WAIT`, brought forward by
    a facilitator's closing words."""
    return Delivery(team_id=network.team_id, key=delivery_key(network.id),
                    kind=DeliveryKind.CLOSING_REPORT, run_at=now + WAIT,
                    network_id=network.id, target=TARGET_MEMBERS)


# --- the figures -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ScaleFigure:
    mean: float
    low: int | None = None  # hidden (see the release rule)
    high: int | None = None


@dataclass(frozen=True)
class SessionFigure:
    number: int | None
    starts_at: str  # ISO, UTC
    attended: int | None  # present, as the facilitator confirmed it; None: not confirmed
    answered: int  # evaluation answers (0: no evaluation)
    scales: dict[str, ScaleFigure] = field(default_factory=dict)  # empty: not released


@dataclass(frozen=True)
class FinalFigure:
    answered: int
    asked: int
    released: bool
    forms: dict[str, dict[str, int]] = field(default_factory=dict)  # form: liked: count
    join_again: dict[str, int] = field(default_factory=dict)
    questions: dict[str, int] = field(default_factory=dict)  # total, fully, partly, not


@dataclass(frozen=True)
class Figures:
    """What the report says, as released when it was published (JSON in `figures`)."""

    members: int
    sessions: list[SessionFigure]
    final: FinalFigure
    actions_done: int
    actions_open: int
    apply_total: int  # commitments made
    apply: dict[str, int]  # yes, partly, no; empty: too few answers to show
    knowledge_items: int
    min_answers: int  # the release threshold it was made with

    @property
    def held(self) -> int:
        return len(self.sessions)

    @property
    def released_sessions(self) -> list[SessionFigure]:
        return [s for s in self.sessions if s.scales]

    def dumps(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def loads(cls, raw: str) -> "Figures":
        data: dict[str, Any] = json.loads(raw)
        sessions = [SessionFigure(s["number"], s["starts_at"], s["attended"], s["answered"],
                                  {k: ScaleFigure(**v) for k, v in s["scales"].items()})
                    for s in data["sessions"]]
        return cls(data["members"], sessions, FinalFigure(**data["final"]),
                   data["actions_done"], data["actions_open"], data["apply_total"],
                   data["apply"], data["knowledge_items"], data["min_answers"])


def released_to_all(closed: bool, answered: int, min_answers: int) -> bool:
    """Whether results may go to every member: closed, and `min_answers` answers besides
    any one reader's own (see the module's docstring)."""
    return closed and answered - 1 >= min_answers


def figures(session: Session, network: Network, *, min_answers: int,
            now: datetime | None = None) -> Figures:
    """The figures as released to everyone; of a network still running (a facilitator's
    digest), its sessions started before `now`."""
    until = network.closing_started_at or network.closed_at or now
    meetings = [m for m in record.meetings(session, network.id)
                if m.status == MeetingStatus.PLANNED
                and (until is None or as_utc(m.starts_at) < as_utc(until))]
    ids = [m.id for m in meetings]
    present = Counter(a.meeting_id for a in record.attendance(session, ids) if a.present)
    confirmed = {a.meeting_id for a in record.attendance(session, ids)}
    polls = {p.meeting_id: p for p in record.evaluation_polls(session, ids)}
    counts = evaluation_store.answer_counts(session, [p.id for p in polls.values()])
    sessions = []
    for meeting in meetings:
        poll = polls.get(meeting.id)
        answered = counts.get(poll.id, 0) if poll is not None else 0
        scales: dict[str, ScaleFigure] = {}
        if poll is not None and released_to_all(poll.status == PollStatus.CLOSED, answered,
                                                min_answers):
            rows = evaluation_store.answers(session, poll.id)
            for name in SCALES:
                shown = scale_result([getattr(a, name) for a in rows], answered - 1)
                scales[name] = ScaleFigure(shown.mean, shown.low, shown.high)
        sessions.append(SessionFigure(
            meeting.number, as_utc(meeting.starts_at).isoformat(),
            present[meeting.id] if meeting.id in confirmed else None, answered, scales))
    items = record.action_items(session, network.id)
    done = sum(1 for i in items if i.done_at is not None)
    # Commitments are kept with the person: one person's several outcomes are not shown
    # as a count; enough people (besides one reader) must have reported theirs.
    outcomes, reporting = store.apply_outcomes(session, network.id)
    return Figures(
        members=len(repo.active_members(session, network.id)), sessions=sessions,
        final=_final(session, network, min_answers), actions_done=done,
        actions_open=len(items) - done, apply_total=sum(outcomes.values()),
        apply=({o: outcomes[o] for o in ("yes", "partly", "no")}
               if released_to_all(True, reporting, min_answers) else {}),
        knowledge_items=len(record.knowledge_items(session, network.id)),
        min_answers=min_answers)


def _final(session: Session, network: Network, min_answers: int) -> FinalFigure:
    answered = final_store.answer_count(session, network.id)
    members = {m.user_id for m in repo.active_members(session, network.id)}
    asked = max(len(members | final_store.submitters(session, network.id)), answered)
    if not released_to_all(network.closed_at is not None, answered, min_answers):
        return FinalFigure(answered, asked, released=False)
    forms: dict[str, dict[str, int]] = {}
    join: Counter[str] = Counter()
    for row in final_store.answers(session, network.id):
        for pair in filter(None, row.forms.split(",")):
            name, _, choice = pair.partition("=")
            if choice in LIKED:
                forms.setdefault(name, dict.fromkeys(LIKED, 0))[choice] += 1
        if row.join_again:
            join[row.join_again] += 1
    # A learning form few rated: its counts would be those few people's answers.
    forms = {name: given for name, given in forms.items()
             if released_to_all(True, sum(given.values()), min_answers)}
    # Learning questions are kept with the person (whose they are is known): counted only
    # over enough people besides any one reader, never one person's own assessment.
    personal = final_store.learning_answers(session, network.id)
    questions: dict[str, int] = {}
    if released_to_all(True, len({q.user_id for q in personal}), min_answers):
        given = Counter(q.answered for q in personal)
        questions = {"total": sum(given[a] for a in ANSWERED),
                     **{a: given[a] for a in ANSWERED}}
    return FinalFigure(answered, asked, True, forms, {j: join[j] for j in JOIN_AGAIN},
                       questions)


# --- publishing ------------------------------------------------------------------------------

def ensure_may_write(session: Session, network: Network, user_id: str) -> None:
    """A facilitator of a closed network whose report is not out yet."""
    ensure_facilitator(session, network, user_id)
    if phase(network) != Phase.CLOSED:
        raise Conflict("closing_report.error.not_closed")
    if store.report_of(session, network.id) is not None:
        raise Conflict("closing_report.error.published", name=network.name)


def clean_words(raw: str | None) -> str:
    words = (raw or "").strip()
    if len(words) > WORDS_LIMIT:
        raise DomainError("error.too_long", limit=WORDS_LIMIT)
    return words


def claim(session: Session, network: Network, *, words: str, automatic: bool,
          figures_json: str, now: datetime) -> ClosingReport | None:
    """The report, stored once; None when the network has one already."""
    report = ClosingReport(team_id=network.team_id, network_id=network.id, words=words,
                           automatic=automatic, figures=figures_json, published_at=now)
    return report if store.claim(session, report) else None


# --- the text --------------------------------------------------------------------------------

def session_name(number: int | None, starts_at: str, lang: Lang) -> str:
    if number is None:
        return datetime.fromisoformat(starts_at).strftime("%d/%m/%Y")
    return t("closing_report.chart.session", lang, number=number)


def form_name(name: str, lang: Lang) -> str:
    """A learning form in words; one the catalog does not know as recorded (user text)."""
    return t(f"form.{name}", lang) if f"form.{name}" in MESSAGES else name


def paragraphs(figures: Figures, words: str, lang: Lang,
               esc: Callable[[str], str]) -> list[str]:
    """The report as mrkdwn paragraphs in `lang`; `esc` is applied to every text a person
    typed (the closing words, a learning form a session recorded in its own words)."""
    out = [tn("closing_report.sessions", figures.held, lang, members=figures.members)]
    if figures.sessions:
        lines = [t("closing_report.attendance.title", lang)]
        for s in figures.sessions:
            name = session_name(s.number, s.starts_at, lang)
            lines.append(t("closing_report.attendance.line", lang, session=name, count=s.attended)
                         if s.attended is not None
                         else t("closing_report.attendance.unknown", lang, session=name))
        out.append("\n".join(lines))
        lines = [t("closing_report.evaluations.title", lang)]
        for s in figures.released_sessions:
            scores = " · ".join(
                f"{t(f'closing_report.scale.{n}', lang)} "
                + format_decimal(s.scales[n].mean, "0.0", locale=lang) for n in SCALES)
            lines.append(t("closing_report.evaluations.line", lang,
                           session=session_name(s.number, s.starts_at, lang), scores=scores))
        if len(lines) == 1:
            lines.append(t("closing_report.evaluations.none", lang))
        out.append("\n".join(lines))
    final = figures.final
    lines = [t("closing_report.final.title", lang)]
    if not final.released:
        lines.append(t("closing_report.final.withheld", lang, answered=final.answered,
                       asked=final.asked, min=figures.min_answers))
    else:
        lines.append(t("closing_report.final.rate", lang, answered=final.answered,
                       asked=final.asked))
        lines += [t("final.results.form", lang, form=esc(form_name(name, lang)),
                    more=given["more"], same=given["same"], less=given["less"])
                  for name, given in final.forms.items()]
        join = final.join_again
        lines.append(t("final.results.join", lang, yes=join.get("yes", 0),
                       maybe=join.get("maybe", 0), no=join.get("no", 0)))
    out.append("\n".join(lines))
    questions = final.questions
    if final.released and questions.get("total"):
        out.append(t("closing_report.questions.title", lang) + "\n" + t(
            "final.results.questions", lang, fully=questions["fully"],
            total=questions["total"], partly=questions["partly"], not_=questions["not"]))
    out.append(t("closing_report.actions", lang, done=figures.actions_done,
                 open=figures.actions_open))
    total = figures.apply_total
    if total:
        out.append(tn("closing_report.apply", total, lang, **figures.apply)
                   if figures.apply else tn("closing_report.apply.few", total, lang))
    out.append(tn("closing_report.knowledge", figures.knowledge_items, lang))
    if words:
        out.append(t("closing_report.words.title", lang) + "\n" + esc(words))
    return out
