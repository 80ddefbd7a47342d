"""Every feature's service, built once per process around the same `Core`."""

from dataclasses import dataclass

from bot.services.core import Core
from bot.services.networks import NetworkService
from bot.services.planning import PlanningService
from bot.services.polls import PollService
from bot.services.sessions import SessionService


@dataclass(frozen=True)
class Services:
    networks: NetworkService
    planning: PlanningService
    polls: PollService
    sessions: SessionService

    @classmethod
    def build(cls, core: Core) -> "Services":
        return cls(networks=NetworkService(core), planning=PlanningService(core),
                   polls=PollService(core), sessions=SessionService(core))
