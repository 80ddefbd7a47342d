"""A person's own data (`/leernet mijn-data`): shown, exported, erased; and the retention
check that erases a whole network's personal data once it has been inactive too long."""

from dataclasses import dataclass

from bot.domain import mydata
from bot.domain.mydata import Erased, MyData, Retention, RetentionStep
from bot.services.core import Service
from storage import deliveries as queue
from storage import languages as language_store
from storage import mydata as store
from storage import networks as repo
from storage.models import Network


@dataclass(frozen=True)
class RetentionOutcome:
    step: RetentionStep
    network: Network
    facilitators: list[str]  # whom to warn (before an erasure: nobody is left to tell)
    erased: Erased | None = None  # after an erasure: what the channel still shows of people


class MyDataService(Service):
    def overview(self, team_id: str, user_id: str) -> MyData:
        with self.read() as session:
            language = language_store.chosen(session, team_id, user_id)
            return mydata.collect(session, team_id, user_id, language)

    def erase(self, team_id: str, user_id: str, network_id: int | None) -> Erased:
        """Erase the person in one network or everywhere; the introductions to take down and
        the reports to show again."""
        with self.unit() as session:
            return mydata.erase(session, team_id, user_id, network_id)

    def retention(self, network_id: int) -> RetentionOutcome:
        """The retention check of one network, done: it waits (the next check is planned),
        warns (recorded; the caller tells the facilitators) or erases everyone in it."""
        now = self.now()
        with self.unit() as session:
            network = repo.get_network(session, network_id)
            step = mydata.retention_step(now, store.last_activity(session, network),
                                         network.retention_warned_at, self.settings.retention)
            facilitators = repo.facilitators(session, network_id)
            if step.action == Retention.WARN:
                network.retention_warned_at = now
                session.add(network)
            erased = None
            if step.action == Retention.ERASE:
                erased = mydata.erase_network(session, network)
                facilitators = []
            planned = None
            if step.at is not None:
                planned = queue.add(session, mydata.retention_check(network, step.at))
            session.flush()
        if planned is not None:
            self.scheduled([planned])
        return RetentionOutcome(step, network, facilitators, erased)
