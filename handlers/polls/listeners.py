"""`/leernet stemming`: a facilitator puts a question to the group; members vote with buttons;
the poll closes on time (a scheduled delivery) or on request, and the results are posted.

Starting: the form is checked before the modal closes; then the modal says the bot is at work,
the poll is stored and its message posted; if Slack refuses the post, the poll is taken back
and the modal says why. Closing: the poll is marked closed in one transaction (the conditional
update decides which of two closers posts), and the results are posted after the commit; if
Slack refuses them, the close is undone so that a retry posts them.
"""

import logging
import re

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import t
from bot.domain.errors import BadInput, DomainError
from bot.domain.languages import of_network
from bot.domain.polls import PollDraft
from bot.services.polls import PollState
from bot.text import escape, format_when
from handlers.home.publish import refresh_homes, refresh_network_homes
from handlers.polls.blocks import closed_message, poll_message, poll_modal
from handlers.polls.senders import announce_close
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.messaging import post_or_undo, update_or_log
from handlers.slack.metadata import PollModalMeta
from handlers.slack.turn import Turn
from handlers.slack.values import parse_id, parse_pair

log = logging.getLogger(__name__)

VOTE_ACTION = re.compile(rf"^{ids.POLL_VOTE_PREFIX}\d+$")
CLOSE_WORDS = ("sluiten", "close")
POLL_NUMBER = re.compile(r"^[0-9]{1,9}$")  # a network's poll number, as typed


class PollHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.polls = listen.deps.services.polls

    def command(self, call: Turn) -> None:
        word, _, rest = call.args.partition(" ")
        if not word:
            form = self.polls.form_in_channel(call.team_id, call.channel_id, call.user_id)
            call.open_modal(poll_modal(call.lang, form.network, form.now))
        elif word.lower() in CLOSE_WORDS and POLL_NUMBER.match(rest.strip()):
            self._close_now(call, int(rest.strip()))
        else:
            call.reply(t("poll.error.usage", call.lang))

    def _close_now(self, call: Turn, number: int) -> None:
        closed = self.polls.close_early(call.team_id, call.channel_id, number, call.user_id)
        call.ack()
        try:
            announce_close(call.client, self.polls, closed)
        except SlackApiError as error:  # the close was undone: the poll is open as before
            raise DomainError("error.cannot_post",
                              error=error.response.get("error", "?")) from error
        call.reply(t("poll.closed_now", call.lang, id=number))

    def on_submit(self, turn: Turn) -> None:
        network_id = turn.meta(PollModalMeta).network_id
        values = turn.values()
        draft = PollDraft(**{field: values.get(field) for field in ids.POLL_FIELDS})
        self.polls.validate(network_id, turn.user_id, draft)
        turn.show_working(t("poll.working", turn.lang))
        started = self.polls.start(network_id, turn.user_id, draft)
        network, poll = started.network, started.poll
        text, blocks = poll_message(network, poll, 0, of_network(network))
        ts = post_or_undo(turn.client, network.channel_id, text, blocks,
                          undo=lambda: self.polls.discard(poll.id))
        self.polls.published(started, ts)
        when = format_when(poll.closes_at, network.timezone, turn.lang)
        turn.tell(t("poll.started", turn.lang, id=poll.number, channel=network.channel_id,
                    when=when))
        refresh_network_homes(turn.client, self.deps, network.id)

    def on_vote(self, turn: Turn) -> None:
        poll_part, index_part = parse_pair(turn.action_value())
        if not (index_part.isascii() and index_part.isdigit()):
            raise BadInput()
        voted = self.polls.vote(parse_id(poll_part), int(index_part), turn.user_id)
        network, poll = voted.state.network, voted.state.poll
        self._show(turn.network_client(network), voted.state)
        if turn.body.get("response_url"):  # from the channel; on Home the refresh shows it
            when = format_when(poll.closes_at, network.timezone, turn.lang)
            turn.tell(t("poll.voted", turn.lang, option=escape(voted.option), when=when))
        refresh_homes(turn.client, self.deps, network.team_id, [turn.user_id])

    def _show(self, client: WebClient, drawn: PollState) -> None:
        """Redraw the poll message with its count, then make sure that what was drawn is still
        true: a close or another vote committed in between is drawn instead (the redraw is
        made after the commit, so a late one could otherwise hide a close)."""
        for _ in range(3):
            self._draw(client, drawn)
            now = self.polls.state(drawn.poll.id)
            if (now.open, now.votes_cast) == (drawn.open, drawn.votes_cast):
                return
            drawn = now

    @staticmethod
    def _draw(client: WebClient, state: PollState) -> None:
        network, poll = state.network, state.poll
        if not poll.channel_ts:
            return
        if state.open:
            text, blocks = poll_message(network, poll, state.votes_cast, of_network(network))
        else:
            text, blocks = closed_message(poll, state.votes_cast, of_network(network))
        update_or_log(client, network.channel_id, poll.channel_ts, text, blocks)


def register(listen: Listen) -> None:
    handlers = PollHandlers(listen)
    listen.command(("stemming", "vote"), "help.stemming")(handlers.command)
    listen.view(ids.POLL_MODAL, error_field="question")(handlers.on_submit)
    listen.action(VOTE_ACTION)(handlers.on_vote)


