"""Every feature's service, built once per process around the same `Core`."""

from dataclasses import dataclass

from bot.services.core import Core
from bot.services.home import HomeService
from bot.services.membership import MembershipService
from bot.services.networks import NetworkService
from bot.services.planning import PlanningService


@dataclass(frozen=True)
class Services:
    networks: NetworkService
    planning: PlanningService
    membership: MembershipService
    home: HomeService

    @classmethod
    def build(cls, core: Core) -> "Services":
        return cls(
            networks=NetworkService(core),
            planning=PlanningService(core),
            membership=MembershipService(core),
            home=HomeService(core),
        )
