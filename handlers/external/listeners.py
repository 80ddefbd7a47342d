"""`/leernet extern`: asking the group whether it wants external input on a theme (a vote now
with the standard question, or a question in the next session's evaluation), and guest
experts invited to one session: invited, taken off, thanked after it, and their slides shared
with their consent.

A vote is stored, then posted in the channel by the polls' own machinery; a refused post
takes it back. A Slack guest is looked up with `users.info` after the acknowledgement (a bot,
a deactivated or unknown account is refused and nothing is stored), stored, then told by DM.
"""

import logging

from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.errors import DomainError
from bot.domain.external import GuestDraft
from bot.domain.languages import of_network
from bot.services.external import AskedInEvaluation, SlidesDraft
from bot.text import escape, format_when
from handlers.external.blocks import (
    ExternalModalMeta,
    SlidesModalMeta,
    ask_modal,
    consent_text,
    evaluation_asked,
    guest_modal,
    guest_name,
    invitation_message,
    overview_message,
    slides_modal,
    thanks_message,
    uninvited_message,
)
from handlers.external.blocks import notice as notice_view
from handlers.home.publish import refresh_network_homes
from handlers.polls.blocks import poll_message
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.messaging import post_or_undo, tell_each
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id

log = logging.getLogger(__name__)

ASK_WORDS = ("vraag", "ask")
GUEST_WORDS = ("gast", "guest")


class ExternalHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.external = listen.deps.services.external

    # --- `/leernet extern` --------------------------------------------------------------------

    def command(self, call: Turn) -> None:
        word, _, rest = call.args.partition(" ")
        word = word.lower()
        if not word:
            found = self.external.overview(call.team_id, call.channel_id, call.user_id)
            call.reply(*overview_message(found.network, found.asks, found.sessions,
                                         found.facilitator, found.now, call.lang))
        elif word in ASK_WORDS:
            form = self.external.ask_form(call.team_id, call.channel_id, call.user_id)
            call.open_modal(ask_modal(call.lang, form.network, form.now, form.next_session,
                                      " ".join(rest.split())))
        elif word in GUEST_WORDS:
            guests = self.external.guest_form(call.team_id, call.channel_id, call.user_id)
            call.open_modal(guest_modal(call.lang, guests.network, guests.upcoming))
        else:
            call.reply(t("external.usage", call.lang))

    # --- asking the group ---------------------------------------------------------------------

    def on_ask(self, turn: Turn) -> None:
        network_id = turn.meta(ExternalModalMeta).network_id
        values = turn.values()
        asked = self.external.ask(network_id, turn.user_id, values.get("theme"),
                                  values.get("method"), values.get("closes_date"),
                                  values.get("closes_time"))
        if isinstance(asked, AskedInEvaluation):
            turn.update_modal(notice_view(turn.lang, evaluation_asked(
                asked.network, asked.meeting, asked.ask.theme, turn.lang)))
            return
        started = asked.started
        network, poll = started.network, started.poll
        turn.show_working(t("poll.working", turn.lang))
        text, blocks = poll_message(network, poll, 0, of_network(network))
        ts = post_or_undo(turn.client, network.channel_id, text, blocks,
                          undo=lambda: self.external.discard_vote(asked.ask.id, poll.id))
        self.deps.services.polls.published(started, ts)
        turn.tell(t("external.asked.vote", turn.lang, theme=escape(asked.ask.theme),
                    channel=network.channel_id,
                    when=format_when(poll.closes_at, network.timezone, turn.lang)))
        refresh_network_homes(turn.client, self.deps, network.id)

    # --- guests -------------------------------------------------------------------------------

    def on_guest(self, turn: Turn) -> None:
        network_id = turn.meta(ExternalModalMeta).network_id
        values = turn.values()
        draft = GuestDraft(**{name: values.get(name) for name in ids.EXTERNAL_GUEST_FIELDS})
        guest = self.external.check_guest(network_id, turn.user_id, draft)
        team = ""
        if guest.user_id is not None:
            turn.show_working(t("external.guest.working", turn.lang))
            team = self._slack_team(turn, guest.user_id)
        invited = self.external.invite(network_id, turn.user_id, guest, team)
        network, meeting = invited.network, invited.meeting
        when = format_when(meeting.starts_at, network.timezone, turn.lang)
        name = guest_name(invited.guest, turn.lang)
        if invited.guest.user_id is None:
            turn.update_modal(notice_view(turn.lang, t("external.guest.listed", turn.lang,
                                                       name=name, number=meeting.number or "?",
                                                       when=when)))
            return
        reached = tell_each(self.deps, turn.client, network, [invited.guest.user_id],
                            lambda lang, _user: invitation_message(
                                network, meeting, turn.user_id, invited.details, lang))
        key = "external.guest.invited" if reached else "external.guest.invited.unreached"
        turn.tell(t(key, turn.lang, name=name, number=meeting.number or "?", when=when))

    @staticmethod
    def _slack_team(turn: Turn, user_id: str) -> str:
        """The guest's own workspace, from Slack's profile; a bot, a deactivated or unknown
        account is refused (nothing stored)."""
        try:
            profile = turn.client.users_info(user=user_id)["user"]
        except SlackApiError:
            raise DomainError("external.error.unknown_user", user=user_id) from None
        if profile.get("is_bot"):
            raise DomainError("external.error.bot", user=user_id)
        if profile.get("deleted"):
            raise DomainError("external.error.deactivated", user=user_id)
        return str(profile.get("team_id") or "")

    def on_remove(self, turn: Turn) -> None:
        changed = self.external.uninvite(turn.action_id_value(), turn.user_id)
        network, meeting, guest = changed.network, changed.meeting, changed.guest
        turn.about(network)
        if guest.user_id:
            tell_each(self.deps, turn.client, network, [guest.user_id],
                      lambda lang, _user: uninvited_message(network, meeting, lang))
        turn.tell(t("external.guest.removed", turn.lang, name=guest_name(guest, turn.lang),
                    number=meeting.number or "?"))

    def on_thank(self, turn: Turn) -> None:
        changed = self.external.thank(turn.action_id_value(), turn.user_id)
        network, meeting, guest = changed.network, changed.meeting, changed.guest
        turn.about(network)
        assert guest.user_id is not None  # the domain thanks Slack guests only
        reached = tell_each(self.deps, turn.client, network, [guest.user_id],
                            lambda lang, _user: thanks_message(network, meeting, guest, lang))
        if not reached:  # nobody saw it: it may be tried again
            self.external.unthank(guest.id)
            raise DomainError("external.error.thanks_unsent", name=guest_name(guest, turn.lang))
        turn.tell(t("external.guest.thanked", turn.lang, name=guest_name(guest, turn.lang)))

    # --- the guest's slides -------------------------------------------------------------------

    def on_slides_open(self, turn: Turn) -> None:
        network, guest = self.external.slides_form(turn.action_id_value(), turn.user_id)
        turn.open_modal(slides_modal(turn.lang, network, guest))

    def on_slides(self, turn: Turn) -> None:
        guest_id = parse_id(turn.meta(SlidesModalMeta).guest_id)
        values = turn.values()
        consent = "yes" in turn.choices().get("consent", [])
        network, _ = self.external.slides_form(guest_id, turn.user_id)
        actor = turn.actor
        assert actor is not None  # a submission always has its person
        _, item = self.external.share_slides(
            guest_id, actor, SlidesDraft(values.get("title"), values.get("link"), consent),
            consent_text(network, turn.lang), turn.lang)
        if item is None:
            turn.update_modal(notice_view(turn.lang, t("external.slides.not_shared", turn.lang)))
        else:
            turn.update_modal(notice_view(turn.lang, t("external.slides.shared", turn.lang,
                                                       network=escape(network.name))))


def register(listen: Listen) -> None:
    handlers = ExternalHandlers(listen)
    listen.command(("extern", "external"), "help.extern")(handlers.command)
    listen.view(ids.EXTERNAL_ASK_MODAL, error_field="theme")(handlers.on_ask)
    listen.view(ids.EXTERNAL_GUEST_MODAL, error_field="meeting")(handlers.on_guest)
    listen.view(ids.EXTERNAL_SLIDES_MODAL, error_field="title")(handlers.on_slides)
    listen.action(ids.EXTERNAL_GUEST_REMOVE)(handlers.on_remove)
    listen.action(ids.EXTERNAL_GUEST_THANK)(handlers.on_thank)
    listen.action(ids.EXTERNAL_SLIDES_OPEN)(handlers.on_slides_open)
