"""Every feature's service, built once per process around the same `Core`."""

from dataclasses import dataclass, fields

from bot.services.after_closing import AfterClosingService
from bot.services.agreements import AgreementService
from bot.services.closing import ClosingService
from bot.services.closing_report import ClosingReportService
from bot.services.core import Core
from bot.services.deliveries import DeliveryService
from bot.services.digests import DigestService
from bot.services.directory import DirectoryService
from bot.services.evaluations import EvaluationService
from bot.services.exports import ExportService
from bot.services.external import ExternalService
from bot.services.home import HomeService
from bot.services.installations import InstallationService
from bot.services.intervision import IntervisionService
from bot.services.kickoff import KickoffService
from bot.services.knowledge import KnowledgeService
from bot.services.languages import LanguageService
from bot.services.membership import MembershipService
from bot.services.mydata import MyDataService
from bot.services.networks import NetworkService
from bot.services.pairing import PairingService
from bot.services.planning import PlanningService
from bot.services.polls import PollService
from bot.services.reports import ReportService
from bot.services.requests import RequestService
from bot.services.sessions import SessionService


@dataclass(frozen=True)
class Services:
    # One field per feature, named as listeners reach it: `deps.services.<name>`.
    after_closing: AfterClosingService
    agreements: AgreementService
    closing: ClosingService
    closing_report: ClosingReportService
    deliveries: DeliveryService
    digests: DigestService
    directory: DirectoryService
    evaluations: EvaluationService
    exports: ExportService
    external: ExternalService
    home: HomeService
    installations: InstallationService
    intervision: IntervisionService
    kickoff: KickoffService
    knowledge: KnowledgeService
    languages: LanguageService
    membership: MembershipService
    mydata: MyDataService
    networks: NetworkService
    pairing: PairingService
    planning: PlanningService
    polls: PollService
    reports: ReportService
    requests: RequestService
    sessions: SessionService

    @classmethod
    def build(cls, core: Core) -> "Services":
        return cls(**{field.name: field.type(core) for field in fields(cls)})  # type: ignore[operator]
