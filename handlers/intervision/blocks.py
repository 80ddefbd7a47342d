"""Block Kit for intervision: the cases at hand, the roles modal, the case's message and its
phases in the thread, the question, advice and takeaway modals and their posts."""

from collections.abc import Sequence

from bot.catalog import Lang, t
from bot.domain import intervision
from bot.domain.intervision import Gathers, Part
from bot.services.intervision import CaseList, RolesForm, Run, TakeawayForm
from bot.text import escape, format_when
from handlers.slack import ids
from handlers.slack.kit import (
    OPTION_TEXT,
    Block,
    actions,
    button,
    context,
    escaped_chunks,
    header,
    input_block,
    modal,
    notice_modal,
    optional_note,
    plain,
    section,
    shorten,
    text_input,
)
from handlers.slack.metadata import (
    IntervisionEntryMeta,
    IntervisionRolesMeta,
    IntervisionTakeawayMeta,
)
from storage.models import AgendaContribution, Intervision, IntervisionMethod, Network

MAX_ADVICE_OPTIONS = 10  # Slack: checkboxes hold at most 10 options


def phase_name(method: str, key: str, lang: Lang) -> str:
    return t(f"intervision.phase.{method}.{key}", lang)


def cases_message(cases: CaseList, lang: Lang) -> tuple[str, list[Block]]:
    """`/leernet intervisie`: each case with its state, and a button per method to start it."""
    network = cases.network
    title = t("intervision.cases.header", lang)
    blocks: list[Block] = [header(title), context(t("intervision.cases.intro", lang))]
    for line in cases.cases[:20]:
        case, run = line.case, line.run
        text = t("intervision.case.line", lang, title=escape(case.title or shorten(case.text, 80)),
                 user=case.user_id, number=line.meeting.number or "?",
                 when=format_when(line.meeting.starts_at, network.timezone, lang))
        if case.confidential:
            text += "\n" + t("intervision.case.confidential", lang)
        if run is not None and run.finished_at is None:
            phase = intervision.current(run)
            text += "\n" + t("intervision.case.running", lang, phase=run.phase + 1,
                             count=len(intervision.phases(run.method)),
                             name=phase_name(run.method, phase.key, lang))
        elif run is not None:
            text += "\n" + t("intervision.case.done", lang)
        blocks.append(section(text))
        if run is None and case.erased_at is None:
            blocks.append(actions(f"case:{case.id}", *(
                button(t(f"intervision.method.{method}", lang), f"{ids.INTERVISION_START}:"
                       f"{method}", f"{case.id}:{method.value}")
                for method in IntervisionMethod)))
    return title, blocks


def roles_modal(form: RolesForm, lead: str, lang: Lang) -> dict:
    """Case-bringer (the member who brought it), process lead (the facilitator opening it),
    an optional timekeeper, and each phase's time box."""
    method = form.method
    blocks: list[Block] = [
        section(t("intervision.roles.intro", lang, title=escape(form.case.title),
                  method=t(f"intervision.method.{method}", lang))),
        input_block("case_bringer", t("intervision.role.case_bringer", lang),
                    {"type": "users_select", "action_id": ids.VALUE,
                     "initial_user": form.case.user_id}),
        input_block("process_lead", t("intervision.role.process_lead", lang),
                    {"type": "users_select", "action_id": ids.VALUE, "initial_user": lead}),
        input_block("timekeeper", t("intervision.role.timekeeper", lang),
                    {"type": "users_select", "action_id": ids.VALUE}, optional=True),
        context(t("intervision.roles.minutes", lang)),
    ]
    for index, phase in enumerate(intervision.phases(method)):
        blocks.append(input_block(
            f"minutes_{index}",
            t("intervision.minutes.label", lang, number=index + 1,
              name=phase_name(method, phase.key, lang)),
            {"type": "number_input", "action_id": ids.VALUE, "is_decimal_allowed": False,
             "initial_value": str(phase.minutes), "min_value": "1",
             "max_value": str(intervision.MAX_MINUTES)}))
    blocks.append(optional_note(lang))
    meta = IntervisionRolesMeta(form.network.id, form.case.id, method.value)
    return modal(ids.INTERVISION_ROLES_MODAL, t("intervision.roles.title", lang),
                 t("intervision.roles.submit", lang), t("modal.cancel", lang), blocks,
                 meta.dumps())


def root_message(case: AgendaContribution, run: Intervision,
                 lang: Lang) -> tuple[str, list[Block]]:
    """The case in the channel, under which the phases are threaded. A confidential case
    shows only its title: it is told in the session."""
    method = t(f"intervision.method.{run.method}", lang)
    keeper = f"<@{run.timekeeper_id}>" if run.timekeeper_id else t(
        "intervision.root.no_keeper", lang)
    blocks: list[Block] = [
        section(t("intervision.root.header", lang, title=escape(case.title), method=method)),
        context(t("intervision.root.roles", lang, bringer=run.case_bringer_id,
                  lead=run.process_lead_id, keeper=keeper)),
    ]
    if case.confidential:
        blocks.append(context(t("intervision.root.confidential", lang)))
    elif case.text:
        blocks += [section(chunk) for chunk in escaped_chunks(case.text)[:2]]
    names = ", ".join(f"{phase_name(run.method, p.key, lang)} ({minutes} min)"
                      for p, minutes in zip(intervision.phases(run.method),
                                            intervision.minutes_of(run), strict=True))
    blocks.append(context(t("intervision.root.phases", lang, phases=names)))
    if run.finished_at is not None:
        blocks.append(section(t("intervision.root.finished", lang)))
    return t("intervision.root.text", lang, title=escape(case.title)), blocks


def phase_message(run: Intervision, lang: Lang, *, active: bool = True,
                  index: int | None = None) -> tuple[str, list[Block]]:
    """One phase in the thread: its name, time box, what happens and who acts; while it is
    the current one, the buttons to add to it and to move on."""
    index = run.phase if index is None else index
    phases = intervision.phases(run.method)
    phase = phases[index]
    minutes = intervision.minutes_of(run)[index]
    name = phase_name(run.method, phase.key, lang)
    acting = {intervision.Actor.CASE_BRINGER: run.case_bringer_id}.get(
        phase.actor, run.process_lead_id)
    text = "\n".join([
        t("intervision.phase.header", lang, number=index + 1, count=len(phases), name=name,
          minutes=minutes),
        t(f"intervision.phase.{run.method}.{phase.key}.how", lang),
        t(f"intervision.phase.actor.{phase.actor}", lang, user=acting),
    ])
    blocks: list[Block] = [section(text)]
    if run.timekeeper_id:
        blocks.append(context(t("intervision.phase.timekeeper", lang, user=run.timekeeper_id,
                                minutes=minutes)))
    if not active:
        blocks.append(context(t("intervision.phase.done", lang)))
        return t("intervision.phase.text", lang, number=index + 1, name=name), blocks
    buttons = []
    if phase.gathers == Gathers.QUESTION:
        buttons.append(button(t("intervision.button.question", lang), ids.INTERVISION_QUESTION,
                              str(run.id)))
    if phase.gathers == Gathers.ADVICE:
        buttons.append(button(t("intervision.button.advice", lang), ids.INTERVISION_ADVICE,
                              str(run.id)))
    if phase.key == intervision.TAKEAWAY_PHASE[IntervisionMethod(run.method)]:
        buttons.append(button(t("intervision.button.takeaway", lang),
                              ids.INTERVISION_TAKEAWAY, str(run.id)))
    last = index == len(phases) - 1
    buttons.append(button(t("intervision.button.finish" if last else "intervision.button.next",
                            lang), ids.INTERVISION_NEXT, f"{run.id}:{index}", "primary"))
    blocks.append(actions(f"phase:{run.id}:{index}", *buttons))
    return t("intervision.phase.text", lang, number=index + 1, name=name), blocks


def entry_modal(network: Network, run: Intervision, kind: str, lang: Lang) -> dict:
    blocks = [input_block("text", t("intervision.entry.field", lang),
                          text_input(intervision.MAX_ENTRY, multiline=True))]
    return modal(ids.INTERVISION_ENTRY_MODAL, t(f"intervision.entry.title.{kind}", lang),
                 t("intervision.entry.submit", lang), t("modal.cancel", lang), blocks,
                 IntervisionEntryMeta(network.id, run.id, kind).dumps())


def entry_post(kind: str, user_id: str, text: str, lang: Lang) -> tuple[str, list[Block]]:
    shown = t(f"intervision.entry.{kind}", lang, user=user_id,
              text=escaped_chunks(text, 2800)[0])
    return shown, [section(shown)]


def takeaway_modal(form: TakeawayForm, lang: Lang) -> dict:
    """Their own words, the advice they take along (the first ten gathered) and whether the
    group sees it in the thread: their choice."""
    blocks: list[Block] = [input_block("takeaway", t("intervision.takeaway.field", lang),
                                       text_input(intervision.MAX_TAKEAWAY, multiline=True,
                                                  initial=form.run.takeaway or None))]
    advice = form.advice[:MAX_ADVICE_OPTIONS]
    if advice:
        blocks.append(input_block("advice", t("intervision.takeaway.advice", lang), {
            "type": "checkboxes", "action_id": ids.VALUE,
            "options": [{"text": plain(shorten(a.text, OPTION_TEXT)), "value": str(a.id)}
                        for a in advice]}, optional=True))
    blocks.append(input_block("share", t("intervision.takeaway.share", lang), {
        "type": "checkboxes", "action_id": ids.VALUE,
        "options": [{"text": plain(t("intervision.takeaway.share.option", lang)),
                     "value": "yes"}]}, optional=True))
    blocks.append(optional_note(lang))
    return modal(ids.INTERVISION_TAKEAWAY_MODAL, t("intervision.takeaway.title", lang),
                 t("intervision.takeaway.submit", lang), t("modal.cancel", lang), blocks,
                 IntervisionTakeawayMeta(form.network.id, form.run.id).dumps())


def takeaway_thanks(kept: Run, lang: Lang) -> dict:
    """Kept; a case that was not confidential may go to the library as an example."""
    blocks: list[Block] = [section(t("intervision.takeaway.saved", lang))]
    if not kept.case.confidential:
        blocks += [section(t("intervision.takeaway.library", lang)),
                   actions(f"intervision_library:{kept.run.id}", button(
                       t("intervision.takeaway.library.button", lang),
                       ids.KNOWLEDGE_FROM_INTERVISION, str(kept.run.id)))]
    return notice_modal(lang, blocks)


def takeaway_post(run: Intervision, lang: Lang) -> tuple[str, list[Block]]:
    shown = t("intervision.takeaway.post", lang, user=run.case_bringer_id,
              text=escaped_chunks(run.takeaway, 2800)[0])
    return shown, [section(shown)]


def intervision_parts(parts: Sequence[Part], lang: Lang) -> list[Block]:
    """The person's part in intervision cases: the case they bring, the role they hold."""
    lines = []
    for part in parts[:5]:
        if part.roles:
            roles = ", ".join(t(f"intervision.yours.{role}", lang) for role in part.roles)
            lines.append(t("intervision.yours.role", lang, title=escape(part.title),
                           roles=roles))
        else:
            lines.append(t("intervision.yours.case", lang, title=escape(part.title)))
    return [context("\n".join(lines))] if lines else []
