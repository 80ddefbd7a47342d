"""The closing phase (eindfase): a facilitator starts it, the final evaluation is open for a
while, then the network is closed and read-only. Refusals for a closing or closed network."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Session

from bot.domain.errors import Conflict
from bot.domain.meetings import renumber
from bot.domain.networks import ensure_facilitator
from bot.domain.schedule import TARGET_MEMBERS
from bot.domain.sessions import call_off
from storage import deliveries as queue
from storage import external as external_store
from storage import final_evaluation as final_store
from storage import networks as network_store
from storage import sessions as store
from storage.models import Delivery, DeliveryKind, Meeting, Network


class Phase(StrEnum):
    ACTIVE = "active"
    CLOSING = "closing"  # the final evaluation is open
    CLOSED = "closed"  # read-only


def phase(network: Network) -> Phase:
    if network.closed_at is not None:
        return Phase.CLOSED
    if network.closing_started_at is not None:
        return Phase.CLOSING
    return Phase.ACTIVE


def ensure_not_closed(network: Network) -> None:
    """A closed network is read-only: no votes, agenda items or questionnaires any more."""
    if phase(network) == Phase.CLOSED:
        raise Conflict("closing.error.closed")


def ensure_plannable(network: Network) -> None:
    """No new sessions once the closing phase started."""
    ensure_not_closed(network)
    if phase(network) == Phase.CLOSING:
        raise Conflict("closing.error.no_planning")


def ensure_closable(network: Network) -> None:
    ensure_not_closed(network)
    if phase(network) == Phase.CLOSING:
        raise Conflict("closing.error.already")


@dataclass(frozen=True)
class Started:
    network: Network
    called_off: list[int | None]  # the numbers the cancelled sessions had
    deliveries: list[Delivery]  # the final evaluation's invitation, reminder and close
    # The Slack guests of each cancelled session: not in the channel, so told one by one.
    guests: list[tuple[Meeting, list[str]]] = field(default_factory=list)


def start(session: Session, network: Network, *, user_id: str, now: datetime,
          open_for: timedelta) -> Started:
    """Start the closing phase: sessions still to come are cancelled (their reminders and
    evaluations dropped), and the final evaluation is open until `now + open_for`."""
    ensure_facilitator(session, network, user_id)
    ensure_closable(network)
    coming = [m for m in store.planned_meetings(session, network.id) if m.starts_at > now]
    numbers = [m.number for m in coming]
    members = {m.user_id for m in network_store.active_members(session, network.id)}
    guests = [(meeting, people) for meeting in coming if (people := [
        g.user_id for g in external_store.guests_of_meeting(session, meeting.id)
        if g.user_id and g.user_id not in members])]
    for meeting in coming:
        call_off(session, meeting)
    renumber(session, network.id)
    network.closing_started_at = now
    network.final_evaluation_closes_at = now + open_for
    session.add(network)
    session.flush()
    return Started(network, numbers, _queued(session, deliveries(network, now, open_for)),
                   guests)


def deliveries(network: Network, now: datetime, open_for: timedelta) -> list[Delivery]:
    """The final evaluation's invitation now, one reminder halfway, the close at the end;
    keyed by the start of this closing phase (one undone and started again gets fresh keys)."""
    stamp = f"{network.id}:{int(now.timestamp())}"
    return [Delivery(team_id=network.team_id, key=f"{kind}:{stamp}", kind=kind, run_at=run_at,
                     network_id=network.id, target=TARGET_MEMBERS)
            for kind, run_at in ((DeliveryKind.FINAL_EVALUATION, now),
                                 (DeliveryKind.FINAL_EVALUATION_REMINDER, now + open_for / 2),
                                 (DeliveryKind.FINAL_EVALUATION_CLOSE, now + open_for))]


def _queued(session: Session, rows: list[Delivery]) -> list[Delivery]:
    return [d for d in rows if queue.add(session, d) is not None]


def undo(session: Session, network: Network, *, user_id: str) -> Network:
    """Back to the active phase while the final evaluation is open; cancelled sessions stay
    cancelled."""
    ensure_facilitator(session, network, user_id)
    ensure_not_closed(network)
    if phase(network) != Phase.CLOSING:
        raise Conflict("closing.error.not_closing")
    network.closing_started_at = None
    network.final_evaluation_closes_at = None
    session.add(network)
    final_store.drop_pending(session, network.id)
    # The answers were given for a close that is not happening; a later one asks anew.
    final_store.forget_answers(session, network.id)
    return network


def finish(session: Session, network: Network, *, user_id: str, now: datetime) -> Delivery:
    """A facilitator closes the final evaluation before its time: it stops taking answers
    now, and the close (results, read-only) is queued at once."""
    ensure_facilitator(session, network, user_id)
    ensure_not_closed(network)
    if phase(network) != Phase.CLOSING:
        raise Conflict("closing.error.not_closing")
    network.final_evaluation_closes_at = now
    session.add(network)
    started = int((network.closing_started_at or now).timestamp())
    close = Delivery(team_id=network.team_id, kind=DeliveryKind.FINAL_EVALUATION_CLOSE,
                     key=f"{DeliveryKind.FINAL_EVALUATION_CLOSE}:{network.id}:{started}:done",
                     run_at=now, network_id=network.id, target=TARGET_MEMBERS)
    added = queue.add(session, close)
    if added is None:  # a second `klaar` while the first close is on its way
        raise Conflict("closing.error.closing_now")
    return added
