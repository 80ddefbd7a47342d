"""Block Kit for membership: the join modal, requests to facilitators, the member list,
and confirmations."""

from collections.abc import Sequence

from bot.catalog import Lang, t
from bot.domain import membership
from bot.text import escape
from handlers.mydata.blocks import privacy_note
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    header,
    input_block,
    modal,
    plain,
    section,
)
from handlers.slack.metadata import JoinModalMeta
from storage.models import Membership, MembershipStatus, Network, Role


def join_modal(lang: Lang, network: Network, full: bool) -> dict:
    blocks = [section(t("join.modal.intro", lang, name=escape(network.name),
                        theme=escape(network.theme)))]
    if full:
        blocks.append(context(t("join.modal.full", lang)))
    blocks.append(input_block(
        "organisation", t("join.field.organisation", lang),
        {"type": "plain_text_input", "action_id": ids.VALUE,
         "max_length": membership.ORGANISATION_MAX},
        hint=t("join.field.organisation.hint", lang)))
    blocks += privacy_note(lang)
    return modal(ids.JOIN_MODAL, t("join.modal.title", lang), t("join.modal.submit", lang),
                 t("modal.cancel", lang), blocks, JoinModalMeta(network.id).dumps())


def join_request_message(network: Network, member: Membership, full: bool,
                         lang: Lang) -> tuple[str, list[Block]]:
    text = t("join.request", lang, user=member.user_id, name=escape(network.name),
             organisation=escape(member.organisation or ""))
    blocks = [section(text)]
    if full:
        blocks.append(context(t("join.request.full", lang)))
    value = str(member.id)
    blocks.append(actions(f"join:{member.id}",
                          button(t("join.approve", lang), ids.JOIN_APPROVE, value, "primary"),
                          button(t("join.decline", lang), ids.JOIN_DECLINE, value)))
    return text, blocks


def _organisation(member: Membership, lang: Lang) -> str:
    return escape(member.organisation) if member.organisation else t("members.no_organisation",
                                                                     lang)


def members_blocks(network: Network, roster: Sequence[Membership], lang: Lang) -> list[Block]:
    def lines(members: list[Membership], numbered: bool = False) -> str:
        if not members:
            return t("members.none", lang)
        return "\n".join(
            t("members.place", lang, place=i, user=m.user_id,
              organisation=_organisation(m, lang)) if numbered
            else t("members.line", lang, user=m.user_id, organisation=_organisation(m, lang))
            for i, m in enumerate(members, start=1))

    active = [m for m in roster if m.status == MembershipStatus.ACTIVE]
    facilitators = [m for m in active if m.role == Role.FACILITATOR]
    participants = [m for m in active if m.role == Role.PARTICIPANT]
    waiting = [m for m in roster if m.status == MembershipStatus.WAITLISTED]
    pending = [m for m in roster if m.status == MembershipStatus.PENDING]
    blocks = [
        header(t("members.header", lang, name=network.name)),
        section(t("members.facilitators", lang) + "\n" + lines(facilitators)),
        section(t("members.participants", lang, count=len(participants),
                  max=network.max_participants) + "\n" + lines(participants)),
    ]
    if waiting:
        blocks.append(section(t("members.waitlist", lang) + "\n" + lines(waiting, True)))
    if pending:
        blocks.append(section(t("members.pending", lang) + "\n" + lines(pending)))
    return blocks


def confirm_blocks(question: str, action_id: str, value: str, label: str, title: str,
                   text: str, yes: str, no: str) -> list[Block]:
    """A question with one danger button that Slack asks to confirm before it is sent."""
    confirm_button = button(label, action_id, value, "danger")
    confirm_button["confirm"] = {"title": plain(title), "text": plain(text),
                                 "confirm": plain(yes), "deny": plain(no), "style": "danger"}
    return [section(question), actions(f"confirm:{action_id}", confirm_button)]
