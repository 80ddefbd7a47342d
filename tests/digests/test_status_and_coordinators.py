"""`/leernet status` for a facilitator and for a member, `/leernet help`, and naming
coordinators on the command line and by a workspace admin in Slack."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlmodel import col

from slack_twin import validate_blocks
from storage import networks as repo
from storage.models import Coordinator, Membership, MembershipStatus, Role, RsvpAnswer
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.digests.helpers import add_meeting, open_poll, rsvp, say
from tests.knowledge.helpers import share
from tests.slack_helpers import message_text, rows

ROOT = Path(__file__).parents[2]
WAITING, ASKING, ADMIN = "UWAIT001", "UASK0001", "UADMIN01"
BRUSSELS = ZoneInfo("Europe/Brussels")


def _queue(stack) -> None:
    """Someone on the waitlist and someone whose request waits."""
    with stack.bot.db.session() as session:
        network = repo.network_by_channel(session, "T0TWIN", CHANNEL)
        for user, status in ((WAITING, MembershipStatus.WAITLISTED),
                             (ASKING, MembershipStatus.PENDING)):
            session.add(Membership(team_id=network.team_id, network_id=network.id,
                                   user_id=user, role=Role.PARTICIPANT, status=status,
                                   organisation="UZ Gent"))


def _status(stack, user: str) -> dict:
    response = stack.driver.command(user, "status", CHANNEL)
    assert response.status == 200, response.body
    assert response.json is not None, response.body
    assert validate_blocks(response.json["blocks"]) == []
    assert len(response.json["blocks"]) <= 50
    return response.json


def _text(answer: dict) -> str:
    from tests.slack_helpers import block_texts

    return block_texts(answer["blocks"])


def test_status_shows_a_facilitator_everything_and_a_member_what_members_may_see(network):
    _queue(network)
    share(network, ANN, title="Mentor per stagiair")
    open_poll(network, "Welke <datum>?")
    meeting = add_meeting(network, datetime.now(UTC) + timedelta(days=5), 1)
    rsvp(network, meeting, ANN, RsvpAnswer.YES)

    facilitator = _text(_status(network, FACILITATOR))
    assert "Zorg & Welzijn Gent in één oogopslag" in facilitator
    assert "*Fase:* opstart" in facilitator
    assert "*Leden:* 3 · *vrije plaatsen:* 10" in facilitator
    assert f"*Wachtlijst:* 1 (<@{WAITING}>)" in facilitator
    assert f"*Aanvragen die wachten:* <@{ASKING}>" in facilitator
    assert "Komen: 1 · niet: 0 · nog niet geantwoord: 2" in facilitator
    assert "#1 Welke &lt;datum&gt;?: 0 stemmen" in facilitator
    assert "*Verslagen:* 0 klaar, 0 ontbreken" in facilitator
    assert "*Kennis in de bibliotheek:* 1" in facilitator
    assert "het overzicht voor facilitators" in facilitator  # their own digest is scheduled
    assert "het overzicht:" in facilitator  # the channel digest

    member = _text(_status(network, BOB))
    assert "*Wachtlijst:* 1" in member and WAITING not in member
    assert ASKING not in member and "Aanvragen" not in member
    assert "het overzicht voor facilitators" not in member
    assert "het overzicht:" in member  # the channel digest
    assert "#1 Welke &lt;datum&gt;?" in member

    english = _text(_status(network, ANN))  # Ann reads English
    assert "at a glance" in english and "*Knowledge items in the library:* 1" in english


def test_status_is_for_members_only(network):
    network.twin.add_user("UOUT0001", "out")
    answer = say(network, "UOUT0001", "status")
    assert "Zorg" not in answer and "Fase" not in answer


def test_help_lists_share_knowledge_and_status(network):
    answer = say(network, BOB, "help")
    for word in ("/leernet deel", "/leernet kennis", "/leernet status", "/leernet digest"):
        assert word in answer, answer


def test_coordinators_on_the_command_line(network):
    env = {"DATABASE_URL": network.bot.settings.database_url, "PATH": "/usr/bin:/bin"}

    def leernet(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bot.cli", "coordinator", *args],
                              env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    added = leernet("add", ANN)
    assert added.returncode == 0, added.stderr
    assert f"{ANN} is now a coordinator of T0TWIN" in added.stdout
    assert "already" in leernet("add", ANN, "--team", "T0TWIN").stdout
    listed = leernet("list")
    assert f"T0TWIN  {ANN}  added by cli" in listed.stdout
    assert leernet("add", "<@U1>").returncode == 1
    assert f"<@{ANN}>" in say(network, BOB, "coordinator")
    assert "no longer" in leernet("remove", ANN).stdout
    assert rows(network, Coordinator) == []


def test_a_workspace_admin_names_a_coordinator_in_slack_and_others_cannot(network):
    network.twin.add_user(ADMIN, "admin", is_admin=True)
    before = len(network.twin.calls_to("response_url"))
    network.driver.command(FACILITATOR, f"coordinator <@{BOB}|bob>", CHANNEL)
    refused = network.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "beheerder of eigenaar" in refused
    assert rows(network, Coordinator) == []

    network.driver.command(ADMIN, f"coordinator <@{BOB}|bob>", CHANNEL)
    added = network.twin.wait_for("response_url", count=before + 2)[-1].args["text"]
    assert f"<@{BOB}> is nu coördinator" in added
    (coordinator,) = rows(network, Coordinator)
    assert (coordinator.team_id, coordinator.user_id, coordinator.added_by) == (
        "T0TWIN", BOB, ADMIN)
    assert f"<@{BOB}>" in say(network, ANN, "coordinator")


def test_the_coordinator_digest_is_monthly_with_released_evaluations_only(network):
    from storage.models import (
        Attendance,
        Delivery,
        DeliveryKind,
        DeliveryStatus,
        EvaluationAnswer,
        EvaluationPoll,
        PollStatus,
    )
    from tests.digests.helpers import dms, past_meeting, run

    network.twin.add_user(ADMIN, "admin", is_admin=True)
    network.driver.command(ADMIN, f"coordinator <@{ADMIN}|admin>", CHANNEL)
    network.twin.wait_for("response_url")
    (digest,) = rows(network, Delivery, Delivery.kind == DeliveryKind.COORDINATOR_DIGEST)
    local = digest.run_at.astimezone(BRUSSELS)
    assert (local.day, local.hour, local.minute) == (1, 9, 0)
    # This month's sessions: one with a released evaluation (3 answers, closed), one whose
    # evaluation is still open (its answers must not count).
    with network.bot.db.session() as session:
        session.execute(update(Delivery).where(col(Delivery.id) == digest.id).values(
            key=f"digest_coord:T0TWIN:{int(datetime.now(UTC).timestamp()) + 60}"))
    released, still_open = past_meeting(network, 1, days_ago=1), past_meeting(network, 2, 0)
    with network.bot.db.session() as session:
        for meeting, status, score in ((released, PollStatus.CLOSED, 4),
                                       (still_open, PollStatus.OPEN, 1)):
            poll = EvaluationPoll(team_id="T0TWIN", meeting_id=meeting, status=status,
                                  closes_at=datetime.now(UTC))
            session.add(poll)
            session.flush()
            for _ in range(3):
                session.add(EvaluationAnswer(poll_id=poll.id, relevance=score, learning=score,
                                             facilitation=score, atmosphere=score))
        for user in (ANN, BOB):
            session.add(Attendance(team_id="T0TWIN", meeting_id=released, user_id=user,
                                   present=True, confirmed_by=FACILITATOR))
    share(network, ANN, title="Mentor per stagiair")
    assert run(network, rows(network, Delivery, col(Delivery.id) == digest.id)[0]) == \
        DeliveryStatus.SENT
    (message,) = [m for m in dms(network, ADMIN) if m["text"].startswith("Maandoverzicht")]
    text = message_text(message)
    assert "*Zorg &amp; Welzijn Gent*" in text
    assert "Bijeenkomsten gehouden: 2 · aanwezigen: 2 · nieuwe kennis: 1" in text
    assert "relevantie 4.0 · geleerd 4.0" in text  # the open evaluation's 1s are not in it
    assert "Zonder geplande bijeenkomst:* Zorg &amp; Welzijn Gent" in text
    (following,) = rows(network, Delivery, Delivery.kind == DeliveryKind.COORDINATOR_DIGEST,
                        Delivery.status == DeliveryStatus.PENDING)
    assert following.run_at.astimezone(BRUSSELS).day == 1
    # Unsubscribing stops the next one for this coordinator.
    before = len(network.twin.calls_to("response_url"))
    network.driver.click(ADMIN, "digest_unsubscribe", message=message,
                         channel_id=network.twin.dm_channel(ADMIN))
    assert "afgemeld" in network.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    run(network, following)
    assert len([m for m in dms(network, ADMIN) if m["text"].startswith("Maandoverzicht")]) == 1


def test_erasing_a_person_takes_their_coordinator_role_and_unsubscriptions(network):
    from storage import erasure
    from storage.models import DeliveryKind, DigestOptOut, Network

    digests = network.bot.deps.services.digests
    (net,) = rows(network, Network)
    digests.add_coordinator("T0TWIN", ANN, BOB)
    digests.add_coordinator("T0TWIN", BOB, ANN)
    digests.unsubscribe("T0TWIN", ANN, DeliveryKind.COORDINATOR_DIGEST, None)
    digests.unsubscribe("T0TWIN", ANN, DeliveryKind.FACILITATOR_DIGEST, net.id)
    with network.bot.db.session() as session:
        erasure.erase(session, erasure.Person("T0TWIN", ANN), [net.id], everything=False)
        left = erasure.personal_rows(session, ANN)
    assert not {k: v for k, v in left.items() if k.startswith(("coordinator", "digestoptout"))}
    assert [(c.user_id, c.added_by) for c in rows(network, Coordinator)] == [
        (BOB, "~former")]
    assert rows(network, DigestOptOut) == []


def test_a_coordinator_in_no_network_erases_their_role_and_unsubscription_too(network):
    """A coordinator follows every network without being in one: erasing everything through
    `/leernet mijn-data` must find their role and unsubscription without a membership."""
    from handlers.slack import ids
    from storage.models import DeliveryKind, DigestOptOut
    from tests.slack_helpers import eventually

    network.twin.add_user(ADMIN, "coordinator")
    digests = network.bot.deps.services.digests
    digests.add_coordinator("T0TWIN", ADMIN, BOB)
    digests.unsubscribe("T0TWIN", ADMIN, DeliveryKind.COORDINATOR_DIGEST, None)
    overview = network.driver.command(ADMIN, "mijn-data", CHANNEL).json
    network.driver.click(ADMIN, ids.MYDATA_ERASE_ALL, message=overview, channel_id=CHANNEL)
    eventually(lambda: "gewist" in str(network.twin.calls_to("response_url")[-1:]))
    assert rows(network, Coordinator) == []
    assert rows(network, DigestOptOut) == []


def test_status_counts_one_session_and_one_vote_in_the_singular(network):
    from storage.models import Poll, PollVote
    from tests.digests.helpers import past_meeting

    past_meeting(network, 1)
    open_poll(network, "Welke dag?")
    (poll,) = rows(network, Poll)
    with network.bot.db.session() as session:
        session.add(PollVote(team_id="T0TWIN", poll_id=poll.id, user_id=BOB, option_index=0))
    dutch = _text(_status(network, FACILITATOR))
    assert "lopend (1 bijeenkomst gehouden)" in dutch and "#1 Welke dag?: 1 stem" in dutch
    assert "1 stemmen" not in dutch
    english = _text(_status(network, ANN))
    assert "running (1 session held)" in english and "#1 Welke dag?: 1 vote" in english


def test_the_coordinator_digest_leaves_out_networks_closed_before_the_month(network):
    from storage.models import Delivery, DeliveryKind, DeliveryStatus, Network
    from tests.digests.helpers import dms, past_meeting, run

    network.twin.add_user(ADMIN, "admin", is_admin=True)
    network.driver.command(ADMIN, f"coordinator <@{ADMIN}|admin>", CHANNEL)
    network.twin.wait_for("response_url")
    (digest,) = rows(network, Delivery, Delivery.kind == DeliveryKind.COORDINATOR_DIGEST)
    with network.bot.db.session() as session:
        session.execute(update(Delivery).where(col(Delivery.id) == digest.id).values(
            key=f"digest_coord:T0TWIN:{int(datetime.now(UTC).timestamp()) + 60}"))
    past_meeting(network, 1, days_ago=1)
    now = datetime.now(UTC)
    # Closed this month: still reported (its last session), not flagged as unplanned.
    with network.bot.db.session() as session:
        session.execute(update(Network).values(closing_started_at=now, closed_at=now))
    assert run(network, rows(network, Delivery, col(Delivery.id) == digest.id)[0]) == \
        DeliveryStatus.SENT
    (message,) = [m for m in dms(network, ADMIN) if m["text"].startswith("Maandoverzicht")]
    text = message_text(message)
    assert "Bijeenkomsten gehouden: 1" in text and "Zonder geplande bijeenkomst" not in text
    # Closed long before: nothing to tell, no digest.
    long_ago = now - timedelta(days=400)
    (following,) = rows(network, Delivery, Delivery.kind == DeliveryKind.COORDINATOR_DIGEST,
                        Delivery.status == DeliveryStatus.PENDING)
    with network.bot.db.session() as session:
        session.execute(update(Network).values(closing_started_at=long_ago, closed_at=long_ago))
        session.execute(update(Delivery).where(col(Delivery.id) == following.id).values(
            run_at=now, key=f"digest_coord:T0TWIN:{int(now.timestamp()) + 120}"))
    run(network, rows(network, Delivery, col(Delivery.id) == following.id)[0])
    assert len([m for m in dms(network, ADMIN) if m["text"].startswith("Maandoverzicht")]) == 1
