"""What every domain service needs: the database, the settings, the time, the scheduler."""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session

from bot.config import Settings
from storage.database import Database, bounded_waits, waited_too_long
from storage.models import Delivery

# The request path bounds its transactions' lock waits with `bounded_waits` (see
# handlers/slack/turn.py), and the error mapper tells a lock waited out with `waited_too_long`.
__all__ = ["Core", "Service", "bounded_waits", "waited_too_long"]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _no_scheduler(_run_at: datetime) -> None:
    return None


@dataclass
class Core:
    settings: Settings
    db: Database
    clock: Callable[[], datetime] = _utcnow
    # Tells the scheduler a delivery is due at this time (so it can wake early enough).
    notify_scheduled: Callable[[datetime], None] = _no_scheduler


class Service:
    """Base of the feature services: `unit()` is one transaction, committed on leaving;
    `read()` one that only reads (forms, lists, Home)."""

    def __init__(self, core: Core) -> None:
        self.core = core

    @property
    def settings(self) -> Settings:
        return self.core.settings

    def now(self) -> datetime:
        return self.core.clock()

    @contextmanager
    def unit(self) -> Iterator[Session]:
        with self.core.db.session() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A transaction that only reads: it does not queue for SQLite's write lock."""
        with self.core.db.session(readonly=True) as session:
            yield session

    def scheduled(self, deliveries: Iterable[Delivery]) -> None:
        """After the commit: wake the scheduler for what was just planned."""
        for delivery in deliveries:
            self.core.notify_scheduled(delivery.run_at)
