"""The Home tab: one card per network with what awaits the person there."""

from collections.abc import Sequence

from bot.catalog import Lang, t, tn
from bot.domain.home import HomeEntry, OpenPoll
from bot.domain.polls import options_of
from bot.text import escape, format_when
from handlers.closing.report_blocks import closing_report_line
from handlers.intervision.blocks import intervision_parts
from handlers.kickoff.blocks import withdraw_button
from handlers.languages.blocks import home_selector
from handlers.mydata.blocks import home_section
from handlers.pairing.blocks import pairing_blocks
from handlers.polls.blocks import vote_action_id
from handlers.reports.blocks import item_line
from handlers.sessions.blocks import meeting_fields
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    divider,
    header,
    plain,
    section,
)
from storage.models import MembershipStatus, Network, RsvpAnswer

# Slack allows 100 blocks on a Home tab; cards are added while they fit, with room for a
# closing "N more networks" line.
MAX_BLOCKS = 100
MAX_POLLS = 3
MAX_ITEM_BUTTONS = 5
MAX_INTROS = 10


def home_view(lang: Lang, entries: list[HomeEntry], chosen: Lang | None = None,
              intros: Sequence[Network] = (), public_url: str | None = None) -> dict:
    """`chosen`: the language the person chose, None when they chose none. `intros`: the
    networks where their introduction is in the channel (also ones they left)."""
    blocks: list[Block] = [header(t("home.header", lang)), *home_selector(lang, chosen)]
    withdrawals = _introductions(intros, lang)
    if not entries:
        blocks.append(section(t("home.empty", lang)))
    privacy = home_section(lang)  # always last: my data and the privacy notice
    # Closed networks come last, under "afgerond", one line each.
    ongoing = [e for e in entries if e.network.closed_at is None]
    closed = [e for e in entries if e.network.closed_at is not None]
    cards = [[divider(), *_card(entry, lang)] for entry in ongoing]
    if closed:
        cards.append([divider(), section(t("home.closed.header", lang))])
        cards += [[_closed_card(entry, lang, public_url)] for entry in closed]
    for shown, card in enumerate(cards):
        if len(blocks) + len(card) > MAX_BLOCKS - 1 - len(withdrawals) - len(privacy):
            header_left = 1 if closed and shown <= len(ongoing) else 0
            blocks.append(context(tn("home.more", len(cards) - shown - header_left, lang)))
            break
        blocks.extend(card)
    return {"type": "home", "blocks": blocks + withdrawals + privacy}


def _closed_card(entry: HomeEntry, lang: Lang, public_url: str | None = None) -> Block:
    network = entry.network
    closed_at = network.closed_at
    assert closed_at is not None
    text = (t("home.network", lang, name=escape(network.name), channel=network.channel_id,
              role=t(f"role.{entry.member.role}", lang))
            + "\n" + t("home.closed.on", lang,
                        when=format_when(closed_at, network.timezone, lang)))
    if entry.closing_report_item is not None:
        text += "\n" + closing_report_line(network, entry.closing_report_item, lang, public_url)
    return section(text)


def _closing(network: Network, lang: Lang) -> list[Block]:
    """A network in its closing phase: the final evaluation instead of planning."""
    closes_at = network.final_evaluation_closes_at
    text = t("home.closing", lang)
    if closes_at is not None:
        text += " " + t("final.closes", lang, when=format_when(closes_at, network.timezone,
                                                                lang))
    return [section(text), actions(f"home_final:{network.id}", button(
        t("final.button.open", lang), ids.FINAL_OPEN, str(network.id), "primary"))]


def _introductions(intros: Sequence[Network], lang: Lang) -> list[Block]:
    """One withdraw button per network where the person's introduction is shown."""
    if not intros:
        return []
    blocks = [divider(), section(t("home.intros", lang))]
    for network in intros[:MAX_INTROS]:
        line = section(t("home.intro", lang, name=escape(network.name)))
        line["accessory"] = withdraw_button(network.id, lang)
        blocks.append(line)
    return blocks


def _card(entry: HomeEntry, lang: Lang) -> list[Block]:
    network = entry.network
    blocks = [section(t("home.network", lang, name=escape(network.name),
                        channel=network.channel_id, role=t(f"role.{entry.member.role}", lang)))]
    if entry.member.status == MembershipStatus.WAITLISTED:
        return [*blocks, context(t("home.waitlisted", lang, place=entry.waitlist_place))]
    if entry.member.status == MembershipStatus.PENDING:
        return [*blocks, context(t("home.pending", lang))]
    if network.closing_started_at is not None:
        blocks.extend(_closing(network, lang))
    else:
        blocks.extend(_next_session(entry, lang))
        blocks.extend(intervision_parts(entry.intervision, lang))
        blocks.extend(_questionnaire(entry, lang))
    if entry.evaluation is not None:
        blocks.append(section(t("home.evaluation", lang)))
        blocks.append(actions(f"home_eval:{entry.evaluation.id}", button(
            t("home.evaluation.open", lang), ids.EVALUATION_OPEN, str(entry.evaluation.id),
            "primary")))
    for followup in entry.followups[:2]:
        blocks.append(section(t("home.followup", lang, text=escape(followup.text))))
        blocks.append(actions(f"home_apply:{followup.id}", button(
            t("home.followup.open", lang), ids.APPLY_OPEN, str(followup.id), "primary")))
    if entry.agreement_to_ack is not None:
        agreement = entry.agreement_to_ack
        blocks.append(section(t("home.agreements", lang, version=agreement.version,
                                channel=network.channel_id)))
        blocks.append(actions(f"home_ack:{agreement.id}", button(
            t("home.agreements.ack", lang), ids.AGREEMENT_ACK, str(agreement.id), "primary")))
    for open_poll in entry.open_polls[:MAX_POLLS]:
        blocks.extend(_poll(entry, open_poll, lang))
    if entry.my_open_items:
        blocks.extend(_my_items(entry, lang))
    if network.pairing_on and network.closing_started_at is None:
        blocks.extend(pairing_blocks(network.id, entry.pairing_away, lang))
    blocks.append(_member_actions(entry, lang))
    if entry.is_facilitator and network.closing_started_at is None:
        value = str(network.id)
        blocks.append(actions(f"home_facilitator:{network.id}",
                              button(t("home.plan", lang), ids.HOME_PLAN, value),
                              button(t("home.members", lang), ids.HOME_MEMBERS, value)))
        blocks.append(context(t("home.facilitator", lang, channel=network.channel_id)))
    return blocks


def _member_actions(entry: HomeEntry, lang: Lang) -> Block:
    """What a member otherwise does with a command, for whoever has none (a Slack Connect
    member whose workspace does not have the app): the agenda, and leaving."""
    value = str(entry.network.id)
    leave = button(t("leave.button", lang), ids.LEAVE_CONFIRM, value)
    leave["confirm"] = {"title": plain(t("leave.confirm.title", lang)),
                        "text": plain(t("leave.confirm.text", lang)),
                        "confirm": plain(t("leave.confirm.yes", lang)),
                        "deny": plain(t("confirm.no", lang)), "style": "danger"}
    return actions(f"home_member:{entry.network.id}",
                   button(t("home.agenda", lang), ids.AGENDA_OPEN, value), leave)


def _next_session(entry: HomeEntry, lang: Lang) -> list[Block]:
    meeting = entry.next_meeting
    if meeting is None:
        return [context(t("home.next.none", lang))]
    when = format_when(meeting.starts_at, entry.network.timezone, lang)
    answer = t(f"home.rsvp.{entry.answer or 'none'}", lang)
    value = str(meeting.id)
    return [
        section(t("home.next", lang, when=when) + "\n" + answer,
                fields=meeting_fields(entry.network, meeting, lang, with_when=False)),
        actions(f"home_rsvp:{meeting.id}",
                button(t("rsvp.yes", lang), ids.RSVP_YES, value,
                       "primary" if entry.answer == RsvpAnswer.YES else None),
                button(t("rsvp.no", lang), ids.RSVP_NO, value,
                       "danger" if entry.answer == RsvpAnswer.NO else None)),
    ]


def _questionnaire(entry: HomeEntry, lang: Lang) -> list[Block]:
    if entry.questionnaire is None:
        return []
    answered, closes_at = entry.questionnaire
    text = t("home.questionnaire.done" if answered else "home.questionnaire.todo", lang)
    if closes_at is not None:
        text += " " + t("home.questionnaire.until", lang,
                        when=format_when(closes_at, entry.network.timezone, lang))
    label = t("home.questionnaire.edit" if answered else "home.questionnaire.answer", lang)
    return [section(text), actions(f"home_kickoff:{entry.network.id}", button(
        label, ids.KICKOFF_OPEN, str(entry.network.id), None if answered else "primary"))]


def _poll(entry: HomeEntry, open_poll: OpenPoll, lang: Lang) -> list[Block]:
    poll = open_poll.poll
    options = options_of(poll)
    text = t("home.poll", lang, question=escape(poll.question),
             when=format_when(poll.closes_at, entry.network.timezone, lang))
    if open_poll.my_vote is not None:
        text += "\n" + t("home.poll.voted", lang, option=escape(options[open_poll.my_vote]))
    buttons = [button(option, vote_action_id(i), f"{poll.id}:{i}",
                      "primary" if i == open_poll.my_vote else None)
               for i, option in enumerate(options)]
    return [section(text), actions(f"home_poll:{poll.id}", *buttons)]


def _my_items(entry: HomeEntry, lang: Lang) -> list[Block]:
    items = entry.my_open_items
    lines = [t("home.items", lang)] + [f"• {item_line(item, lang)}" for item in items]
    buttons = [button(t("home.item.done", lang, number=i), ids.action_done_id(item.id),
                      str(item.id))
               for i, item in enumerate(items[:MAX_ITEM_BUTTONS], start=1)]
    numbered = [f"{i}. {line[2:]}" if i <= MAX_ITEM_BUTTONS else line
                for i, line in enumerate(lines[1:], start=1)]
    return [section("\n".join([lines[0], *numbered])),
            actions(f"home_items:{entry.network.id}", *buttons)]
