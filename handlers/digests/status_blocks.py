"""Block Kit for `/leernet status`: a network at a glance, as much as the reader may see."""

from bot.catalog import Lang, t, tn
from bot.services.digests import Status
from bot.text import escape, format_when
from handlers.digests.blocks import TITLE_SHOWN, more_line, people_line
from handlers.external.blocks import outcome_line
from handlers.slack.kit import Block, context, header, lines_within, section, shorten
from handlers.slack.people import person
from storage.models import as_utc


def status_message(status: Status, lang: Lang) -> tuple[str, list[Block]]:
    network = status.network
    tz = network.timezone
    if network.closed_at is not None:
        phase = t("netstatus.phase.closed", lang,
                  when=format_when(as_utc(network.closed_at), tz, lang))
    elif status.final is not None:
        until, rate = status.final
        phase = t("netstatus.phase.closing", lang, until=format_when(as_utc(until), tz, lang),
                  answered=rate.answered, asked=rate.asked)
    else:
        phase = (tn("netstatus.phase.running", status.held, lang) if status.held
                 else t("netstatus.phase.initiation", lang))
    lines = [t("netstatus.phase", lang, phase=phase),
             t("netstatus.members", lang, members=status.members, left=status.places_left)]
    if status.waitlist:
        lines.append(t("netstatus.waitlist", lang, count=len(status.waitlist),
                       people=people_line(status.waitlist, lang)) if status.facilitator
                     else t("netstatus.waitlist.count", lang, count=len(status.waitlist)))
    if status.pending:
        lines.append(t("netstatus.pending", lang, people=", ".join(
            person(u, lang) for u in status.pending[:30])))
    blocks: list[Block] = [header(t("netstatus.header", lang, name=network.name)),
                           section("\n".join(lines))]
    upcoming = status.next_session
    if upcoming is None:
        blocks.append(section(t("digest.no_session", lang)))
    else:
        meeting = upcoming.meeting
        blocks.append(section(t(
            "digest.next_session", lang, when=format_when(meeting.starts_at, tz, lang),
            location=escape(shorten(meeting.location, TITLE_SHOWN)), yes=upcoming.yes,
            no=upcoming.no, open=max(upcoming.members - upcoming.yes - upcoming.no, 0))))
    work: list[str] = []
    if status.kickoff:
        work.append(t("netstatus.kickoff", lang, answered=status.kickoff.answered,
                      asked=status.kickoff.asked))
    if status.evaluation:
        meeting, answered = status.evaluation
        work.append(tn("netstatus.evaluation", answered, lang, number=meeting.number or "?"))
    work += [t("netstatus.reports", lang, done=status.reports_done,
               missing=status.reports_missing),
             t("netstatus.items", lang, count=status.open_items),
             t("netstatus.knowledge", lang, count=status.knowledge)]
    blocks.append(section("\n".join(work)))
    if status.polls:
        blocks.append(section(lines_within([t("netstatus.polls", lang)] + [
            tn("netstatus.poll", votes, lang, number=poll.number,
               question=escape(shorten(poll.question, TITLE_SHOWN)))
            for poll, votes in status.polls], more_line(lang))))
    if status.external:
        blocks.append(section("\n".join([t("external.status", lang)] + [
            "• " + outcome_line(ask, network, lang) for ask in status.external])))
    if status.scheduled:
        blocks.append(section("\n".join([t("netstatus.scheduled", lang)] + [
            t("netstatus.scheduled.item", lang, what=t(f"delivery.what.{kind}", lang),
              when=format_when(run_at, tz, lang)) for kind, run_at in status.scheduled])))
    else:
        blocks.append(section(t("netstatus.scheduled.none", lang)))
    if not status.facilitator:
        blocks.append(context(t("netstatus.member_note", lang)))
    return t("netstatus.text", lang, name=escape(network.name)), blocks
