"""Block Kit for the session cycle: the series announcement, `/leernet sessies`, the reschedule,
attendance and agenda modals, and the messages members get when a session moves or is off."""

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.catalog import Lang, t
from bot.domain.sessions import AttendanceForm, Overview, SessionLine
from bot.text import escape, format_when
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    divider,
    header,
    input_block,
    modal,
    mrkdwn,
    option,
    optional_note,
    plain,
    section,
    text_input,
)
from handlers.slack.metadata import AgendaModalMeta, MeetingModalMeta
from storage.models import AgendaContribution, AgendaKind, Meeting, Network, RsvpAnswer

MAX_CHECKBOXES = 10


def _when(network: Network, moment: datetime, lang: Lang) -> str:
    return format_when(moment, network.timezone, lang)


def series_announcement(network: Network, meetings: list[Meeting],
                        lang: Lang) -> tuple[str, list[Block]]:
    """One channel message for a whole series: every date, in the network's time zone."""
    first = meetings[0]
    text = t("plan.series.announce", lang, count=len(meetings), name=escape(network.name),
             duration=first.duration_minutes)
    lines = "\n".join(t("plan.series.line", lang, number=m.number or "?",
                        when=_when(network, m.starts_at, lang)) for m in meetings)
    place = t("meeting.where", lang, value=escape(first.location))
    if first.host_organisation:
        place += "\n" + t("meeting.host", lang, value=escape(first.host_organisation))
    return text, [section(text), section(lines), context(place)]


def _line_text(network: Network, line: SessionLine, lang: Lang, past: bool) -> str:
    meeting, counts = line.meeting, line.counts
    form = t(f"form.{meeting.learning_form}", lang)
    if meeting.host_organisation:
        form += t("sessions.host", lang, host=escape(meeting.host_organisation))
    text = t("sessions.line", lang, number=meeting.number or "?",
             when=_when(network, meeting.starts_at, lang), form=form)
    if past and counts.present is not None:
        text += "\n" + t("sessions.present", lang, present=counts.present)
    elif past:
        text += "\n" + t("sessions.unconfirmed", lang, coming=counts.coming)
    else:
        text += "\n" + t("sessions.counts", lang, coming=counts.coming,
                         not_coming=counts.not_coming, unanswered=counts.unanswered)
    if line.contributions:
        text += "\n" + contribution_lines(line.contributions, lang)
    if line.guests:
        names = [f"<@{escape(g.user_id)}>" if g.user_id
                 else t("external.guest.outside", lang, name=escape(g.name or "?"))
                 for g in line.guests]
        text += "\n" + t("report.guests", lang, guests=", ".join(names))
    return text


def cancel_button(network: Network, meeting: Meeting, lang: Lang) -> dict:
    """Slack asks "are you sure?" before the click reaches us."""
    element = button(t("sessions.button.cancel", lang), ids.SESSION_CANCEL, str(meeting.id),
                     "danger")
    element["confirm"] = {
        "title": plain(t("sessions.cancel.title", lang)),
        "text": plain(t("sessions.cancel.text", lang, number=meeting.number or "?",
                        when=_when(network, meeting.starts_at, lang))),
        "confirm": plain(t("sessions.cancel.yes", lang)),
        "deny": plain(t("confirm.no", lang)),
        "style": "danger",
    }
    return element


def sessions_message(overview: Overview, lang: Lang) -> tuple[str, list[Block]]:
    """`/leernet sessies`: at most 10 upcoming and 5 past sessions, two blocks each."""
    network = overview.network
    title = t("sessions.header", lang, network=network.name)
    blocks: list[Block] = [header(title), section(t("sessions.upcoming", lang))]
    if not overview.upcoming:
        blocks.append(context(t("sessions.none_upcoming", lang)))
    for line in overview.upcoming:
        value = str(line.meeting.id)
        buttons = [button(t("sessions.button.ics", lang), ids.SESSION_ICS, value)]
        if overview.facilitator:
            buttons += [button(t("sessions.button.reschedule", lang), ids.SESSION_RESCHEDULE,
                               value),
                        cancel_button(network, line.meeting, lang)]
        blocks += [section(_line_text(network, line, lang, past=False)),
                   actions(f"session:{value}", *buttons)]
    blocks += [divider(), section(t("sessions.past", lang))]
    if not overview.past:
        blocks.append(context(t("sessions.none_past", lang)))
    for line in overview.past:
        blocks.append(section(_line_text(network, line, lang, past=True)))
        if overview.facilitator:
            blocks.append(actions(f"past:{line.meeting.id}", button(
                t("sessions.button.attendance", lang), ids.SESSION_ATTENDANCE,
                str(line.meeting.id))))
    return escape(title), blocks


def reschedule_modal(network: Network, meeting: Meeting,
                     contributions: list[AgendaContribution], lang: Lang) -> dict:
    """Date, time, duration and place, filled in with what the session has now."""
    local = meeting.starts_at.astimezone(ZoneInfo(network.timezone))
    blocks = [
        section(t("reschedule.modal.intro", lang, number=meeting.number or "?",
                  name=escape(network.name), when=_when(network, meeting.starts_at, lang),
                  timezone=network.timezone)),
        input_block("date", t("plan.field.date", lang),
                    {"type": "datepicker", "action_id": ids.VALUE,
                     "initial_date": local.date().isoformat()}),
        input_block("time", t("plan.field.time", lang),
                    {"type": "timepicker", "action_id": ids.VALUE,
                     "initial_time": local.strftime("%H:%M")}),
        input_block("duration", t("plan.field.duration", lang),
                    {"type": "number_input", "action_id": ids.VALUE,
                     "is_decimal_allowed": False,
                     "initial_value": str(meeting.duration_minutes)}),
        input_block("location", t("plan.field.location", lang),
                    text_input(max_length=500, initial=meeting.location)),
    ]
    if contributions:
        blocks += contribution_blocks(lang, meeting, contributions)
    return modal(ids.RESCHEDULE_MODAL, t("reschedule.modal.title", lang),
                 t("reschedule.modal.submit", lang), t("modal.cancel", lang), blocks,
                 MeetingModalMeta(meeting.id).dumps())


def attendance_modal(network: Network, meeting: Meeting, form: AttendanceForm,
                     lang: Lang) -> dict:
    """Checkboxes of the active members (10 per block, Slack's limit), pre-ticked."""
    blocks: list[Block] = [section(t("attendance.modal.intro", lang,
                                     number=meeting.number or "?",
                                     when=_when(network, meeting.starts_at, lang)))]
    for start in range(0, len(form.members), MAX_CHECKBOXES):
        chunk = form.members[start:start + MAX_CHECKBOXES]
        options = [{"text": mrkdwn(f"<@{user}>"), "value": user} for user in chunk]
        element = {"type": "checkboxes", "action_id": ids.VALUE, "options": options}
        ticked = [o for o in options if o["value"] in form.ticked]
        if ticked:
            element["initial_options"] = ticked
        blocks.append(input_block(f"{ids.PRESENT_PREFIX}{start // MAX_CHECKBOXES}",
                                  t("attendance.field.present", lang), element, optional=True))
    return modal(ids.ATTENDANCE_MODAL, t("attendance.modal.title", lang),
                 t("attendance.modal.submit", lang), t("modal.cancel", lang), blocks,
                 MeetingModalMeta(meeting.id).dumps())


def agenda_modal(network: Network, meetings: list[Meeting], lang: Lang) -> dict:
    """Pick a coming session (the next one first), item or case, and the text."""
    sessions = [option(t("agenda.option", lang, number=m.number or "?",
                         when=_when(network, m.starts_at, lang)), str(m.id)) for m in meetings]
    kinds = [option(t(f"agenda.kind.{kind}", lang), kind.value) for kind in AgendaKind]
    blocks = [
        input_block("meeting", t("agenda.field.meeting", lang),
                    {"type": "static_select", "action_id": ids.VALUE, "options": sessions,
                     "initial_option": sessions[0]}),
        input_block("kind", t("agenda.field.kind", lang),
                    {"type": "radio_buttons", "action_id": ids.VALUE, "options": kinds,
                     "initial_option": kinds[0]}),
        input_block("title", t("agenda.field.title", lang), text_input(150), optional=True,
                    hint=t("agenda.field.title.hint", lang)),
        input_block("text", t("agenda.field.text", lang), text_input(1000, multiline=True)),
        input_block("confidential", t("agenda.field.confidential", lang),
                    {"type": "checkboxes", "action_id": ids.VALUE, "options": [
                        {"text": plain(t("agenda.confidential.option", lang)),
                         "description": plain(t("agenda.confidential.hint", lang)),
                         "value": "yes"}]},
                    optional=True, hint=t("agenda.confidential.more", lang)),
        optional_note(lang),
    ]
    return modal(ids.AGENDA_MODAL, t("agenda.modal.title", lang), t("agenda.modal.submit", lang),
                 t("modal.cancel", lang), blocks, AgendaModalMeta(network.id).dumps())


def rsvp_buttons(meeting: Meeting, lang: Lang, answer: RsvpAnswer | None) -> Block:
    value = str(meeting.id)
    return actions(
        f"rsvp:{meeting.id}",
        button(t("rsvp.yes", lang), ids.RSVP_YES, value,
               "primary" if answer == RsvpAnswer.YES else None),
        button(t("rsvp.no", lang), ids.RSVP_NO, value,
               "danger" if answer == RsvpAnswer.NO else None),
    )


def rescheduled_dm(network: Network, meeting: Meeting, old: datetime, lang: Lang,
                   answer: RsvpAnswer | None) -> tuple[str, list[Block]]:
    """What changed (old → new), and the answer buttons to change one's answer."""
    text = t("reschedule.dm", lang, network=escape(network.name), number=meeting.number or "?",
             old=_when(network, old, lang), new=_when(network, meeting.starts_at, lang),
             duration=meeting.duration_minutes, location=escape(meeting.location))
    blocks = [section(text)]
    if answer is not None:
        blocks.append(context(t(f"rsvp.answered.{answer}", lang)))
    blocks.append(rsvp_buttons(meeting, lang, answer))
    return text, blocks


def cancelled_dm(network: Network, meeting: Meeting, number: int | None,
                 lang: Lang) -> tuple[str, list[Block]]:
    text = t("cancel.dm", lang, network=escape(network.name), number=number or "?",
             when=_when(network, meeting.starts_at, lang))
    return text, [section(text)]


def contribution_line(contribution: AgendaContribution, lang: Lang) -> str:
    """An agenda item with its text; a case by its title (its text is told in the session),
    marked when it stays in the session."""
    if contribution.kind != AgendaKind.CASE or not contribution.title:
        return t("agenda.line", lang, text=escape(contribution.text), user=contribution.user_id)
    key = "agenda.case_line.confidential" if contribution.confidential else "agenda.case_line"
    return t(key, lang, title=escape(contribution.title), user=contribution.user_id)


def contribution_lines(contributions: list[AgendaContribution], lang: Lang) -> str:
    """Members' agenda items and intervision cases, each kind under its own heading."""
    parts = []
    for kind, heading in ((AgendaKind.ITEM, "agenda.items"), (AgendaKind.CASE, "agenda.cases")):
        lines = [contribution_line(c, lang) for c in contributions if c.kind == kind]
        if lines:
            parts.append("\n".join([t(heading, lang), *lines]))
    return "\n".join(parts)


def contribution_blocks(lang: Lang, meeting: Meeting,
                        contributions: list[AgendaContribution]) -> list[Block]:
    return [divider(), context(t("plan.contributions", lang, number=meeting.number or "?")),
            section(contribution_lines(contributions, lang))]


def meeting_fields(network: Network, meeting: Meeting, lang: Lang,
                   with_when: bool = True) -> list[str]:
    """The session's facts as section fields; without the time where a line says it already."""
    fields = [
        t("meeting.where", lang, value=escape(meeting.location)),
        t("meeting.form", lang, value=t(f"form.{meeting.learning_form}", lang)),
    ]
    if with_when:
        when = format_when(meeting.starts_at, network.timezone, lang)
        fields.insert(0, t("meeting.when", lang, value=when))
    if meeting.number:
        fields.insert(0, t("meeting.number", lang, value=meeting.number))
    if meeting.host_organisation:
        fields.append(t("meeting.host", lang, value=escape(meeting.host_organisation)))
    if meeting.agenda:
        fields.append(t("meeting.agenda", lang, value=escape(meeting.agenda)))
    return fields
