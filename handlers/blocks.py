"""Pure Block Kit builders: data in, dicts out. All text comes from the catalog, and all text
a user typed is escaped here, at the last step before Slack."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.catalog import Lang, t
from bot.domain.meetings import LEARNING_FORMS, MAX_EVERY, HostChoice
from bot.domain.networks import PARTICIPANT_CAP
from bot.domain.sessions import ReminderDetails
from bot.text import escape, format_when
from handlers import ids
from handlers.kickoff_blocks import topics_input
from handlers.kit import (
    Block,
    actions,
    button,
    context,
    divider,
    fields_section,
    header,
    input_block,
    modal,
    option,
    section,
)
from handlers.metadata import NetworkModalMeta, PlanModalMeta
from handlers.reports_blocks import action_items_section
from storage.models import (
    AgendaContribution,
    AgendaKind,
    Meeting,
    MeetingFormat,
    Network,
    RsvpAnswer,
)


def help_blocks(lang: Lang, help_keys: list[str], unknown: str | None = None) -> list[Block]:
    blocks: list[Block] = []
    if unknown:
        blocks.append(section(t("help.unknown", lang, command=escape(unknown))))
    blocks.append(section(t("help.intro", lang)))
    blocks.append(section("\n".join(f"• {t(key, lang)}" for key in help_keys)))
    return blocks


# --- networks ---------------------------------------------------------------------------------

def _text_input(multiline: bool = False, max_length: int = 200, initial: str | None = None):
    element = {"type": "plain_text_input", "action_id": ids.VALUE, "multiline": multiline,
               "max_length": max_length}
    if initial is not None:
        element["initial_value"] = initial
    return element


def _static_select(options: list[tuple[str, str]], initial: str | None = None):
    element = {"type": "static_select", "action_id": ids.VALUE,
               "options": [option(text, value) for text, value in options]}
    if initial is not None:
        element["initial_option"] = next(
            option(text, value) for text, value in options if value == initial)
    return element


def network_modal(lang: Lang, channel_id: str) -> dict:
    formats = [(t(f"format.{f.value}", lang), f.value) for f in MeetingFormat]
    blocks = [
        section(t("network.modal.intro", lang)),
        input_block("name", t("network.field.name", lang), _text_input(max_length=80)),
        input_block("theme", t("network.field.theme", lang), _text_input(max_length=200)),
        input_block("region", t("network.field.region", lang), _text_input(max_length=80)),
        input_block("what", t("network.field.what", lang), _text_input(True, 1000)),
        input_block("why", t("network.field.why", lang), _text_input(True, 1000)),
        input_block("how", t("network.field.how", lang), _text_input(True, 1000)),
        input_block("for_whom", t("network.field.for_whom", lang), _text_input(True, 1000)),
        input_block("format", t("network.field.format", lang),
                    _static_select(formats, MeetingFormat.FACE_TO_FACE.value)),
        input_block(
            "max_participants", t("network.field.max", lang),
            {"type": "number_input", "action_id": ids.VALUE, "is_decimal_allowed": False,
             "initial_value": str(PARTICIPANT_CAP), "min_value": "2",
             "max_value": str(PARTICIPANT_CAP)},
            hint=t("network.field.max.hint", lang),
        ),
    ]
    return modal(ids.NETWORK_MODAL, t("network.modal.title", lang),
                 t("network.modal.submit", lang), t("modal.cancel", lang), blocks,
                 NetworkModalMeta(channel_id).dumps())


def charter_message(network: Network, lang: Lang) -> tuple[str, list[Block]]:
    """The 'what, why, how, for whom' card posted in the network's channel."""
    name = escape(network.name)
    blocks = [
        header(t("charter.header", lang, name=network.name)),
        fields_section([
            t("charter.theme", lang, value=escape(network.theme)),
            t("charter.region", lang, value=escape(network.region)),
            t("charter.format", lang, value=t(f"format.{network.format}", lang)),
            t("charter.max", lang, value=network.max_participants),
        ]),
        section(t("charter.what", lang, value=escape(network.charter_what))),
        section(t("charter.why", lang, value=escape(network.charter_why))),
        section(t("charter.how", lang, value=escape(network.charter_how))),
        section(t("charter.for_whom", lang, value=escape(network.charter_for_whom))),
        context(t("charter.facilitator", lang, user=network.created_by)),
    ]
    return t("charter.fallback", lang, name=name), blocks


# --- meetings ---------------------------------------------------------------------------------

def plan_modal(lang: Lang, network: Network, now: datetime,
               topics: list[str] | None = None, host: HostChoice | None = None,
               contributions: tuple[Meeting, list[AgendaContribution]] | None = None) -> dict:
    tz = ZoneInfo(network.timezone)
    proposal = (now + timedelta(days=14)).astimezone(tz)
    forms = [(t(f"form.{f}", lang), f) for f in LEARNING_FORMS]
    blocks = [
        section(t("plan.modal.intro", lang, name=escape(network.name),
                  timezone=network.timezone)),
        input_block("date", t("plan.field.date", lang),
                    {"type": "datepicker", "action_id": ids.VALUE,
                     "initial_date": proposal.date().isoformat()}),
        input_block("time", t("plan.field.time", lang),
                    {"type": "timepicker", "action_id": ids.VALUE, "initial_time": "14:00"}),
        input_block("duration", t("plan.field.duration", lang),
                    {"type": "number_input", "action_id": ids.VALUE,
                     "is_decimal_allowed": False, "initial_value": "120"}),
        input_block("location", t("plan.field.location", lang), _text_input(max_length=500)),
        input_block("learning_form", t("plan.field.form", lang), _static_select(forms)),
        input_block("agenda", t("plan.field.agenda", lang), _text_input(True, 3000),
                    optional=True),
    ]
    if topics:  # the kickoff questionnaire's learning questions and experiences
        blocks.append(topics_input(topics, lang))
    if network.format != MeetingFormat.ONLINE:
        blocks += host_inputs(lang, host or HostChoice([], None))
    blocks += series_inputs(lang)
    if contributions and contributions[1]:
        blocks += contribution_blocks(lang, *contributions)
    return modal(ids.PLAN_MODAL, t("plan.modal.title", lang), t("plan.modal.submit", lang),
                 t("modal.cancel", lang), blocks, PlanModalMeta(network.id).dumps())


def host_inputs(lang: Lang, host: HostChoice) -> list[Block]:
    """A pick of the members' organisations (the one whose turn it is chosen), and free text
    for a host outside that list."""
    blocks: list[Block] = []
    if host.organisations:
        options = [(name, name) for name in host.organisations[:100]]
        blocks.append(input_block("host", t("plan.field.host", lang),
                                  _static_select(options, host.suggested), optional=True,
                                  hint=t("plan.field.host.hint", lang)))
    blocks.append(input_block("host_other", t("plan.field.host_other", lang),
                              _text_input(max_length=120), optional=True))
    return blocks


def series_inputs(lang: Lang) -> list[Block]:
    repeats = [(t("plan.repeat.none", lang), "0"), (t("plan.repeat.weekly", lang), "1")]
    repeats += [(t("plan.repeat.every", lang, weeks=n), str(n))
                for n in range(2, MAX_EVERY + 1)]
    return [
        input_block("every_weeks", t("plan.field.every_weeks", lang),
                    _static_select(repeats, "0")),
        input_block("count", t("plan.field.count", lang),
                    {"type": "number_input", "action_id": ids.VALUE,
                     "is_decimal_allowed": False}, optional=True,
                    hint=t("plan.field.series.hint", lang)),
        input_block("until", t("plan.field.until", lang),
                    {"type": "datepicker", "action_id": ids.VALUE}, optional=True),
    ]


def contribution_lines(contributions: list[AgendaContribution], lang: Lang) -> str:
    """Members' agenda items and intervision cases, each kind under its own heading."""
    parts = []
    for kind, heading in ((AgendaKind.ITEM, "agenda.items"), (AgendaKind.CASE, "agenda.cases")):
        lines = [t("agenda.line", lang, text=escape(c.text), user=c.user_id)
                 for c in contributions if c.kind == kind]
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


def announcement_message(network: Network, meeting: Meeting, reminder_times: list[datetime],
                         lang: Lang) -> tuple[str, list[Block]]:
    when = format_when(meeting.starts_at, network.timezone, lang)
    text = t("plan.announce", lang, name=escape(network.name), when=when,
             duration=meeting.duration_minutes)
    if reminder_times:
        note = t("plan.reminders", lang, times=", ".join(
            format_when(r, network.timezone, lang) for r in reminder_times))
    else:
        note = t("plan.no_reminders", lang)
    return text, [section(text), fields_section(meeting_fields(network, meeting, lang)),
                  context(note)]


def reminder_message(network: Network, meeting: Meeting, lang: Lang,
                     answer: RsvpAnswer | None = None,
                     details: ReminderDetails | None = None,
                     ) -> tuple[str, list[Block]]:
    """The reminder DM with attendance buttons; after an answer it shows that answer. It lists
    what members brought to the agenda and the open action items, and offers the session as
    a calendar file."""
    when = format_when(meeting.starts_at, network.timezone, lang)
    text = t("reminder.text", lang, network=escape(network.name), when=when)
    value = str(meeting.id)
    blocks = [
        header(t("reminder.header", lang, network=network.name)),
        fields_section(meeting_fields(network, meeting, lang)),
    ]
    if details and details.contributions:
        blocks.append(section(contribution_lines(details.contributions, lang)))
    if details and details.open_items:
        blocks.append(action_items_section(details.open_items, network, lang))
    ics_button = section(t("reminder.ics", lang))
    ics_button["accessory"] = button(t("sessions.button.ics", lang), ids.SESSION_ICS, value)
    blocks += [ics_button, divider()]
    if answer is None:
        blocks.append(section(t("reminder.question", lang)))
    else:
        blocks.append(section(t(f"rsvp.answered.{answer}", lang)))
    blocks.append(actions(
        f"rsvp:{meeting.id}",
        button(t("rsvp.yes", lang), ids.RSVP_YES, value,
               "primary" if answer == RsvpAnswer.YES else None),
        button(t("rsvp.no", lang), ids.RSVP_NO, value,
               "danger" if answer == RsvpAnswer.NO else None),
    ))
    return text, blocks
