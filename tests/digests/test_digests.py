"""The digests through signed HTTP and the twin: when they are planned (the network's time
zone, never 02:00-03:00), what they say, that nothing new sends nothing, that each goes
once, the settings and unsubscribe buttons."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, update
from sqlmodel import col

from bot.domain.digests import DigestSetting, next_slot, parse_setting
from bot.domain.errors import DomainError
from slack_twin import validate_blocks
from storage.models import (
    ActionItem,
    Delivery,
    DeliveryKind,
    DeliveryReceipt,
    DeliveryStatus,
    DigestOptOut,
    Report,
    RsvpAnswer,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.digests.helpers import (
    add_meeting,
    digests_in_channel,
    dms,
    open_poll,
    past_meeting,
    pending_digests,
    rsvp,
    run,
    say,
    the_pending_digest,
)
from tests.knowledge.helpers import share
from tests.slack_helpers import eventually, message_text, open_modal, rows

BRUSSELS = ZoneInfo("Europe/Brussels")


# --- when ---------------------------------------------------------------------------------


def test_the_next_slot_is_the_weekday_and_hour_in_the_networks_time_zone():
    monday_nine = DigestSetting(1, 9, 0)
    # Wednesday 25 November 2026, noon in Brussels (UTC+1): next Monday 09:00 local.
    after = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    assert next_slot(monday_nine, "Europe/Brussels", after) == datetime(2026, 11, 30, 8, 0,
                                                                       tzinfo=UTC)
    # In summer (UTC+2) the same local hour is an hour earlier in UTC.
    summer = datetime(2026, 7, 1, 11, 0, tzinfo=UTC)
    assert next_slot(monday_nine, "Europe/Brussels", summer) == datetime(2026, 7, 6, 7, 0,
                                                                        tzinfo=UTC)
    # Exactly at a slot: the next week's.
    at = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert next_slot(monday_nine, "Europe/Brussels", at) == at + timedelta(days=7)
    # New York: 09:00 local is 14:00 UTC in winter.
    assert next_slot(monday_nine, "America/New_York", after) == datetime(2026, 11, 30, 14, 0,
                                                                        tzinfo=UTC)


@pytest.mark.parametrize("minute", [0, 30, 59])
def test_nothing_is_planned_between_two_and_three_local_time_across_dst(minute):
    sunday_two = DigestSetting(7, 2, minute)
    # 28 March 2027: Brussels skips 02:00-03:00; 31 October 2027: it has that hour twice.
    for day in (datetime(2027, 3, 27, 12, tzinfo=UTC), datetime(2027, 10, 30, 12, tzinfo=UTC),
                datetime(2027, 1, 9, 12, tzinfo=UTC)):
        slot = next_slot(sunday_two, "Europe/Brussels", day)
        local = slot.astimezone(BRUSSELS)
        assert (local.hour, local.minute, local.isoweekday()) == (3, 0, 7), local
        assert slot.astimezone(BRUSSELS).fold == 0
    # Over a year of weekly slots, every one is at 03:00 local, one week apart in local days.
    slot = datetime(2027, 1, 1, tzinfo=UTC)
    for _ in range(53):
        slot = next_slot(sunday_two, "Europe/Brussels", slot)
        assert slot.astimezone(BRUSSELS).hour == 3


def test_typed_settings_are_understood_or_refused():
    current = DigestSetting(1, 9, 0)
    assert parse_setting(["dag", "ma", "9:00"], current) == DigestSetting(1, 9, 0)
    assert parse_setting(["vrijdag", "16u30"], current) == DigestSetting(5, 16, 30)
    assert parse_setting(["fri", "7"], current) == DigestSetting(5, 7, 0)
    assert parse_setting(["uit"], current) == DigestSetting(1, 9, 0, on=False)
    for words in (["ma"], ["maan", "9"], ["ma", "25:00"], ["ma", "9:75"], ["ma", "9", "x"]):
        with pytest.raises(DomainError):
            parse_setting(words, current)


def test_a_new_network_gets_one_channel_and_one_facilitator_digest_monday_nine(network):
    for kind in (DeliveryKind.DIGEST, DeliveryKind.FACILITATOR_DIGEST):
        digest = the_pending_digest(network, kind)
        local = digest.run_at.astimezone(BRUSSELS)
        assert (local.isoweekday(), local.hour, local.minute) == (1, 9, 0)
        assert digest.run_at > datetime.now(UTC)
        assert digest.run_at - datetime.now(UTC) <= timedelta(days=7)


def test_a_facilitator_sets_day_and_hour_by_command_and_the_plan_moves(network):
    answer = say(network, FACILITATOR, "digest vr 16:30")
    assert "vrijdag om 16:30" in answer, answer
    (digest,) = pending_digests(network)  # still one per network and kind
    local = digest.run_at.astimezone(BRUSSELS)
    assert (local.isoweekday(), local.hour, local.minute) == (5, 16, 30)
    assert len(pending_digests(network, DeliveryKind.FACILITATOR_DIGEST)) == 1
    # 02:15 is moved out of the DST hour.
    answer = say(network, FACILITATOR, "digest zo 2:15")
    assert "03:00" in answer, answer
    local = the_pending_digest(network).run_at.astimezone(BRUSSELS)
    assert (local.isoweekday(), local.hour, local.minute) == (7, 3, 0)
    # Off: nothing planned; on again: planned again.
    network.driver.command(FACILITATOR, "digest uit", CHANNEL)
    assert pending_digests(network) == []
    network.driver.command(FACILITATOR, "digest aan", CHANNEL)
    assert len(pending_digests(network)) == 1


def test_members_cannot_change_the_setting_and_nonsense_is_explained(network):
    before = the_pending_digest(network).run_at
    answer = say(network, BOB, "digest vr 16:30")
    assert "facilitator" in answer.lower(), answer
    assert the_pending_digest(network).run_at == before
    answer = say(network, FACILITATOR, "digest later <@U1>")
    assert "Dat begrijp ik niet" in answer, answer
    shown = say(network, BOB, "digest")
    assert "maandag om 09:00" in shown, shown


# --- the channel digest ------------------------------------------------------------------


def test_nothing_new_sends_nothing_and_plans_the_next_one(network):
    first = the_pending_digest(network)
    assert run(network, first) == DeliveryStatus.SENT
    assert digests_in_channel(network) == []
    (following,) = pending_digests(network)
    assert following.run_at == first.run_at + timedelta(days=7)


def _fill(stack) -> None:
    """A week in a network: a report with an action item, a shared item, a success story,
    an open vote, and the next session with its agenda and two answers."""
    past_meeting(stack, number=1)
    view = open_modal(stack, FACILITATOR, "verslag")
    response = stack.driver.submit_view(FACILITATOR, view, {
        "summary": "We bespraken <!channel> de casus.", "insights": "", "decisions": "",
        "links": "", "item_text_0": "Draaiboek <delen>", "item_owner_0": BOB,
        "item_due_0": (datetime.now(BRUSSELS).date() + timedelta(days=10)).isoformat()})
    assert response.status == 200, response.body
    eventually(lambda: bool(rows(stack, Report)) and rows(stack, Report)[-1].channel_ts)
    share(stack, ANN, title="Mentor <per> stagiair")
    share(stack, BOB, kind="success_story", title="Het draaiboek werkte")
    open_poll(stack, "Welke datum?")
    meeting = add_meeting(stack, datetime.now(UTC) + timedelta(days=5), 2,
                          agenda="Casus van Bob & *thema* mentoring")
    rsvp(stack, meeting, ANN, RsvpAnswer.YES)
    rsvp(stack, meeting, BOB, RsvpAnswer.NO)


def test_the_channel_digest_says_what_is_new_and_goes_once(network):
    _fill(network)
    digest = the_pending_digest(network)
    assert run(network, digest) == DeliveryStatus.SENT
    (posted,) = digests_in_channel(network)
    text = message_text(posted)
    assert validate_blocks(posted["blocks"]) == []
    assert "Weekoverzicht: Zorg & Welzijn Gent" in text
    assert "Volgende bijeenkomst" in text and "Stadhuis Gent" in text
    assert "Komen: 1 · niet: 1 · nog niet geantwoord: 1" in text
    assert "Casus van Bob &amp; *thema* mentoring" in text
    assert "Verslag van bijeenkomst 1" in text
    assert "Mentor &lt;per&gt; stagiair (Goede praktijk)" in text
    assert "Toegepast op het werk" in text and "Het draaiboek werkte" in text
    assert "#1 Welke datum?" in text
    assert f"Draaiboek &lt;delen&gt;: <@{BOB}>, tegen" in text
    assert "<!channel>" not in text
    assert len(posted["blocks"]) <= 50

    # Run again: the delivery is done, nothing is posted twice.
    assert run(network, digest) is None
    # A crash after the post, before its result was written: the retry finds the post in
    # the channel (its metadata) and posts nothing.
    with network.bot.db.session() as session:
        session.execute(update(Delivery).where(col(Delivery.id) == digest.id)
                        .values(status=DeliveryStatus.PENDING))
        session.execute(update(DeliveryReceipt).where(
            col(DeliveryReceipt.delivery_id) == digest.id).values(message_ts=None))
    assert run(network, digest) == DeliveryStatus.SENT
    assert len(digests_in_channel(network)) == 1
    (receipt,) = rows(network, DeliveryReceipt, DeliveryReceipt.delivery_id == digest.id)
    assert receipt.message_ts == posted["ts"]
    # One next digest, a week on, whatever was run twice.
    (following,) = pending_digests(network)
    assert following.run_at == digest.run_at + timedelta(days=7)


def test_the_channel_digest_is_in_the_networks_language_and_its_buttons_answer(network):
    _fill(network)
    run(network, the_pending_digest(network))
    (posted,) = digests_in_channel(network)
    # Ann reads English, but the channel's message is the network's (Dutch).
    assert "Weekoverzicht" in posted["text"]
    before = len(network.twin.calls_to("response_url"))
    network.driver.click(ANN, "digest_unsubscribe", message=posted, channel_id=CHANNEL)
    answer = network.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "Mute the channel" in answer
    network.driver.click(BOB, "digest_settings_open", message=posted, channel_id=CHANNEL)
    answer = network.twin.wait_for("response_url", count=before + 2)[-1].args["text"]
    assert "facilitators van *Zorg &amp; Welzijn Gent* kiezen" in answer
    opened = len(network.twin.calls_to("views.open"))
    network.driver.click(FACILITATOR, "digest_settings_open", message=posted, channel_id=CHANNEL)
    view = network.twin.wait_for("views.open", count=opened + 1)[-1].args["view"]
    outcome = network.driver.submit_view(FACILITATOR, view, {"day": "3", "hour": "18"})
    assert outcome.status == 200, outcome.body
    assert "woensdag om 18:00" in str(outcome.json["view"]["blocks"])
    local = the_pending_digest(network).run_at.astimezone(BRUSSELS)
    assert (local.isoweekday(), local.hour) == (3, 18)


# --- the facilitators' digest ------------------------------------------------------------


def test_the_facilitator_digest_reaches_facilitators_once_and_unsubscribe_stops_it(network):
    _fill(network)
    with network.bot.db.session() as session:  # an item overdue since yesterday
        session.execute(update(ActionItem).values(
            due_date=datetime.now(BRUSSELS).date() - timedelta(days=1)))
    digest = the_pending_digest(network, DeliveryKind.FACILITATOR_DIGEST)
    assert run(network, digest) == DeliveryStatus.SENT
    (message,) = [m for m in dms(network, FACILITATOR)
                  if m["text"].startswith("Facilitatorsoverzicht")]
    text = message_text(message)
    assert "Antwoorden voor bijeenkomst 2: 2 van 3" in text
    assert "Actiepunten over tijd" in text and "Draaiboek &lt;delen&gt;" in text
    assert not [m for m in dms(network, BOB) if m["text"].startswith("Facilitatorsoverzicht")]
    assert run(network, digest) is None  # once

    before = len(network.twin.calls_to("response_url"))
    network.driver.click(FACILITATOR, "digest_unsubscribe", message=message,
                         channel_id=network.twin.dm_channel(FACILITATOR))
    answer = network.twin.wait_for("response_url", count=before + 1)[-1].args["text"]
    assert "afgemeld" in answer
    assert len(rows(network, DigestOptOut)) == 1
    following = the_pending_digest(network, DeliveryKind.FACILITATOR_DIGEST)
    assert run(network, following) == DeliveryStatus.SENT
    assert len([m for m in dms(network, FACILITATOR)
                if m["text"].startswith("Facilitatorsoverzicht")]) == 1
    # Back with `/leernet digest aanmelden`.
    network.driver.command(FACILITATOR, "digest aanmelden", CHANNEL)
    assert rows(network, DigestOptOut) == []


def test_networks_older_than_the_digests_get_them_when_the_bot_starts(network):
    with network.bot.db.session() as session:  # as after migration 0014
        session.execute(delete(Delivery).where(col(Delivery.kind).in_(
            (DeliveryKind.DIGEST, DeliveryKind.FACILITATOR_DIGEST))))
    assert network.bot.deps.services.digests.ensure_planned() == 2
    assert network.bot.deps.services.digests.ensure_planned() == 0  # once
    assert len(pending_digests(network)) == 1
    assert len(pending_digests(network, DeliveryKind.FACILITATOR_DIGEST)) == 1
