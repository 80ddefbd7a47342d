"""`/leernet digest`, `/leernet status`, `/leernet coordinator`, and the settings and
unsubscribe buttons on every digest.

Settings: facilitators get the day-and-hour modal (or type `/leernet digest ma 9:00`); members
are told who decides. Unsubscribe: the facilitators' and coordinators' digests are personal
DMs and stop per person; the channel digest is one message for everyone, so its button says
how to mute the channel instead."""

from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.digests import OFF_WORDS, DigestSetting
from bot.domain.errors import BadInput, DomainError, Forbidden
from bot.domain.identity import Actor
from bot.text import escape
from handlers.digests.blocks import OFF, changed_text, setting_text, settings_modal
from handlers.digests.status_blocks import status_message
from handlers.slack import ids
from handlers.slack.kit import notice_modal, section
from handlers.slack.listen import Listen
from handlers.slack.mentions import mentioned_users
from handlers.slack.metadata import DigestModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id
from storage.models import DeliveryKind

SUBSCRIBE_WORDS = frozenset({"aanmelden", "subscribe"})


def _actor(turn: Turn) -> Actor:
    actor = turn.actor
    if actor is None:
        raise BadInput()
    return actor


def _button(turn: Turn) -> tuple[DeliveryKind, int]:
    """A digest button's value: `<kind>:<network id>` (forgeable: checked)."""
    kind, _, network = turn.action_value().partition(":")
    try:
        return DeliveryKind(kind), parse_id(network)
    except ValueError as error:
        raise BadInput() from error


class DigestHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.digests = listen.deps.services.digests

    def digest(self, call: Turn) -> None:
        words = call.args.split()
        if not words:
            network, _ = self.digests.setting(call.team_id, call.channel_id, call.user_id)
            call.reply("\n".join([setting_text(network, call.lang),
                                  t("digest.setting.how", call.lang)]))
            return
        if len(words) == 1 and words[0].lower() in SUBSCRIBE_WORDS:
            network, _ = self.digests.setting(call.team_id, call.channel_id, call.user_id)
            self.digests.resubscribe(call.team_id, call.user_id,
                                     DeliveryKind.FACILITATOR_DIGEST, network.id)
            call.reply(t("digest.resubscribed", call.lang))
            return
        changed = self.digests.change_typed(call.team_id, call.channel_id, call.user_id, words)
        call.reply(changed_text(changed.network, changed.next_at, call.lang))

    def status(self, call: Turn) -> None:
        status = self.digests.status(call.team_id, call.channel_id, call.user_id)
        call.reply(*status_message(status, call.lang))

    def coordinator(self, call: Turn) -> None:
        """A workspace admin or owner names a coordinator; anyone may see who they are."""
        named = mentioned_users(call.args)
        if not named:
            if call.args.strip():
                raise DomainError("coordinator.error.who")
            people = [f"<@{c.user_id}>" for c in self.digests.coordinators(call.team_id)]
            call.reply(t("coordinator.list", call.lang, people=", ".join(people))
                       if people else t("coordinator.none", call.lang))
            return
        if len(named) != 1:
            raise DomainError("coordinator.error.who")
        call.ack()  # users.info is a Slack call: after the acknowledgement
        try:
            user = call.client.users_info(user=call.user_id)["user"]
        except SlackApiError as error:
            raise Forbidden("coordinator.error.not_admin") from error
        if not (user.get("is_admin") or user.get("is_owner")) or user.get("is_restricted"):
            raise Forbidden("coordinator.error.not_admin")
        added = self.digests.add_coordinator(call.team_id, named[0], call.user_id)
        call.reply(t("coordinator.added" if added else "coordinator.already", call.lang,
                     user=named[0]))

    def on_settings(self, turn: Turn) -> None:
        kind, network_id = _button(turn)
        if kind == DeliveryKind.COORDINATOR_DIGEST:
            turn.respond(t("digest.coord.setting", turn.lang))
            return
        network, facilitator = self.digests.setting_of_network(network_id, turn.user_id)
        turn.about(network)
        if facilitator:
            turn.client.views_open(trigger_id=turn.trigger_id,
                                   view=settings_modal(network, turn.lang))
            return
        turn.respond(t("digest.setting.member", turn.lang, name=escape(network.name)))

    def on_unsubscribe(self, turn: Turn) -> None:
        kind, network_id = _button(turn)
        if kind == DeliveryKind.DIGEST:
            turn.respond(t("digest.channel_only", turn.lang))
            return
        actor = _actor(turn)
        scope = None if kind == DeliveryKind.COORDINATOR_DIGEST else network_id
        done = self.digests.unsubscribe(actor.team_id, actor.user_id, kind, scope)
        turn.respond(t("digest.unsubscribed", turn.lang,
                       what=t(f"delivery.what.{kind}", turn.lang)) if done
                     else t("digest.unsubscribed.already", turn.lang))

    def on_submit(self, turn: Turn) -> None:
        meta = turn.meta(DigestModalMeta)
        choices = turn.values()
        day, hour = choices.get("day"), choices.get("hour")
        if day == OFF or (day or "").lower() in OFF_WORDS:
            network, _ = self.digests.setting_of_network(parse_id(meta.network_id),
                                                         turn.user_id)
            setting = DigestSetting(network.digest_weekday, network.digest_hour,
                                    network.digest_minute, on=False)
        else:
            weekday = parse_id(day)
            if hour is None or not hour.isascii() or not hour.isdigit():
                raise BadInput()
            clock = int(hour)
            if not 1 <= weekday <= 7 or not 0 <= clock <= 23:
                raise BadInput()
            setting = DigestSetting(weekday, clock, 0)
        changed = self.digests.change(parse_id(meta.network_id), turn.user_id, setting)
        turn.update_modal(notice_modal(turn.lang, [section(
            changed_text(changed.network, changed.next_at, turn.lang))]))


def register(listen: Listen) -> None:
    handlers = DigestHandlers(listen)
    listen.command(("digest", "overzicht"), "help.digest")(handlers.digest)
    listen.command(("status",), "help.status")(handlers.status)
    listen.command(("coordinator", "coördinator", "coordinatoren"),
                   "help.coordinator")(handlers.coordinator)
    listen.action(ids.DIGEST_SETTINGS)(handlers.on_settings)
    listen.action(ids.DIGEST_UNSUBSCRIBE)(handlers.on_unsubscribe)
    listen.view(ids.DIGEST_MODAL, error_field="day")(handlers.on_submit)
