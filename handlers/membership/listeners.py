"""Membership commands and buttons: invite, join and approve, members, leave, remove,
co-facilitators."""

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain import membership, networks
from bot.domain.errors import DomainError, FieldErrors
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
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors, slack_failure_text
from handlers.slack.mentions import mentioned_users
from handlers.slack.messaging import send_dm
from handlers.slack.metadata import JoinModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_values
from storage import networks as network_store
from storage import networks as repo
from storage.models import Membership, MembershipStatus, Network, Role


class MembershipHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    # --- /leernet uitnodigen @a @b --------------------------------------------------------

    def invite(self, call: Invocation) -> None:
        users = mentioned_users(call.args)
        if not users:
            raise DomainError("member.error.no_mentions", command="uitnodigen")
        network = self._facilitated_network(call)
        call.ack()  # one Slack round trip per person may take longer than Slack's 3 seconds
        sync = RosterSync(self.deps, call.client)
        lines = [self._invite_one(call, sync, network, user) for user in users]
        call.respond(text="\n".join(lines), response_type="ephemeral")
        refresh_homes(call.client, self.deps, network.team_id, users)

    def _invite_one(self, call: Invocation, sync: RosterSync, network: Network,
                    user_id: str) -> str:
        try:
            profile = call.client.users_info(user=user_id)["user"]
        except SlackApiError:
            return t("member.error.unknown_user", call.lang, user=user_id)
        if profile.get("is_bot"):
            return t("member.error.bot", call.lang, user=user_id)
        if profile.get("deleted"):
            return t("member.error.deactivated", call.lang, user=user_id)
        try:
            with self.deps.db.session() as session:
                membership.lock_roster(session, network.id)
                admission = membership.admit(session, network, user_id,
                                             now=self.deps.clock(), invited_by=call.user_id)
        except DomainError as error:
            return message_for(error, call.lang)
        return self._after_admission(sync, network, admission, call.lang)

    def _after_admission(self, sync: RosterSync, network: Network,
                         admission: membership.Admission, lang) -> str:
        """Welcome or waitlist the person; the line for the facilitator says which."""
        user_id = admission.membership.user_id
        if admission.waitlisted:
            sync.tell(user_id, "member.dm.waitlisted", name=escape(network.name),
                      place=admission.place)
            return t("member.invite.waitlisted", lang, user=user_id, place=admission.place)
        problem = sync.welcome(network, user_id, "member.dm.welcome", lang)
        line = t("member.invite.added", lang, user=user_id)
        return f"{line}\n{problem}" if problem else line

    # --- /leernet join, and the facilitator's answer --------------------------------------

    def join(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            existing = repo.membership(session, network.id, call.user_id)
            if existing is not None and existing.status in membership.HOLDING:
                key = ("member.error.pending" if existing.status == MembershipStatus.PENDING
                       else "member.error.already")
                raise DomainError(key, user=call.user_id)
            full = membership.participant_count(session, network.id) >= network.max_participants
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"],
                               view=join_modal(call.lang, network, full))

    def on_join_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = JoinModalMeta.loads(view["private_metadata"])
        organisation = (submitted_values(view).get("organisation") or "").strip()
        if not organisation:
            ack(response_action="errors", errors=modal_errors(FieldErrors(
                {"organisation": DomainError("network.error.blank")}), lang))
            return
        try:
            with self.deps.db.session() as session:
                network = session.get(Network, meta.network_id)
                member = membership.request_join(session, network, user_id, organisation,
                                                 now=self.deps.clock())
                full = (membership.participant_count(session, network.id)
                        >= network.max_participants)
                facilitators = [m.user_id for m in repo.active_members(session, network.id)
                                if m.role == Role.FACILITATOR]
        except DomainError as error:
            ack(response_action="errors", errors={"organisation": message_for(error, lang)})
            return
        ack()
        sync = RosterSync(self.deps, client)
        for facilitator in facilitators:
            try:
                text, blocks = join_request_message(
                    network, member, full, self.deps.locales.lang(client, facilitator))
                send_dm(client, facilitator, text, blocks)
            except SlackApiError:
                continue  # another facilitator can still answer
        sync.tell(user_id, "join.sent", name=escape(network.name))
        refresh_homes(client, self.deps, network.team_id, [user_id])

    def on_approve(self, ack: Ack, body: dict, action: dict, client: WebClient,
                   respond) -> None:
        ack()
        by = body["user"]["id"]
        lang = self.deps.locales.lang(client, by)
        try:
            with self.deps.db.session() as session:
                network, member = membership.pending_request(session, int(action["value"]))
            with self.deps.db.session() as session:
                membership.lock_roster(session, network.id)
                admission = membership.approve(session, int(action["value"]), by=by,
                                               now=self.deps.clock())
        except DomainError as error:
            respond(text=message_for(error, lang), replace_original=False)
            return
        line = t("join.approved", lang, user=admission.membership.user_id, by=by)
        detail = self._after_admission(RosterSync(self.deps, client), network, admission, lang)
        respond(text=f"{line}\n{detail}", replace_original=True)
        refresh_homes(client, self.deps, network.team_id, [admission.membership.user_id])

    def on_decline(self, ack: Ack, body: dict, action: dict, client: WebClient,
                   respond) -> None:
        ack()
        by = body["user"]["id"]
        lang = self.deps.locales.lang(client, by)
        try:
            with self.deps.db.session() as session:
                member = membership.decline(session, int(action["value"]), by=by,
                                            now=self.deps.clock())
                network = session.get(Network, member.network_id)
        except DomainError as error:
            respond(text=message_for(error, lang), replace_original=False)
            return
        RosterSync(self.deps, client).tell(member.user_id, "member.dm.declined",
                                           name=escape(network.name))
        respond(text=t("join.declined", lang, user=member.user_id, by=by),
                replace_original=True)
        refresh_homes(client, self.deps, network.team_id, [member.user_id])

    # --- /leernet leden ---------------------------------------------------------------------

    def members(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            networks.ensure_member(session, network, call.user_id)
            roster = membership.roster(session, network.id)
        call.reply(t("members.header", call.lang, name=escape(network.name)),
                   members_blocks(network, roster, call.lang))

    # --- leaving and removing ---------------------------------------------------------------

    def leave(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            member = repo.membership(session, network.id, call.user_id)
            if member is None or member.status not in membership.HOLDING:
                raise DomainError("error.not_member")
        lang = call.lang
        call.reply(t("leave.question", lang, name=escape(network.name)), confirm_blocks(
            t("leave.question", lang, name=escape(network.name)), ids.LEAVE_CONFIRM,
            str(network.id), t("leave.button", lang), t("leave.confirm.title", lang),
            t("leave.confirm.text", lang), t("leave.confirm.yes", lang), t("confirm.no", lang)))

    def on_leave(self, ack: Ack, body: dict, action: dict, client: WebClient,
                 respond) -> None:
        ack()
        self._end(body, client, respond, int(action["value"]), body["user"]["id"], by=None)

    def remove(self, call: Invocation) -> None:
        users = mentioned_users(call.args)
        if len(users) != 1:
            raise DomainError("member.error.no_mentions", command="verwijderen")
        network = self._facilitated_network(call)
        with self.deps.db.session() as session:
            target = repo.membership(session, network.id, users[0])
            if target is None or target.status not in membership.HOLDING:
                raise DomainError("member.error.not_member", user=users[0])
        lang = call.lang
        question = t("remove.question", lang, user=users[0], name=escape(network.name))
        call.reply(question, confirm_blocks(
            question, ids.REMOVE_CONFIRM, f"{network.id}:{users[0]}", t("remove.button", lang),
            t("remove.confirm.title", lang), t("remove.confirm.text", lang),
            t("remove.confirm.yes", lang), t("confirm.no", lang)))

    def on_remove(self, ack: Ack, body: dict, action: dict, client: WebClient,
                  respond) -> None:
        ack()
        network_id, user_id = action["value"].split(":", 1)
        self._end(body, client, respond, int(network_id), user_id, by=body["user"]["id"])

    def _end(self, body: dict, client: WebClient, respond, network_id: int, user_id: str,
             by: str | None) -> None:
        """Leave (by None) or remove (by a facilitator); then tidy the channel and the list."""
        actor = by or user_id
        lang = self.deps.locales.lang(client, actor)
        try:
            with self.deps.db.session() as session:
                membership.lock_roster(session, network_id)
                network = session.get(Network, network_id)
                was_active = _is_active(repo.membership(session, network_id, user_id))
                if by is None:
                    _, promoted = membership.leave(session, network, user_id,
                                                   now=self.deps.clock())
                else:
                    _, promoted = membership.remove(session, network, user_id, by=by,
                                                    now=self.deps.clock())
        except DomainError as error:
            respond(text=message_for(error, lang), replace_original=False)
            return
        sync = RosterSync(self.deps, client)
        if was_active:
            sync.remove_from_channel(network, user_id)
        if by is None:
            lines = [t("leave.done", lang, name=escape(network.name))]
        else:
            sync.tell(user_id, "member.dm.removed", name=escape(network.name))
            lines = [t("remove.done", lang, user=user_id, name=escape(network.name))]
        lines += self._promote(sync, network, promoted, lang)
        try:
            respond(text="\n".join(lines), replace_original=True)
        except SlackApiError as error:
            respond(text=slack_failure_text(error, lang), replace_original=False)
        refresh_homes(client, self.deps, network.team_id,
                      [user_id, *(m.user_id for m in promoted)])

    def _promote(self, sync: RosterSync, network: Network, promoted: list[Membership],
                 lang) -> list[str]:
        lines = []
        for member in promoted:
            lines.append(t("member.promoted", lang, user=member.user_id))
            problem = sync.welcome(network, member.user_id, "member.dm.promoted", lang)
            if problem:
                lines.append(problem)
        return lines

    # --- co-facilitators -----------------------------------------------------------------------

    def facilitator(self, call: Invocation) -> None:
        users = mentioned_users(call.args)
        if len(users) != 1:
            raise DomainError("member.error.no_mentions", command="facilitator")
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
        with self.deps.db.session() as session:
            membership.lock_roster(session, network.id)
            promoted = membership.make_facilitator(session, network, users[0],
                                                   by=call.user_id, now=self.deps.clock())
        lines = [t("facilitator.done", call.lang, user=users[0], name=escape(network.name))]
        call.ack()
        sync = RosterSync(self.deps, call.client)
        sync.tell(users[0], "member.dm.facilitator", by=call.user_id,
                  name=escape(network.name))
        lines += self._promote(sync, network, promoted, call.lang)
        call.respond(text="\n".join(lines), response_type="ephemeral")
        refresh_homes(call.client, self.deps, network.team_id,
                      [users[0], *(m.user_id for m in promoted)])

    # --- shared -------------------------------------------------------------------------------

    def _facilitated_network(self, call: Invocation) -> Network:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            networks.ensure_facilitator(session, network, call.user_id)
        return network


def _is_active(member: Membership | None) -> bool:
    return member is not None and member.status == MembershipStatus.ACTIVE


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = MembershipHandlers(deps)
    router.add(("uitnodigen", "invite"), handlers.invite, "help.uitnodigen")
    router.add(("join", "aansluiten"), handlers.join, "help.join")
    router.add(("leden", "members"), handlers.members, "help.leden")
    router.add(("verlaten", "leave"), handlers.leave, "help.verlaten")
    router.add(("verwijderen", "remove"), handlers.remove, "help.verwijderen")
    router.add(("facilitator",), handlers.facilitator, "help.facilitator")
    app.view(ids.JOIN_MODAL)(handlers.on_join_submit)
    app.action(ids.JOIN_APPROVE)(handlers.on_approve)
    app.action(ids.JOIN_DECLINE)(handlers.on_decline)
    app.action(ids.LEAVE_CONFIRM)(handlers.on_leave)
    app.action(ids.REMOVE_CONFIRM)(handlers.on_remove)
