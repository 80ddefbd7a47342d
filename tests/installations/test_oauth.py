"""Distributed mode: installs through Bolt's OAuth flow, each workspace's own token on every
call (scheduled DMs included), uninstalls that pause deliveries and reinstalls that resume
them, and token rotation. Through the bot's HTTP pages and signed requests, on both
databases."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.config import ConfigError, load_settings
from bot.installations import BOT_SCOPES, INSTALL_PATH, REDIRECT_PATH
from bot.jobs import list_jobs
from bot.services.installations import DROPPED
from slack_twin.local_stack import TEAM_ID, LocalStack
from storage.models import Delivery, DeliveryKind, DeliveryStatus, Membership, Network, Role
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.factories import network_with_meeting
from tests.slack_helpers import create_network, deliveries, eventually, rows

OOST = "T0OOST"  # a second workspace, with its own people and channel
FAC_OOST, CAR_OOST, CHANNEL_OOST = "UFACOOST", "UCAROOST", "COOST001"


def _bot_token(stack: LocalStack, team_id: str) -> str | None:
    bot = stack.bot.clients.installations.find_bot(enterprise_id=None, team_id=team_id)
    return bot.bot_token if bot else None


def _members(stack: LocalStack, team_id: str, channel: str, *users: str) -> None:
    with stack.bot.db.session() as session:
        network = session.exec(select(Network).where(Network.team_id == team_id,
                                                     Network.channel_id == channel)).one()
        for user in users:
            session.add(Membership(team_id=team_id, network_id=network.id, user_id=user,
                                   role=Role.PARTICIPANT))


def _second_workspace(stack: LocalStack) -> None:
    twin = stack.twin
    assert twin.add_team(OOST, "oost", install=False) is None
    twin.add_user(FAC_OOST, "olga", team_id=OOST)
    twin.add_user(CAR_OOST, "car", team_id=OOST)
    twin.add_channel(CHANNEL_OOST, "leernet-oost", members=[FAC_OOST, CAR_OOST], team_id=OOST)


def _statuses(stack: LocalStack) -> dict[int, DeliveryStatus]:
    return {d.id: DeliveryStatus(d.status) for d in deliveries(stack)}


def _kickoff(stack: LocalStack, facilitator: str, channel: str) -> None:
    response = stack.driver.command(facilitator, "kickoff", channel)
    assert response.status == 200, response.body


def test_an_install_through_oauth_stores_the_token_that_the_workspaces_commands_then_use(
        oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    before = stack.driver.command(FACILITATOR, "nieuw", CHANNEL)  # not installed yet
    assert before.status == 200 and twin.calls_to("views.open") == []

    page = stack.get(INSTALL_PATH)
    assert page.status == 200 and "Add to Slack" in page.body
    assert "slack-app-oauth-state=" in page.headers["Set-Cookie"]
    assert stack.get(f"{REDIRECT_PATH}?code=forged&state=forged").status == 400  # no cookie

    done = stack.install(TEAM_ID)
    assert done.status == 200 and "Thank you" in done.body
    token = _bot_token(stack, TEAM_ID)
    assert token and token != twin.bot_token and twin.team_of(token) == TEAM_ID
    (exchange,) = twin.calls_to("oauth.v2.access")
    assert exchange.ok and exchange.response["scope"] == ",".join(BOT_SCOPES)

    twin.clear_calls()
    create_network(stack)
    assert {c.token for c in twin.calls} == {token}
    assert [n.team_id for n in rows(stack, Network)] == [TEAM_ID]


def test_two_installed_workspaces_each_get_their_own_token_on_scheduled_dms(oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    _second_workspace(stack)
    stack.install(TEAM_ID)
    stack.install(OOST)
    tokens = {team: _bot_token(stack, team) for team in (TEAM_ID, OOST)}
    assert None not in tokens.values() and len(set(tokens.values())) == 2

    create_network(stack)
    _members(stack, TEAM_ID, CHANNEL, ANN, BOB)
    gent = stack.driver
    stack.driver = stack.driver_for(OOST)
    create_network(stack, user=FAC_OOST, channel=CHANNEL_OOST)
    _members(stack, OOST, CHANNEL_OOST, CAR_OOST)
    twin.clear_calls()
    _kickoff(stack, FAC_OOST, CHANNEL_OOST)
    stack.driver = gent
    _kickoff(stack, FACILITATOR, CHANNEL)

    def sent() -> list[Delivery]:
        return [d for d in deliveries(stack) if d.kind == DeliveryKind.KICKOFF
                and d.status == DeliveryStatus.SENT]

    eventually(lambda: len(sent()) == 5)  # 3 in Gent, 2 in Oost
    dms = [c for c in twin.calls_to("chat.postMessage") if c.ok and "metadata" in c.args]
    reached = {c.args["metadata"]["event_payload"]["to"]: c.token for c in dms}
    assert reached == {FACILITATOR: tokens[TEAM_ID], ANN: tokens[TEAM_ID],
                       BOB: tokens[TEAM_ID], FAC_OOST: tokens[OOST], CAR_OOST: tokens[OOST]}
    assert all(c.ok for c in twin.calls)  # no call tried a person with the other's token


def _two_reminders(stack: LocalStack) -> tuple[int, int]:
    """Reminders in the installed workspace: one for a session in 3 hours, one for a session
    in 1 hour (which will have started by the time the workspace reinstalls)."""
    now = datetime.now(UTC)
    ids = []
    for hours, channel in ((3, "CLATER01"), (1, "CSOON001")):
        network_id, meeting_id = network_with_meeting(
            stack.bot.db, now + timedelta(hours=hours), members=(ANN,), channel_id=channel)
        with stack.bot.db.session() as session:
            delivery = Delivery(team_id=TEAM_ID, key=f"reminder:{meeting_id}:1800",
                                kind=DeliveryKind.REMINDER,
                                run_at=now + timedelta(hours=hours, minutes=-30),
                                network_id=network_id, meeting_id=meeting_id, target="members")
            session.add(delivery)
            session.flush()
            ids.append(delivery.id)
    return ids[0], ids[1]


def test_an_uninstall_pauses_the_workspaces_deliveries_and_a_reinstall_resumes_what_is_due(
        oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    stack.install(TEAM_ID)
    create_network(stack)
    _members(stack, TEAM_ID, CHANNEL, ANN, BOB)
    _kickoff(stack, FACILITATOR, CHANNEL)
    eventually(lambda: [d.status for d in deliveries(stack)
                        if d.kind == DeliveryKind.KICKOFF] == [DeliveryStatus.SENT] * 3)
    (kickoff_reminder,) = [d.id for d in deliveries(stack)
                           if d.kind == DeliveryKind.KICKOFF_REMINDER]
    later, soon = _two_reminders(stack)
    old_token = _bot_token(stack, TEAM_ID)

    answers = stack.driver.uninstall()
    assert [a.status for a in answers] == [200, 200]
    eventually(lambda: _bot_token(stack, TEAM_ID) is None)  # paused before it goes
    statuses = _statuses(stack)
    assert {statuses[i] for i in (kickoff_reminder, later, soon)} == {DeliveryStatus.PAUSED}
    jobs = {job["id"]: job["status"] for job in list_jobs(stack.settings)}
    assert jobs[later] == jobs[soon] == jobs[kickoff_reminder] == "paused"
    # ... and the network's retention check and its two digests (resumed with the others)
    assert "leernet_deliveries_paused 6.0" in stack.get("/metrics").body
    # A request that still arrives from the uninstalled workspace is answered, trying no token.
    assert stack.driver_for(TEAM_ID).command(FACILITATOR, "leden", CHANNEL).status == 200
    assert not [c for c in twin.calls if c.token == old_token and not c.ok]  # nothing tried

    # Reinstalled 90 minutes later: the session of `soon` has started, its reminder is late.
    stack.bot.deps.clock = lambda: datetime.now(UTC) + timedelta(minutes=90)
    assert stack.install(TEAM_ID).status == 200
    statuses = _statuses(stack)
    assert statuses[soon] == DeliveryStatus.SKIPPED
    assert statuses[later] == statuses[kickoff_reminder] == DeliveryStatus.PENDING
    (dropped,) = [d for d in deliveries(stack) if d.id == soon]
    assert dropped.last_error == DROPPED

    new_token = _bot_token(stack, TEAM_ID)
    assert new_token != old_token
    twin.clear_calls()
    assert stack.bot.dispatcher.run_one(later).status == DeliveryStatus.SENT
    assert {c.token for c in twin.calls_to("chat.postMessage")} == {new_token}


def test_a_delivery_that_meets_a_dead_token_before_the_uninstall_event_pauses(oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    stack.install(TEAM_ID)
    later, _soon = _two_reminders(stack)
    stack.bot.clients.bot((None, TEAM_ID))  # the token is cached, as in a running bot
    twin.uninstall(TEAM_ID)  # Slack's events have not arrived yet

    outcome = stack.bot.dispatcher.run_one(later)
    assert outcome.status == DeliveryStatus.PAUSED and "account_inactive" in str(outcome.error)
    assert [c.response.get("error") for c in twin.calls if not c.ok] == ["account_inactive"]
    assert _statuses(stack)[later] == DeliveryStatus.PAUSED  # kept, for a reinstall


def test_token_rotation_refreshes_a_token_before_it_expires(oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    twin.token_rotation = True
    twin.token_lifetime = 60  # inside LEERNET_TOKEN_REFRESH_BEFORE (2 h): due at once
    stack.install(TEAM_ID)
    first = _bot_token(stack, TEAM_ID)
    assert first and first.startswith("xoxe.xoxb-")
    twin.token_lifetime = 12 * 60 * 60
    twin.advance_clock(120)  # the first token has expired at Slack

    create_network(stack)
    refreshes = [c for c in twin.calls_to("oauth.v2.access")
                 if c.args.get("grant_type") == "refresh_token"]
    assert len(refreshes) == 1 and refreshes[0].ok
    second = refreshes[0].response["access_token"]
    assert _bot_token(stack, TEAM_ID) == second != first
    used = {c.token for c in twin.calls if c.method not in ("oauth.v2.access", "auth.test")}
    assert used == {second}
    assert not [c for c in twin.calls if c.response.get("error") == "token_expired"]


def test_single_workspace_mode_serves_no_install_pages(stack):
    assert stack.get(INSTALL_PATH).status == 404
    assert stack.bot.clients.installations is None


def test_the_mode_follows_the_configuration():
    single = load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
                           dotenv=False)
    single.require_slack()
    assert not single.distributed
    oauth = load_settings({"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "c",
                           "SLACK_SIGNING_SECRET": "s", "LEERNET_TOKEN_REFRESH_BEFORE": "30m"},
                          dotenv=False)
    oauth.require_slack()
    assert oauth.distributed and oauth.token_refresh_before == timedelta(minutes=30)
    with pytest.raises(ConfigError, match="SLACK_CLIENT_SECRET"):
        load_settings({"SLACK_CLIENT_ID": "1.2", "SLACK_SIGNING_SECRET": "s"},
                      dotenv=False).require_slack()
    with pytest.raises(ConfigError, match="both"):
        load_settings({"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "c",
                       "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
                      dotenv=False).require_slack()
