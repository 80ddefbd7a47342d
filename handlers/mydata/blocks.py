"""Block Kit for my data: the overview with its buttons, the privacy notice, the retention
warning."""

from datetime import timedelta

from bot.catalog import Lang, t, tn
from bot.domain.mydata import MyData, NetworkData
from bot.text import escape, format_when
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    divider,
    header,
    lines_within,
    plain,
    section,
    shorten,
)
from storage.models import LearningQuestionAnswer, Meeting, Network

# A network takes 4 blocks, the rest 6 (with the line on the networks that did not fit), and
# an erasure puts its outcome on top: a message holds 50 blocks, a modal 100.
MESSAGE_NETWORKS = 10
MODAL_NETWORKS = 20
# Each kickoff answer is shown this long at most (7 of them fit a section); the download
# holds them whole.
ANSWER_SHOWN = 300
LEARNING_SHOWN = 150  # a learning question or its comment (the download holds them whole)


def _confirm(lang: Lang, text: str) -> dict:
    """Slack's own confirm dialog (its text is plain, at most 300 characters)."""
    return {"title": plain(t("mydata.confirm.title", lang)), "text": plain(text[:300]),
            "confirm": plain(t("mydata.confirm.yes", lang)),
            "deny": plain(t("confirm.no", lang)), "style": "danger"}


def overview_blocks(data: MyData, lang: Lang, most: int) -> list[Block]:
    """What is stored about the person, a card per network with its buttons, then the
    download and erase-all buttons."""
    blocks: list[Block] = [header(t("mydata.header", lang))]
    if data.language:
        blocks.append(section(t("mydata.language", lang,
                                language=t(f"language.in.{data.language}", lang))))
    else:
        blocks.append(section(t("mydata.language.none", lang)))
    if not data.networks and not data.guest_at:
        blocks.append(section(t("mydata.none", lang)))
    for entry in data.networks[:most]:
        blocks += [divider(), *_network(entry, lang)]
    if data.guest_at:
        blocks += [divider(), section("\n".join(
            [t("mydata.guest", lang)] + [_guest_line(meeting, network, lang)
                                         for _guest, meeting, network in data.guest_at[:10]]))]
    # Those that do not fit are said to be there, never left out without a word: a message
    # opens the full overview (a modal holds twice as many), and the download holds them all.
    more = len(data.networks) - most
    in_message = most < MODAL_NETWORKS
    blocks += [divider()]
    if more > 0:
        blocks.append(context(tn("mydata.more" if in_message else "mydata.more_in_download",
                                 more, lang)))
    blocks.append(context(t("mydata.anonymous_note", lang)))
    erase_all = button(t("mydata.erase.all", lang), ids.MYDATA_ERASE_ALL, "all", "danger")
    erase_all["confirm"] = _confirm(lang, t("mydata.confirm.all", lang))
    buttons = [button(t("mydata.export", lang), ids.MYDATA_EXPORT, "all", "primary"),
               erase_all, button(t("privacy.button", lang), ids.PRIVACY_OPEN, "privacy")]
    if more > 0 and in_message:
        buttons.insert(1, button(t("mydata.show_all", lang), ids.MYDATA_OPEN, "open"))
    blocks.append(actions("mydata_all", *buttons))
    return blocks


def _guest_line(meeting: Meeting, network: Network, lang: Lang) -> str:
    return t("mydata.guest.line", lang, name=escape(network.name), number=meeting.number or "?",
             when=format_when(meeting.starts_at, network.timezone, lang))


def _network(entry: NetworkData, lang: Lang) -> list[Block]:
    network, member = entry.network, entry.member
    lines = [t("mydata.network", lang, name=escape(network.name), channel=network.channel_id,
               role=t(f"role.{member.role}", lang), status=t(f"status.{member.status}", lang),
               since=format_when(member.status_changed_at, network.timezone, lang))]
    if member.organisation:
        lines.append(t("mydata.organisation", lang, organisation=escape(member.organisation)))
    if entry.kickoff is not None:
        consent = "mydata.consent.yes" if entry.kickoff.consent_intro else "mydata.consent.no"
        lines.append(t("mydata.kickoff", lang, fields=_answered(entry),
                       consent=t(consent, lang)))
        lines += [f"• {t(f'kickoff.field.{name}', lang)}: "
                  f"{escape(shorten(getattr(entry.kickoff, name), ANSWER_SHOWN))}"
                  for name in ids.KICKOFF_TEXT_FIELDS if getattr(entry.kickoff, name)]
    else:
        lines.append(t("mydata.kickoff.none", lang))
    if entry.learning:
        lines.append(t("mydata.learning", lang))
        lines += [_learning_line(row, lang) for row in entry.learning]
    counts = t("mydata.counts", lang, rsvps=len(entry.rsvps), votes=len(entry.votes),
               agenda=len(entry.agenda), apply=len(entry.commitments), items=len(entry.items),
               acks=len(entry.agreements), evaluations=entry.evaluations,
               receipts=entry.receipts, library=len(entry.library))
    value = str(network.id)
    erase = button(t("mydata.erase", lang), ids.MYDATA_ERASE, value, "danger")
    erase["confirm"] = _confirm(lang, t("mydata.confirm.network", lang, name=network.name))
    buttons = [erase]
    if entry.intro_posted:
        buttons.insert(0, button(t("mydata.withdraw_intro", lang), ids.KICKOFF_WITHDRAW,
                                 value))
    return [section(lines_within(lines, lambda more: tn("digest.more", more, lang))),
            context(counts),
            actions(f"mydata_network:{network.id}", *buttons)]


def _learning_line(row: LearningQuestionAnswer, lang: Lang) -> str:
    """One learning question as the person answered it (fully, partly, not; their comment)."""
    line = (f"• {escape(shorten(row.question, LEARNING_SHOWN))} → "
            f"{t(f'final.answered.{row.answered}', lang)}")
    if row.comment:
        line += f": {escape(shorten(row.comment, LEARNING_SHOWN))}"
    return line


def _answered(entry: NetworkData) -> int:
    kickoff = entry.kickoff
    assert kickoff is not None
    return sum(1 for name in ids.KICKOFF_TEXT_FIELDS if getattr(kickoff, name))


def overview_modal(data: MyData, lang: Lang) -> dict:
    return {"type": "modal", "callback_id": ids.MYDATA_MODAL,
            "title": plain(t("mydata.title", lang)), "close": plain(t("notice.close", lang)),
            "blocks": overview_blocks(data, lang, MODAL_NETWORKS)}


def privacy_blocks(lang: Lang, retention: timedelta) -> list[Block]:
    return [header(t("privacy.title", lang)), section(t("privacy.what", lang)),
            section(t("privacy.why", lang)), section(t("privacy.who", lang)),
            section(t("privacy.how_long", lang, retention=t("privacy.days", lang,
                                                            days=retention.days))),
            section(t("privacy.rights", lang))]


def privacy_modal(lang: Lang, retention: timedelta) -> dict:
    return {"type": "modal", "title": plain(t("privacy.title", lang)),
            "close": plain(t("notice.close", lang)), "blocks": privacy_blocks(lang, retention)}


def privacy_note(lang: Lang) -> list[Block]:
    """The short line forms show where personal data is asked for, with the notice a click
    away (pushed on top of the form, which keeps what was typed)."""
    return [context(t("privacy.short", lang)),
            actions("privacy_note", button(t("privacy.button", lang), ids.PRIVACY_OPEN,
                                           "privacy"))]


def home_section(lang: Lang) -> list[Block]:
    return [divider(), section(t("home.privacy", lang)),
            actions("home_mydata", button(t("mydata.title", lang), ids.MYDATA_OPEN, "open"),
                    button(t("privacy.button", lang), ids.PRIVACY_OPEN, "privacy"))]


def retention_warning(network: Network, erase_at_text: str,
                      lang: Lang) -> tuple[str, list[Block]]:
    text = t("retention.warning", lang, name=escape(network.name), channel=network.channel_id,
             when=erase_at_text)
    return text, [section(text)]
