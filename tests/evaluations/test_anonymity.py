"""Issue 10, written as the attacks: a facilitator who looks before and after an answer, a
facilitator who answers in a group of three, an operator who reads the tables or the SQLite
files, and a removed member who still has the evaluation DM. Each now learns nothing."""

import json
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlmodel import select

from bot.domain import evaluations
from bot.domain.errors import Conflict
from bot.domain.evaluations import DETAIL_MIN_OTHERS, Spread, scale_result
from storage.models import (
    Attendance,
    DeliveryKind,
    EvaluationAnswer,
    EvaluationSubmission,
    Membership,
    MembershipStatus,
    Role,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.evaluations.helpers import (
    SCALES,
    answer,
    close_poll,
    dms,
    open_from_dm,
    past_session,
    poll_of,
    rows,
    run,
    setup_network,
    shown,
    stored_answers,
    with_button,
)
from tests.slack_helpers import add_member, create_network


def _people(stack, count: int) -> list[str]:
    users = [f"UPERS{i:03d}" for i in range(count)]
    for index, user in enumerate(users):
        stack.twin.add_user(user, f"p{index}", real_name=f"Persoon {index}")
        add_member(stack, user)
    return users


def _attendance(stack, meeting_id: int, present: dict[str, bool]) -> None:
    with stack.bot.db.session() as session:
        for user, here in present.items():
            session.add(Attendance(team_id="T0TWIN", meeting_id=meeting_id, user_id=user,
                                   present=here, confirmed_by=FACILITATOR))


def _session_with(stack, attendees: list[str], absent: tuple[str, ...] = ()) -> int:
    meeting_id = past_session(stack)
    _attendance(stack, meeting_id, {**{u: True for u in attendees},
                                    **{u: False for u in absent}})
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    return meeting_id


def _facilitator_view(stack) -> list[dict]:
    response = stack.driver.command(FACILITATOR, "evaluatie", CHANNEL)
    assert response.status == 200
    return response.json["blocks"]


def _summary(stack) -> list[dict]:
    (summary,) = [m for m in dms(stack, FACILITATOR) if "gesloten" in m["text"]]
    return summary["blocks"]


def _set(stack, user: str, **changes) -> None:
    """Change a person's membership (as the membership feature would)."""
    with stack.bot.db.session() as session:
        member = session.exec(select(Membership).where(Membership.user_id == user)).one()
        for name, value in changes.items():
            setattr(member, name, value)
        session.add(member)


def _sqlite_path(stack) -> Path:
    if not stack.bot.db.url.startswith("sqlite"):
        pytest.skip("the files of a SQLite database")
    return Path(stack.bot.db.url.removeprefix("sqlite:///"))


def _postgres(stack) -> None:
    if stack.bot.db.url.startswith("sqlite"):
        pytest.skip("PostgreSQL's row versions")


# --- differencing ------------------------------------------------------------------------------

def test_looking_before_and_after_an_answer_shows_only_the_count(stack):
    create_network(stack)
    people = _people(stack, 5)
    meeting_id = _session_with(stack, people, absent=(FACILITATOR,))
    late_view = open_from_dm(stack, people[4], "evaluation_open")
    for index, user in enumerate(people[:3]):
        answer(stack, user, relevance=str(index + 2), keep=f"KEEP-{index}")

    at_three = _facilitator_view(stack)
    answer(stack, people[3], relevance="1", keep="FOURTH-KEEP", change="FOURTH-CHANGE")
    at_four = _facilitator_view(stack)

    # The two answers differ in the count, and in nothing else: no mean to subtract.
    assert json.dumps(at_three).replace("3 van 5", "4 van 5") == json.dumps(at_four)
    for body in (json.dumps(at_three), json.dumps(at_four)):
        assert "gemiddeld" not in body and "KEEP" not in body and "FOURTH" not in body

    # At the close the results come once; afterwards they read the same every time.
    close_poll(stack, meeting_id)
    released = _summary(stack)
    body = json.dumps(released, ensure_ascii=False)
    assert "*Respons:* 4 van 5 (80%)" in body and "gemiddeld 2.5" in body
    assert "FOURTH-KEEP" in body and "KEEP-0" in body
    assert _facilitator_view(stack) == released

    # A late answer is refused and changes nothing: there is no n+1 to compare with.
    refused = answer(stack, people[4], late_view, relevance="5", keep="LATE-KEEP")
    assert "Deze evaluatie is gesloten" in shown(refused)
    assert _facilitator_view(stack) == released
    assert "LATE-KEEP" not in {a["keep"] for a in stored_answers(stack, meeting_id)}


def test_a_facilitator_who_answered_in_a_group_of_three_learns_nothing(stack):
    setup_network(stack)
    meeting_id = _session_with(stack, [FACILITATOR, ANN, BOB])
    answer(stack, FACILITATOR, relevance="3", keep="MINE")
    answer(stack, ANN, relevance="1", keep="ANN-SECRET")
    answer(stack, BOB, relevance="5", keep="BOB-SECRET")
    close_poll(stack, meeting_id)

    # Three answers reach the threshold of 3, but two of them are not the reader's.
    for blocks in (_summary(stack), _facilitator_view(stack)):
        body = json.dumps(blocks, ensure_ascii=False)
        assert "Te weinig antwoorden naast het jouwe om te tonen (3 van 3)" in body
        assert "gemiddeld" not in body and "SECRET" not in body and "MINE" not in body


def test_a_facilitator_who_did_not_answer_sees_results_the_one_who_did_does_not(stack):
    setup_network(stack)
    people = _people(stack, 2)
    _set(stack, ANN, role=Role.FACILITATOR)  # Ann co-facilitates
    meeting_id = _session_with(stack, [ANN, BOB, *people], absent=(FACILITATOR,))
    for user in (ANN, BOB, *people[:1]):
        answer(stack, user, keep=f"by {user}")
    close_poll(stack, meeting_id)
    facilitator = json.dumps(_summary(stack), ensure_ascii=False)
    assert "gemiddeld" in facilitator
    (ann_summary,) = [m for m in dms(stack, ANN) if "closed" in m["text"]]
    ann_body = json.dumps(ann_summary["blocks"], ensure_ascii=False)
    assert "Too few answers besides your own" in ann_body and "on average" not in ann_body


# --- the range and spread rule -----------------------------------------------------------------

def test_spread_and_extremes_only_where_they_single_out_nobody():
    # Below the detail threshold: the average only.
    small = scale_result([1, 3, 5, 5], others=4)
    assert (small.mean, small.spread, small.low, small.high) == (3.5, None, None, None)
    # Enough answers, but the 1 was given by one person: spread as a word, no extremes.
    lone = scale_result([1, 4, 4, 4, 5, 5, 5], others=DETAIL_MIN_OTHERS)
    assert (lone.spread, lone.low, lone.high) == (Spread.WIDE, None, None)
    # Each extreme given by three people: shown.
    shared = scale_result([1, 1, 1, 5, 5, 5], others=DETAIL_MIN_OTHERS)
    assert (shared.spread, shared.low, shared.high) == (Spread.WIDE, 1, 5)
    close = scale_result([4, 4, 4, 4, 4, 5], others=6)
    assert (close.spread, close.low, close.high) == (Spread.CLOSE, None, None)
    # The reader's own answer counts out: six answers, five besides the reader's, is short.
    assert scale_result([1, 1, 1, 5, 5, 5], others=DETAIL_MIN_OTHERS - 1).spread is None


def test_the_results_show_extremes_and_spread_by_the_rule(stack):
    create_network(stack)
    people = _people(stack, 6)
    meeting_id = _session_with(stack, people, absent=(FACILITATOR,))
    for index, user in enumerate(people):
        answer(stack, user, relevance="1" if index < 3 else "5",
               learning="5" if index == 0 else "4")
    close_poll(stack, meeting_id)
    body = json.dumps(_summary(stack), ensure_ascii=False)
    assert "*Relevantie van de inhoud*: gemiddeld 3.0 (van 1 tot 5, ver uiteen)" in body
    assert "*Geleerd van de anderen*: gemiddeld 4.2 (dicht bij elkaar)" in body
    assert "standaardafwijking" not in body


# --- storage -----------------------------------------------------------------------------------

def _dump(stack) -> dict[str, list[str]]:
    engine = stack.bot.db.engine
    found = {}
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            found[table] = [" | ".join(str(v) for v in row)
                            for row in conn.execute(text(f'SELECT * FROM "{table}"'))]
    return found


def test_no_table_links_a_person_to_an_answer(stack):
    setup_network(stack)
    meeting_id = _session_with(stack, [FACILITATOR, ANN, BOB])
    for user in (ANN, BOB, FACILITATOR):
        answer(stack, user, keep=f"SECRET-{user[1:4]}")
    for moment in ("open", "closed"):
        for table, lines in _dump(stack).items():
            for line in lines:
                if "SECRET-" in line:
                    assert table == "evaluationanswer", (moment, table)
                    assert not re.search(r"U[A-Z0-9]{7}", line), line  # no user id at all
        answered = rows(stack, EvaluationAnswer)
        assert len({a.key for a in answered}) == 3
        assert all(re.fullmatch(r"[0-9a-f]{32}", a.key) for a in answered)
        if moment == "open":
            close_poll(stack, meeting_id)
    assert sorted(s.user_id for s in rows(stack, EvaluationSubmission)) == sorted(
        [ANN, BOB, FACILITATOR])


def test_the_sqlite_files_never_hold_a_person_next_to_their_answer(stack):
    path = _sqlite_path(stack)
    wal = path.with_name(path.name + "-wal")
    setup_network(stack)
    meeting_id = _session_with(stack, [FACILITATOR, ANN, BOB])
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        # WITHOUT ROWID: no counter numbers the answers in the order they came.
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("SELECT rowid FROM evaluationanswer")
    conn.close()
    markers = {ANN: b"ANN-WAL-SECRET", BOB: b"BOB-WAL-SECRET"}
    for user, marker in markers.items():
        answer(stack, user, keep=marker.decode())
        # Checkpointed after each of the two transactions: the WAL holds neither answer.
        assert marker not in (wal.read_bytes() if wal.exists() else b"")
    data = path.read_bytes()
    for marker in markers.values():
        assert data.count(marker) == 1
        start = data.index(marker) // page_size * page_size
        page = data[start:start + page_size]
        assert ANN.encode() not in page and BOB.encode() not in page  # no user id on its page

    # The close writes the answers anew; secure_delete zeroes the old copies.
    close_poll(stack, meeting_id)
    data = path.read_bytes()
    assert all(data.count(marker) == 1 for marker in markers.values())
    assert marker not in (wal.read_bytes() if wal.exists() else b"")


def test_a_reader_of_an_old_snapshot_keeps_the_answer_in_the_wal_until_it_ends(stack):
    """The honest limit of checkpointing (see the README's threat model)."""
    path = _sqlite_path(stack)
    wal = path.with_name(path.name + "-wal")
    setup_network(stack)
    _session_with(stack, [FACILITATOR, ANN, BOB])
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM evaluationpoll").fetchall()
    try:
        answer(stack, ANN, keep="HELD-BY-A-READER")
        assert b"HELD-BY-A-READER" in wal.read_bytes()
        assert stack.bot.db.forget_old_pages() is False
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert stack.bot.db.forget_old_pages() is True
    assert wal.stat().st_size == 0


def test_postgres_keeps_no_order_and_no_old_row_versions(stack):
    _postgres(stack)
    setup_network(stack)
    meeting_id = _session_with(stack, [FACILITATOR, ANN, BOB])
    poll_id = poll_of(stack, meeting_id).id

    def poll_xmin() -> str:
        with stack.bot.db.engine.connect() as conn:
            return conn.execute(text("SELECT xmin::text FROM evaluationpoll WHERE id = :p"),
                                {"p": poll_id}).scalar_one()

    before = poll_xmin()
    for user in (ANN, BOB, FACILITATOR):
        answer(stack, user)
    assert poll_xmin() == before  # the poll row was not rewritten per answer: no dead tuples
    close_poll(stack, meeting_id)
    with stack.bot.db.engine.connect() as conn:
        # Written anew in one transaction at the close: one transaction number for all.
        xmins = conn.execute(text("SELECT DISTINCT xmin::text FROM evaluationanswer "
                                  "WHERE poll_id = :p"), {"p": poll_id}).all()
        assert len(xmins) == 1
        # Read from the table's pages (pgstattuple), not from the statistics views: a
        # backend reports its deletes up to seconds later, after the VACUUM's own report.
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pgstattuple"))
        dead = conn.execute(text("SELECT dead_tuple_count FROM "
                                 "pgstattuple('evaluationanswer')")).scalar_one()
        assert dead == 0  # the VACUUM at the close


# --- the order of the two writes ---------------------------------------------------------------

def test_a_crash_between_the_two_writes_loses_the_answer_never_doubles_it(stack, monkeypatch):
    setup_network(stack)
    meeting_id = _session_with(stack, [FACILITATOR, ANN, BOB])
    poll_id = poll_of(stack, meeting_id).id
    service = stack.bot.deps.services.evaluations

    def crash(*_args, **_kwargs) -> None:
        raise RuntimeError("the process died here")

    with monkeypatch.context() as patched:
        patched.setattr(evaluations, "store_answer", crash)
        with pytest.raises(RuntimeError):
            service.submit(poll_id, BOB, evaluations.EvaluationDraft(**SCALES))
    with pytest.raises(Conflict):
        service.submit(poll_id, BOB, evaluations.EvaluationDraft(**SCALES))
    assert stored_answers(stack, meeting_id) == []
    assert [s.user_id for s in rows(stack, EvaluationSubmission)] == [BOB]


# --- membership --------------------------------------------------------------------------------

def test_a_removed_member_cannot_open_or_send_the_evaluation(stack):
    setup_network(stack)
    meeting_id = _session_with(stack, [FACILITATOR, ANN, BOB])
    view = open_from_dm(stack, ANN, "evaluation_open")
    _set(stack, ANN, status=MembershipStatus.REMOVED)

    replies = len(stack.twin.calls_to("response_url"))
    opened = len(stack.twin.calls_to("views.open"))
    message = with_button(stack, ANN, "evaluation_open")[-1]
    stack.driver.click(ANN, "evaluation_open", message=message,
                       channel_id=stack.twin.dm_channel(ANN))
    reply = stack.twin.wait_for("response_url", count=replies + 1)[-1].args["text"]
    assert "no longer a member" in reply
    assert len(stack.twin.calls_to("views.open")) == opened

    refused = answer(stack, ANN, view, keep="FROM-A-REMOVED-MEMBER")
    assert "no longer a member" in shown(refused)
    assert stored_answers(stack, meeting_id) == []
    assert rows(stack, EvaluationSubmission) == []


def test_a_facilitator_who_erases_and_comes_back_still_counts_their_answer_out(stack):
    """The facilitator answered in a group of three and sees nothing. They erase their data in
    the network (their 'who answered' row goes with it) and come back: approved and made
    facilitator again by the co-facilitator, as any returning member. The results must still
    count one answer out for them: with their own answer in hand, the average of three gives
    away the sum of the other two."""
    from datetime import UTC, datetime

    from handlers.slack import ids

    setup_network(stack)
    _set(stack, ANN, role=Role.FACILITATOR)  # Ann co-facilitates
    meeting_id = _session_with(stack, [FACILITATOR, ANN, BOB])
    answer(stack, FACILITATOR, relevance="3", keep="MINE")
    answer(stack, ANN, relevance="1", keep="ANN-SECRET")
    answer(stack, BOB, relevance="5", keep="BOB-SECRET")
    close_poll(stack, meeting_id)
    assert "Te weinig antwoorden naast het jouwe" in json.dumps(_facilitator_view(stack),
                                                               ensure_ascii=False)
    (network_id,) = {m.network_id for m in rows(stack, Membership)}
    overview = stack.driver.command(FACILITATOR, "mijn-data", CHANNEL).json
    stack.driver.click(FACILITATOR, ids.MYDATA_ERASE, message=overview, channel_id=CHANNEL,
                       value=str(network_id))
    from tests.slack_helpers import eventually
    eventually(lambda: not [m for m in rows(stack, Membership) if m.user_id == FACILITATOR])
    assert not [s for s in rows(stack, EvaluationSubmission) if s.user_id == FACILITATOR]
    with stack.bot.db.session() as session:  # back: approved, and made facilitator again
        session.add(Membership(team_id="T0TWIN", network_id=network_id, user_id=FACILITATOR,
                               user_team_id="T0TWIN", role=Role.FACILITATOR,
                               status=MembershipStatus.ACTIVE, joined_at=datetime.now(UTC)))
    body = json.dumps(_facilitator_view(stack), ensure_ascii=False)
    assert "gemiddeld" not in body and "SECRET" not in body, body


def test_an_erased_member_invited_back_cannot_answer_the_same_evaluation_again(stack):
    """Nobody said whether they would come, so every active member counts as there. Ann
    answers, erases her data in the network (her 'who answered' row goes with it) and is
    invited back while the evaluation is still open: she must not get a second answer in."""
    from handlers.slack import ids
    from tests.slack_helpers import eventually

    setup_network(stack)
    meeting_id = past_session(stack)
    run(stack, DeliveryKind.EVALUATION, meeting_id)
    answer(stack, ANN, relevance="1", keep="FIRST")
    (network_id,) = {m.network_id for m in rows(stack, Membership)}
    overview = stack.driver.command(ANN, "mijn-data", CHANNEL).json
    stack.driver.click(ANN, ids.MYDATA_ERASE, message=overview, channel_id=CHANNEL,
                       value=str(network_id))
    eventually(lambda: not [m for m in rows(stack, Membership) if m.user_id == ANN])
    stack.driver.command(FACILITATOR, f"uitnodigen <@{ANN}>", CHANNEL)
    eventually(lambda: [m for m in rows(stack, Membership) if m.user_id == ANN
                        and m.status == MembershipStatus.ACTIVE])
    before = len(stack.twin.calls_to("views.open"))
    response = stack.driver.command(ANN, "evaluatie", CHANNEL)
    assert response.status == 200
    assert "You were not at this session" in response.body, response.body
    opened = stack.twin.calls_to("views.open")[before:]
    for call in opened:  # had the form opened, its answer must still be refused
        stack.driver.submit_view(ANN, call.response["view"], {**SCALES, "keep": "SECOND"})
    keeps = [a["keep"] for a in stored_answers(stack, meeting_id)]
    assert keeps == ["FIRST"], keeps


def test_a_named_answer_of_an_erased_member_reads_a_former_member(stack):
    """In an evaluation held by name, Ann's answer stays in the results after she erases her
    data, under 'a former member': not a broken mention of the erased id."""
    from handlers.slack import ids
    from tests.slack_helpers import eventually

    setup_network(stack)
    people = _people(stack, 1)
    assert stack.driver.command(FACILITATOR, "evaluatie met-naam", CHANNEL).status == 200
    meeting_id = _session_with(stack, [ANN, BOB, *people], absent=(FACILITATOR,))
    for user in (ANN, BOB, *people):
        answer(stack, user, keep=f"KEEP {user}")
    close_poll(stack, meeting_id)
    (network_id,) = {m.network_id for m in rows(stack, Membership)}
    overview = stack.driver.command(ANN, "mijn-data", CHANNEL).json
    stack.driver.click(ANN, ids.MYDATA_ERASE, message=overview, channel_id=CHANNEL,
                       value=str(network_id))
    eventually(lambda: not [m for m in rows(stack, Membership) if m.user_id == ANN])
    body = json.dumps(_facilitator_view(stack), ensure_ascii=False)
    assert f"KEEP {ANN}" in body and f"<@{BOB}>" in body
    assert "<@~" not in body and "oud-lid" in body, body
