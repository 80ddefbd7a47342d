"""A network's export as files: a Markdown report and CSV files, in the network's language.
Pure functions; the listener uploads them, the command line writes them.

CSV: UTF-8 with a byte order mark (spreadsheets then read it as UTF-8), a header row, comma
separated, CRLF line ends, quoted where a cell holds a comma, quote or line break. A text
cell that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a
spreadsheet shows it instead of running it as a formula (OWASP "CSV injection")."""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.catalog import MESSAGES, Lang, t
from bot.domain.evaluations import OPEN_QUESTIONS, SCALES, Results
from bot.domain.exports import NetworkRecord
from handlers.slack.people import is_former
from storage.models import Meeting, Report

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | None


def safe_cell(value: Cell) -> Cell:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def as_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)  # comma, minimal quoting, CRLF (RFC 4180)
    writer.writerow([safe_cell(h) for h in header])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return BOM + out.getvalue()


def export_files(record: NetworkRecord, lang: Lang, made_at: datetime) -> list[tuple[str, str]]:
    """Each file's name and content, the report first."""
    return [(t("export.file.report", lang), report(record, lang, made_at))] + [
        (t(f"export.file.{name}", lang), render(record, lang)) for name, render in _FILES]


class _Words:
    """The export's words in one language (a former member, yes/no, a local time)."""

    def __init__(self, record: NetworkRecord, lang: Lang) -> None:
        self.lang, self.zone = lang, ZoneInfo(record.network.timezone)

    def person(self, user_id: str | None) -> str:
        if not user_id:
            return ""
        return t("mydata.former_member", self.lang) if is_former(user_id) else user_id

    def yes_no(self, value: bool) -> str:
        return t("export.value.yes" if value else "export.value.no", self.lang)

    def when(self, moment: datetime | None) -> str:
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if moment else ""

    def day(self, value: date | None) -> str:
        return value.isoformat() if value else ""

    def form(self, name: str) -> str:
        return t(f"form.{name}", self.lang) if f"form.{name}" in MESSAGES else name

    def value(self, name: str) -> str:
        return t(f"export.value.{name}", self.lang)

    def cols(self, *names: str) -> list[str]:
        return [t(f"export.col.{name}", self.lang) for name in names]


def _number(meeting: Meeting) -> int | str:
    return meeting.number if meeting.number is not None else ""


def sessions_csv(record: NetworkRecord, lang: Lang) -> str:
    w = _Words(record, lang)
    return as_csv(w.cols("session", "starts_at", "minutes", "location", "form", "status",
                         "host", "agenda"),
                  [[_number(m), w.when(m.starts_at), m.duration_minutes, m.location,
                    w.form(m.learning_form), w.value(str(m.status)), m.host_organisation or "",
                    m.agenda] for m in record.meetings])


def attendance_csv(record: NetworkRecord, lang: Lang) -> str:
    w = _Words(record, lang)
    return as_csv(w.cols("session", "person", "present", "confirmed_by"),
                  [[_number(record.meeting(a.meeting_id)), w.person(a.user_id),
                    w.yes_no(a.present), w.person(a.confirmed_by)] for a in record.attendance])


def reports_csv(record: NetworkRecord, lang: Lang) -> str:
    w = _Words(record, lang)
    return as_csv(w.cols("session", "author", "summary", "insights", "decisions", "links",
                         "written_at"),
                  [[_number(record.meeting(r.meeting_id)), w.person(r.author), r.summary,
                    r.insights, r.decisions, r.links, w.when(r.created_at)]
                   for r in record.reports])


def action_items_csv(record: NetworkRecord, lang: Lang) -> str:
    w = _Words(record, lang)
    return as_csv(w.cols("session", "item", "owner", "due", "done"),
                  [[_number(record.meeting(i.meeting_id)), i.text, w.person(i.owner_id),
                    w.day(i.due_date), w.yes_no(i.done_at is not None)]
                   for i in record.action_items])


def knowledge_csv(record: NetworkRecord, lang: Lang) -> str:
    w = _Words(record, lang)
    return as_csv(w.cols("title", "kind", "text", "link", "themes", "visibility", "created_at"),
                  [[k.title, t(f"knowledge.kind.{k.kind}", lang), k.text, k.link or "",
                    "; ".join(line for line in k.themes.splitlines() if line),
                    w.value(str(k.visibility)), w.when(k.created_at)]
                   for k in record.knowledge])


def votes_csv(record: NetworkRecord, lang: Lang) -> str:
    w = _Words(record, lang)
    return as_csv(w.cols("poll", "question", "option", "votes"),
                  [[v.poll.number, v.poll.question, option, count]
                   for v in record.votes for option, count in v.counts])


def evaluations_csv(record: NetworkRecord, lang: Lang) -> str:
    w = _Words(record, lang)
    return as_csv(w.cols("session", "answers", "asked", *SCALES),
                  [[_number(e.meeting), e.results.answered, e.results.asked,
                    *[e.results.scales[name].mean for name in SCALES]]
                   for e in record.evaluations])


def comments_csv(record: NetworkRecord, lang: Lang) -> str:
    """The open answers of released evaluations, without names, in the order drawn at the
    close."""
    w = _Words(record, lang)
    return as_csv(w.cols("session", "question", "text"),
                  [[_number(e.meeting), w.value(question), answer.text]
                   for e in record.evaluations for question in OPEN_QUESTIONS
                   for answer in e.results.open_answers.get(question, [])])


def intervisions_csv(record: NetworkRecord, lang: Lang) -> str:
    """Each intervision of a case that was not confidential; the takeaway only when its
    case-bringer shared it with the group."""
    w = _Words(record, lang)
    return as_csv(w.cols("session", "case", "method", "case_bringer", "done", "takeaway"),
                  [[_number(record.meeting(run.meeting_id)), case.title,
                    t(f"intervision.method.{run.method}", lang), w.person(run.case_bringer_id),
                    w.yes_no(run.finished_at is not None),
                    run.takeaway if run.takeaway_ts else ""]
                   for run, case in record.intervisions])


_FILES = (("sessions", sessions_csv), ("attendance", attendance_csv),
          ("reports", reports_csv), ("action_items", action_items_csv),
          ("knowledge", knowledge_csv), ("votes", votes_csv),
          ("evaluations", evaluations_csv), ("comments", comments_csv),
          ("intervisions", intervisions_csv))


def report(record: NetworkRecord, lang: Lang, made_at: datetime) -> str:
    """The whole network to read: each session with its attendance, report and released
    evaluation, then the action items, knowledge items and votes. Texts as typed (a file,
    not a message: Slack renders nothing in it)."""
    w = _Words(record, lang)
    network = record.network
    lines = [t("export.md.title", lang, name=network.name), "",
             t("export.md.made", lang, when=made_at.strftime("%Y-%m-%d %H:%M UTC")),
             t("export.md.facilitators", lang,
               people=", ".join(w.person(p) for p in record.facilitators)), "",
             t("export.md.note", lang), "", t("export.md.sessions", lang), ""]
    reports = {r.meeting_id: r for r in record.reports}
    evaluations = {e.meeting.id: e.results for e in record.evaluations}
    for meeting in record.meetings:
        lines += [t("export.md.session", lang, number=_number(meeting),
                    when=w.when(meeting.starts_at)),
                  t("export.md.session_line", lang, form=w.form(meeting.learning_form),
                    location=meeting.location, status=w.value(str(meeting.status))), ""]
        present = [w.person(a.user_id) for a in record.attendance
                   if a.meeting_id == meeting.id and a.present]
        if present:
            lines += [t("export.md.attendance", lang, people=", ".join(present)), ""]
        if meeting.id in reports:
            lines += _report_lines(w, reports[meeting.id])
        if meeting.id in evaluations:
            lines += _evaluation_lines(lang, evaluations[meeting.id])
    lines += [t("export.md.action_items", lang), ""]
    lines += [t("export.md.item", lang, done="[x]" if i.done_at else "[ ]", text=i.text,
                owner=w.person(i.owner_id), due=w.day(i.due_date) or "-")
              for i in record.action_items] or [t("export.md.none", lang)]
    lines += ["", t("export.md.knowledge", lang), ""]
    lines += [f"- {k.title} ({t(f'knowledge.kind.{k.kind}', lang)}): {k.text}"
              for k in record.knowledge] or [t("export.md.none", lang)]
    lines += ["", t("export.md.votes", lang), ""]
    for vote in record.votes:
        lines += [f"{vote.poll.number}. {vote.poll.question}",
                  *[f"   - {t('export.md.vote', lang, option=o, count=c)}"
                    for o, c in vote.counts]]
    if not record.votes:
        lines.append(t("export.md.none", lang))
    return "\n".join(lines) + "\n"


def _report_lines(w: _Words, report_row: Report) -> list[str]:
    lang = w.lang
    lines = [t("export.md.report", lang, author=w.person(report_row.author)), "",
             report_row.summary, ""]
    for key, text in (("insights", report_row.insights), ("decisions", report_row.decisions),
                      ("links", report_row.links)):
        if text:
            lines += [t(f"export.md.{key}", lang), "", text, ""]
    return lines


def _evaluation_lines(lang: Lang, results: Results) -> list[str]:
    lines = [t("export.md.evaluation", lang, answers=results.answered,
               **{name: results.scales[name].mean for name in SCALES}), ""]
    for question in OPEN_QUESTIONS:
        answers = results.open_answers.get(question, [])
        if answers:
            lines += [t(f"export.md.{question}", lang),
                      *[f"- {a.text}" for a in answers], ""]
    return lines
