"""Block Kit for the kickoff questionnaire: the invitation, the modal, the introduction card
and the facilitators' synthesis. Every text a member typed is escaped here."""

from datetime import datetime
from typing import Any

from bot.catalog import Lang, t, tn
from bot.domain.kickoff import LIMITS, Answer, Synthesis, forms_of
from bot.domain.meetings import LEARNING_FORMS
from bot.text import escape, format_when
from handlers.mydata.blocks import privacy_note
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    divider,
    fields_section,
    header,
    input_block,
    lines_within,
    modal,
    notice_modal,
    option,
    optional_note,
    plain,
    section,
    shorten,
)
from handlers.slack.metadata import KickoffModalMeta
from handlers.slack.people import person
from storage.models import KickoffResponse, Network

CONSENT = "yes"
# One answer shown at most this long in the synthesis; a section holds 3000 characters.
ANSWER_PREVIEW = 280
SECTION_BUDGET = 2800


def _closes_text(network: Network, closes_at: datetime | None, lang: Lang) -> str:
    if closes_at is None:
        return t("kickoff.closes.first_meeting", lang)
    return t("kickoff.closes", lang, when=format_when(closes_at, network.timezone, lang))


def _open_button(network: Network, lang: Lang) -> Block:
    return actions(f"kickoff:{network.id}",
                   button(t("kickoff.button.open", lang), ids.KICKOFF_OPEN, str(network.id),
                          "primary"))


def invitation_message(network: Network, closes_at: datetime | None,
                       lang: Lang) -> tuple[str, list[Block]]:
    """The DM that invites a member to the questionnaire."""
    name = escape(network.name)
    blocks = [
        header(t("kickoff.invite.header", lang, network=network.name)),
        section(t("kickoff.invite.body", lang, network=name)),
        context(_closes_text(network, closes_at, lang)),
        _open_button(network, lang),
    ]
    return t("kickoff.invite.text", lang, network=name), blocks


def reminder_message(network: Network, closes_at: datetime | None,
                     lang: Lang) -> tuple[str, list[Block]]:
    """The one reminder to members who have not answered yet."""
    name = escape(network.name)
    blocks = [
        section(t("kickoff.reminder.body", lang, network=name)),
        context(_closes_text(network, closes_at, lang)),
        _open_button(network, lang),
    ]
    return t("kickoff.reminder.text", lang, network=name), blocks


def saved_view(network: Network, closes_at: datetime | None, lang: Lang) -> dict:
    """What the modal turns into once the answers are stored."""
    text = t("kickoff.saved", lang, network=escape(network.name),
             closes=_closes_text(network, closes_at, lang))
    return notice_modal(lang, [section(text)], t("kickoff.modal.title", lang))


# --- the questionnaire modal -------------------------------------------------------------------

def _text(name: str, multiline: bool, initial: str) -> dict:
    element = {"type": "plain_text_input", "action_id": ids.VALUE, "multiline": multiline,
               "max_length": LIMITS[name]}
    if initial:
        element["initial_value"] = initial
    return element


def _checkboxes(choices: list[tuple[str, str]], chosen: list[str]) -> dict:
    options = [option(text, value) for text, value in choices]
    element = {"type": "checkboxes", "action_id": ids.VALUE, "options": options}
    initial = [o for o in options if o["value"] in chosen]
    if initial:
        element["initial_options"] = initial
    return element


def questionnaire_modal(lang: Lang, network: Network, previous: KickoffResponse | None,
                        closes_at: datetime | None) -> dict:
    """The questionnaire, pre-filled with the member's previous answers when there are any."""

    def text_field(name: str, multiline: bool = True, optional: bool = True,
                   hint: str | None = None) -> Block:
        initial = getattr(previous, name) if previous else ""
        return input_block(name, t(f"kickoff.field.{name}", lang),
                           _text(name, multiline, initial), optional=optional, hint=hint)

    forms = [(t(f"form.{f}", lang), f) for f in LEARNING_FORMS]
    consent = [(t("kickoff.field.consent.option", lang), CONSENT)]
    withdraw = ([section(t("kickoff.withdraw.in_modal", lang)),
                 withdraw_actions(network.id, lang)]
                if previous is not None and previous.consent_intro else [])
    one_per_line = t("kickoff.field.one_per_line", lang)
    blocks = [
        section(t("kickoff.modal.intro", lang, network=escape(network.name))),
        context(_closes_text(network, closes_at, lang)),
        optional_note(lang),
        divider(),
        section(t("kickoff.modal.section.intro", lang)),
        text_field("organisation", multiline=False, optional=False),
        text_field("job_role", multiline=False),
        text_field("expertise"),
        text_field("brings"),
        divider(),
        section(t("kickoff.modal.section.learning", lang)),
        text_field("learning_questions", hint=one_per_line),
        text_field("expectations"),
        text_field("experiences", hint=one_per_line),
        input_block("preferred_forms", t("kickoff.field.preferred_forms", lang),
                    _checkboxes(forms, forms_of(previous) if previous else []), optional=True),
        input_block("consent_intro", t("kickoff.field.consent", lang),
                    _checkboxes(consent, [CONSENT] if previous and previous.consent_intro
                                else []),
                    optional=True, hint=t("kickoff.field.consent.hint", lang)),
        *withdraw,
        *privacy_note(lang),
    ]
    return modal(ids.KICKOFF_MODAL, t("kickoff.modal.title", lang),
                 t("kickoff.modal.submit", lang), t("modal.cancel", lang), blocks,
                 KickoffModalMeta(network.id, lang).dumps())


def consent_text(lang: Lang) -> str:
    """The consent exactly as the questionnaire shows it, to keep with the consent."""
    return "\n".join((t("kickoff.field.consent", lang), t("kickoff.field.consent.option", lang),
                      t("kickoff.field.consent.hint", lang)))


# --- withdrawing the introduction ---------------------------------------------------------------

def withdraw_button(network_id: int, lang: Lang) -> dict[str, Any]:
    """The one way to withdraw an introduction, on any surface (value: the network id)."""
    element = button(t("kickoff.withdraw.button", lang), ids.KICKOFF_WITHDRAW,
                     str(network_id), "danger")
    element["confirm"] = {"title": plain(t("kickoff.withdraw.confirm.title", lang)),
                          "text": plain(t("kickoff.withdraw.confirm.text", lang)),
                          "confirm": plain(t("kickoff.withdraw.confirm.yes", lang)),
                          "deny": plain(t("confirm.no", lang)), "style": "danger"}
    return element


def withdraw_actions(network_id: int, lang: Lang) -> Block:
    return actions(f"kickoff_withdraw:{network_id}", withdraw_button(network_id, lang))


def withdraw_only_modal(network: Network, refusal: str, lang: Lang) -> dict:
    """The questionnaire once it takes no answers (closed, or the person left) while their
    introduction is in the channel: why, and the button that withdraws it."""
    return notice_modal(lang, [section(refusal), section(t("kickoff.withdraw.in_modal", lang)),
                               withdraw_actions(network.id, lang)],
                        t("kickoff.modal.title", lang))


def cannot_delete_notice(user_id: str, network: Network, error: str, link: str,
                         lang: Lang) -> tuple[str, list[Block]]:
    """For the facilitators: a withdrawn introduction Leernet cannot delete."""
    text = t("kickoff.withdraw.cannot_delete", lang, who=person(user_id, lang),
             network=escape(network.name),
             error=escape(error), link=link)
    return text, [section(text)]


# --- the introduction card in the channel ------------------------------------------------------

def intro_card(response: KickoffResponse, lang: Lang) -> tuple[str, list[Block]]:
    """Who the member is, as they allowed it to be shown: no learning questions here."""
    fields = [t("kickoff.intro.organisation", lang, value=escape(response.organisation))]
    for name in ("job_role", "expertise", "brings"):
        value = getattr(response, name)
        if value:
            fields.append(t(f"kickoff.intro.{name}", lang, value=escape(value)))
    blocks = [section(t("kickoff.intro.title", lang, user=response.user_id)),
              fields_section(fields)]
    text = t("kickoff.intro.text", lang, user=response.user_id,
             organisation=escape(response.organisation))
    return text, blocks


# --- the synthesis for facilitators -----------------------------------------------------------

def _answers_text(answers: list[Answer], lang: Lang) -> str:
    """One line per answer with its author, within one section's size."""
    if not answers:
        return t("kickoff.synthesis.none", lang)
    lines = [f"• <@{answer.user_id}>: "
             + escape(shorten(answer.text, ANSWER_PREVIEW).replace("\n", " / "))
             for answer in answers]
    return lines_within(lines, lambda count: t("kickoff.synthesis.more", lang, count=count),
                        SECTION_BUDGET)


def _forms_text(forms: list[tuple[str, int]], lang: Lang) -> str:
    if not forms:
        return t("kickoff.synthesis.none", lang)
    return "\n".join(
        t("kickoff.synthesis.form", lang, rank=rank, form=t(f"form.{code}", lang), count=count)
        for rank, (code, count) in enumerate(forms, start=1))


def synthesis_message(network: Network, result: Synthesis, now: datetime, lang: Lang,
                      latecomers: int) -> tuple[str, list[Block]]:
    """Response rate, what members want to learn, expect and discuss, and forms ranked."""
    percent = round(100 * result.answered / result.members) if result.members else 0
    if result.closes_at is None:
        closing = t("kickoff.synthesis.closes.first_meeting", lang)
    else:
        when = format_when(result.closes_at, network.timezone, lang)
        key = "kickoff.synthesis.closes" if now < result.closes_at else "kickoff.synthesis.closed"
        closing = t(key, lang, when=when)
    blocks = [
        header(t("kickoff.synthesis.header", lang, network=network.name)),
        section(t("kickoff.synthesis.rate", lang, answered=result.answered,
                  members=result.members, percent=percent)),
        context(closing),
    ]
    for name in ("learning_questions", "expectations", "experiences"):
        blocks.append(section(t(f"kickoff.synthesis.{name}", lang) + "\n"
                              + _answers_text(getattr(result, name), lang)))
    blocks.append(section(t("kickoff.synthesis.forms", lang) + "\n" + _forms_text(result.forms,
                                                                                 lang)))
    if latecomers:
        blocks.append(section(tn("kickoff.synthesis.latecomers", latecomers, lang)))
        blocks.append(actions("kickoff_late", button(t("kickoff.button.send_late", lang),
                                                     ids.KICKOFF_SEND_LATE, str(network.id))))
    return t("kickoff.synthesis.text", lang, network=escape(network.name)), blocks


# --- planning input --------------------------------------------------------------------------

def topics_input(topics: list[str], lang: Lang) -> Block:
    """The plan modal's optional topic picker: checkboxes up to 10, a multi-select beyond."""
    options: list[dict[str, Any]] = []
    values: set[str] = set()
    for topic in topics:
        value = topic[:150]  # Slack's limit for an option value; the label gets 75
        if value not in values:
            values.add(value)
            options.append({"text": plain(shorten(topic, 75)), "value": value})
    kind = "checkboxes" if len(options) <= 10 else "multi_static_select"
    element: dict[str, Any] = {"type": kind, "action_id": ids.VALUE, "options": options[:100]}
    if kind == "multi_static_select":
        element["placeholder"] = plain(t("plan.field.topics", lang)[:150])
    return input_block("topics", t("plan.field.topics", lang), element, optional=True,
                       hint=t("plan.field.topics.hint", lang))
