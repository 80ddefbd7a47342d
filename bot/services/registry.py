"""Every feature's service, built once per process around the same `Core`."""

from dataclasses import dataclass

from bot.services.core import Core
from bot.services.deliveries import DeliveryService
from bot.services.evaluations import EvaluationService
from bot.services.networks import NetworkService
from bot.services.planning import PlanningService


@dataclass(frozen=True)
class Services:
    networks: NetworkService
    planning: PlanningService
    evaluations: EvaluationService
    deliveries: DeliveryService

    @classmethod
    def build(cls, core: Core) -> "Services":
        return cls(networks=NetworkService(core), planning=PlanningService(core),
                   evaluations=EvaluationService(core), deliveries=DeliveryService(core))
