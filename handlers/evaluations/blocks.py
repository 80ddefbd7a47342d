"""Block Kit for session evaluations and the apply-at-work follow-up: invitations, the modals,
results for facilitators. Every text a member typed is escaped here."""

from datetime import date
from typing import Any

from babel.dates import format_date

from bot.catalog import Lang, t, tn
from bot.domain.apply_at_work import TEXT_LIMIT, Followup
from bot.domain.evaluations import (
    APPLY_LIMIT,
    DETAIL_MIN_OTHERS,
    EXTREME_MIN_SHARE,
    OPEN_LIMIT,
    OPEN_QUESTIONS,
    SCALE_VALUES,
    SCALES,
    OpenAnswer,
    Results,
    ScaleResult,
    Withheld,
)
from bot.domain.knowledge_sources import worked
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
    lines_within,
    modal,
    notice_modal,
    option,
    optional_note,
    section,
    shorten,
)
from handlers.slack.metadata import ApplyModalMeta, EvaluationModalMeta
from handlers.slack.people import person
from storage.models import ApplyCommitment, ApplyOutcome, EvaluationPoll, Meeting, Network

_BABEL_LOCALES: dict[Lang, str] = {"nl": "nl_BE", "en": "en_GB"}
ANSWER_PREVIEW = 280
SECTION_BUDGET = 2800


def format_day(day: date, lang: Lang) -> str:
    return format_date(day, t("evaluation.pattern.date", lang), locale=_BABEL_LOCALES[lang])


def _when(network: Network, meeting: Meeting, lang: Lang) -> str:
    return format_when(meeting.starts_at, network.timezone, lang)


# --- invitation and reminder -------------------------------------------------------------------

def _open_button(poll: EvaluationPoll, lang: Lang) -> Block:
    return actions(f"evaluation:{poll.id}",
                   button(t("evaluation.button.open", lang), ids.EVALUATION_OPEN, str(poll.id),
                          "primary"))


def invitation_message(network: Network, meeting: Meeting, poll: EvaluationPoll,
                       lang: Lang, min_answers: int) -> tuple[str, list[Block]]:
    """The DM that asks an attendee to evaluate the session."""
    name, when = escape(network.name), _when(network, meeting, lang)
    privacy = (t("evaluation.privacy.named", lang) if poll.named
               else t("evaluation.privacy.anonymous", lang, min=min_answers))
    blocks = [
        header(t("evaluation.invite.header", lang, network=network.name)),
        section(t("evaluation.invite.body", lang, network=name, when=when)),
        context(privacy + " " + t("evaluation.closes", lang, when=format_when(
            poll.closes_at, network.timezone, lang))),
        _open_button(poll, lang),
    ]
    return t("evaluation.invite.text", lang, network=name, when=when), blocks


def reminder_message(network: Network, meeting: Meeting, poll: EvaluationPoll,
                     lang: Lang) -> tuple[str, list[Block]]:
    name = escape(network.name)
    blocks = [
        section(t("evaluation.reminder.body", lang, network=name,
                  when=_when(network, meeting, lang))),
        context(t("evaluation.closes", lang, when=format_when(poll.closes_at, network.timezone,
                                                              lang))),
        _open_button(poll, lang),
    ]
    return t("evaluation.reminder.text", lang, network=name), blocks


# --- the evaluation modal ----------------------------------------------------------------------

def _scale(name: str, lang: Lang) -> Block:
    element = {"type": "radio_buttons", "action_id": ids.VALUE,
               "options": [option(str(v), str(v)) for v in SCALE_VALUES]}
    return input_block(name, t(f"evaluation.scale.{name}", lang), element,
                       hint=t(f"evaluation.scale.hint.{name}", lang))


def _text(name: str, label: str, limit: int, multiline: bool = True) -> Block:
    element = {"type": "plain_text_input", "action_id": ids.VALUE, "multiline": multiline,
               "max_length": limit}
    return input_block(name, label, element, optional=True)


def evaluation_modal(lang: Lang, network: Network, meeting: Meeting, poll: EvaluationPoll,
                     min_answers: int, extra: list[Block] | None = None) -> dict[str, Any]:
    """Four 1-5 scales, two open questions, and what the person will apply at work; `extra`
    holds the question whether the group wants external input, when one was put in."""
    privacy = (t("evaluation.privacy.named", lang) if poll.named
               else t("evaluation.privacy.anonymous", lang, min=min_answers))
    apply_privacy = t("evaluation.privacy.apply.named" if poll.named
                      else "evaluation.privacy.apply.anonymous", lang)
    blocks = [
        section(t("evaluation.modal.intro", lang, network=escape(network.name),
                  when=_when(network, meeting, lang))),
        context(privacy),
        optional_note(lang),
        *[_scale(name, lang) for name in SCALES],
        *[_text(name, t(f"evaluation.field.{name}", lang), OPEN_LIMIT) for name in OPEN_QUESTIONS],
        *(extra or []),
        divider(),
        context(apply_privacy),
        _text("apply_text", t("evaluation.field.apply_text", lang), APPLY_LIMIT),
        input_block("apply_by", t("evaluation.field.apply_by", lang),
                    {"type": "datepicker", "action_id": ids.VALUE}, optional=True),
    ]
    return modal(ids.EVALUATION_MODAL, t("evaluation.modal.title", lang),
                 t("evaluation.modal.submit", lang), t("modal.cancel", lang), blocks,
                 EvaluationModalMeta(poll.id).dumps())


def notice_view(lang: Lang, title_key: str, *texts: str) -> dict[str, Any]:
    """What a modal turns into after a submission: thanks, or why nothing was stored."""
    return notice_modal(lang, [section(text) for text in texts], t(title_key, lang))


# --- results -------------------------------------------------------------------------------------

def _number(value: float) -> str:
    return f"{value:.1f}"


def _trend(result: ScaleResult, lang: Lang) -> str:
    if result.delta is None:
        return t("evaluation.results.trend.first", lang)
    arrow = "↑" if result.delta > 0 else "↓" if result.delta < 0 else "→"
    return t("evaluation.results.trend", lang, arrow=arrow, delta=f"{result.delta:+.1f}",
             previous=", ".join(_number(p) for p in result.previous))


def _scale_line(name: str, result: ScaleResult, lang: Lang) -> str:
    line = t("evaluation.results.scale", lang, label=t(f"evaluation.short.{name}", lang),
             mean=_number(result.mean))
    details = []
    if result.low is not None and result.high is not None:
        details.append(t("evaluation.results.range", lang, low=result.low, high=result.high))
    if result.spread is not None:
        details.append(t(f"evaluation.results.spread.{result.spread}", lang))
    if details:
        line += f" ({', '.join(details)})"
    return f"{line} · {_trend(result, lang)}"


def _withheld(poll: EvaluationPoll, network: Network, result: Results, lang: Lang) -> str:
    """What a reader sees instead of results: the number of answers, and why no more."""
    if result.withheld == Withheld.OPEN:
        return t("evaluation.results.while_open", lang, answered=result.answered,
                 asked=result.asked,
                 when=format_when(poll.closes_at, network.timezone, lang))
    key = ("evaluation.results.too_few.besides_you"
           if result.withheld == Withheld.TOO_FEW_BESIDES_YOU else "evaluation.results.too_few")
    return t(key, lang, answered=result.answered, asked=result.asked, min=result.min_answers)


def open_text(answers: list[OpenAnswer], lang: Lang) -> str:
    """One line per answer (named only in a named poll), within one section's size."""
    if not answers:
        return t("evaluation.results.open.none", lang)
    lines = []
    for answer in answers:
        text = escape(shorten(answer.text, ANSWER_PREVIEW).replace("\n", " / "))
        lines.append(f"• {person(answer.user_id, lang)}: {text}" if answer.user_id
                     else f"• {text}")
    return lines_within(
        lines, lambda count: t("evaluation.results.open.more", lang, count=count),
        SECTION_BUDGET)


def results_message(network: Network, meeting: Meeting, poll: EvaluationPoll, result: Results,
                    lang: Lang, text_key: str = "evaluation.results.text"
                    ) -> tuple[str, list[Block]]:
    """Response rate, averages (with spread and extremes where the release rule allows them)
    and trend, open answers per question; while open or below the threshold only how many
    answered."""
    status = (t("evaluation.results.status.closed", lang) if result.closed
              else t("evaluation.results.status.open", lang,
                     when=format_when(poll.closes_at, network.timezone, lang)))
    blocks = [
        header(t("evaluation.results.header", lang, network=network.name)),
        context(t("evaluation.results.session", lang, when=_when(network, meeting, lang))
                + " · " + status),
    ]
    if not result.released:
        blocks.append(section(_withheld(poll, network, result, lang)))
    else:
        blocks.append(section(t("evaluation.results.rate", lang, answered=result.answered,
                                asked=result.asked, percent=result.percent)))
        blocks.append(section("\n".join(_scale_line(name, result.scales[name], lang)
                                        for name in SCALES)))
        blocks.append(context(t("evaluation.results.detail_rule", lang,
                                others=DETAIL_MIN_OTHERS, share=EXTREME_MIN_SHARE)))
        if result.previous_sessions:
            blocks.append(context(tn("evaluation.results.trend.note",
                                     result.previous_sessions, lang)))
        for name in OPEN_QUESTIONS:
            blocks.append(section(t(f"evaluation.results.open.{name}", lang) + "\n"
                                  + open_text(result.open_answers[name], lang)))
        blocks.append(context(t("evaluation.results.named" if result.named
                                else "evaluation.results.anonymous", lang)))
    return t(text_key, lang, network=escape(network.name)), blocks


def named_announcement(network: Network, named: bool, lang: Lang) -> tuple[str, list[Block]]:
    text = t("evaluation.named.on" if named else "evaluation.named.off", lang,
             network=escape(network.name))
    return text, [section(text)]


# --- apply at work -------------------------------------------------------------------------------

def followup_message(network: Network, meeting: Meeting, commitment: ApplyCommitment,
                     lang: Lang) -> tuple[str, list[Block]]:
    """Some weeks later: did you apply what you planned?"""
    name = escape(network.name)
    blocks = [section(t("apply.followup.body", lang, network=name,
                        when=_when(network, meeting, lang),
                        text=escape(commitment.text).replace("\n", "\n>")))]
    if commitment.by_date:
        blocks.append(context(t("apply.followup.by", lang,
                                date=format_day(commitment.by_date, lang))))
    blocks.append(actions(f"apply:{commitment.id}",
                          button(t("apply.button.open", lang), ids.APPLY_OPEN,
                                 str(commitment.id), "primary")))
    return t("apply.followup.text", lang, network=name), blocks


def apply_modal(lang: Lang, followup: Followup) -> dict[str, Any]:
    outcomes = [option(t(f"apply.outcome.{o}", lang), str(o)) for o in ApplyOutcome]
    blocks = [
        section(t("apply.modal.intro", lang,
                  text=escape(followup.commitment.text).replace("\n", "\n>"))),
        context(t("apply.privacy.named" if followup.named else "apply.privacy.anonymous", lang)),
        optional_note(lang),
        input_block("outcome", t("apply.field.outcome", lang),
                    {"type": "radio_buttons", "action_id": ids.VALUE, "options": outcomes}),
        _text("result", t("apply.field.result", lang), TEXT_LIMIT),
        _text("obstacle", t("apply.field.obstacle", lang), TEXT_LIMIT),
    ]
    return modal(ids.APPLY_MODAL, t("apply.modal.title", lang), t("apply.modal.submit", lang),
                 t("modal.cancel", lang), blocks,
                 ApplyModalMeta(followup.commitment.id).dumps())


def followup_saved(followup: Followup, lang: Lang) -> dict[str, Any]:
    """The thanks after the follow-up; when it worked, the offer to share it as a success
    story (the person's own click opens the share form, and only what they send is kept)."""
    row = followup.commitment
    view = notice_view(lang, "apply.modal.title",
                       t("apply.saved", lang, network=escape(followup.network.name)))
    if worked(row):
        view["blocks"] += [
            section(t("apply.success.offer", lang)),
            actions(f"apply_success:{row.id}",
                    button(t("apply.success.button", lang), ids.KNOWLEDGE_SUCCESS_STORY,
                           str(row.id), "primary"))]
    return view


def followup_report(followup: Followup, lang: Lang) -> tuple[str, list[Block]]:
    """The answer as a facilitator gets it: without the name unless the group chose named."""
    row, network = followup.commitment, followup.network
    who = f"<@{row.user_id}>" if followup.named else t("apply.report.someone", lang)
    lines = [t("apply.report.body", lang, who=who, network=escape(network.name),
               when=_when(network, followup.meeting, lang), text=escape(row.text),
               outcome=t(f"apply.outcome.{row.outcome}", lang))]
    if row.result:
        lines.append(t("apply.report.result", lang, text=escape(row.result)))
    if row.obstacle:
        lines.append(t("apply.report.obstacle", lang, text=escape(row.obstacle)))
    blocks = [section("\n".join(lines))]
    if row.obstacle:  # a facilitator may keep it in the library, without who met it
        blocks.append(actions(f"apply_obstacle:{row.id}",
                              button(t("apply.report.obstacle.button", lang),
                                     ids.KNOWLEDGE_OBSTACLE, str(row.id))))
    return t("apply.report.text", lang, network=escape(network.name)), blocks

