"""The closing phase (eindfase): a facilitator starts it, the final evaluation is open for a
while, then the network is closed and read-only. Refusals for a closing or closed network."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Session

from bot.domain.errors import Conflict
from bot.domain.meetings import renumber
from bot.domain.networks import ensure_facilitator
from bot.domain.sessions import call_off
from storage import sessions as store
from storage.models import Network


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


def start(session: Session, network: Network, *, user_id: str, now: datetime,
          open_for: timedelta) -> Started:
    """Start the closing phase: sessions still to come are cancelled (their reminders and
    evaluations dropped), and the final evaluation is open until `now + open_for`."""
    ensure_facilitator(session, network, user_id)
    ensure_closable(network)
    coming = [m for m in store.planned_meetings(session, network.id) if m.starts_at > now]
    numbers = [m.number for m in coming]
    for meeting in coming:
        call_off(session, meeting)
    renumber(session, network.id)
    network.closing_started_at = now
    network.final_evaluation_closes_at = now + open_for
    session.add(network)
    return Started(network, numbers)


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
    return network
