"""Who is acting: a person is (team, user), not a bare user id.

Slack user ids are only unique within their workspace's view of the world, and a signed
request names its team: a click or a submission from another workspace, even with the same
user id, is another person. A network accepts people from its own workspace and from the
workspaces its channel is shared with (Slack Connect, `Network.teams`).

The Slack glue says who acts for the duration of one request (`acting`); every network a
request resolves (storage's `get_network`, `network_by_channel`) is checked against it there,
once for every feature. Scheduled work acts for nobody and is not checked.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from bot.domain.errors import Forbidden
from storage.models import Membership, Network


@dataclass(frozen=True)
class Actor:
    team_id: str  # the person's own workspace (`user.team_id` of a click or submission)
    user_id: str


_actor: ContextVar[Actor | None] = ContextVar("leernet_actor", default=None)


@contextmanager
def acting(actor: Actor | None) -> Iterator[None]:
    """Everything done inside acts for `actor` (None: for nobody, e.g. an event)."""
    token = _actor.set(actor)
    try:
        yield
    finally:
        _actor.reset(token)


def current() -> Actor | None:
    return _actor.get()


def ensure_may_act(network: Network) -> None:
    """Refuse a person from a workspace the network's channel is not shared with."""
    actor = _actor.get()
    if actor is not None and actor.team_id not in network.teams:
        raise Forbidden("error.foreign_team")


def ensure_own(member: Membership) -> None:
    """Refuse the acting person a membership of the same user id in another workspace: in a
    channel shared across workspaces, (their team, that user id) is someone else."""
    actor = _actor.get()
    if (actor is not None and actor.user_id == member.user_id and member.user_team_id
            and actor.team_id and actor.team_id != member.user_team_id):
        raise Forbidden("error.foreign_team")


def person_team(network_team_id: str, user_id: str) -> str:
    """The workspace of the person `user_id` as far as this request knows it: the actor's
    own when they are the one acting, else the network's."""
    actor = _actor.get()
    if actor is not None and actor.user_id == user_id and actor.team_id:
        return actor.team_id
    return network_team_id
