"""Block Kit for planning: the plan modal (topics, host in turn, series) and the announcement."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.catalog import Lang, t
from bot.domain.meetings import LEARNING_FORMS, MAX_EVERY, HostChoice
from bot.services.planning import PlanForm
from bot.text import escape, format_when
from handlers.kickoff.blocks import topics_input
from handlers.sessions.blocks import contribution_blocks, meeting_fields
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    context,
    fields_section,
    input_block,
    modal,
    optional_note,
    section,
    static_select,
    text_input,
)
from handlers.slack.metadata import PlanModalMeta
from storage.models import (
    Meeting,
    MeetingFormat,
    Network,
)


def plan_modal(lang: Lang, form: PlanForm) -> dict:
    network, now = form.network, form.now
    topics, host, contributions = form.topics, form.host, form.contributions
    tz = ZoneInfo(network.timezone)
    proposal = (now + timedelta(days=14)).astimezone(tz)
    forms = [(t(f"form.{f}", lang), f) for f in LEARNING_FORMS]
    blocks = [
        section(t("plan.modal.intro", lang, name=escape(network.name),
                  timezone=network.timezone)),
        optional_note(lang),
        input_block("date", t("plan.field.date", lang),
                    {"type": "datepicker", "action_id": ids.VALUE,
                     "initial_date": proposal.date().isoformat()}),
        input_block("time", t("plan.field.time", lang),
                    {"type": "timepicker", "action_id": ids.VALUE, "initial_time": "14:00"}),
        input_block("duration", t("plan.field.duration", lang),
                    {"type": "number_input", "action_id": ids.VALUE,
                     "is_decimal_allowed": False, "initial_value": "120"}),
        input_block("location", t("plan.field.location", lang), text_input(500)),
        input_block("learning_form", t("plan.field.form", lang), static_select(forms)),
        input_block("agenda", t("plan.field.agenda", lang), text_input(3000, multiline=True),
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
                                  static_select(options, host.suggested), optional=True,
                                  hint=t("plan.field.host.hint", lang)))
    blocks.append(input_block("host_other", t("plan.field.host_other", lang),
                              text_input(120), optional=True))
    return blocks


def series_inputs(lang: Lang) -> list[Block]:
    repeats = [(t("plan.repeat.none", lang), "0"), (t("plan.repeat.weekly", lang), "1")]
    repeats += [(t("plan.repeat.every", lang, weeks=n), str(n))
                for n in range(2, MAX_EVERY + 1)]
    return [
        input_block("every_weeks", t("plan.field.every_weeks", lang),
                    static_select(repeats, "0")),
        input_block("count", t("plan.field.count", lang),
                    {"type": "number_input", "action_id": ids.VALUE,
                     "is_decimal_allowed": False}, optional=True,
                    hint=t("plan.field.series.hint", lang)),
        input_block("until", t("plan.field.until", lang),
                    {"type": "datepicker", "action_id": ids.VALUE}, optional=True),
    ]


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
