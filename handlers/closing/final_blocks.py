"""Block Kit of the final evaluation: the invitation and reminder DMs, the modal, the thanks
with the person's own learning questions, and the results for facilitators."""

from typing import Any

from bot.catalog import MESSAGES, Lang, t
from bot.domain.evaluations import Withheld
from bot.domain.final_evaluation import (
    ANSWERED,
    COMMENT_LIMIT,
    JOIN_AGAIN,
    LIKED,
    OPEN_LIMIT,
    OPEN_QUESTIONS,
    FinalResults,
    Form,
)
from bot.text import escape, format_when
from handlers.evaluations.blocks import open_text
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
    notice_modal,
    option,
    optional_note,
    section,
    shorten,
)
from handlers.slack.metadata import FinalModalMeta
from handlers.slack.people import person
from storage.models import LearningQuestionAnswer, Network

QUESTION_PREVIEW = 2900  # a quoted learning question within one section


def _closes(network: Network, lang: Lang) -> str:
    closes_at = network.final_evaluation_closes_at
    if closes_at is None:
        return ""
    return t("final.closes", lang, when=format_when(closes_at, network.timezone, lang))


def form_label(name: str, lang: Lang) -> str:
    """A learning form in words; one the catalog does not know (recorded by a session) as is."""
    return t(f"form.{name}", lang) if f"form.{name}" in MESSAGES else name


def _open_button(network: Network, lang: Lang) -> Block:
    return actions(f"final:{network.id}", button(t("final.button.open", lang), ids.FINAL_OPEN,
                                                 str(network.id), "primary"))


def _privacy(network: Network, lang: Lang, min_answers: int) -> str:
    return (t("final.privacy.named", lang) if network.evaluation_named
            else t("final.privacy.anonymous", lang, min=min_answers))


def invitation_message(network: Network, lang: Lang,
                       min_answers: int) -> tuple[str, list[Block]]:
    name = escape(network.name)
    blocks = [
        header(t("final.invite.header", lang, network=network.name)),
        section(t("final.invite.body", lang, network=name)),
        context(_privacy(network, lang, min_answers) + " " + _closes(network, lang)),
        _open_button(network, lang),
    ]
    return t("final.invite.text", lang, network=name), blocks


def reminder_message(network: Network, lang: Lang) -> tuple[str, list[Block]]:
    name = escape(network.name)
    blocks = [section(t("final.reminder.body", lang, network=name)),
              context(_closes(network, lang)), _open_button(network, lang)]
    return t("final.reminder.text", lang, network=name), blocks


def _text(block_id: str, label: str, limit: int) -> Block:
    element = {"type": "plain_text_input", "action_id": ids.VALUE, "multiline": True,
               "max_length": limit}
    return input_block(block_id, label, element, optional=True)


def _radio(block_id: str, label: str, values: tuple[str, ...], prefix: str, lang: Lang, *,
           optional: bool = True) -> Block:
    element = {"type": "radio_buttons", "action_id": ids.VALUE,
               "options": [option(t(f"{prefix}.{v}", lang), v) for v in values]}
    return input_block(block_id, label, element, optional=optional)


def quoted(question: str) -> str:
    """A learning question as the person typed it: escaped, quoted."""
    return "> " + escape(shorten(question, QUESTION_PREVIEW))


def final_modal(lang: Lang, form: Form, min_answers: int) -> dict[str, Any]:
    """The open questions, the learning forms used (liked more, the same, less), the person's
    own learning questions (answered fully, partly, not, with a comment), join again."""
    network = form.network
    blocks: list[Block] = [
        section(t("final.modal.intro", lang, network=escape(network.name))),
        context(_privacy(network, lang, min_answers)),
        optional_note(lang),
        _text("went_well", t("final.field.went_well", lang), OPEN_LIMIT),
        _text("repeat", t("final.field.repeat", lang), OPEN_LIMIT),
    ]
    if form.forms:
        blocks.append(section(t("final.forms.intro", lang)))
        blocks += [_radio(f"form:{name}", form_label(name, lang), LIKED, "final.liked", lang)
                   for name in form.forms]
    if form.questions:
        blocks += [divider(), context(t("final.questions.privacy", lang)),
                   section(t("final.questions.intro", lang))]
        for position, question in enumerate(form.questions):
            blocks += [section(quoted(question)),
                       _radio(f"lq{position}", t("final.questions.answered", lang), ANSWERED,
                              "final.answered", lang, optional=False),
                       _text(f"lqc{position}", t("final.questions.comment", lang),
                             COMMENT_LIMIT)]
        blocks.append(divider())
    blocks += [
        _text("applied", t("final.field.applied", lang), OPEN_LIMIT),
        _text("obstacles", t("final.field.obstacles", lang), OPEN_LIMIT),
        _text("suggestions", t("final.field.suggestions", lang), OPEN_LIMIT),
        _radio("join_again", t("final.field.join_again", lang), JOIN_AGAIN, "final.join", lang),
    ]
    return modal(ids.FINAL_MODAL, t("final.modal.title", lang), t("final.modal.submit", lang),
                 t("modal.cancel", lang), blocks, FinalModalMeta(network.id).dumps())


def thanks_view(lang: Lang, network: Network,
                own: list[LearningQuestionAnswer]) -> dict[str, Any]:
    """After answering: thanks, and the person's own learning questions as they answered."""
    blocks = [section(t("final.saved", lang, network=escape(network.name)))]
    if own:
        blocks.append(context(t("final.saved.questions", lang)))
        for row in own:
            line = quoted(row.question) + "\n" + t(f"final.answered.{row.answered}", lang)
            if row.comment:
                line += ": " + escape(shorten(row.comment, 200))
            blocks.append(section(line))
    return notice_modal(lang, blocks[:100], t("final.modal.title", lang))


def _withheld(result: FinalResults, lang: Lang) -> str:
    if result.withheld == Withheld.OPEN:
        return t("final.results.while_open", lang, answered=result.answered,
                 asked=result.asked)
    key = ("evaluation.results.too_few.besides_you"
           if result.withheld == Withheld.TOO_FEW_BESIDES_YOU else "evaluation.results.too_few")
    return t(key, lang, answered=result.answered, asked=result.asked, min=result.min_answers)


def _forms_text(result: FinalResults, lang: Lang) -> str:
    lines = []
    for name, given in result.forms.items():
        lines.append(t("final.results.form", lang, form=escape(form_label(name, lang)),
                       more=given["more"], same=given["same"], less=given["less"]))
    return "\n".join(lines) or t("evaluation.results.open.none", lang)


def _questions_text(result: FinalResults, lang: Lang) -> str:
    counts = result.questions
    if result.questions_withheld:
        return t("final.results.questions.few", lang)
    if not counts.total:
        return t("final.results.questions.none", lang)
    text = t("final.results.questions", lang, fully=counts.fully, total=counts.total,
             partly=counts.partly, not_=counts.not_)
    if result.named and result.named_questions:
        lines = [f"• {person(user, lang)}: {escape(shorten(question, 150))} → "
                 + t(f"final.answered.{answered}", lang)
                 for user, question, answered, _ in result.named_questions[:40]]
        text += "\n" + shorten("\n".join(lines), 2500)
    return text


def results_message(network: Network, result: FinalResults,
                    lang: Lang) -> tuple[str, list[Block]]:
    """The final evaluation for one facilitator: the count while open or below the threshold;
    once released, forms liked, join again, learning questions (counted) and open answers."""
    blocks: list[Block] = [header(t("final.results.header", lang, network=network.name))]
    if not result.released:
        blocks.append(section(_withheld(result, lang)))
    else:
        blocks.append(section(t("final.results.rate", lang, answered=result.answered,
                                asked=result.asked)))
        blocks.append(section(t("final.results.forms", lang) + "\n"
                              + _forms_text(result, lang)))
        join = result.join_again
        blocks.append(section(t("final.results.join", lang, yes=join["yes"],
                                maybe=join["maybe"], no=join["no"])))
        blocks.append(section(t("final.results.questions.title", lang) + "\n"
                              + _questions_text(result, lang)))
        for name in OPEN_QUESTIONS:
            blocks.append(section(t(f"final.field.{name}", lang) + "\n"
                                  + open_text(result.open_answers[name], lang)))
        blocks.append(context(t("evaluation.results.named" if result.named
                                else "evaluation.results.anonymous", lang)))
    return t("final.results.text", lang, network=escape(network.name)), blocks
