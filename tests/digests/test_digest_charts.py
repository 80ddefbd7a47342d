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
