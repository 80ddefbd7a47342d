"""Block Kit of what comes after the close: the facilitators' choices on the network's
knowledge and its channel, as they stand, with the buttons to choose (in the close DM and
under `/leernet afsluiten stand`)."""

from datetime import datetime

from bot.catalog import Lang, t
from bot.domain.after_closing import AfterClosing, Channel, Knowledge, of
from bot.domain.final_evaluation import FinalResults
from bot.text import escape, format_when
from handlers.closing.final_blocks import results_message
from handlers.closing.report_blocks import report_invitation
from handlers.slack import ids
from handlers.slack.kit import Block, actions, button, context, divider, plain, section
from handlers.slack.people import person
from storage.models import Network, as_utc


def _chosen(key: str, network: Network, by: str | None, at: datetime | None,
            lang: Lang) -> str:
    return t(key, lang, who=person(by or "", lang),
             when=format_when(as_utc(at), network.timezone, lang) if at else "?")


def state_lines(network: Network, lang: Lang) -> list[str]:
    """The two choices in words: what was chosen, by whom and when, or that nothing was."""
    state: AfterClosing = of(network)
    if state.knowledge is None:
        knowledge = t("after.knowledge.none", lang)
    else:
        knowledge = _chosen(f"after.knowledge.{state.knowledge}", network, state.knowledge_by,
                            state.knowledge_at, lang)
    if state.channel is None:
        channel = t("after.channel.none", lang)
    else:
        channel = _chosen(f"after.channel.{state.channel}", network, state.channel_by,
                          state.channel_at, lang)
    return [knowledge, channel]


def after_blocks(network: Network, lang: Lang) -> list[Block]:
    """The choices as they stand and a button for each one not made yet. Withdrawing the
    knowledge can be undone (keep it again); archiving the channel cannot, so Slack asks
    "are you sure?" before that click is sent."""
    state = of(network)
    value = str(network.id)
    buttons = []
    if state.knowledge != Knowledge.KEEP:
        buttons.append(button(t("after.button.keep", lang), ids.AFTER_KEEP_KNOWLEDGE, value))
    if state.knowledge != Knowledge.WITHDRAW:
        buttons.append(button(t("after.button.withdraw", lang), ids.AFTER_WITHDRAW_KNOWLEDGE,
                              value))
    if not state.archived:
        archive = button(t("after.button.archive", lang), ids.AFTER_ARCHIVE, value, "danger")
        archive["confirm"] = {
            "title": plain(t("after.confirm.title", lang)),
            "text": plain(t("after.confirm.text", lang, name=network.name)[:300]),
            "confirm": plain(t("after.confirm.yes", lang)),
            "deny": plain(t("confirm.no", lang)), "style": "danger"}
        buttons.append(archive)
        if state.channel != Channel.OPEN:
            buttons.append(button(t("after.button.open", lang), ids.AFTER_KEEP_OPEN, value))
    blocks: list[Block] = [
        section(t("after.title", lang, name=escape(network.name)) + "\n"
                + "\n".join(state_lines(network, lang))),
        context(t("after.explain", lang)),
    ]
    if buttons:
        blocks.append(actions(f"after:{network.id}", *buttons))
    return blocks


def closed_message(network: Network, result: FinalResults,
                   lang: Lang) -> tuple[str, list[Block]]:
    """The close DM to a facilitator: their results, the closing report's button, then the
    choices after the close."""
    text, blocks = results_message(network, result, lang)
    return text, [*blocks, *report_invitation(network, lang), divider(),
                  *after_blocks(network, lang)]
