"""Rows for the query-count measurements (P3) and their tests: a network with N sessions and
M members, a person in N networks, written straight into the database (no Slack needed).

Every network gets every kind of row Home and `sessies` show (answers, attendance, agenda
items, agreements, polls, votes, action items, an open evaluation, a questionnaire), so each
bulk query has rows to load at every size and a query per row would show in the count.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from storage.database import Database
from storage.models import (
    ActionItem,
    AgendaContribution,
    AgendaKind,
    Agreement,
    AgreementAck,
    ApplyCommitment,
    Attendance,
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
    DeliveryStatus,
    EvaluationPoll,
    KickoffResponse,
    Meeting,
    Membership,
    MembershipStatus,
    Network,
    Poll,
    PollVote,
    Report,
    Role,
    Rsvp,
    RsvpAnswer,
)

TEAM = "T0TWIN"  # the twin's workspace (the Slack-side tests need it)
PERSON = "UPERSON1"


def member_ids(count: int) -> list[str]:
    return [PERSON] + [f"UMEMB{i:04d}" for i in range(1, count)]


@dataclass(frozen=True)
class Seeded:
    network_id: int
    channel_id: str
    meeting_ids: list[int]


def network(db: Database, index: int, *, members: int, sessions: int, team: str = TEAM,
            now: datetime | None = None) -> Seeded:
    """A network in channel C{index:05d} with `members` active members (the first,
    PERSON, its facilitator) and `sessions` sessions, half of them past, each with answers,
    agenda items, attendance, an evaluation, a report with an action item for everyone."""
    now = now or datetime.now(UTC)
    users = member_ids(members)
    channel = f"C{index:05d}"
    with db.session() as session:
        net = Network(team_id=team, channel_id=channel, name=f"Netwerk {index}", theme="t",
                      region="r", charter_what="w", charter_why="w", charter_how="h",
                      charter_for_whom="f", format="face_to_face", max_participants=12,
                      timezone="Europe/Brussels", reminder_offsets="7d,1d",
                      evaluation_delay_seconds=3600, created_by=users[0],
                      # odd ones: the questionnaire is open; even ones: it closed at the
                      # first session
                      kickoff_closes_at=now + timedelta(days=7) if index % 2 else None)
        session.add(net)
        session.flush()
        for i, user in enumerate(users):
            session.add(Membership(team_id=team, network_id=net.id, user_id=user,
                                   role=Role.FACILITATOR if i == 0 else Role.PARTICIPANT))
        meetings = []
        past = sessions // 2
        for n in range(sessions):
            # Past ones end an hour ago and earlier; upcoming ones start from tomorrow on.
            offset = -timedelta(hours=3, days=past - 1 - n) if n < past else timedelta(
                days=1 + n - past)
            meeting = Meeting(team_id=team, network_id=net.id, starts_at=now + offset,
                              duration_minutes=120, location="Gent",
                              learning_form="intervision", created_by=users[0], number=n + 1)
            session.add(meeting)
            session.flush()
            meetings.append(meeting.id)
            for i, user in enumerate(users):
                answer = RsvpAnswer.NO if i % 3 == 2 else RsvpAnswer.YES
                session.add(Rsvp(team_id=team, meeting_id=meeting.id, user_id=user,
                                 answer=answer))
                session.add(AgendaContribution(team_id=team, meeting_id=meeting.id,
                                               user_id=user, kind=AgendaKind.ITEM,
                                               text=f"punt {n}"))
                if n < past - 1:
                    session.add(Attendance(team_id=team, meeting_id=meeting.id, user_id=user,
                                           present=bool(i % 2), confirmed_by=users[0]))
            if n < past:
                report = Report(team_id=team, meeting_id=meeting.id, summary="s",
                                author=users[0])
                session.add(report)
                session.flush()
                for user in users:
                    session.add(ActionItem(team_id=team, network_id=net.id,
                                           meeting_id=meeting.id, report_id=report.id,
                                           text="doen", owner_id=user,
                                           due_date=date.today() + timedelta(days=n)))
            if n == past - 1:  # the latest past session: its evaluation is open
                session.add(EvaluationPoll(team_id=team, meeting_id=meeting.id,
                                           closes_at=now + timedelta(days=5)))
        _network_extras(session, net, users, meetings, now)
        return Seeded(net.id, channel, meetings)


def _network_extras(session, net: Network, users: list[str], meetings: list[int],
                    now: datetime) -> None:
    team = net.team_id
    agreement = Agreement(team_id=team, network_id=net.id, version=1, text="afspraken",
                          created_by=users[0], channel_ts="1.1")
    newer = Agreement(team_id=team, network_id=net.id, version=2, text="afspraken 2",
                      created_by=users[0], channel_ts="1.2")
    session.add_all([agreement, newer])
    for number in (1, 2):
        poll = Poll(team_id=team, network_id=net.id, number=number, question="?",
                    options_json='["a", "b"]', closes_at=now + timedelta(days=number),
                    created_by=users[0], channel_ts=f"2.{number}")
        session.add(poll)
        session.flush()
        for i, user in enumerate(users):
            if number == 1 or i % 2:
                session.add(PollVote(team_id=team, poll_id=poll.id, user_id=user,
                                     option_index=i % 2))
    session.flush()
    for user in users[1:]:
        session.add(AgreementAck(team_id=team, agreement_id=newer.id, user_id=user))
    for user in users:
        session.add(Delivery(team_id=team, key=f"kickoff:{net.id}:{user}",
                             kind=DeliveryKind.KICKOFF, run_at=now - timedelta(days=30),
                             network_id=net.id, target=user, status=DeliveryStatus.SENT))
        if user != PERSON:
            session.add(KickoffResponse(team_id=team, network_id=net.id, user_id=user,
                                        organisation="Org"))
    if meetings:
        followup = Delivery(team_id=team, key=f"followup:{net.id}", status=DeliveryStatus.SENT,
                            kind=DeliveryKind.APPLY_FOLLOWUP, run_at=now - timedelta(days=1),
                            network_id=net.id, meeting_id=meetings[0], target="members")
        session.add(followup)
        session.flush()
        for user in users:
            session.add(ApplyCommitment(team_id=team, meeting_id=meetings[0], user_id=user,
                                        text="toepassen"))
            session.add(DeliveryReceipt(team_id=team, delivery_id=followup.id, user_id=user,
                                        channel_id="D1", message_ts="3.1"))


def person_in_networks(db: Database, networks: int, *, team: str = TEAM, first_index: int = 0,
                       members: int = 4, sessions: int = 4) -> list[Seeded]:
    """PERSON active in `networks` networks of workspace `team`, and on the waitlist of one
    more."""
    seeded = [network(db, first_index + i, members=members, sessions=sessions, team=team)
              for i in range(networks)]
    # The extra network has other members; PERSON waits for a place there.
    with db.session() as session:
        net = Network(team_id=team, channel_id="CWAIT", name="Vol", theme="t", region="r",
                      charter_what="w", charter_why="w", charter_how="h",
                      charter_for_whom="f", format="face_to_face", max_participants=1,
                      timezone="Europe/Brussels", reminder_offsets="7d,1d",
                      evaluation_delay_seconds=3600, created_by="UOTHER01")

        session.add(net)
        session.flush()
        session.add(Membership(team_id=team, network_id=net.id, user_id="UOTHER01",
                               role=Role.FACILITATOR))
        for user in ("UWAIT001", PERSON):
            session.add(Membership(team_id=team, network_id=net.id, user_id=user,
                                   role=Role.PARTICIPANT, status=MembershipStatus.WAITLISTED))
    return seeded


def reminder_delivery(db: Database, seeded: Seeded) -> Delivery:
    """A reminder for the network's next session, far in the future (no scheduler takes it)."""
    with db.session() as session:
        meeting = session.get(Meeting, seeded.meeting_ids[-1])
        assert meeting is not None
        delivery = Delivery(team_id=TEAM, key=f"reminder:{meeting.id}:bench",
                            kind=DeliveryKind.REMINDER,
                            run_at=datetime.now(UTC) + timedelta(days=365),
                            network_id=seeded.network_id, meeting_id=meeting.id,
                            target="members")
        session.add(delivery)
        session.flush()
        return delivery
