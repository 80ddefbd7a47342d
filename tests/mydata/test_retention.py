"""Retention: a network inactive for LEERNET_RETENTION has its personal data erased by its
scheduled retention check, after its facilitators were warned 30 days before; a network that
wakes up after the warning keeps everything. Time is moved by a second dispatcher on a test
clock (the service reads the same clock), as tests/test_delivery_faults.py does."""

from datetime import UTC, datetime, timedelta

from bot.dispatch import Dispatcher
from bot.domain.mydata import RETENTION_WARNING, Retention, retention_step
from storage.models import (
    FORMER_MEMBER,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Meeting,
    Membership,
    Network,
    PollVote,
    Report,
)
from tests.conftest import ANN, BOB, FACILITATOR
from tests.mydata.helpers import TEAM, personal_rows, seed
from tests.slack_helpers import message_text, rows

RETENTION = timedelta(days=730)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _dispatcher(stack, clock: Clock) -> Dispatcher:
    stack.bot.deps.clock = clock  # the services' time, for the retention rule
    bot = stack.bot.dispatcher
    return Dispatcher(stack.bot.db, bot.senders, worker="time-travel", clock=clock,
                      on_failures=bot.on_failures)


def _checks(stack) -> list[Delivery]:
    return rows(stack, Delivery, Delivery.kind == DeliveryKind.RETENTION)


def _warnings(stack, user: str) -> list[str]:
    channel = stack.twin.dm_channel(user)
    texts = [message_text(m) for m in stack.twin.messages(channel)] if channel else []
    return [text for text in texts if "gebeurt al lang niets meer" in text]


def test_a_new_network_has_its_first_check_when_the_warning_would_be_due(network):
    (net,) = rows(network, Network)
    (check,) = _checks(network)
    assert check.run_at == net.created_at + RETENTION - RETENTION_WARNING
    assert check.status == DeliveryStatus.PENDING and check.target == "facilitators"


def test_an_inactive_network_is_warned_then_erased_keeping_reports_and_counts(network):
    seed(network, {ANN: "appel", BOB: "banaan"})
    start = datetime.now(UTC)
    clock = Clock(start + RETENTION - RETENTION_WARNING + timedelta(days=1))
    dispatcher = _dispatcher(network, clock)
    dispatcher.run_due()

    assert len(_warnings(network, FACILITATOR)) == 1  # warned by DM, in the network's Dutch
    assert _warnings(network, ANN) == []  # participants are not warned
    assert personal_rows(network, BOB)  # nothing erased yet
    (net,) = rows(network, Network)
    assert net.retention_warned_at == clock.now
    (_, erase_check) = _checks(network)
    assert erase_check.run_at >= start + RETENTION

    clock.now = erase_check.run_at + timedelta(minutes=1)
    dispatcher.run_due()
    for user in (ANN, BOB, FACILITATOR):
        # Ann's language choice is hers, not the network's: it stays.
        assert set(personal_rows(network, user)) <= {"languagechoice.user_id"}, user
    assert rows(network, Membership) == []
    (net,) = rows(network, Network)
    assert net.former_members == 3
    (report,) = rows(network, Report)  # the knowledge stays, without names
    assert report.summary == "Goede sessie" and report.author == FORMER_MEMBER
    assert len(rows(network, PollVote)) == 2  # the vote still counts
    # Erased: no further check is planned, and nobody is told (nobody is left).
    assert [c.status for c in _checks(network)] == [DeliveryStatus.SENT] * 2
    assert len(_warnings(network, FACILITATOR)) == 1


def test_a_network_that_wakes_up_after_the_warning_is_not_erased(network):
    ids = seed(network, {ANN: "appel", BOB: "banaan"})
    start = datetime.now(UTC)
    clock = Clock(start + RETENTION - RETENTION_WARNING + timedelta(days=1))
    dispatcher = _dispatcher(network, clock)
    dispatcher.run_due()
    assert len(_warnings(network, FACILITATOR)) == 1
    woke = clock.now + timedelta(days=1)
    with network.bot.db.session() as session:  # a session is planned: the network lives
        session.add(Meeting(team_id=TEAM, network_id=ids["network"], starts_at=woke,
                            duration_minutes=60, location="Gent", learning_form="intervision",
                            created_by=FACILITATOR))

    clock.now = start + RETENTION + timedelta(days=2)
    dispatcher.run_due()
    assert personal_rows(network, BOB) and len(rows(network, Membership)) == 3
    pending = [c for c in _checks(network) if c.status == DeliveryStatus.PENDING]
    assert [c.run_at for c in pending] == [woke + RETENTION - RETENTION_WARNING]

    # When it falls asleep again, the old warning does not count: warned afresh first.
    clock.now = woke + RETENTION - RETENTION_WARNING + timedelta(minutes=1)
    dispatcher.run_due()
    assert len(_warnings(network, FACILITATOR)) == 2
    assert personal_rows(network, BOB)


def test_the_retention_rule():
    last = datetime(2026, 1, 1, tzinfo=UTC)
    warn_at = last + RETENTION - RETENTION_WARNING
    assert retention_step(warn_at - timedelta(days=1), last, None, RETENTION).action \
        == Retention.WAIT
    warned = retention_step(warn_at, last, None, RETENTION)
    assert warned.action == Retention.WARN and warned.at == last + RETENTION
    # Warned late (the bot was down): still 30 days' notice before anything is erased.
    late = last + RETENTION + timedelta(days=5)
    step = retention_step(late, last, None, RETENTION)
    assert step.action == Retention.WARN and step.at == late + RETENTION_WARNING
    assert retention_step(late + timedelta(days=1), last, late, RETENTION).action \
        == Retention.WAIT
    assert retention_step(late + RETENTION_WARNING, last, late, RETENTION).action \
        == Retention.ERASE
    # A warning given before the latest activity does not count.
    assert retention_step(late + RETENTION_WARNING, late + timedelta(days=1), late,
                          RETENTION).action == Retention.WAIT


def _post(stack, text: str) -> str:
    """A message in the channel, as the bot posts it; its ts."""
    from slack_sdk import WebClient

    from slack_twin.local_stack import BOT_TOKEN
    from tests.conftest import CHANNEL

    client = WebClient(token=BOT_TOKEN, base_url=stack.twin.api_url)
    return client.chat_postMessage(channel=CHANNEL, text=text)["ts"]


def test_an_erased_network_takes_its_introductions_and_names_out_of_the_channel(network):
    """Retention erases the kickoff answers; the introduction cards the bot posted with those
    answers, and the reports naming people, must not stay in the channel with them."""
    from sqlmodel import select

    from storage.models import KickoffResponse
    from tests.conftest import CHANNEL

    ids = seed(network, {ANN: "appel", BOB: "banaan"})
    card = _post(network, f"Kennismaking met <@{ANN}>: Vraag appel")
    report_ts = _post(network, f"<@{ANN}>: verslag")
    with network.bot.db.session() as session:
        answer = session.exec(select(KickoffResponse).where(KickoffResponse.user_id == ANN)).one()
        answer.intro_ts = card
        session.add(answer)
        report = session.get(Report, ids["report"])
        report.channel_ts = report_ts
        session.add(report)
    start = datetime.now(UTC)
    clock = Clock(start + RETENTION - RETENTION_WARNING + timedelta(days=1))
    dispatcher = _dispatcher(network, clock)
    dispatcher.run_due()
    (_, erase_check) = _checks(network)
    clock.now = erase_check.run_at + timedelta(minutes=1)
    dispatcher.run_due()
    assert set(personal_rows(network, ANN)) <= {"languagechoice.user_id"}
    left = {m["ts"]: message_text(m) for m in network.twin.messages(CHANNEL)}
    assert card not in left, left
    assert ANN not in left[report_ts] and "oud-lid" in left[report_ts], left[report_ts]
