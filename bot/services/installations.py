"""A workspace's installation coming and going (distributed mode): its scheduled deliveries
pause while the app is not installed there, and resume when it is installed again."""

from dataclasses import dataclass

from bot.domain import schedule
from bot.services.core import Service
from storage import deliveries as queue
from storage.models import Delivery

# Why a paused delivery was dropped on a reinstall (its last_error): by the rule a restart
# applies (bot.domain.schedule.catch_up).
DROPPED = "skipped: too late or cancelled when the workspace installed the app again"


@dataclass(frozen=True)
class Resumed:
    resumed: int
    dropped: int


class InstallationService(Service):
    def uninstalled(self, team_id: str) -> int:
        """The app left the workspace: pause what it still had to send there (nothing is
        lost). Returns how many deliveries were paused."""
        with self.unit() as session:
            return queue.pause_team(session, team_id)

    def installed(self, team_id: str) -> Resumed:
        """The app is (again) installed in the workspace: what it paused goes back to the
        queue if it is still worth sending, by the rule a restart applies to what fell due
        while the bot was down; the rest is dropped."""
        now = self.now()
        back: list[Delivery] = []
        dropped = 0
        with self.unit() as session:
            for delivery in queue.paused(session, team_id):
                verdict = schedule.catch_up(delivery.kind, delivery.run_at, now,
                                            queue.meeting_of(session, delivery))
                if verdict == schedule.Verdict.SKIP:
                    dropped += queue.drop_paused(session, delivery.id, now, DROPPED)
                elif queue.resume(session, delivery.id):
                    back.append(delivery)
        self.scheduled(back)
        return Resumed(len(back), dropped)
