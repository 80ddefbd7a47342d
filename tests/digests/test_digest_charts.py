"""A facilitator digest after a week with a session carries the attendance and evaluation
charts (the closing report's), uploaded once into each facilitator's DM."""

import io
from datetime import UTC, datetime, timedelta

from PIL import Image

from bot.catalog import t
from bot.domain.digests import slot_of
from storage.models import Attendance, DeliveryKind, DeliveryStatus
from tests.conftest import ANN, BOB, FACILITATOR
from tests.digests.helpers import add_meeting, dms, run, the_pending_digest


def test_a_week_with_a_session_brings_its_charts_once(network):
    digest = the_pending_digest(network, DeliveryKind.FACILITATOR_DIGEST)
    since = slot_of(digest) - timedelta(days=7)
    now = datetime.now(UTC)
    meeting_id = add_meeting(network, since + (now - since) / 2, 1)
    with network.bot.db.session() as session:
        for user in (ANN, BOB):
            session.add(Attendance(team_id="T0TWIN", meeting_id=meeting_id, user_id=user,
                                   present=True, confirmed_by=FACILITATOR))

    assert run(network, digest) == DeliveryStatus.SENT
    channel = network.twin.dm_channel(FACILITATOR)
    (shared,) = network.twin.files(channel)
    assert shared["title"] == t("closing_report.chart.attendance", "nl")
    image = Image.open(io.BytesIO(shared["content"]))
    assert image.format == "PNG" and image.size == (800, 450)
    # No evaluation released: no trend chart. And nothing twice.
    assert run(network, digest) is None
    assert len(network.twin.files(channel)) == 1
    assert any(m["text"].startswith("Facilitatorsoverzicht") for m in dms(network, FACILITATOR))


def test_a_month_with_a_session_brings_the_networks_charts_to_coordinators(network):
    from sqlmodel import col, update

    from storage.models import Delivery
    from tests.digests.helpers import past_meeting
    from tests.evaluations.helpers import rows

    admin = "UADMIN01"
    network.twin.add_user(admin, "admin", is_admin=True)
    network.driver.command(admin, f"coordinator <@{admin}|admin>", "CGENT001")
    network.twin.wait_for("response_url")
    (digest,) = [d for d in rows(network, Delivery)
                 if d.kind == DeliveryKind.COORDINATOR_DIGEST]
    with network.bot.db.session() as session:  # due now: this month is the one reported on
        session.execute(update(Delivery).where(col(Delivery.id) == digest.id).values(
            key=f"digest_coord:T0TWIN:{int(datetime.now(UTC).timestamp()) + 60}"))
    meeting_id = past_meeting(network, 1, days_ago=1)
    with network.bot.db.session() as session:
        session.add(Attendance(team_id="T0TWIN", meeting_id=meeting_id, user_id=ANN,
                               present=True, confirmed_by=FACILITATOR))
    fresh = next(d for d in rows(network, Delivery) if d.id == digest.id)
    assert run(network, fresh) == DeliveryStatus.SENT
    (shared,) = network.twin.files(network.twin.dm_channel(admin))
    assert shared["title"] == t("closing_report.chart.attendance", "nl")
    assert Image.open(io.BytesIO(shared["content"])).size == (800, 450)
