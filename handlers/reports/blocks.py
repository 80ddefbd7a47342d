"""Block Kit for reports (verslagen) and action items: the modal, the channel message, the DMs
and the open-items section other surfaces (reminder, Home tab) can show."""

from collections.abc import Sequence

from bot.catalog import Lang, t
from bot.domain.knowledge_sources import report_lines
from bot.domain.reports import (
    MAX_ITEM_TEXT,
    MAX_ITEMS,
    MAX_LINKS,
    MAX_TEXT,
    ReportTarget,
    item_field,
    parse_links,
)
from bot.text import escape, format_day, format_when
from handlers.slack import ids
from handlers.slack.kit import (
    OPTION_TEXT,
    SECTION_TEXT_LIMIT,
    Block,
    actions,
    button,
    context,
    divider,
    escaped_chunks,
    header,
    input_block,
    lines_within,
    modal,
    option,
    optional_note,
    section,
    shorten,
    text_input,
)
from handlers.slack.metadata import ReportModalMeta
from handlers.slack.people import is_former, person
from storage.models import ActionItem, Meeting, Network, Report, SessionGuest


def session_label(network: Network, meeting: Meeting, lang: Lang) -> str:
    when = format_when(meeting.starts_at, network.timezone, lang)
    if meeting.number:
        return t("report.session.numbered", lang, number=meeting.number, when=when)
    return t("report.session", lang, when=when)


# --- the modal ----------------------------------------------------------------------------------

def _item_rows(items: Sequence[ActionItem], lang: Lang) -> list[Block]:
    blocks: list[Block] = []
    for index in range(MAX_ITEMS):
        item = items[index] if index < len(items) else None
        number = index + 1
        label = "report.field.item.done" if item and item.done_at else "report.field.item"
        owner = {"type": "users_select", "action_id": ids.VALUE}
        due = {"type": "datepicker", "action_id": ids.VALUE}
        if item is not None:
            if not is_former(item.owner_id):  # an erased owner is nobody to pick
                owner["initial_user"] = item.owner_id
            if item.due_date:
                due["initial_date"] = item.due_date.isoformat()
        blocks += [
            input_block(item_field("text", index), t(label, lang, number=number),
                        text_input(MAX_ITEM_TEXT, initial=item.text if item else None),
                        optional=True),
            input_block(item_field("owner", index), t("report.field.owner", lang, number=number),
                        owner, optional=True),
            input_block(item_field("due", index), t("report.field.due", lang, number=number),
                        due, optional=True),
        ]
    return blocks


def _intro(target: ReportTarget, lang: Lang) -> str:
    network = target.network
    values = {"name": escape(network.name), "channel": network.channel_id,
              "when": format_when(target.meeting.starts_at, network.timezone, lang)}
    if target.report is not None:
        return t("report.modal.intro.edit", lang, **values)
    if target.choices:
        return t("report.modal.intro.choose", lang, **values)
    return t("report.modal.intro", lang, **values)


def report_modal(lang: Lang, target: ReportTarget) -> dict:
    """Write a report (choosing the session if several lack one), or edit it pre-filled."""
    report, network = target.report, target.network
    blocks: list[Block] = [section(_intro(target, lang)), optional_note(lang)]
    if target.choices:
        choices = [option(session_label(network, m, lang), str(m.id)) for m in target.choices]
        initial = next(o for o, m in zip(choices, target.choices, strict=True)
                       if m.id == target.meeting.id)
        blocks.append(input_block(ids.REPORT_MEETING_FIELD, t("report.field.meeting", lang), {
            "type": "static_select", "action_id": ids.VALUE, "options": choices,
            "initial_option": initial}))
    blocks += [
        input_block("summary", t("report.field.summary", lang),
                    text_input(MAX_TEXT, multiline=True,
                               initial=report.summary if report else None)),
        input_block("insights", t("report.field.insights", lang),
                    text_input(MAX_TEXT, multiline=True,
                               initial=report.insights if report else None), optional=True),
        input_block("decisions", t("report.field.decisions", lang),
                    text_input(MAX_TEXT, multiline=True,
                               initial=report.decisions if report else None), optional=True),
        input_block("links", t("report.field.links", lang),
                    text_input(MAX_LINKS, multiline=True,
                               initial=report.links if report else None), optional=True,
                    hint=t("report.field.links.hint", lang)),
        divider(),
        section(t("report.modal.items", lang, count=MAX_ITEMS)),
        *_item_rows(target.items, lang),
    ]
    meta = ReportModalMeta(
        network_id=network.id,
        meeting_id=None if target.choices else target.meeting.id,
        report_id=report.id if report else None,
        item_ids=[item.id for item in target.items[:MAX_ITEMS]],
    )
    return modal(ids.REPORT_MODAL, t("report.modal.title", lang), t("report.modal.submit", lang),
                 t("modal.cancel", lang), blocks, meta.dumps())


# --- action items ---------------------------------------------------------------------------------

def item_line(item: ActionItem, lang: Lang) -> str:
    """'text · @owner · due friday 12 June 2026', struck through once done."""
    text, owner = escape(item.text), person(item.owner_id, lang)
    if item.done_at is not None:
        return t("report.item.done", lang, text=text, owner=owner)
    if item.due_date is not None:
        return t("report.item.due", lang, text=text, owner=owner,
                 due=format_day(item.due_date, lang))
    return t("report.item", lang, text=text, owner=owner)


def action_items_section(items: Sequence[ActionItem], network: Network, lang: Lang) -> Block:
    """One section listing a network's items (pass the open ones), for reminders and Home."""
    if not items:
        return section(t("report.items.none", lang, channel=network.channel_id))
    title = t("report.items.open", lang, channel=network.channel_id)
    listed = lines_within([f"• {item_line(item, lang)}" for item in items],
                          lambda count: t("report.items.more", lang, count=count),
                          SECTION_TEXT_LIMIT - len(title) - 1)
    return section(f"{title}\n{listed}")


def _done_button(item: ActionItem, lang: Lang) -> dict:
    return button(t("report.item.button", lang), ids.action_done_id(item.id), str(item.id),
                  "primary")


def _item_blocks(items: Sequence[ActionItem], lang: Lang) -> list[Block]:
    """One section per item, with a button for the open ones."""
    blocks: list[Block] = [section(t("report.items", lang))]
    for item in items:
        block = section(item_line(item, lang), block_id=f"action:{item.id}")
        if item.done_at is None:
            block["accessory"] = _done_button(item, lang)
        blocks.append(block)
    return blocks


# --- the report -------------------------------------------------------------------------------

def _titled(title: str, user_text: str) -> list[Block]:
    chunks = escaped_chunks(user_text, SECTION_TEXT_LIMIT - len(title) - 1)
    return [section(f"{title}\n{chunks[0]}"), *(section(chunk) for chunk in chunks[1:])]


def _links_block(report: Report, lang: Lang) -> list[Block]:
    lines = [t("report.links", lang)]
    for link in parse_links(report.links):
        url = escape(link.url)
        line = f"• <{url}|{escape(link.label)}>" if link.label else f"• <{url}>"
        if sum(len(x) + 1 for x in lines) + len(line) > SECTION_TEXT_LIMIT:
            break
        lines.append(line)
    return [section("\n".join(lines))] if len(lines) > 1 else []


def _guest_line(guests: Sequence[SessionGuest], lang: Lang) -> list[Block]:
    """The session's guest experts (bot/domain/external.py): a Slack guest mentioned, someone
    outside Slack by the name typed."""
    if not guests:
        return []
    names = [person(g.user_id, lang) if g.user_id
             else t("external.guest.outside", lang, name=escape(g.name or "?")) for g in guests]
    return [context(t("report.guests", lang, guests=", ".join(names)))]


def _report_body(network: Network, meeting: Meeting, report: Report,
                 lang: Lang, guests: Sequence[SessionGuest] = ()) -> list[Block]:
    when = format_when(meeting.starts_at, network.timezone, lang)
    author = person(report.author, lang)
    meta = (t("report.meta.numbered", lang, number=meeting.number, when=when, user=author)
            if meeting.number else t("report.meta", lang, when=when, user=author))
    blocks = [header(t("report.header", lang, network=network.name)), context(meta),
              *_guest_line(guests, lang)]
    for name in ("summary", "insights", "decisions"):
        if getattr(report, name):
            blocks += _titled(t(f"report.{name}", lang), getattr(report, name))
    return blocks + _links_block(report, lang)


def _fallback(network: Network, meeting: Meeting, lang: Lang) -> str:
    return t("report.fallback", lang, network=escape(network.name),
             when=format_when(meeting.starts_at, network.timezone, lang))




def _knowledge_select(report: Report, lang: Lang) -> list[Block]:
    """'Save as knowledge…': one option per insight and decision line (none: no select)."""
    lines = report_lines(report)
    if not lines:
        return []
    options = [option(shorten(t(f"report.knowledge.{line.part}", lang, text=line.text),
                              OPTION_TEXT), line.value(report.id)) for line in lines]
    return [actions(f"report_knowledge:{report.id}", {
        "type": "static_select", "action_id": ids.KNOWLEDGE_FROM_REPORT,
        "placeholder": {"type": "plain_text", "text": t("report.knowledge.save", lang)},
        "options": options})]


def report_message(network: Network, meeting: Meeting, report: Report,
                   items: Sequence[ActionItem], lang: Lang,
                   guests: Sequence[SessionGuest] = ()) -> tuple[str, list[Block]]:
    """The report in the channel: body, 'save as knowledge' on its insight and decision
    lines, next steps with a 'done' button each, last edit."""
    blocks = (_report_body(network, meeting, report, lang, guests)
              + _knowledge_select(report, lang))
    if items:
        blocks += [divider(), *_item_blocks(items, lang)]
    if report.updated_at > report.created_at:
        blocks.append(context(t("report.updated", lang, when=format_when(
            report.updated_at, network.timezone, lang))))
    return _fallback(network, meeting, lang), blocks


def absentee_message(network: Network, meeting: Meeting, report: Report,
                     items: Sequence[ActionItem], lang: Lang,
                     guests: Sequence[SessionGuest] = ()) -> tuple[str, list[Block]]:
    """The report by DM for who was not there (buttons stay in the channel's copy)."""
    blocks = [section(t("report.dm.intro", lang, network=escape(network.name),
                        channel=network.channel_id)),
              *_report_body(network, meeting, report, lang, guests)]
    if items:
        blocks += [divider(), section(t("report.items", lang) + "\n" + "\n".join(
            f"• {item_line(item, lang)}" for item in items))]
    return _fallback(network, meeting, lang), blocks


# --- reminders ----------------------------------------------------------------------------------

def report_reminder_message(network: Network, meeting: Meeting,
                            lang: Lang) -> tuple[str, list[Block]]:
    """To a facilitator: no report yet for this session, with the button to write it."""
    text = t("report.reminder.text", lang, network=escape(network.name),
             when=format_when(meeting.starts_at, network.timezone, lang))
    blocks = [section(text), section(t("report.reminder.body", lang)),
              actions(f"report:{meeting.id}",
                      button(t("report.reminder.button", lang), ids.REPORT_OPEN,
                             str(meeting.id), "primary"))]
    return text, blocks


def action_reminder_message(network: Network, item: ActionItem,
                            lang: Lang) -> tuple[str, list[Block]]:
    """To an item's owner before its due date; once done, the button gives way to a thank-you."""
    due = format_day(item.due_date, lang) if item.due_date else ""
    text = t("action.reminder.text", lang, network=escape(network.name), due=due,
             text=escape(item.text))
    blocks = [header(t("action.reminder.header", lang)), section(text)]
    if item.done_at is None:
        blocks.append(actions(f"action:{item.id}", _done_button(item, lang)))
    else:
        blocks.append(context(t("action.reminder.done", lang)))
    return text, blocks
