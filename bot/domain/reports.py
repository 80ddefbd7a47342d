"""The report (verslag) of a session and its action items: writing, editing, reminders, done.

Decisions worth knowing:
- A report belongs to a session that has started and was not cancelled.
- Only a row with text is an action item; an owner or date left in an emptied row is ignored
  (Slack cannot clear a user or date picker), so emptying the text removes the item. A done
  item is never deleted by an edit.
- A due date in the past is refused when it is typed, not when an unchanged item keeps the
  date it had (a report edited after a due date passed must still save).
- An item's reminder goes at 09:00 in the network's time zone on its due date, moved earlier
  by LEERNET_ACTION_REMINDER (1d: 09:00 the day before). A reminder whose time has passed when
  the item is saved is not scheduled: the owner just read the item in the report.
- The absentees get the report by DM when it first reaches the channel (not when it is first
  saved): a report whose first post Slack refused is kept, and goes out when saved again.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.domain.errors import Conflict, DomainError, FieldErrors, Forbidden, NotFound
from bot.domain.networks import ensure_facilitator
from bot.text import whole_number
from storage import deliveries as queue
from storage import external as external_store
from storage import networks as members
from storage import reports as repo
from storage.models import (
    ERASED_PREFIX,
    ActionItem,
    Delivery,
    DeliveryKind,
    Meeting,
    MeetingStatus,
    MembershipStatus,
    Network,
    Report,
    Role,
    SessionGuest,
)
from storage.sessions import get_meeting, network_and_meeting

MAX_ITEMS = 5
MAX_TEXT = 3000
MAX_LINKS = 2000
MAX_ITEM_TEXT = 500
REMINDER_TIME = time(9, 0)
TEXT_FIELDS = ("summary", "insights", "decisions")
_URL = re.compile(r"https?://[^\s<>|]+")
# What a users_select submits; anything else in the owner field is a forged submission.
USER_ID = re.compile(r"^[UW][A-Z0-9]{2,31}$")


def item_field(kind: str, index: int) -> str:
    """The form field (and modal block id) of one part of action-item row `index`."""
    return f"item_{kind}_{index}"


@dataclass(frozen=True)
class Link:
    url: str
    label: str


def parse_links(text: str) -> list[Link]:
    """One link per non-empty line: a URL, optionally with a title before or after it."""
    links = []
    for line in (text or "").splitlines():
        match = _URL.search(line)
        if match:
            label = (line[:match.start()] + line[match.end():]).strip(" -:\t")
            links.append(Link(match.group(0), label))
    return links


def _bad_link_line(text: str) -> int | None:
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    return next((n for n, line in numbered if not _URL.search(line)), None)


@dataclass(frozen=True)
class ItemRow:
    """One action-item row as typed: strings from the text input and the two pickers."""

    text: str | None = None
    owner: str | None = None
    due: str | None = None


@dataclass(frozen=True)
class CleanItem:
    text: str
    owner_id: str
    due_date: date | None


@dataclass(frozen=True)
class ReportDraft:
    """The report form as typed."""

    summary: str | None
    insights: str | None = None
    decisions: str | None = None
    links: str | None = None
    rows: tuple[ItemRow, ...] = ()

    def validated(self, today: date, kept_due: dict[int, date | None]
                  ) -> tuple[dict[str, str], list[CleanItem | None]]:
        """Trimmed texts and one entry per row (None: empty row); FieldErrors per field.

        `kept_due` holds, per row, the due date its stored item already has.
        """
        texts = {name: (getattr(self, name) or "").strip() for name in (*TEXT_FIELDS, "links")}
        errors: dict[str, DomainError] = {}
        if not texts["summary"]:
            errors["summary"] = DomainError("network.error.blank")
        for name in TEXT_FIELDS:
            if len(texts[name]) > MAX_TEXT:
                errors[name] = DomainError("report.error.too_long", limit=MAX_TEXT)
        if len(texts["links"]) > MAX_LINKS:
            errors["links"] = DomainError("report.error.too_long", limit=MAX_LINKS)
        elif (line := _bad_link_line(texts["links"])) is not None:
            errors["links"] = DomainError("report.error.link", line=line)
        items = [self._row(index, row, today, kept_due, errors)
                 for index, row in enumerate(self.rows[:MAX_ITEMS])]
        if errors:
            raise FieldErrors(errors)
        return texts, items

    @staticmethod
    def _row(index: int, row: ItemRow, today: date, kept_due: dict[int, date | None],
             errors: dict[str, DomainError]) -> CleanItem | None:
        text = (row.text or "").strip()
        if not text:
            return None
        if len(text) > MAX_ITEM_TEXT:
            errors[item_field("text", index)] = DomainError("report.error.too_long",
                                                           limit=MAX_ITEM_TEXT)
        if not row.owner or not USER_ID.match(row.owner):
            errors[item_field("owner", index)] = DomainError("report.error.owner")
        due = None
        if row.due:
            try:
                due = date.fromisoformat(row.due)
            except ValueError:
                errors[item_field("due", index)] = DomainError("report.error.due_past")
            else:
                if due < today and kept_due.get(index) != due:
                    errors[item_field("due", index)] = DomainError("report.error.due_past")
        return CleanItem(text, row.owner or "", due)


def local_today(network: Network, now: datetime) -> date:
    return now.astimezone(ZoneInfo(network.timezone)).date()


def ensure_reportable(meeting: Meeting, now: datetime) -> None:
    """A report needs a session that took place: started and not cancelled."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise Conflict("report.error.cancelled")
    if meeting.starts_at > now:
        raise Conflict("report.error.not_started")


@dataclass
class ReportTarget:
    """What the report form opens on: a session, its report if any, and the alternatives."""

    network: Network
    meeting: Meeting
    report: Report | None = None
    items: list[ActionItem] = field(default_factory=list)
    # Sessions without a report to choose from (only when writing a new report).
    choices: list[Meeting] = field(default_factory=list)


def choose_target(session: Session, network: Network, args: str, user_id: str,
                  now: datetime) -> ReportTarget:
    """`/leernet verslag [number]`: that session, or the latest one that took place."""
    ensure_facilitator(session, network, user_id)
    words = args.split()
    number = whole_number(words[0]) if len(words) == 1 else None
    if words and number is None:
        raise DomainError("report.error.usage")
    if number is not None:
        meeting = repo.meeting_by_number(session, network.id, number)
        if meeting is None:
            raise NotFound("report.error.no_session", number=number, name=network.name)
        ensure_reportable(meeting, now)
        return _target(session, network, meeting)
    latest = repo.latest_started_meeting(session, network.id, now)
    if latest is None:
        raise NotFound("report.error.none_yet", name=network.name)
    target = _target(session, network, latest)
    if target.report is None:
        lacking = list(repo.meetings_without_report(session, network.id, now))
        target.choices = lacking if len(lacking) > 1 else []
    return target


def target_for_meeting(session: Session, meeting_id: int, user_id: str,
                       now: datetime) -> ReportTarget:
    """The report form for one session (the reminder's button)."""
    network, meeting = network_and_meeting(session, meeting_id)
    ensure_facilitator(session, network, user_id)
    ensure_reportable(meeting, now)
    return _target(session, network, meeting)


def _target(session: Session, network: Network, meeting: Meeting) -> ReportTarget:
    report = repo.report_for_meeting(session, meeting.id)
    items = list(repo.items_of_report(session, report.id)) if report else []
    return ReportTarget(network, meeting, report, items)


@dataclass
class SavedReport:
    meeting: Meeting
    report: Report
    items: list[ActionItem]
    reminders: list[Delivery]


def save_report(session: Session, network: Network, draft: ReportDraft, *, meeting_id: int,
                report_id: int | None, item_ids: list[int | None], user_id: str,
                now: datetime, reminder_before: timedelta) -> SavedReport:
    """Store a new report or an edit, reconcile its action items and their reminders.

    `item_ids` says which stored item each form row showed (None: a new row). The channel
    message is not touched here: the caller shows it once this is committed.
    """
    ensure_facilitator(session, network, user_id)
    meeting = get_meeting(session, meeting_id)
    if meeting.network_id != network.id:  # a forged session choice
        raise NotFound("report.error.gone")
    ensure_reportable(meeting, now)
    report = _report_to_edit(session, meeting, report_id)
    stored = {i.id: i for i in repo.items_of_report(session, report.id)} if report else {}
    row_items = [stored.get(i) if i is not None else None for i in item_ids[:MAX_ITEMS]]
    row_items += [None] * (MAX_ITEMS - len(row_items))
    kept_due = {n: item.due_date for n, item in enumerate(row_items) if item is not None}
    texts, rows = draft.validated(local_today(network, now), kept_due)
    if report is None:
        report = Report(team_id=network.team_id, meeting_id=meeting.id, author=user_id,
                        created_at=now, updated_at=now, summary=texts["summary"],
                        insights=texts["insights"], decisions=texts["decisions"],
                        links=texts["links"])
        session.add(report)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()  # another facilitator saved a report for it a moment ago
            raise Conflict("report.error.exists") from None
    else:
        for name, value in texts.items():
            setattr(report, name, value)
        report.updated_at = now
    reminders = []
    for row, item in zip(rows, row_items, strict=False):
        if row is None:
            if item is not None and item.done_at is None:
                repo.delete_item(session, item)
            continue
        if item is None:
            item = ActionItem(team_id=network.team_id, network_id=network.id,
                              meeting_id=meeting.id, report_id=report.id, text=row.text,
                              owner_id=row.owner_id, due_date=row.due_date)
            session.add(item)
        else:
            item.text, item.owner_id, item.due_date = row.text, row.owner_id, row.due_date
        session.flush()
        reminder = schedule_item_reminder(session, network, item, now, reminder_before)
        if reminder is not None:
            reminders.append(reminder)
    items = list(repo.items_of_report(session, report.id))
    return SavedReport(meeting, report, items, reminders)


def _report_to_edit(session: Session, meeting: Meeting, report_id: int | None) -> Report | None:
    existing = repo.report_for_meeting(session, meeting.id)
    if report_id is None:
        if existing is not None:
            raise Conflict("report.error.exists")
        return None
    if existing is None or existing.id != report_id:
        raise NotFound("report.error.gone")
    return existing


def action_reminder_key(item: ActionItem) -> str:
    """Per item and due date: a changed date gets a fresh reminder, a kept one none twice."""
    due = item.due_date.isoformat() if item.due_date else ""
    return f"{DeliveryKind.ACTION_REMINDER}:{item.id}:{due}"


def action_reminder_at(due: date, timezone: str, before: timedelta) -> datetime:
    """09:00 on the due date in the network's time zone, moved earlier by `before`.

    Computed on the wall clock, so `1d` stays 09:00 across a daylight-saving change.
    """
    local = datetime.combine(due, REMINDER_TIME) - before
    return local.replace(tzinfo=ZoneInfo(timezone)).astimezone(UTC)


def schedule_item_reminder(session: Session, network: Network, item: ActionItem,
                           now: datetime, before: timedelta) -> Delivery | None:
    """Replace the item's pending reminder by one for its current due date (if still ahead)."""
    repo.drop_pending_item_reminders(session, item.id)
    if item.due_date is None or item.done_at is not None:
        return None
    run_at = action_reminder_at(item.due_date, network.timezone, before)
    if run_at <= now:
        return None
    return queue.add(session, Delivery(
        team_id=network.team_id, key=action_reminder_key(item), kind=DeliveryKind.ACTION_REMINDER,
        run_at=run_at, network_id=network.id, action_item_id=item.id, target=item.owner_id))


def absentees(session: Session, meeting: Meeting) -> list[str]:
    """Active members who were not at a session: the counterpart of attendance.attendees.

    With the facilitator's confirmation, everyone not confirmed present; before it, everyone
    who did not say they would come.
    """
    active = [m.user_id for m in members.active_members(session, meeting.network_id)]
    confirmed = repo.confirmed_attendance(session, meeting.id)
    if confirmed:
        present = {a.user_id for a in confirmed if a.present}
    else:
        present = set(repo.said_yes(session, meeting.id))
    return [user for user in active if user not in present]


def record_message(session: Session, report_id: int, ts: str,
                   previous: str | None) -> list[str]:
    """Where the report's channel message is now (posted, or posted again after it was
    deleted); the absentees to send it to when it reached the channel for the first time.

    The first post, not the report's creation, is what the absentees get: the copy says it is
    also in the channel, and a report whose first post Slack refused goes out once it is
    saved again from a channel the bot may post in.
    """
    moved = repo.move_message(session, report_id, ts, previous)
    if not moved or previous is not None:
        return []
    return absentees(session, get_meeting(session, repo.get_report(session, report_id)
                                          .meeting_id))


def open_action_items(session: Session, network_id: int) -> list[ActionItem]:
    """A network's items not done yet, soonest due first (for reminders and the Home tab)."""
    return list(repo.open_items_of_network(session, network_id))


@dataclass(frozen=True)
class Done:
    network: Network
    meeting: Meeting
    report: Report
    item: ActionItem
    changed: bool  # False: it was done already
    items: list[ActionItem]  # all of the report's items, to redraw it
    guests: list[SessionGuest] = field(default_factory=list)  # the session's guest experts


def mark_done(session: Session, item_id: int, user_id: str, now: datetime) -> Done:
    """Tick an item off: its owner or a facilitator, once; a second click changes nothing."""
    item = repo.get_item(session, item_id)
    network = members.get_network(session, item.network_id)
    if user_id != item.owner_id and not _is_facilitator(session, network, user_id):
        if item.owner_id.startswith(ERASED_PREFIX):  # nobody to name: they were erased
            raise Forbidden("report.error.not_owner.former")
        raise Forbidden("report.error.not_owner", owner=item.owner_id)
    changed = repo.tick_off(session, item_id, user_id, now)
    session.refresh(item)
    if changed:
        repo.drop_pending_item_reminders(session, item_id)
    return Done(network, get_meeting(session, item.meeting_id),
                repo.get_report(session, item.report_id), item, changed,
                list(repo.items_of_report(session, item.report_id)),
                list(external_store.guests_of_meeting(session, item.meeting_id)))


def _is_facilitator(session: Session, network: Network, user_id: str) -> bool:
    member = members.membership(session, network.id, user_id)
    return (member is not None and member.status == MembershipStatus.ACTIVE
            and member.role == Role.FACILITATOR)


def report_reminder_recipients(session: Session, meeting: Meeting) -> list[str]:
    """The facilitators to remind of a missing report; nobody once it exists or if cancelled."""
    if meeting.status == MeetingStatus.CANCELLED:
        return []
    if repo.report_for_meeting(session, meeting.id) is not None:
        return []
    return members.facilitators(session, meeting.network_id)


def item_to_remind(session: Session, delivery: Delivery) -> ActionItem | None:
    """The item an action reminder is about, while it is still open and its date unchanged."""
    item = repo.find_item(session, delivery.action_item_id) if delivery.action_item_id else None
    if item is None or item.done_at is not None or item.due_date is None:
        return None
    if action_reminder_key(item) != delivery.key:
        return None
    return item
