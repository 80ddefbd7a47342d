"""Block Kit for the digests (channel, facilitators), their settings modal and buttons."""

from collections.abc import Callable, Sequence
from datetime import datetime

from bot.catalog import Lang, t, tn
from bot.domain.digests import DigestSetting, local_time
from bot.services.digests import ChannelDigest, CoordinatorDigest, FacilitatorDigest, Rate
from bot.text import escape, format_day, format_when
from handlers.external.blocks import outcome_line
from handlers.slack import ids
from handlers.slack.kit import (
    OPTION_TEXT,
    Block,
    actions,
    button,
    context,
    divider,
    escaped_chunks,
    header,
    input_block,
    lines_within,
    modal,
    option,
    section,
    shorten,
    static_select,
)
from handlers.slack.metadata import DigestModalMeta
from handlers.slack.people import person
from storage.models import ActionItem, DeliveryKind, Network, as_utc

TITLE_SHOWN = 150  # characters of a user-typed title or question in a digest line
AGENDA_SHOWN = 1500
OFF = "off"


def more_line(lang: Lang) -> Callable[[int], str]:
    return lambda count: tn("digest.more", count, lang)


def _lines(title_key: str, lines: list[str], lang: Lang) -> Block:
    return section(lines_within([t(title_key, lang), *lines], more_line(lang)))


def setting_text(network: Network, lang: Lang) -> str:
    if not network.digest_on:
        return t("digest.setting.off", lang, name=escape(network.name))
    setting = DigestSetting(network.digest_weekday, network.digest_hour, network.digest_minute)
    return t("digest.setting.current", lang, name=escape(network.name),
             day=t(f"digest.day.{setting.weekday}", lang),
             time=local_time(setting).strftime("%H:%M"), timezone=network.timezone)


def digest_buttons(network_id: int, kind: DeliveryKind, lang: Lang) -> Block:
    """Instellingen and afmelden, on every digest; what they do depends on who clicks."""
    value = f"{kind}:{network_id}"
    return actions("digest_buttons",
                   button(t("digest.button.settings", lang), ids.DIGEST_SETTINGS, value),
                   button(t("digest.button.unsubscribe", lang), ids.DIGEST_UNSUBSCRIBE, value))


def _item_line(network: Network, item: ActionItem, lang: Lang) -> str:
    due = (t("digest.item.due", lang, day=format_day(item.due_date, lang))
           if item.due_date else "")
    return t("digest.item", lang, text=escape(shorten(item.text, TITLE_SHOWN)),
             owner=person(item.owner_id, lang), due=due)


def channel_digest_message(digest: ChannelDigest, lang: Lang) -> tuple[str, list[Block]]:
    network = digest.network
    name = escape(network.name)
    blocks: list[Block] = [header(t("digest.channel.header", lang, name=network.name))]
    upcoming = digest.next_session
    if upcoming is None:
        blocks.append(section(t("digest.no_session", lang)))
    else:
        meeting = upcoming.meeting
        blocks.append(section(t(
            "digest.next_session", lang,
            when=format_when(meeting.starts_at, network.timezone, lang),
            location=escape(shorten(meeting.location, TITLE_SHOWN)), yes=upcoming.yes,
            no=upcoming.no, open=max(upcoming.members - upcoming.yes - upcoming.no, 0))))
        if meeting.agenda.strip():
            agenda = escaped_chunks(shorten(meeting.agenda, AGENDA_SHOWN), 2800)[0]
            blocks.append(section(t("digest.agenda", lang, agenda=agenda)))
        if upcoming.cases:
            blocks.append(section(t("digest.cases", lang, cases=escape(", ".join(
                shorten(title, TITLE_SHOWN) for title in upcoming.cases[:10])))))
    if digest.final_until is not None:
        blocks.append(section(t("digest.channel.final", lang, until=format_when(
            as_utc(digest.final_until), network.timezone, lang))))
    blocks.append(divider())
    if digest.reports:
        blocks.append(_lines("digest.reports", [
            t("digest.report", lang, number=meeting.number or "?",
              day=format_when(meeting.starts_at, network.timezone, lang))
            for _report, meeting in digest.reports], lang))
    if digest.knowledge:
        blocks.append(_lines("digest.knowledge", [
            t("digest.knowledge.item", lang, title=escape(shorten(item.title, TITLE_SHOWN)),
              kind=t(f"knowledge.kind.{item.kind}", lang)) for item in digest.knowledge], lang))
    if digest.successes:
        blocks.append(_lines("digest.successes", [
            t("digest.knowledge.item", lang, title=escape(shorten(item.title, TITLE_SHOWN)),
              kind=t(f"knowledge.kind.{item.kind}", lang)) for item in digest.successes], lang))
    if digest.polls:
        blocks.append(_lines("digest.polls", [
            t("digest.poll", lang, number=poll.number,
              question=escape(shorten(poll.question, TITLE_SHOWN)),
              closes=format_when(poll.closes_at, network.timezone, lang))
            for poll in digest.polls], lang))
    if digest.items:
        blocks.append(_lines("digest.items", [_item_line(network, item, lang)
                                              for item in digest.items], lang))
    if digest.knowledge or digest.successes:
        blocks.append(context(t("digest.knowledge.find", lang)))
    blocks.append(digest_buttons(network.id, DeliveryKind.DIGEST, lang))
    return t("digest.channel.text", lang, name=name), blocks


def people_line(user_ids: Sequence[str], lang: Lang) -> str:
    return ", ".join(person(u, lang) for u in user_ids[:30]) + (
        " " + tn("digest.more", len(user_ids) - 30, lang) if len(user_ids) > 30 else "")


def _rate(key: str, rate: Rate, lang: Lang, **values: object) -> str:
    return t(key, lang, answered=rate.answered, asked=rate.asked, **values)




def _obstacle_select(digest: FacilitatorDigest, lang: Lang) -> Block:
    """'Save as obstacle…': one of the obstacles as a knowledge item (its text only)."""
    return actions(f"digest_obstacles:{digest.network.id}", {
        "type": "static_select", "action_id": ids.KNOWLEDGE_OBSTACLE,
        "placeholder": {"type": "plain_text", "text": t("digest.facil.obstacles.save", lang)},
        "options": [option(shorten(" ".join(text.split()), OPTION_TEXT), str(row_id))
                    for row_id, text in digest.obstacles]})


def facilitator_digest_message(digest: FacilitatorDigest,
                               lang: Lang) -> tuple[str, list[Block]]:
    network = digest.network
    blocks: list[Block] = [header(t("digest.facil.header", lang, name=network.name))]
    rates: list[str] = []
    if digest.kickoff:
        rates.append(_rate("digest.facil.kickoff", digest.kickoff, lang))
    if digest.evaluation:
        meeting, rate = digest.evaluation
        rates.append(_rate("digest.facil.evaluation", rate, lang, number=meeting.number or "?"))
    if digest.final:
        until, rate = digest.final
        rates.append(_rate("digest.facil.final", rate, lang,
                           until=format_when(as_utc(until), network.timezone, lang)))
    if digest.rsvps:
        meeting, rate = digest.rsvps
        rates.append(_rate("digest.facil.rsvps", rate, lang, number=meeting.number or "?"))
    if rates:
        blocks.append(_lines("digest.facil.rates", rates, lang))
    if digest.missing_report:
        meeting = digest.missing_report
        blocks.append(section(t("digest.facil.missing_report", lang,
                                number=meeting.number or "?",
                                day=format_when(meeting.starts_at, network.timezone, lang))))
    for key, people in (("digest.facil.unacknowledged", digest.unacknowledged),
                        ("digest.facil.waitlist", digest.waitlist),
                        ("digest.facil.pending", digest.pending)):
        if people:
            blocks.append(section(t(key, lang, people=people_line(people, lang))))
    if digest.overdue:
        blocks.append(_lines("digest.facil.overdue", [_item_line(network, item, lang)
                                                      for item in digest.overdue], lang))
    if digest.obstacles:
        blocks.append(_lines("digest.facil.obstacles", [
            "• " + escape(shorten(text, TITLE_SHOWN * 2)) for _id, text in digest.obstacles],
            lang))
        blocks.append(_obstacle_select(digest, lang))
    if digest.external:
        blocks.append(section("\n".join([t("external.status", lang)] + [
            "• " + outcome_line(ask, network, lang) for ask in digest.external])))
    blocks.append(digest_buttons(network.id, DeliveryKind.FACILITATOR_DIGEST, lang))
    return t("digest.facil.text", lang, name=escape(network.name)), blocks


NETWORKS_SHOWN = 40  # a section per network, within Slack's 50 blocks


def coordinator_digest_message(digest: CoordinatorDigest,
                               lang: Lang) -> tuple[str, list[Block]]:
    blocks: list[Block] = [header(t("digest.coord.header", lang))]
    for month in digest.networks[:NETWORKS_SHOWN]:
        lines = [t("digest.coord.network", lang, name=escape(month.network.name),
                   held=month.held, present=month.present, knowledge=month.knowledge)]
        lines.append(t("digest.coord.averages", lang, **{
            scale: f"{value:.1f}" for scale, value in month.averages.items()})
            if month.averages else t("digest.coord.no_averages", lang))
        blocks.append(section("\n".join(lines)))
    unplanned = [escape(m.network.name) for m in digest.networks if not m.planned]
    if unplanned:
        blocks.append(section(lines_within(
            [t("digest.coord.unplanned", lang, names=", ".join(unplanned[:50]))], more_line(lang))))
    anchor = digest.networks[0].network.id if digest.networks else 0
    blocks.append(digest_buttons(anchor, DeliveryKind.COORDINATOR_DIGEST, lang))
    return t("digest.coord.text", lang), blocks


def settings_modal(network: Network, lang: Lang) -> dict:
    """Day and hour of the network's digests, or none; 02:00 is not offered (DST)."""
    days = [(t(f"digest.day.{day}", lang), str(day)) for day in range(1, 8)]
    hours = [(f"{hour:02d}:00", str(hour)) for hour in range(24) if hour != 2]
    days.append((t("digest.field.off", lang), OFF))
    initial_hour = str(network.digest_hour) if network.digest_hour != 2 else "3"
    return modal(
        ids.DIGEST_MODAL, t("digest.modal.title", lang), t("digest.modal.submit", lang),
        t("modal.cancel", lang), [
            section(setting_text(network, lang)),
            input_block("day", t("digest.field.day", lang), static_select(
                days, str(network.digest_weekday) if network.digest_on else OFF)),
            input_block("hour", t("digest.field.hour", lang),
                        static_select(hours, initial_hour)),
            context(t("digest.setting.how", lang)),
        ], private_metadata=DigestModalMeta(network_id=network.id).dumps())


def changed_text(network: Network, next_at: datetime | None, lang: Lang) -> str:
    if next_at is None:
        return setting_text(network, lang)
    setting = DigestSetting(network.digest_weekday, network.digest_hour, network.digest_minute)
    return t("digest.setting.changed", lang, name=escape(network.name),
             day=t(f"digest.day.{setting.weekday}", lang),
             time=local_time(setting).strftime("%H:%M"),
             next=format_when(next_at, network.timezone, lang))
