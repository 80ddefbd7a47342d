"""Block Kit for the session reminder DM with its attendance buttons."""


from bot.catalog import Lang, t
from bot.domain.intervision import parts_of
from bot.domain.sessions import ReminderDetails
from bot.text import escape, format_when
from handlers.intervision.blocks import intervision_parts
from handlers.reports.blocks import action_items_section
from handlers.sessions.blocks import contribution_lines, meeting_fields
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    divider,
    fields_section,
    header,
    section,
)
from storage.models import (
    AgendaKind,
    Meeting,
    Network,
    RsvpAnswer,
)


def reminder_message(network: Network, meeting: Meeting, lang: Lang,
                     answer: RsvpAnswer | None = None,
                     details: ReminderDetails | None = None,
                     user_id: str | None = None) -> tuple[str, list[Block]]:
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
        if user_id:  # the case this person brings: theirs to tell
            blocks += intervision_parts(parts_of(user_id, [], [
                c for c in details.contributions
                if c.kind == AgendaKind.CASE and c.user_id == user_id]), lang)
    if details and details.open_items:
        blocks.append(action_items_section(details.open_items, network, lang))
    ics_button = section(t("reminder.ics", lang))
    ics_button["accessory"] = button(t("sessions.button.ics", lang), ids.SESSION_ICS, value)
    # The agenda form without the command: a Slack Connect member may have none.
    agenda_button = section(t("reminder.agenda", lang))
    agenda_button["accessory"] = button(t("home.agenda", lang), ids.AGENDA_OPEN,
                                        str(network.id))
    blocks += [ics_button, agenda_button, divider()]
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
