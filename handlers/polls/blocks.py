"""Block Kit for group votes (stemmingen): the modal, the poll message and its results."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.catalog import Lang, t
from bot.domain.polls import MAX_OPTION, MAX_OPTIONS, MAX_QUESTION, MIN_OPTIONS, Tally, options_of
from bot.text import escape, format_when
from handlers.slack import ids
from handlers.slack.kit import Block, actions, button, context, header, input_block, modal, section
from handlers.slack.metadata import PollModalMeta
from storage.models import Network, Poll

DEFAULT_OPEN = timedelta(days=7)
DEFAULT_CLOSE_TIME = "17:00"


def poll_modal(lang: Lang, network: Network, now: datetime) -> dict:
    proposal = (now + DEFAULT_OPEN).astimezone(ZoneInfo(network.timezone))
    blocks = [
        section(t("poll.modal.intro", lang, name=escape(network.name),
                  timezone=network.timezone)),
        input_block("question", t("poll.field.question", lang),
                    {"type": "plain_text_input", "action_id": ids.VALUE,
                     "max_length": MAX_QUESTION}),
        input_block("options", t("poll.field.options", lang),
                    {"type": "plain_text_input", "action_id": ids.VALUE, "multiline": True,
                     "max_length": 2 * MAX_OPTIONS * (MAX_OPTION + 1)},
                    hint=t("poll.field.options.hint", lang, low=MIN_OPTIONS, high=MAX_OPTIONS,
                           limit=MAX_OPTION)),
        input_block("closes_date", t("poll.field.closes_date", lang),
                    {"type": "datepicker", "action_id": ids.VALUE,
                     "initial_date": proposal.date().isoformat()}),
        input_block("closes_time", t("poll.field.closes_time", lang),
                    {"type": "timepicker", "action_id": ids.VALUE,
                     "initial_time": DEFAULT_CLOSE_TIME}),
    ]
    return modal(ids.POLL_MODAL, t("poll.modal.title", lang), t("poll.modal.submit", lang),
                 t("modal.cancel", lang), blocks, PollModalMeta(network.id).dumps())


def vote_action_id(index: int) -> str:
    return f"{ids.POLL_VOTE_PREFIX}{index}"


def _top(poll: Poll, lang: Lang) -> list[Block]:
    return [header(t("poll.header", lang, id=poll.number)),
            section(t("poll.question", lang, question=escape(poll.question)))]


def _fallback(poll: Poll, lang: Lang) -> str:
    return t("poll.fallback", lang, question=escape(poll.question))


def poll_message(network: Network, poll: Poll, votes_cast: int,
                 lang: Lang) -> tuple[str, list[Block]]:
    """The open poll in the channel: one button per option and how many voted, not who."""
    # Button text is plain_text: Slack shows it as typed and never reads a mention in it.
    buttons = [button(option, vote_action_id(index), f"{poll.id}:{index}")
               for index, option in enumerate(options_of(poll))]
    when = format_when(poll.closes_at, network.timezone, lang)
    blocks = [*_top(poll, lang), actions(f"poll:{poll.id}", *buttons),
              context(t("poll.how", lang, when=when) + "\n" +
                      t("poll.count", lang, count=votes_cast))]
    return _fallback(poll, lang), blocks


def closed_message(poll: Poll, votes_cast: int, lang: Lang) -> tuple[str, list[Block]]:
    """The poll message once it closed: the buttons are gone."""
    blocks = [*_top(poll, lang), context(t("poll.closed", lang, count=votes_cast))]
    return _fallback(poll, lang), blocks


def _ranks(counts: list[int]) -> list[int]:
    """Competition ranking of counts sorted high to low: 3, 3, 1 -> 1, 1, 3."""
    return [counts.index(count) + 1 for count in counts]


def results_message(poll: Poll, tally: Tally, lang: Lang) -> tuple[str, list[Block]]:
    question = escape(poll.question)
    counts = [count for _, count in tally.ranked]
    lines = [t("poll.results.line", lang, rank=rank, option=escape(option), count=count)
             for rank, (option, count) in zip(_ranks(counts), tally.ranked, strict=True)]
    if not tally.winners:
        outcome = t("poll.results.none", lang)
    elif len(tally.winners) == 1:
        outcome = t("poll.results.winner", lang, option=escape(tally.winners[0]))
    else:
        outcome = t("poll.results.tie", lang,
                    options=", ".join(f"*{escape(w)}*" for w in tally.winners))
    blocks = [
        section(t("poll.results.title", lang, id=poll.number, question=question)),
        section("\n".join(lines)),
        section(outcome),
        context(t("poll.results.turnout", lang, voters=tally.voters, members=tally.members)),
    ]
    return t("poll.results.fallback", lang, id=poll.number, question=question), blocks
