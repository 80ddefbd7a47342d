"""Block Kit for external input and guest experts: the ask and guest modals, the evaluation's
extra question, `/leernet extern`, and the guest's invitation, reminder and thanks. Every text
someone typed (a theme, a guest's name) is escaped here."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.catalog import Lang, t
from bot.domain.meetings import ends_at
from bot.domain.sessions import ReminderDetails
from bot.text import escape, format_when
from handlers.sessions.blocks import contribution_lines, meeting_fields
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    fields_section,
    header,
    input_block,
    modal,
    notice_modal,
    option,
    optional_note,
    section,
    static_select,
    text_input,
)
from handlers.slack.metadata import Metadata
from handlers.slack.people import person
from storage.models import (
    ExternalInputAsk,
    ExternalInputMethod,
    Meeting,
    Network,
    SessionGuest,
    as_utc,
)

DEFAULT_OPEN = timedelta(days=7)
DEFAULT_CLOSE_TIME = "17:00"
ANSWERS = ("yes", "no", "maybe")
THEME_LIMIT = 150


@dataclass(frozen=True)
class ExternalModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class SlidesModalMeta(Metadata):
    guest_id: int


def _when(network: Network, moment: datetime, lang: Lang) -> str:
    return format_when(moment, network.timezone, lang)


# --- asking the group -------------------------------------------------------------------------

def ask_modal(lang: Lang, network: Network, now: datetime, next_session: Meeting | None,
              theme: str = "") -> dict[str, Any]:
    proposal = (now + DEFAULT_OPEN).astimezone(ZoneInfo(network.timezone))
    in_evaluation = (t("external.method.evaluation", lang, number=next_session.number or "?",
                       when=_when(network, next_session.starts_at, lang))
                     if next_session else t("external.method.evaluation.none", lang))
    methods = [option(t("external.method.vote", lang), ExternalInputMethod.VOTE.value),
               option(in_evaluation, ExternalInputMethod.EVALUATION.value)]
    blocks = [
        section(t("external.ask.intro", lang, name=escape(network.name))),
        input_block("theme", t("external.field.theme", lang),
                    text_input(THEME_LIMIT, initial=theme[:THEME_LIMIT] or None)),
        input_block("method", t("external.field.method", lang),
                    {"type": "radio_buttons", "action_id": ids.VALUE, "options": methods,
                     "initial_option": methods[0]}),
        input_block("closes_date", t("poll.field.closes_date", lang),
                    {"type": "datepicker", "action_id": ids.VALUE,
                     "initial_date": proposal.date().isoformat()},
                    hint=t("external.field.closes.hint", lang)),
        input_block("closes_time", t("poll.field.closes_time", lang),
                    {"type": "timepicker", "action_id": ids.VALUE,
                     "initial_time": DEFAULT_CLOSE_TIME}),
    ]
    return modal(ids.EXTERNAL_ASK_MODAL, t("external.ask.title", lang),
                 t("external.ask.submit", lang), t("modal.cancel", lang), blocks,
                 ExternalModalMeta(network.id).dumps())


def external_question(theme: str, lang: Lang) -> list[Block]:
    """The extra question in a session's evaluation (optional; counted, never kept with the
    answer)."""
    element = {"type": "radio_buttons", "action_id": ids.VALUE,
               "options": [option(t(f"external.answer.{a}", lang), a) for a in ANSWERS]}
    # A label is plain text: a typed theme cannot mention anyone there.
    return [input_block(ids.EXTERNAL_EVALUATION_FIELD,
                        t("external.question", lang, theme=theme)[:2000], element,
                        optional=True, hint=t("external.eval.hint", lang))]


def outcome_line(ask: ExternalInputAsk, network: Network, lang: Lang) -> str:
    theme = escape(ask.theme)
    how = t(f"external.how.{ask.method}", lang)
    if ask.outcome is None:
        return t("external.outcome.open", lang, theme=theme, how=how)
    counts = t("external.counts", lang, yes=ask.yes, no=ask.no, maybe=ask.maybe)
    if ask.outcome == "too_few":
        counts = t("external.counts.too_few", lang)
    return t(f"external.outcome.{ask.outcome}", lang, theme=theme, how=how, counts=counts,
             when=_when(network, ask.decided_at or ask.asked_at, lang))


def evaluation_asked(network: Network, meeting: Meeting, theme: str, lang: Lang) -> str:
    return t("external.asked.evaluation", lang, theme=escape(theme),
             number=meeting.number or "?", when=_when(network, meeting.starts_at, lang))


# --- guests -----------------------------------------------------------------------------------

def guest_name(guest: SessionGuest, lang: Lang) -> str:
    """A Slack guest as a mention, someone outside Slack by the name typed (escaped)."""
    if guest.user_id:
        return person(guest.user_id, lang)
    return t("external.guest.outside", lang, name=escape(guest.name or "?"))


def guest_modal(lang: Lang, network: Network, upcoming: Sequence[Meeting]) -> dict[str, Any]:
    choices = [(t("agenda.option", lang, number=m.number or "?",
                  when=_when(network, m.starts_at, lang)), str(m.id)) for m in upcoming[:100]]
    blocks: list[Block] = [section(t("external.guest.intro", lang, name=escape(network.name)))]
    if not choices:
        blocks.append(context(t("external.guest.no_session", lang)))
        view = modal(ids.EXTERNAL_GUEST_MODAL, t("external.guest.title", lang),
                     t("external.guest.submit", lang), t("modal.cancel", lang), blocks,
                     ExternalModalMeta(network.id).dumps())
        view.pop("submit")  # nothing to submit
        return view
    blocks += [
        optional_note(lang),
        input_block("meeting", t("external.field.meeting", lang), static_select(choices)),
        input_block("user", t("external.field.user", lang),
                    {"type": "users_select", "action_id": ids.VALUE}, optional=True,
                    hint=t("external.field.user.hint", lang)),
        input_block("name", t("external.field.name", lang), text_input(120), optional=True),
        input_block("email", t("external.field.email", lang), text_input(254), optional=True,
                    hint=t("external.field.email.hint", lang)),
    ]
    return modal(ids.EXTERNAL_GUEST_MODAL, t("external.guest.title", lang),
                 t("external.guest.submit", lang), t("modal.cancel", lang), blocks,
                 ExternalModalMeta(network.id).dumps())


def _session_blocks(network: Network, meeting: Meeting, details: ReminderDetails | None,
                    lang: Lang) -> list[Block]:
    blocks = [fields_section(meeting_fields(network, meeting, lang))]
    if details and details.contributions:
        blocks.append(section(contribution_lines(details.contributions, lang)))
    return blocks


def invitation_message(network: Network, meeting: Meeting, invited_by: str,
                       details: ReminderDetails | None, lang: Lang) -> tuple[str, list[Block]]:
    """The DM a Slack guest gets when invited: the session, its agenda, and what being a
    guest means."""
    when = _when(network, meeting.starts_at, lang)
    text = t("external.invite.text", lang, network=escape(network.name), when=when)
    blocks = [header(t("external.invite.header", lang, network=network.name)),
              section(t("external.invite.body", lang, user=person(invited_by, lang),
                        network=escape(network.name), when=when)),
              *_session_blocks(network, meeting, details, lang),
              context(t("external.invite.guest", lang))]
    return text, blocks


def guest_reminder_message(network: Network, meeting: Meeting, details: ReminderDetails | None,
                           lang: Lang) -> tuple[str, list[Block]]:
    """The session reminder as a guest gets it: the session and its agenda, without the
    attendance buttons and the agenda form (those are the members')."""
    when = _when(network, meeting.starts_at, lang)
    text = t("external.reminder.text", lang, network=escape(network.name), when=when)
    blocks = [header(t("reminder.header", lang, network=network.name)),
              section(t("external.reminder.body", lang, network=escape(network.name),
                        when=when)),
              *_session_blocks(network, meeting, details, lang),
              context(t("external.invite.guest", lang))]
    return text, blocks


def uninvited_message(network: Network, meeting: Meeting, lang: Lang) -> tuple[str, list[Block]]:
    text = t("external.uninvited", lang, network=escape(network.name),
             when=_when(network, meeting.starts_at, lang))
    return text, [section(text)]


def thanks_message(network: Network, meeting: Meeting, guest: SessionGuest,
                   lang: Lang) -> tuple[str, list[Block]]:
    text = t("external.thanks.text", lang, network=escape(network.name),
             when=_when(network, meeting.starts_at, lang))
    blocks = [section(text), section(t("external.thanks.slides", lang)),
              actions(f"guest_slides:{guest.id}",
                      button(t("external.button.slides", lang), ids.EXTERNAL_SLIDES_OPEN,
                             str(guest.id), "primary"))]
    return text, blocks


def slides_modal(lang: Lang, network: Network, guest: SessionGuest) -> dict[str, Any]:
    consent = {"type": "checkboxes", "action_id": ids.VALUE,
               "options": [option(t("external.slides.consent.short", lang), "yes")]}
    blocks = [
        section(t("external.slides.intro", lang, network=escape(network.name))),
        input_block("title", t("external.slides.field.title", lang), text_input(150)),
        input_block("link", t("external.slides.field.link", lang), text_input(500),
                    hint=t("external.slides.field.link.hint", lang)),
        input_block("consent", t("external.slides.field.consent", lang), consent,
                    optional=True, hint=consent_text(network, lang)),
    ]
    return modal(ids.EXTERNAL_SLIDES_MODAL, t("external.slides.title", lang),
                 t("external.slides.submit", lang), t("modal.cancel", lang), blocks,
                 SlidesModalMeta(guest.id).dumps())


def consent_text(network: Network, lang: Lang) -> str:
    """What the guest agrees to, kept word for word with their consent."""
    return t("external.slides.consent", lang, network=network.name)


# --- `/leernet extern` ------------------------------------------------------------------------

def overview_message(network: Network, asks: Sequence[ExternalInputAsk],
                     sessions: Sequence[tuple[Meeting, Sequence[SessionGuest]]],
                     facilitator: bool, now: datetime, lang: Lang) -> tuple[str, list[Block]]:
    title = t("external.overview.header", lang, network=network.name)
    blocks: list[Block] = [header(title), section(t("external.overview.asks", lang))]
    if not asks:
        blocks.append(context(t("external.overview.no_asks", lang)))
    else:
        blocks.append(section("\n".join("• " + outcome_line(a, network, lang) for a in asks)))
    blocks.append(section(t("external.overview.guests", lang)))
    if not sessions:
        blocks.append(context(t("external.overview.no_guests", lang)))
    for meeting, guests in sessions[:10]:
        blocks.append(section(t("external.overview.session", lang,
                                number=meeting.number or "?",
                                when=_when(network, meeting.starts_at, lang))))
        for guest in guests[:10]:
            line = guest_name(guest, lang)
            if facilitator and guest.email:
                line += " · " + escape(guest.email)
            if guest.thanked_at:
                line += " · " + t("external.overview.thanked", lang)
            block = section(line)
            started = as_utc(meeting.starts_at) <= now
            ended = as_utc(ends_at(meeting)) <= now
            if facilitator and not started:
                block["accessory"] = button(t("external.button.remove", lang),
                                            ids.EXTERNAL_GUEST_REMOVE, str(guest.id), "danger")
            elif facilitator and ended and guest.user_id and not guest.thanked_at:
                block["accessory"] = button(t("external.button.thank", lang),
                                            ids.EXTERNAL_GUEST_THANK, str(guest.id))
            blocks.append(block)
    if facilitator:
        blocks.append(context(t("external.overview.how", lang)))
    return escape(title), blocks[:50]


def notice(lang: Lang, text: str) -> dict[str, Any]:
    """What a submitted modal turns into: what came of it."""
    return notice_modal(lang, [section(text)], t("external.title", lang))


def guest_moved_message(network: Network, meeting: Meeting, old: datetime,
                        lang: Lang) -> tuple[str, list[Block]]:
    """A guest's session moved: when it is now (no attendance buttons: that is the members')."""
    text = t("external.moved", lang, network=escape(network.name), old=_when(network, old, lang),
             when=_when(network, meeting.starts_at, lang))
    return text, [section(text)]


def guest_cancelled_message(network: Network, meeting: Meeting,
                            lang: Lang) -> tuple[str, list[Block]]:
    text = t("external.cancelled", lang, network=escape(network.name),
             when=_when(network, meeting.starts_at, lang))
    return text, [section(text)]
