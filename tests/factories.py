"""Rows for tests that start below the Slack surface (dispatch, storage)."""

from datetime import datetime, timedelta

from bot.domain import schedule
from storage.database import Database
from storage.models import Delivery, DeliveryKind, Meeting, Membership, Network, Role


def network_with_meeting(db: Database, starts_at: datetime, *, members=("U1",),
                         team_id: str = "T0TWIN", channel_id: str = "C1") -> tuple[int, int]:
    with db.session() as session:
        network = Network(
            team_id=team_id, channel_id=channel_id, name="Zorg", theme="t", region="r",
            charter_what="w", charter_why="w", charter_how="h", charter_for_whom="f",
            format="face_to_face", max_participants=12, timezone="Europe/Brussels",
            reminder_offsets="7d,1d", evaluation_delay_seconds=3600, created_by=members[0],
        )
        session.add(network)
        session.flush()
        for i, user in enumerate(members):
            session.add(Membership(team_id=team_id, network_id=network.id, user_id=user,
                                   role=Role.FACILITATOR if i == 0 else Role.PARTICIPANT))
        meeting = Meeting(team_id=team_id, network_id=network.id, starts_at=starts_at,
                          duration_minutes=120, location="Gent", learning_form="intervision",
                          created_by=members[0])
        session.add(meeting)
        session.flush()
        return network.id, meeting.id


def reminder(db: Database, network_id: int, meeting_id: int, run_at: datetime,
             offset: timedelta = timedelta(days=1)) -> int:
    with db.session() as session:
        key = f"reminder:{meeting_id}:{int(offset.total_seconds())}"
        delivery = Delivery(team_id="T0TWIN", key=key,
                            kind=DeliveryKind.REMINDER, run_at=run_at, network_id=network_id,
                            meeting_id=meeting_id, target=schedule.TARGET_MEMBERS)
        session.add(delivery)
        session.flush()
        return delivery.id
