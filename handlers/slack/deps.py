"""What the listeners need from the rest of the bot, passed in explicitly (no globals)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.config import Settings
from bot.services.core import Core
from bot.services.registry import Services
from handlers.slack.clients import SlackClients
from handlers.slack.locale import Languages


@dataclass
class Deps:
    core: Core
    services: Services
    languages: Languages
    clients: SlackClients

    @property
    def settings(self) -> Settings:
        return self.core.settings

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.core.clock

    @clock.setter
    def clock(self, clock: Callable[[], datetime]) -> None:
        self.core.clock = clock
