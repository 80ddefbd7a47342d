"""Membership commands and buttons: invite, join and approve, members (also from the Home
tab), leave, remove, co-facilitators.

Every change is stored by the membership service first; what follows in Slack (the channel,
DMs, the answer to the facilitator, Home tabs) comes after the acknowledgement and outside any
transaction. Those steps are courtesies that cannot undo a stored change, so a Slack refusal
there is reported or logged, and the change stands.
"""

import logging

from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from bot.domain.errors import DomainError
from bot.domain.membership import Admission
from bot.text import escape
from handlers.home.publish import refresh_homes
from handlers.membership.blocks import (
    confirm_blocks,
    join_modal,
    join_request_message,
    members_blocks,
)
from handlers.membership.roster_sync import RosterSync
from handlers.slack import ids
from handlers.slack.errors import message_for
from handlers.slack.kit import notice_modal
from handlers.slack.listen import Listen
from handlers.slack.mentions import mentioned_users
from handlers.slack.messaging import tell_each
from handlers.slack.metadata import JoinModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id, parse_pair
from storage.models import Membership, Network

log = logging.getLogger(__name__)


class MembershipHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    # --- /leernet uitnodigen @a @b --------------------------------------------------------

    def invite(self, call: Turn) -> None:
        users = mentioned_users(call.args)
        if not users:
            raise DomainError("member.error.no_mentions", command="uitnodigen")
        network = self.services.membership.facilitated_network(call.team_id, call.channel_id,
                                                               call.user_id)
        call.ack()  # one Slack round trip per person may take longer than Slack's 3 seconds
        sync = RosterSync(self.deps, call.client)
        lines = [self._invite_one(call, sync, network, user) for user in users]
        call.respond("\n".join(lines))
        refresh_homes(call.client, self.deps, network.team_id, users)

    def _invite_one(self, call: Turn, sync: RosterSync, network: Network, user_id: str) -> str:
        refusal, team_id = _profile(call, user_id)
        if refusal is not None:
            return refusal
        invited = self.services.membership.invite(network.id, user_id, by=call.user_id,
                                                  user_team_id=team_id)
        if invited.admission is None:
            assert invited.refusal is not None
            return message_for(invited.refusal, call.lang)
        return self._after_admission(sync, network, invited.admission, call.lang)

    def _after_admission(self, sync: RosterSync, network: Network, admission: Admission,
                         lang: Lang) -> str:
        """Welcome or waitlist the person; the line for the facilitator says which."""
        user_id = admission.membership.user_id
        if admission.waitlisted:
            sync.tell(network, user_id, "member.dm.waitlisted", name=escape(network.name),
                      place=admission.place)
            return t("member.invite.waitlisted", lang, user=user_id, place=admission.place)
        problem = sync.welcome(network, user_id, "member.dm.welcome", lang)
        line = t("member.invite.added", lang, user=user_id)
        return f"{line}\n{problem}" if problem else line

    # --- /leernet join, and the facilitator's answer --------------------------------------

    def join(self, call: Turn) -> None:
        form = self.services.membership.join_form(call.team_id, call.channel_id, call.user_id)
        call.open_modal(join_modal(call.lang, form.network, form.full))

    def on_join_open(self, turn: Turn) -> None:
        form = self.services.membership.join_form_for(turn.action_id_value(), turn.actor_team_id,
                                                      turn.user_id)
        turn.open_modal(join_modal(turn.lang, form.network, form.full))

    def on_join_submit(self, turn: Turn) -> None:
        network_id = parse_id(turn.meta(JoinModalMeta).network_id)
        request = self.services.membership.request_join(
            network_id, turn.user_id, turn.values().get("organisation"))
        turn.ack()
        network = request.network
        # Every facilitator is asked; one who cannot be reached leaves it to the others.
        tell_each(self.deps, turn.client, network, request.facilitators, lambda lang, _user:
                  join_request_message(network, request.member, request.full, lang))
        RosterSync(self.deps, turn.client).tell(network, turn.user_id, "join.sent",
                                                name=escape(network.name))
        refresh_homes(turn.client, self.deps, network.team_id, [turn.user_id])

    def on_approve(self, turn: Turn) -> None:
        by = turn.user_id
        approved = self.services.membership.approve(turn.action_id_value(), by=by)
        turn.about(approved.network)  # clicked in the request's DM
        admission = approved.admission
        line = t("join.approved", turn.lang, user=admission.membership.user_id, by=by)
        detail = self._after_admission(RosterSync(self.deps, turn.client), approved.network,
                                       admission, turn.lang)
        turn.respond(f"{line}\n{detail}", replace_original=True)
        refresh_homes(turn.client, self.deps, approved.network.team_id,
                      [admission.membership.user_id])

    def on_decline(self, turn: Turn) -> None:
        by = turn.user_id
        declined = self.services.membership.decline(turn.action_id_value(), by=by)
        turn.about(declined.network)
        member = declined.member
        RosterSync(self.deps, turn.client).tell(declined.network, member.user_id,
                                                "member.dm.declined",
                                                name=escape(declined.network.name))
        turn.respond(t("join.declined", turn.lang, user=member.user_id, by=by),
                     replace_original=True)
        refresh_homes(turn.client, self.deps, declined.network.team_id, [member.user_id])

    # --- the member list: /leernet leden, and the Home tab's members button ---------------

    def members(self, call: Turn) -> None:
        roster = self.services.membership.roster_in_channel(call.team_id, call.channel_id,
                                                            call.user_id)
        call.reply(t("members.header", call.lang, name=escape(roster.network.name)),
                   members_blocks(roster.network, roster.members, call.lang))

    def on_home_members(self, turn: Turn) -> None:
        roster = self.services.membership.roster_for_facilitator(turn.action_id_value(),
                                                                 turn.user_id)
        blocks = members_blocks(roster.network, roster.members, turn.lang)
        turn.open_modal(notice_modal(turn.lang, blocks))

    # --- leaving and removing ---------------------------------------------------------------

    def leave(self, call: Turn) -> None:
        network = self.services.membership.leaving(call.team_id, call.channel_id,
                                                   call.user_id)
        lang = call.lang
        question = t("leave.question", lang, name=escape(network.name))
        call.reply(question, confirm_blocks(
            question, ids.LEAVE_CONFIRM, str(network.id), t("leave.button", lang),
            t("leave.confirm.title", lang), t("leave.confirm.text", lang),
            t("leave.confirm.yes", lang), t("confirm.no", lang)))

    def on_leave(self, turn: Turn) -> None:
        ended = self.services.membership.leave(turn.action_id_value(), turn.user_id)
        self._after_end(turn, ended.network, turn.user_id, ended.was_active, ended.promoted,
                        by=None)

    def remove(self, call: Turn) -> None:
        users = mentioned_users(call.args)
        if len(users) != 1:
            raise DomainError("member.error.no_mentions", command="verwijderen")
        network = self.services.membership.removing(call.team_id, call.channel_id, users[0],
                                                    by=call.user_id)
        lang = call.lang
        question = t("remove.question", lang, user=users[0], name=escape(network.name))
        call.reply(question, confirm_blocks(
            question, ids.REMOVE_CONFIRM, f"{network.id}:{users[0]}", t("remove.button", lang),
            t("remove.confirm.title", lang), t("remove.confirm.text", lang),
            t("remove.confirm.yes", lang), t("confirm.no", lang)))

    def on_remove(self, turn: Turn) -> None:
        raw_network_id, user_id = parse_pair(turn.action_value())
        ended = self.services.membership.remove(parse_id(raw_network_id), user_id,
                                                by=turn.user_id)
        self._after_end(turn, ended.network, user_id, ended.was_active, ended.promoted,
                        by=turn.user_id)

    def _after_end(self, turn: Turn, network: Network, user_id: str, was_active: bool,
                   promoted: list[Membership], by: str | None) -> None:
        """After leaving (by None) or a removal (by a facilitator): tidy the channel, tell
        the people concerned, and replace the confirmation with what was done."""
        lang = turn.lang
        sync = RosterSync(self.deps, turn.client)
        if was_active:
            sync.remove_from_channel(network, user_id)
        if by is None:
            lines = [t("leave.done", lang, name=escape(network.name))]
        else:
            sync.tell(network, user_id, "member.dm.removed", name=escape(network.name))
            lines = [t("remove.done", lang, user=user_id, name=escape(network.name))]
        lines += self._promote(sync, network, promoted, lang)
        if turn.body.get("response_url"):
            turn.respond("\n".join(lines), replace_original=True)
        else:  # clicked on Home, which has no message to replace
            turn.tell("\n".join(lines))
        refresh_homes(turn.client, self.deps, network.team_id,
                      [user_id, *(m.user_id for m in promoted)])

    def _promote(self, sync: RosterSync, network: Network, promoted: list[Membership],
                 lang: Lang) -> list[str]:
        lines = []
        for member in promoted:
            lines.append(t("member.promoted", lang, user=member.user_id))
            problem = sync.welcome(network, member.user_id, "member.dm.promoted", lang)
            if problem:
                lines.append(problem)
        return lines

    # --- co-facilitators -----------------------------------------------------------------------

    def facilitator(self, call: Turn) -> None:
        users = mentioned_users(call.args)
        if len(users) != 1:
            raise DomainError("member.error.no_mentions", command="facilitator")
        done = self.services.membership.make_facilitator(call.team_id, call.channel_id,
                                                         users[0], by=call.user_id)
        call.ack()
        network = done.network
        lines = [t("facilitator.done", call.lang, user=users[0], name=escape(network.name))]
        sync = RosterSync(self.deps, call.client)
        sync.tell(network, users[0], "member.dm.facilitator", by=call.user_id,
                  name=escape(network.name))
        lines += self._promote(sync, network, done.promoted, call.lang)
        call.respond("\n".join(lines))
        refresh_homes(call.client, self.deps, network.team_id,
                      [users[0], *(m.user_id for m in done.promoted)])


def _profile(call: Turn, user_id: str) -> tuple[str | None, str]:
    """Why Slack's profile of an invited person rules them out (a bot, a deactivated or
    unknown account), as a line for the facilitator (None when they may be invited), and
    their own workspace (another one for a Slack Connect member)."""
    try:
        profile = call.client.users_info(user=user_id)["user"]
    except SlackApiError:
        return t("member.error.unknown_user", call.lang, user=user_id), ""
    if profile.get("is_bot"):
        return t("member.error.bot", call.lang, user=user_id), ""
    if profile.get("deleted"):
        return t("member.error.deactivated", call.lang, user=user_id), ""
    return None, str(profile.get("team_id") or "")


def register(listen: Listen) -> None:
    handlers = MembershipHandlers(listen)
    listen.command(("uitnodigen", "invite"), "help.uitnodigen")(handlers.invite)
    listen.command(("join", "aansluiten"), "help.join")(handlers.join)
    listen.command(("leden", "members"), "help.leden")(handlers.members)
    listen.command(("verlaten", "leave"), "help.verlaten")(handlers.leave)
    listen.command(("verwijderen", "remove"), "help.verwijderen")(handlers.remove)
    listen.command(("facilitator",), "help.facilitator")(handlers.facilitator)
    listen.view(ids.JOIN_MODAL, error_field="organisation")(handlers.on_join_submit)
    listen.action(ids.JOIN_OPEN)(handlers.on_join_open)
    listen.action(ids.JOIN_APPROVE)(handlers.on_approve)
    listen.action(ids.JOIN_DECLINE)(handlers.on_decline)
    listen.action(ids.LEAVE_CONFIRM)(handlers.on_leave)
    listen.action(ids.REMOVE_CONFIRM)(handlers.on_remove)
    listen.action(ids.HOME_MEMBERS)(handlers.on_home_members)
