"""Outbound messages every feature sends: a DM to one person, a post in a network's channel."""

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from bot.dispatch import LeaseLost, Paused, RetryLater, hold_lease
from bot.domain.errors import DomainError
from bot.domain.languages import Readers
from bot.services.deliveries import NOTICE_PREFIX
from bot.text import escape
from handlers.slack.clients import NotInstalled
from handlers.slack.deps import Deps
from handlers.slack.kit import Block, section
from handlers.slack.people import recipient
from storage.models import Delivery, DeliveryReceipt, Network, as_utc

log = logging.getLogger(__name__)

# How long a DM to a few people sent after an acknowledgement waits out Slack's rate limits.
TELL_WAIT = timedelta(seconds=60)
TELL_ATTEMPTS = 4

# Builds a message in the reader's language: (fallback text, blocks).
MessageBuilder = Callable[[Lang], tuple[str, list[Block]]]


def send_dm(deps: Deps, client: WebClient, user_id: str, text: str,
            blocks: list[Block]) -> tuple[str, str]:
    """Post in the DM with `user_id` (opened once per process); returns (channel id, ts)."""
    channel = deps.clients.dm_channel(client, user_id)
    posted = client.chat_postMessage(channel=channel, text=text, blocks=blocks)
    return channel, posted["ts"]


def own_workspace(deps: Deps, network_team_id: str, person_team_id: str,
                  known: dict[str, str | None]) -> str | None:
    """The person's own workspace when it installed the app and is not the network's
    (distributed mode), else None; `known` keeps the answers of one fan-out, so the
    installation store is asked once per workspace."""
    if not deps.settings.distributed:
        return None
    if person_team_id not in known:
        known[person_team_id] = deps.clients.own_installation(network_team_id, person_team_id)
    return known[person_team_id]


def reach(deps: Deps, client: WebClient, network_team_id: str, person_team_id: str,
          known: dict[str, str | None] | None = None) -> WebClient:
    """The client that DMs a person of a network (or publishes their Home): their own
    workspace's installation when it has one, else the network's workspace's (a Slack Connect
    DM, allowed because they share its channel). Single workspace: `client`, the one token.
    `known` keeps the installation answers of a fan-out (one store lookup per workspace)."""
    if not deps.settings.distributed:
        return client
    own = own_workspace(deps, network_team_id, person_team_id, {} if known is None else known)
    try:
        return deps.clients.for_team(own or network_team_id)
    except NotInstalled:  # the network's workspace is gone: the request's own still answers
        return client


def tell_each(deps: Deps, client: WebClient, network: Network, user_ids: Iterable[str],
              build: Callable[[Lang, str], tuple[str, list[Block]]]) -> int:
    """DM each person what `build(their language, their id)` makes about `network` (their
    own language, else the network's), through their own workspace's installation when it
    has one (`reach`); one unreachable person does not stop the others (logged). Returns how
    many were reached."""
    readers = deps.languages.readers(network.id)
    known: dict[str, str | None] = {}
    reached = 0
    waited = 0.0
    for user_id in user_ids:
        for _attempt in range(TELL_ATTEMPTS):
            try:
                person = reach(deps, client, network.team_id,
                               readers.team(user_id, network.team_id), known)
                send_dm(deps, person, user_id, *build(readers.lang(user_id), user_id))
                reached += 1
                break
            except SlackApiError as error:
                # A longer 429 than the client waits out: this thread works after the ack,
                # so it waits its turn (up to TELL_WAIT per fan-out) rather than drop the DM.
                pause = _retry_after(error)
                if not is_ratelimited(error) or waited + pause > TELL_WAIT.total_seconds():
                    log.warning("could not DM %s: %s", user_id, error.response.get("error"))
                    break
                waited += pause
                time.sleep(pause)
    return reached


def post_or_undo(client: WebClient, channel_id: str, text: str, blocks: list[Block],
                 undo: Callable[[], None]) -> str:
    """Post what was just stored in a network's channel; if Slack refuses, `undo` takes the
    stored thing back (nobody saw it) and the refusal becomes a DomainError to show."""
    try:
        return str(client.chat_postMessage(channel=channel_id, text=text, blocks=blocks)["ts"])
    except SlackApiError as error:
        undo()
        raise DomainError("error.cannot_post", error=error.response.get("error", "?")) from error


def update_or_log(client: WebClient, channel_id: str, ts: str, text: str,
                  blocks: list[Block]) -> None:
    """Redraw a posted message whose state is already stored; if Slack refuses, only the
    display lags behind, so log it rather than fail what the user did."""
    try:
        client.chat_update(channel=channel_id, ts=ts, text=text, blocks=blocks)
    except SlackApiError as error:
        log.warning("could not update message %s in %s: %s", ts, channel_id,
                    error.response.get("error"))


class Sender:
    """Base of scheduled senders: the delivery's workspace decides which client calls Slack."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def __call__(self, delivery: Delivery) -> None:
        raise NotImplementedError

    def client_for(self, delivery: Delivery) -> WebClient:
        return self.deps.clients.for_team(delivery.team_id)


# The delivery's key travels with each scheduled DM as message metadata, so a send whose
# result was never recorded (the process died, the call timed out) can be found in the DM's
# history instead of being sent again.
EVENT_TYPE = "leernet_delivery"
# How far before the intent was recorded the history lookup starts (clock skew with Slack).
HISTORY_SLACK = timedelta(minutes=1)
HISTORY_PAGES = 3
# Slack answers these when its side failed or was slow: worth another attempt later. Any
# other error Slack gives is its decision about this person (user gone, cannot DM) and final.
TRANSIENT_ERRORS = frozenset({"internal_error", "fatal_error", "service_unavailable",
                              "request_timeout", "ratelimited"})
# Slack answers these when the token no longer works for the workspace (the app was
# uninstalled, its token revoked): the delivery pauses for everyone (bot.dispatch.Paused)
# rather than recording a refusal per person (distributed mode: a reinstall resumes it).
WORKSPACE_GONE = frozenset({"account_inactive", "token_revoked", "invalid_auth", "not_authed",
                            "token_expired"})
# A 429 whose Retry-After is at most this is waited out by slack_sdk's retry handler; a longer
# one reschedules the delivery (bot.dispatch.RetryLater) instead of holding the thread.
DEFAULT_RETRY_AFTER = 1.0
# Deliveries whose recipients' languages a sender keeps (those being sent at once).
READERS_KEPT = 32


class Pacer:
    """At most one scheduled chat.postMessage per `interval` per workspace, per process.

    DMs are separate channels, so Slack's one-per-second-per-channel rule does not bind a
    fan-out; the workspace limit ("several hundred per minute") does. 0.2 s is 300 a minute:
    under that limit, and a 65-person reminder still goes out in about 13 s.
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, team_id: str) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(team_id, now))
            self._next[team_id] = at + self.interval
        if at > now:
            time.sleep(at - now)


PACER = Pacer()


def _retry_after(error: SlackApiError) -> float:
    headers = error.response.headers or {}
    for name, value in headers.items():
        if name.lower() == "retry-after":
            value = value[0] if isinstance(value, list) else value
            try:
                return max(float(value), DEFAULT_RETRY_AFTER)
            except ValueError:
                break
    return DEFAULT_RETRY_AFTER


def is_ratelimited(exc: SlackApiError) -> bool:
    """Slack's 429 (longer than the client waits out): it did nothing, ask again later."""
    return exc.response.status_code == 429 or exc.response.get("error") == "ratelimited"


def raise_if_ratelimited(exc: SlackApiError) -> None:
    """A 429: the delivery is tried again as Slack asks (bot.dispatch.RetryLater), never
    recorded as refused."""
    if is_ratelimited(exc):
        raise RetryLater(timedelta(seconds=_retry_after(exc)), "ratelimited") from exc


def _error_code(error: SlackApiError) -> str:
    return str(error.response.get("error") or f"http_{error.response.status_code}")


class OncePerPersonSender(Sender):
    """Base of scheduled deliveries that DM people: each person once, per delivery.

    At least once to Slack, at most once to the person: the intent (a receipt without a
    result) is recorded before the call and the result after it. An intent found open on a
    later attempt is resolved by looking for the delivery's metadata in that DM before
    sending again. A person Slack refuses for good keeps the reason on the receipt; a
    failure on Slack's side (timeout, 5xx) leaves the intent open for the dispatcher's retry;
    a 429 stops the fan-out and reschedules the delivery (RetryLater). One person's failure,
    whatever it is, never stops the others.
    """

    def __init__(self, deps: Deps) -> None:
        super().__init__(deps)
        # The languages and workspaces of the delivery being sent, read once for all its
        # recipients: by delivery id, for the same Delivery object (one dispatch attempt)
        # only; with the installations found for its recipients' workspaces.
        self._readers: OrderedDict[int, tuple[Delivery, Readers, dict[str, str | None]]] = \
            OrderedDict()
        self._readers_lock = threading.Lock()

    def dm(self, delivery: Delivery, user_id: str, build: MessageBuilder) -> None:
        self.send_once(delivery, user_id, user_id, build)

    def routes(self, delivery: Delivery, user_id: str,
               network_client: WebClient) -> list[tuple[str, WebClient]]:
        """Which workspaces' bots may DM the person, the one to use first: their own
        workspace's when it installed the app (distributed mode), then the network's. A
        person of the network's workspace, or of one without the app, has only the latter."""
        readers, installed = self._fanout(delivery)
        routes = [(delivery.team_id, network_client)]
        own = own_workspace(self.deps, delivery.team_id,
                            readers.team(user_id, delivery.team_id), installed)
        if own:
            try:
                routes.insert(0, (own, self.deps.clients.for_team(own)))
            except NotInstalled:  # uninstalled since it was found
                pass
        return routes

    def send_once(self, delivery: Delivery, receipt_user: str, user_id: str,
                  build: MessageBuilder) -> None:
        # First: a workspace without an installation pauses the delivery (NotInstalled)
        # before any intent is recorded.
        routes = self.routes(delivery, user_id, self.client_for(delivery))
        hold_lease()  # the database may have been away since the last person
        claimed = self.deps.services.deliveries.claim_receipt(delivery, receipt_user)
        if claimed is None:
            return  # settled by an earlier attempt: sent, or refused for good
        receipt, fresh = claimed
        marker = {"event_type": EVENT_TYPE,
                  "event_payload": {"delivery": delivery.key, "to": receipt_user}}
        team_id = delivery.team_id
        try:
            if not fresh:  # in the DM of whichever bot may have sent it
                for attempt, (_team, client) in enumerate(routes):
                    try:
                        channel = self._open(client, user_id)
                        found = self._find(client, channel, marker, as_utc(receipt.created_at))
                    except SlackApiError as exc:  # their own workspace lost the app: its DM too
                        if attempt + 1 < len(routes) and _error_code(exc) in WORKSPACE_GONE:
                            continue
                        raise
                    if found is not None:
                        receipt.channel_id, receipt.message_ts = channel, found
                        self.deps.services.deliveries.record(receipt)
                        return
            text, blocks = build(self._fanout(delivery)[0].lang(user_id))
            for attempt, (team_id, client) in enumerate(routes):
                try:
                    channel = self._open(client, user_id)
                    PACER.wait(team_id)
                    # Slack may have been slow since the check above: last chance not to
                    # send. The intent stays open; whoever sends next looks it up first.
                    hold_lease()
                    posted = client.chat_postMessage(channel=channel, text=text, blocks=blocks,
                                                     metadata=marker)
                    receipt.channel_id, receipt.message_ts = channel, str(posted["ts"])
                    break
                except SlackApiError as exc:
                    # The person's own workspace lost the app (Slack did nothing): the
                    # network's workspace still reaches them over Slack Connect.
                    if attempt + 1 < len(routes) and _error_code(exc) in WORKSPACE_GONE:
                        log.warning("%s %s to %s: workspace %s: %s, sent from the network's",
                                    delivery.kind, delivery.id, user_id, team_id,
                                    _error_code(exc))
                        continue
                    raise
        except LeaseLost:
            raise
        except SlackApiError as exc:
            error = _error_code(exc)
            if is_ratelimited(exc):
                if fresh:  # Slack did nothing; an older intent may still need its lookup
                    self.deps.services.deliveries.forget(receipt)
                raise_if_ratelimited(exc)
            if error in WORKSPACE_GONE and self.deps.settings.distributed:  # until a reinstall
                if fresh:
                    self.deps.services.deliveries.forget(receipt)
                raise Paused(f"workspace {team_id}: {error}") from exc
            if exc.response.status_code >= 500 or error in TRANSIENT_ERRORS:
                log.warning("%s %s to %s: %s, retried later", delivery.kind, delivery.id,
                            user_id, error)
                return
            receipt.error = error[:200]
            log.warning("%s %s to %s refused: %s", delivery.kind, delivery.id, user_id, error)
        except Exception as exc:  # noqa: BLE001 - a timeout or a bug for one person
            log.warning("%s %s to %s: %s: %s, retried later", delivery.kind, delivery.id,
                        user_id, type(exc).__name__, exc)
            return
        self.deps.services.deliveries.record(receipt)

    def _fanout(self, delivery: Delivery) -> tuple[Readers, dict[str, str | None]]:
        """Every recipient's language (their choice, else the network's) and own workspace in
        one lookup per dispatch attempt: no users.info, no query per recipient."""
        with self._readers_lock:
            cached = self._readers.get(delivery.id)
        if cached is not None and cached[0] is delivery:
            return cached[1], cached[2]
        readers = self.deps.languages.readers(delivery.network_id)
        installed: dict[str, str | None] = {}
        with self._readers_lock:
            self._readers[delivery.id] = (delivery, readers, installed)
            while len(self._readers) > READERS_KEPT:
                self._readers.popitem(last=False)
        return readers, installed

    def _open(self, client: WebClient, user_id: str) -> str:
        return self.deps.clients.dm_channel(client, user_id)

    @staticmethod
    def _find(client: WebClient, channel: str, marker: dict, since: datetime) -> str | None:
        """The ts of the message carrying `marker` posted in `channel` since `since`."""
        oldest = f"{(since - HISTORY_SLACK).timestamp():.6f}"
        cursor = None
        for _ in range(HISTORY_PAGES):
            page = client.conversations_history(channel=channel, oldest=oldest, limit=100,
                                                include_all_metadata=True, cursor=cursor)
            messages: list[dict[str, Any]] = page.get("messages") or []
            for message in messages:
                if message.get("metadata") == marker:
                    return str(message["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not page.get("has_more") or not cursor:
                return None
        return None


class FailureNotice(OncePerPersonSender):
    """Tells a network's facilitators, once per delivery, whom it could not reach."""

    def __call__(self, delivery: Delivery) -> None:
        raise NotImplementedError("called with the failures: see tell")

    def tell(self, delivery: Delivery, failures: Sequence[DeliveryReceipt]) -> None:
        notice = self.deps.services.deliveries.notice(delivery)

        def build(lang: Lang) -> tuple[str, list[Block]]:
            people = ", ".join(f"{recipient(r.user_id, lang)} ({r.error})" for r in failures)
            text = t("delivery.unreached", lang, what=t(f"delivery.what.{delivery.kind}", lang),
                     network=escape(notice.network), people=people)
            return text, [section(text)]

        for facilitator in notice.facilitators:
            self.send_once(delivery, NOTICE_PREFIX + facilitator, facilitator, build)
