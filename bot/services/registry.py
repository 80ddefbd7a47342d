"""Every feature's service, built once per process around the same `Core`."""

from dataclasses import dataclass

from bot.services.agreements import AgreementService
from bot.services.core import Core
from bot.services.kickoff import KickoffService
from bot.services.networks import NetworkService
from bot.services.planning import PlanningService


@dataclass(frozen=True)
class Services:
    agreements: AgreementService
    kickoff: KickoffService
    networks: NetworkService
    planning: PlanningService

    @classmethod
    def build(cls, core: Core) -> "Services":
        return cls(agreements=AgreementService(core), kickoff=KickoffService(core),
                   networks=NetworkService(core), planning=PlanningService(core))
