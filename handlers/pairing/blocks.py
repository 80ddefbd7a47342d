"""Block Kit for pairing: the settings modal, a member's own part, a round's group DM (or the
direct message when a group DM cannot hold everyone) and the follow-up."""

from collections.abc import Sequence

from bot.catalog import Lang, t, tn
from bot.services.pairing import Overview
from bot.text import escape, format_when
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    header,
    input_block,
    modal,
    section,
    shorten,
    static_select,
)
from handlers.slack.metadata import PairingModalMeta
from storage.models import Network

ON, OFF = "on", "off"
THEME_SHOWN = 200


def _people(user_ids: Sequence[str], lang: Lang) -> str:
    mentions = [f"<@{u}>" for u in user_ids]
    if len(mentions) < 2:
        return "".join(mentions)
    return ", ".join(mentions[:-1]) + t("pairing.and", lang) + mentions[-1]


def setting_text(overview: Overview, lang: Lang) -> str:
    network = overview.network
    if not network.pairing_on:
        return t("pairing.setting.off", lang, name=escape(network.name))
    values = {"name": escape(network.name),
              "every": tn("pairing.weeks", network.pairing_weeks, lang),
              "day": t(f"digest.day.{network.pairing_weekday}", lang),
              "time": f"{network.pairing_hour:02d}:00", "timezone": network.timezone}
    if overview.next_at is None:
        return t("pairing.setting.on.unplanned", lang, **values)
    return t("pairing.setting.on", lang, **values,
             next=format_when(overview.next_at, network.timezone, lang))


def rate_lines(overview: Overview, lang: Lang) -> list[str]:
    """For facilitators only: how many groups of the last round met, never which."""
    rate = overview.rate
    if rate is None:
        return []
    lines = [t("pairing.rate", lang, number=rate.number, met=rate.met, groups=rate.groups,
               answered=rate.answered)]
    if rate.unmatched:
        lines.append(tn("pairing.rate.unmatched", rate.unmatched, lang))
    return lines


def own_part(overview: Overview, lang: Lang) -> str:
    if overview.opted_out:
        return t("pairing.me.out", lang)
    if overview.paused_until is not None:
        return t("pairing.me.paused", lang, number=overview.paused_until)
    return t("pairing.me.in", lang)


def choice_buttons(network_id: int, lang: Lang, *, rejoin: bool = False) -> Block:
    value = str(network_id)
    if rejoin:
        return actions(f"pairing_choices:{network_id}",
                       button(t("pairing.button.rejoin", lang), ids.PAIRING_REJOIN, value))
    return actions(f"pairing_choices:{network_id}",
                   button(t("pairing.button.pause", lang), ids.PAIRING_PAUSE, value),
                   button(t("pairing.button.opt_out", lang), ids.PAIRING_OPT_OUT, value))


def pairing_blocks(network_id: int, away: int | None, lang: Lang) -> list[Block]:
    """On Home, in a network with pairing on: the person's part and its buttons (`away`: the
    round their pause lasts to, -1 when they stopped, None when they take part)."""
    if away is None:
        return [context(t("pairing.me.in", lang)), choice_buttons(network_id, lang)]
    text = t("pairing.me.out", lang) if away < 0 else t("pairing.me.paused", lang,
                                                         number=away)
    return [context(text), choice_buttons(network_id, lang, rejoin=True)]


def member_message(overview: Overview, lang: Lang) -> tuple[str, list[Block]]:
    """`/leernet koppelen` for a member: the setting, their own part and its buttons."""
    text = "\n".join([setting_text(overview, lang), own_part(overview, lang)])
    blocks: list[Block] = [section(text)]
    if overview.network.pairing_on:
        away = overview.opted_out or overview.paused_until is not None
        blocks.append(choice_buttons(overview.network.id, lang, rejoin=away))
    return text, blocks


def settings_modal(overview: Overview, lang: Lang) -> dict:
    """On or off, every N weeks, weekday and hour; 02:00 is not offered (DST)."""
    network = overview.network
    weeks = [(tn("pairing.weeks", n, lang), str(n)) for n in range(1, 9)]
    days = [(t(f"digest.day.{day}", lang), str(day)) for day in range(1, 8)]
    hours = [(f"{hour:02d}:00", str(hour)) for hour in range(24) if hour != 2]
    status = [setting_text(overview, lang), *rate_lines(overview, lang)]
    blocks: list[Block] = [section("\n".join(status))]
    if overview.rate is not None:
        blocks.append(context(t("pairing.rate.privacy", lang)))
    blocks += [
        section(t("pairing.modal.consent", lang)),
        input_block("on", t("pairing.field.on", lang), static_select(
            [(t("pairing.field.on.yes", lang), ON), (t("pairing.field.on.no", lang), OFF)],
            ON if network.pairing_on else OFF)),
        input_block("weeks", t("pairing.field.weeks", lang),
                    static_select(weeks, str(network.pairing_weeks))),
        input_block("day", t("pairing.field.day", lang),
                    static_select(days, str(network.pairing_weekday))),
        input_block("hour", t("pairing.field.hour", lang),
                    static_select(hours, str(network.pairing_hour))),
    ]
    return modal(ids.PAIRING_MODAL, t("pairing.modal.title", lang),
                 t("pairing.modal.submit", lang), t("modal.cancel", lang), blocks,
                 private_metadata=PairingModalMeta(network_id=network.id).dumps())


def announcement(overview: Overview, lang: Lang) -> tuple[str, list[Block]]:
    """In the channel when pairing is switched on: what it is, and how to step out."""
    network = overview.network
    text = t("pairing.announce", lang, name=escape(network.name),
             setting=setting_text(overview, lang))
    return text, [section(text), choice_buttons(network.id, lang)]


def _prompt(network: Network, lang: Lang) -> Block:
    return section(t("pairing.round.prompt", lang,
                     theme=escape(shorten(network.theme, THEME_SHOWN))))


def round_message(network: Network, people: Sequence[str],
                  lang: Lang) -> tuple[str, list[Block]]:
    """The group DM of a pair (or three): who, the prompt on the theme, the buttons."""
    text = t("pairing.round.text", lang, people=_people(people, lang),
             name=escape(network.name))
    return text, [header(t("pairing.round.header", lang)), section(text),
                  _prompt(network, lang), context(t("pairing.round.note", lang)),
                  choice_buttons(network.id, lang)]


def direct_round_message(network: Network, others: Sequence[str],
                         lang: Lang) -> tuple[str, list[Block]]:
    """One person's DM when their group cannot share a group DM (another workspace)."""
    text = t("pairing.round.direct", lang, people=_people(others, lang),
             name=escape(network.name))
    return text, [header(t("pairing.round.header", lang)), section(text),
                  _prompt(network, lang), context(t("pairing.round.note", lang)),
                  choice_buttons(network.id, lang)]


def _answer_buttons(group_id: int, lang: Lang) -> Block:
    value = str(group_id)
    return actions("pairing_met",
                   button(t("pairing.button.met", lang), ids.PAIRING_MET, value, "primary"),
                   button(t("pairing.button.not_yet", lang), ids.PAIRING_NOT_YET, value))


def follow_up_message(network: Network, group_id: int,
                      lang: Lang) -> tuple[str, list[Block]]:
    text = t("pairing.followup.text", lang, name=escape(network.name))
    return text, [section(text), _answer_buttons(group_id, lang)]


def direct_follow_up_message(network: Network, group_id: int, others: Sequence[str],
                             lang: Lang) -> tuple[str, list[Block]]:
    text = t("pairing.followup.direct", lang, people=_people(others, lang),
             name=escape(network.name))
    return text, [section(text), _answer_buttons(group_id, lang)]


def answered_message(met: bool, group_id: int, lang: Lang) -> tuple[str, list[Block]]:
    """The follow-up after a click: what was noted; 'not yet' keeps its 'we met' button."""
    text = t("pairing.answered.met" if met else "pairing.answered.not_yet", lang)
    blocks: list[Block] = [section(text)]
    if not met:
        blocks.append(actions("pairing_met", button(t("pairing.button.met", lang),
                                                    ids.PAIRING_MET, str(group_id),
                                                    "primary")))
    return text, blocks
