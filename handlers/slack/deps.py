"""What the listeners need from the rest of the bot, passed in explicitly (no globals)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.config import Settings
from handlers.slack.clients import SlackClients
from handlers.slack.locale import LocaleCache
from storage.database import Database


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _no_scheduler(_run_at: datetime) -> None:
    return None


@dataclass
class Deps:
    settings: Settings
    db: Database
    locales: LocaleCache
    clients: SlackClients
    # Tells the scheduler a delivery is due at this time (so it can wake early enough).
    notify_scheduled: Callable[[datetime], None] = _no_scheduler
    clock: Callable[[], datetime] = _utcnow
