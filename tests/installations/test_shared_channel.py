"""A network whose channel is shared by two workspaces that both installed the app
(distributed mode), and a third workspace without it: reminders and polls reach members of
all three, each DM and Home through the person's own workspace's installation when it has
one, else the network's; and each answers by button. Through signed HTTP, on both databases.
"""

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from handlers.slack import ids
from slack_twin.local_stack import TEAM_ID, LocalStack
from storage import deliveries as queue
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
    DeliveryStatus,
    Meeting,
    Network,
    PollVote,
    Rsvp,
)
from tests.conftest import CHANNEL, FACILITATOR
from tests.slack_helpers import (
    create_network,
    deliveries,
    eventually,
    local_date_time,
    open_modal,
    plan_values,
    rows,
    submit_and_wait,
)

OOST, WEST = "T0OOST", "T0WEST"  # OOST installed the app too; WEST did not
CARLA, DIRK = "UCARLA01", "UDIRK001"  # of OOST and of WEST, in the shared channel


def _bot_token(stack: LocalStack, team_id: str) -> str:
    bot = stack.bot.clients.installations.find_bot(enterprise_id=None, team_id=team_id)
    assert bot is not None and bot.bot_token
    return bot.bot_token


def _shared_network(stack: LocalStack) -> None:
    twin = stack.twin
    twin.add_team(OOST, "oost", install=False)
    twin.add_user(CARLA, "carla", team_id=OOST, locale="en-US")
    twin.add_user(DIRK, "dirk", team_id=WEST)
    for team, user in ((OOST, CARLA), (WEST, DIRK)):
        twin.share_channel(CHANNEL, team)
        twin.join_channel(CHANNEL, user)
    stack.install(TEAM_ID)
    stack.install(OOST)
    create_network(stack)
    assert rows(stack, Network)[0].teams == {TEAM_ID, OOST, WEST}
    before = len(twin.calls_to("response_url"))
    assert stack.driver.command(FACILITATOR, f"uitnodigen <@{CARLA}> <@{DIRK}>",
                                CHANNEL).status == 200
    twin.wait_for("response_url", count=before + 1)


def _sent_by(stack: LocalStack, method: str, key: str) -> dict[str, set[str | None]]:
    """Per person: the workspaces whose token made the successful `method` calls for them."""
    teams: dict[str, set[str | None]] = {}
    for call in stack.twin.calls_to(method):
        if call.ok:
            teams.setdefault(call.args.get(key) or "", set()).add(call.team_id)
    return teams


def test_a_reminder_reaches_each_member_through_their_own_workspaces_installation(
        oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    _shared_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    with stack.bot.db.session() as session:
        reminder = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    twin.clear_calls()
    assert stack.bot.dispatcher.run_one(reminder).status == "sent"

    dms = [c for c in twin.calls_to("chat.postMessage") if c.ok and "metadata" in c.args]
    reached = {c.args["metadata"]["event_payload"]["to"]: (c.team_id, c.token) for c in dms}
    assert reached == {FACILITATOR: (TEAM_ID, _bot_token(stack, TEAM_ID)),
                       CARLA: (OOST, _bot_token(stack, OOST)),  # her own workspace's bot
                       DIRK: (TEAM_ID, _bot_token(stack, TEAM_ID))}  # Slack Connect DM
    assert all(c.ok for c in twin.calls)
    receipts = {r.user_id: r for r in rows(stack, DeliveryReceipt)
                if r.delivery_id == reminder}
    assert receipts[CARLA].channel_id == twin.dm_channel(CARLA, OOST)
    assert receipts[DIRK].channel_id == twin.dm_channel(DIRK, TEAM_ID)
    assert twin.dm_channel(CARLA, TEAM_ID) is None  # the network's bot never DMed her

    # Each answers in their own DM: Carla's click comes from her workspace (team.id = OOST)
    # and is served with its token; the network accepts OOST as one of its teams.
    for user, team in ((CARLA, OOST), (DIRK, TEAM_ID)):
        dm = receipts[user].channel_id
        (message,) = [m for m in twin.messages(dm) if m["ts"] == receipts[user].message_ts]
        assert stack.driver.click(user, "rsvp_yes", message=message,
                                  channel_id=dm).status == 200
        eventually(lambda u=user: any(r.user_id == u for r in rows(stack, Rsvp)))
        (update,) = twin.wait_for("chat.update", lambda c, d=dm: c.args["channel"] == d)
        assert update.team_id == team
    answers = {r.user_id: (r.user_team_id, r.answer) for r in rows(stack, Rsvp)}
    assert answers == {CARLA: (OOST, "yes"), DIRK: (WEST, "yes")}
    homes = _sent_by(stack, "views.publish", "user_id")
    assert homes[CARLA] == {OOST} and homes[DIRK] == {TEAM_ID}

    # Carla opens Leernet's Home in her own workspace: the network of the other workspace is
    # there, in its Dutch (her Slack runs in English).
    twin.clear_calls()
    stack.driver_for(OOST).event({"type": "app_home_opened", "user": CARLA, "tab": "home"})
    (opened,) = twin.wait_for("views.publish", lambda c: c.args["user_id"] == CARLA)
    assert opened.team_id == OOST
    shown = str(twin.home(CARLA)["blocks"])
    assert "Zorg &amp; Welzijn Gent" in shown and "Jouw leernetwerken" in shown

    # The facilitator cancels the session: the members are told, each the same way.
    (meeting,) = rows(stack, Meeting)
    blocks = stack.driver.command(FACILITATOR, "sessies", CHANNEL).json["blocks"]
    twin.clear_calls()
    stack.driver.click(FACILITATOR, ids.SESSION_CANCEL, message={"blocks": blocks},
                       channel_id=CHANNEL, value=str(meeting.id),
                       block_id=next(b["block_id"] for b in blocks if b["type"] == "actions"
                                     and b["block_id"].endswith(f":{meeting.id}")))
    told = twin.wait_for("chat.postMessage", count=2)
    assert {c.args["channel"]: c.team_id for c in told} == {
        twin.dm_channel(CARLA, OOST): OOST, twin.dm_channel(DIRK, TEAM_ID): TEAM_ID}


def test_an_interrupted_send_is_looked_up_in_the_dm_of_the_bot_that_sent_it(oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    _shared_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    with stack.bot.db.session() as session:
        reminder = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    assert stack.bot.dispatcher.run_one(reminder).status == "sent"
    # What a process killed between Slack's answer and its record leaves: intents without a
    # result (Carla's DM came from her workspace's bot, Dirk's from the network's).
    with stack.bot.db.session() as session:
        for receipt in session.exec(select(DeliveryReceipt).where(
                DeliveryReceipt.delivery_id == reminder)).all():
            if receipt.user_id in (CARLA, DIRK):
                receipt.channel_id = receipt.message_ts = None
                session.add(receipt)
        delivery = session.get(Delivery, reminder)
        delivery.status, delivery.finished_at = DeliveryStatus.PENDING, None
        session.add(delivery)
    twin.clear_calls()

    assert stack.bot.dispatcher.run_one(reminder).status == "sent"
    assert [c for c in twin.calls_to("chat.postMessage") if c.ok] == []  # nobody twice
    looked_up = {c.args["channel"]: c.team_id for c in twin.calls_to("conversations.history")}
    assert looked_up == {twin.dm_channel(CARLA, OOST): OOST,
                         twin.dm_channel(DIRK, TEAM_ID): TEAM_ID}
    found = {r.user_id: r.channel_id for r in rows(stack, DeliveryReceipt)
             if r.delivery_id == reminder}
    assert found[CARLA] == twin.dm_channel(CARLA, OOST)
    assert found[DIRK] == twin.dm_channel(DIRK, TEAM_ID)


def test_a_member_whose_workspace_lost_its_token_is_reached_from_the_networks(oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    _shared_network(stack)
    view = open_modal(stack, FACILITATOR, "plan")
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    assert stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at)).body == ""
    with stack.bot.db.session() as session:
        reminder = next(d.id for d in queue.pending(session) if d.kind == DeliveryKind.REMINDER)
    twin.revoke(_bot_token(stack, OOST))  # no tokens_revoked event (yet): the store keeps it
    twin.clear_calls()
    assert stack.bot.dispatcher.run_one(reminder).status == "sent"  # not paused for all
    tried = [(c.method, c.response.get("error")) for c in twin.calls if c.team_id == OOST]
    # Her DM channel may be known from before (opened once per process): the post is refused.
    assert {("conversations.open", "token_revoked"), ("chat.postMessage", "token_revoked")} & set(
        tried)
    dms = [c for c in twin.calls_to("chat.postMessage") if c.ok and "metadata" in c.args]
    to_carla = [c.team_id for c in dms if c.args["metadata"]["event_payload"]["to"] == CARLA]
    assert to_carla == [TEAM_ID]


def test_a_poll_reaches_both_workspaces_and_each_votes_by_button(oauth_stack):
    stack, twin = oauth_stack, oauth_stack.twin
    _shared_network(stack)
    twin.clear_calls()
    view = open_modal(stack, FACILITATOR, "stemming")
    closes = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    day, clock = local_date_time(closes)
    submit_and_wait(stack, FACILITATOR, view, {
        "question": "Welke leervorm?", "options": "Intervisie\nBedrijfsbezoek",
        "closes_date": day, "closes_time": clock})
    (posted,) = [c for c in twin.calls_to("chat.postMessage") if c.ok
                 and c.args["channel"] == CHANNEL and "Welke leervorm" in c.args["text"]]
    assert posted.team_id == TEAM_ID  # the network's channel: its own workspace's bot
    for user in (FACILITATOR, CARLA, DIRK):  # their Home shows the vote
        eventually(lambda u=user: "poll_vote_1" in str(twin.home(u)))
    homes = _sent_by(stack, "views.publish", "user_id")
    assert homes[CARLA] == {OOST} and homes[DIRK] == {TEAM_ID} and homes[FACILITATOR] == {
        TEAM_ID}

    # Carla votes on her Home (her workspace's app, team.id = OOST); the count in the
    # channel is redrawn by the network's bot, the only one that may edit its message.
    home = twin.home(CARLA)
    assert home["team_id"] == OOST
    twin.clear_calls()
    assert stack.driver.click(CARLA, "poll_vote_1", view=home).status == 200
    eventually(lambda: CARLA in {v.user_id for v in rows(stack, PollVote)})
    (redraw,) = twin.wait_for("chat.update", lambda c: c.args["channel"] == CHANNEL)
    assert redraw.team_id == TEAM_ID
    # Dirk, without the app in his workspace, votes in the channel.
    message = next(m for m in twin.messages(CHANNEL) if m["ts"] == posted.response["ts"])
    assert stack.driver.click(DIRK, "poll_vote_0", message=message,
                              channel_id=CHANNEL).status == 200
    eventually(lambda: DIRK in {v.user_id for v in rows(stack, PollVote)})
    votes = {v.user_id: (v.user_team_id, v.option_index) for v in rows(stack, PollVote)}
    assert votes == {CARLA: (OOST, 1), DIRK: (WEST, 0)}
    assert [c for c in twin.calls if not c.ok] == []
    assert any(d.kind == DeliveryKind.POLL_CLOSE for d in deliveries(stack))
