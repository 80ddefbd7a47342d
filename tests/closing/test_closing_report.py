"""The closing report: a facilitator writes the closing words from the close DM (once), or a
week after the close it goes out without them; it is posted in the channel with its charts,
DMed to every member and kept in the library, whose web page shows the charts to those who
may see the item."""

import io
import json
from datetime import UTC, datetime, timedelta

from PIL import Image
from sqlmodel import select

from bot.catalog import t
from handlers.slack import ids
from storage.models import (
    Attendance,
    ClosingReport,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    EvaluationAnswer,
    EvaluationPoll,
    KnowledgeItem,
    KnowledgeKind,
    Meeting,
    PollStatus,
    ReportChart,
    Visibility,
)
from tests.closing.helpers import (
    close_by_time,
    final_answer,
    invited,
    learning_questions,
    network,
    network_with_history,
    start_closing,
)
from tests.closing.test_after_closing import _open_home
from tests.conftest import CHANNEL, FACILITATOR
from tests.evaluations.helpers import dms, open_from_dm, rows, shown, with_button
from tests.mydata.test_retention import Clock, _dispatcher
from tests.slack_helpers import eventually
from tests.web.helpers import Browser

HEADER = "Slotrapport van Zorg & Welzijn Gent"
CHART_TITLES = [t(f"closing_report.chart.{name}", "nl")
                for name in ("attendance", "evaluations", "forms", "questions")]


def _history(stack, users: list[str]) -> None:
    """The held session: everyone confirmed present, its evaluation closed with an answer
    from each (enough to release to everyone: the threshold besides one's own)."""
    with stack.bot.db.session() as session:
        (meeting,) = session.exec(select(Meeting)).all()
        for user in users:
            session.add(Attendance(team_id="T0TWIN", meeting_id=meeting.id, user_id=user,
                                   present=True, confirmed_by=FACILITATOR))
        poll = EvaluationPoll(team_id="T0TWIN", meeting_id=meeting.id,
                              status=PollStatus.CLOSED, closes_at=datetime.now(UTC))
        session.add(poll)
        session.flush()
        for score in (3, 4, 4, 5):
            session.add(EvaluationAnswer(poll_id=poll.id, relevance=score, learning=4,
                                         facilitation=5, atmosphere=score))


def _closed_with_answers(stack) -> list[str]:
    """Four participants answered; each assessed their two learning questions, and everyone
    rated success stories (so both are shown to all: four besides one's own is enough)."""
    users = network_with_history(stack, 4)
    _history(stack, users)
    for user in users:
        learning_questions(stack, user, "Vraag een\nVraag twee")
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    final_answer(stack, users[0], lq0="fully", lq1="partly", join_again="yes",
                 **{"form:success_stories": "more", "form:intervision": "less"})
    for user in users[1:]:
        final_answer(stack, user, lq0="fully", lq1="not", join_again="maybe",
                     **{"form:success_stories": "same"})
    close_by_time(stack)
    eventually(lambda: with_button(stack, FACILITATOR, ids.CLOSING_REPORT_WRITE))
    return users


def _report_posts(stack) -> list[dict]:
    return [m for m in stack.twin.messages(CHANNEL)
            if m.get("blocks") and m["blocks"][0]["type"] == "header"
            and m["blocks"][0]["text"]["text"] == HEADER]


def _published_told(stack) -> None:
    stack.twin.wait_for("views.update", lambda c: "is gepubliceerd" in json.dumps(
        c.args.get("view"), ensure_ascii=False))


def _report_delivery(stack) -> Delivery:
    (found,) = [d for d in rows(stack, Delivery) if d.kind == DeliveryKind.CLOSING_REPORT]
    return found


def _png(content: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(content))
    image.load()
    assert image.format == "PNG" and image.size == (800, 450)
    # Not an empty canvas: a good share of the pixels is drawn (not the white background).
    grey = image.convert("L")
    drawn = sum(count for value, count in enumerate(grey.histogram()) if value < 250)
    assert drawn > 0.03 * image.size[0] * image.size[1]
    return image


def test_a_facilitator_writes_the_closing_words_and_the_report_goes_out_once(stack):
    users = _closed_with_answers(stack)
    waiting = _report_delivery(stack)
    # Queued at the close, a week ahead, for nobody yet.
    assert waiting.status == DeliveryStatus.PENDING
    assert waiting.run_at.replace(tzinfo=UTC) > datetime.now(UTC) + timedelta(days=6)

    view = open_from_dm(stack, FACILITATOR, ids.CLOSING_REPORT_WRITE)
    assert view["callback_id"] == ids.CLOSING_REPORT_MODAL
    words = "Dank aan iedereen <!channel> & tot ziens\n" + "x" * 2990
    too_long = stack.driver.submit_view(FACILITATOR, view, {"words": words})
    assert too_long.json == {"response_action": "errors",
                             "errors": {"words": "Dat is te lang: hoogstens 3000 tekens."}}
    assert not rows(stack, ClosingReport)
    # Long words, escaped, take more than one section.
    words = "Dank aan iedereen <!channel> & tot ziens\n" + "<>" * 1470
    done = stack.driver.submit_view(FACILITATOR, view, {"words": words})
    # Acknowledged before the charts are drawn (matplotlib takes longer than Slack waits),
    # then the modal says it is out.
    assert done.status == 200 and done.json["response_action"] == "update"
    assert "Even geduld" in shown(done) and "is gepubliceerd" not in shown(done)
    _published_told(stack)

    eventually(lambda: _report_posts(stack))
    eventually(lambda: _report_delivery(stack).status == DeliveryStatus.SENT, timeout=30)
    (post,) = _report_posts(stack)
    body = json.dumps(post["blocks"], ensure_ascii=False)
    assert "*1 bijeenkomst* gehouden, met 5 leden" in body
    assert "Bijeenkomst 1: 4 aanwezig" in body
    assert "Relevantie 4,0 · Leren van elkaar 4,0 · Begeleiding 5,0 · Sfeer 4,0" in body
    assert "4 van 5 leden antwoordden" in body
    assert "4 van 8 leervragen volledig beantwoord, 1 gedeeltelijk, 3 niet" in body
    assert "Vraag een" not in body  # questions only counted
    # The closing words escaped: nobody is pinged, and no section passes Slack's limit.
    assert "Dank aan iedereen &lt;!channel&gt; &amp; tot ziens" in body and "<!channel>" not in body
    assert all(len(b["text"]["text"]) <= 3000 for b in post["blocks"] if b["type"] == "section")
    assert len(post["blocks"]) <= 50

    # The charts, in the channel, in one upload: PNGs with the catalog's titles.
    files = stack.twin.files(CHANNEL)
    assert [f["title"] for f in files] == CHART_TITLES
    assert [f["name"] for f in files] == [
        "attendance.png", "evaluations.png", "forms.png", "questions.png"]
    for shared in files:
        _png(shared["content"])

    # Every active member has it in their DM.
    for user in [FACILITATOR, *users]:
        assert any(m["text"].startswith("Het slotrapport van") for m in dms(stack, user)), user

    # Kept in the library, for the network, with its charts.
    (item,) = [i for i in rows(stack, KnowledgeItem)
               if i.kind == KnowledgeKind.CLOSING_REPORT]
    assert item.visibility == Visibility.NETWORK and item.author_id == ""
    assert "Slotwoord van de facilitators" in item.text and len(item.text) <= 3000
    (report,) = rows(stack, ClosingReport)
    assert report.knowledge_item_id == item.id and not report.automatic
    assert [c.title for c in sorted(rows(stack, ReportChart), key=lambda c: c.position)] \
        == CHART_TITLES

    # A double submit, and the button again: out already. Nothing is sent twice.
    again = stack.driver.submit_view(FACILITATOR, view, {"words": "Nog eens"})
    assert "al gepubliceerd" in shown(again)
    assert stack.bot.dispatcher.run_one(_report_delivery(stack).id) is not None
    assert len(_report_posts(stack)) == 1 and len(stack.twin.files(CHANNEL)) == 4
    assert len(rows(stack, ClosingReport)) == 1


def test_the_report_goes_out_without_closing_words_a_week_after_the_close(stack):
    users = network_with_history(stack, 1)
    start_closing(stack)
    close_by_time(stack)
    closed_at = network(stack).closed_at.replace(tzinfo=UTC)

    clock = Clock(closed_at + timedelta(days=6))
    _dispatcher(stack, clock).run_due()
    assert not rows(stack, ClosingReport) and not _report_posts(stack)

    clock.now = closed_at + timedelta(days=7, minutes=1)
    _dispatcher(stack, clock).run_due()
    (report,) = rows(stack, ClosingReport)
    assert report.automatic and report.words == ""
    (post,) = _report_posts(stack)
    body = json.dumps(post["blocks"], ensure_ascii=False)
    assert "Slotwoord" not in body
    # One participant: nothing released to everyone, so no chart is drawn or uploaded.
    assert "te weinig om de antwoorden met iedereen te delen" in body
    assert "niet bijgehouden" in body
    assert stack.twin.files(CHANNEL) == [] and not rows(stack, ReportChart)
    assert any(m["text"].startswith("Het slotrapport van") for m in dms(stack, users[0]))

    # The facilitator's button now tells them it is out.
    message = with_button(stack, FACILITATOR, ids.CLOSING_REPORT_WRITE)[-1]
    response = stack.driver.click(FACILITATOR, ids.CLOSING_REPORT_WRITE, message=message,
                                  channel_id=stack.twin.dm_channel(FACILITATOR))
    assert response.status == 200
    stack.twin.wait_for("response_url", lambda c: "is al gepubliceerd" in c.args["text"])


def test_the_web_page_shows_the_charts_to_those_who_may_see_the_item(stack):
    users = _closed_with_answers(stack)
    stack.driver.submit_view(FACILITATOR, open_from_dm(stack, FACILITATOR,
                                                       ids.CLOSING_REPORT_WRITE), {})
    eventually(lambda: _report_delivery(stack).status == DeliveryStatus.SENT, timeout=30)
    (item,) = [i for i in rows(stack, KnowledgeItem)
               if i.kind == KnowledgeKind.CLOSING_REPORT]
    chart = f"/kennis/{item.id}/grafiek/1.png"

    member = Browser(stack)
    member.sign_in(users[0])
    page = member.get(f"/kennis/{item.id}")
    assert page.status == 200 and f'src="{chart}"' in page.body
    assert CHART_TITLES[0] in page.body
    shown_chart = member.get(chart)
    assert shown_chart.status == 200 and shown_chart.header("Content-Type") == "image/png"
    assert member.get(f"/kennis/{item.id}/grafiek/9.png").status == 404

    outsider = Browser(stack)
    stack.twin.add_user("UOUTSID1", "buiten")
    outsider.sign_in("UOUTSID1")
    assert outsider.get(chart).status == 404 and outsider.get(f"/kennis/{item.id}").status == 404
    assert Browser(stack).get(chart).status == 404  # not signed in

    # Home lists the closed network under "Afgerond" with a link to its report.
    home = _open_home(stack, users[0])
    assert "*Afgerond*" in home
    assert f"/kennis/{item.id}|lees het op de webpagina>" in home
    # The DMs link to the same page.
    (dm,) = [m for m in dms(stack, users[1]) if m["text"].startswith("Het slotrapport van")]
    assert f"/kennis/{item.id}" in json.dumps(dm["blocks"])


def test_a_refused_upload_or_dm_does_not_stop_the_others(stack):
    users = network_with_history(stack, 2)
    _history(stack, users)
    start_closing(stack)
    close_by_time(stack)
    # Slack refuses the charts' upload and the facilitator's DM (its channel is known from
    # the close DM: opened once per process).
    stack.twin.fail_next("files.completeUploadExternal", "not_in_channel")
    stack.twin.fail_next_in("chat.postMessage", stack.twin.dm_channel(FACILITATOR))
    clock = Clock(network(stack).closed_at.replace(tzinfo=UTC) + timedelta(days=8))
    _dispatcher(stack, clock).run_one(_report_delivery(stack).id)

    assert len(_report_posts(stack)) == 1 and stack.twin.files(CHANNEL) == []
    for user in users:
        assert any(m["text"].startswith("Het slotrapport van") for m in dms(stack, user)), user
    assert _report_delivery(stack).status == DeliveryStatus.PARTIAL


def test_a_network_closed_before_the_report_existed_gets_it_from_the_modal(stack):
    network_with_history(stack, 1)
    start_closing(stack)
    close_by_time(stack)
    with stack.bot.db.session() as session:  # closed by a version without the report
        session.delete(session.get(Delivery, _report_delivery(stack).id))
    view = open_from_dm(stack, FACILITATOR, ids.CLOSING_REPORT_WRITE)
    assert "Even geduld" in shown(stack.driver.submit_view(FACILITATOR, view,
                                                           {"words": "Tot ziens"}))
    _published_told(stack)
    eventually(lambda: _report_posts(stack), timeout=30)
    assert _report_delivery(stack).run_at.replace(tzinfo=UTC) <= datetime.now(UTC)


def test_one_persons_learning_questions_or_rating_of_a_form_are_not_shown_to_everyone(stack):
    """Learning questions are kept with the person: when only one person assessed theirs,
    'fully 1 of 2' is that person's own assessment, read by every member. Neither it nor a
    learning form only one person rated is in the report, its text or its charts."""
    users = network_with_history(stack, 4)
    _history(stack, users)
    learning_questions(stack, users[0], "Vraag een\nVraag twee")
    start_closing(stack)
    invited(stack, [FACILITATOR, *users])
    final_answer(stack, users[0], lq0="fully", lq1="not", join_again="yes",
                 **{"form:success_stories": "more", "form:intervision": "less"})
    for user in users[1:]:
        final_answer(stack, user, join_again="maybe", **{"form:success_stories": "same"})
    close_by_time(stack)
    view = open_from_dm(stack, FACILITATOR, ids.CLOSING_REPORT_WRITE)
    assert stack.driver.submit_view(FACILITATOR, view, {}).status == 200
    eventually(lambda: _report_delivery(stack).status == DeliveryStatus.SENT, timeout=30)

    (post,) = _report_posts(stack)
    body = json.dumps(post["blocks"], ensure_ascii=False)
    assert "4 van 5 leden antwoordden" in body  # the final evaluation is released
    assert "Succesverhalen: meer 1 · evenveel 3 · minder 0" in body
    assert "Intervisie" not in body and "leervragen" not in body
    (report,) = rows(stack, ClosingReport)
    final = json.loads(report.figures)["final"]
    assert list(final["forms"]) == ["success_stories"] and final["questions"] == {}
    assert [f["name"] for f in stack.twin.files(CHANNEL)] == [
        "attendance.png", "evaluations.png", "forms.png"]
    (item,) = [i for i in rows(stack, KnowledgeItem)
               if i.kind == KnowledgeKind.CLOSING_REPORT]
    assert "Intervisie" not in item.text and "leervragen" not in item.text


def test_a_429_on_the_charts_upload_uploads_them_later_once(stack):
    """Slack's 429 shares nothing: the charts are not recorded as refused (lost) but
    uploaded when the delivery is tried again as Slack asked, once; nobody gets the report
    twice."""
    users = network_with_history(stack, 2)
    _history(stack, users)
    start_closing(stack)
    close_by_time(stack)
    stack.twin.rate_limit_next("files.getUploadURLExternal", retry_after=30)
    clock = Clock(network(stack).closed_at.replace(tzinfo=UTC) + timedelta(days=8))
    dispatcher = _dispatcher(stack, clock)
    dispatcher.run_one(_report_delivery(stack).id)
    waiting = _report_delivery(stack)
    assert waiting.status == DeliveryStatus.PENDING and "ratelimited" in (waiting.last_error or "")
    assert waiting.run_at.replace(tzinfo=UTC) == clock.now + timedelta(seconds=30)
    assert len(_report_posts(stack)) == 1 and stack.twin.files(CHANNEL) == []

    clock.now += timedelta(seconds=31)
    dispatcher.run_due()
    assert _report_delivery(stack).status == DeliveryStatus.SENT
    assert len(_report_posts(stack)) == 1 and len(stack.twin.files(CHANNEL)) == 2
    for user in [FACILITATOR, *users]:
        assert sum(m["text"].startswith("Het slotrapport van") for m in dms(stack, user)) == 1


def test_withdrawn_knowledge_takes_the_report_its_charts_and_homes_link_with_it(stack):
    from tests.closing.test_after_choices import _choose

    users = _closed_with_answers(stack)
    stack.driver.submit_view(FACILITATOR, open_from_dm(stack, FACILITATOR,
                                                       ids.CLOSING_REPORT_WRITE), {})
    eventually(lambda: _report_delivery(stack).status == DeliveryStatus.SENT, timeout=30)
    (item,) = [i for i in rows(stack, KnowledgeItem)
               if i.kind == KnowledgeKind.CLOSING_REPORT]
    member = Browser(stack)
    member.sign_in(users[0])
    assert f"/kennis/{item.id}|" in _open_home(stack, users[0])

    assert "is ingetrokken" in _choose(stack, ids.AFTER_WITHDRAW_KNOWLEDGE)["text"]
    assert member.get(f"/kennis/{item.id}").status == 404
    assert member.get(f"/kennis/{item.id}/grafiek/1.png").status == 404
    home = _open_home(stack, users[0])
    assert "*Afgerond*" in home and f"/kennis/{item.id}" not in home

    assert "blijft zichtbaar" in _choose(stack, ids.AFTER_KEEP_KNOWLEDGE)["text"]
    assert member.get(f"/kennis/{item.id}/grafiek/1.png").status == 200
    assert f"/kennis/{item.id}|" in _open_home(stack, users[0])


def test_one_persons_apply_at_work_outcomes_are_not_shown_as_counts(stack):
    """Commitments are kept with the person: three outcomes of one participant (one per
    session) are that person's, not 'enough answers'."""
    from storage.models import ApplyCommitment, ApplyOutcome
    from tests.evaluations.helpers import past_session

    users = network_with_history(stack, 4)
    meetings = [m.id for m in rows(stack, Meeting)]
    meetings += [past_session(stack, hours_ago=24), past_session(stack, hours_ago=72)]
    with stack.bot.db.session() as session:
        for meeting_id, outcome in zip(meetings, ("yes", "yes", "no"), strict=True):
            session.add(ApplyCommitment(team_id="T0TWIN", meeting_id=meeting_id,
                                        user_id=users[0], user_team_id="T0TWIN",
                                        text="Toepassen", outcome=ApplyOutcome(outcome)))
    start_closing(stack)
    close_by_time(stack)
    view = open_from_dm(stack, FACILITATOR, ids.CLOSING_REPORT_WRITE)
    assert stack.driver.submit_view(FACILITATOR, view, {}).status == 200
    eventually(lambda: _report_posts(stack), timeout=30)

    body = json.dumps(_report_posts(stack)[0]["blocks"], ensure_ascii=False)
    assert "3 voornemens; te weinig antwoorden om te tonen hoe het ging" in body
    assert "lukten er" not in body
    (report,) = rows(stack, ClosingReport)
    assert json.loads(report.figures)["apply"] == {}


def test_the_facilitators_are_told_the_charts_were_refused_not_a_pairing_group(stack):
    users = network_with_history(stack, 2)
    _history(stack, users)
    start_closing(stack)
    close_by_time(stack)
    stack.twin.fail_next("files.completeUploadExternal", "not_in_channel")
    clock = Clock(network(stack).closed_at.replace(tzinfo=UTC) + timedelta(days=8))
    _dispatcher(stack, clock).run_one(_report_delivery(stack).id)
    assert _report_delivery(stack).status == DeliveryStatus.PARTIAL

    def notice() -> list[str]:
        return [m["text"] for m in dms(stack, FACILITATOR) if "niet bezorgen" in m["text"]]

    eventually(notice)
    (text,) = notice()
    assert f"de grafieken in <#{CHANNEL}> (not_in_channel)" in text
    assert "koppelgroep" not in text


def test_a_learning_form_in_its_own_words_with_dollars_is_drawn_as_typed(stack):
    """A session's learning form in its own words is drawn on the forms chart: `$...$` in it
    is text, not matplotlib's mathtext (`$\\sqrt$` raised, and the report never went out)."""
    from storage.models import FinalAnswer

    own = "Kosten $\\sqrt$ of 5 euro"
    _closed_with_answers(stack)
    with stack.bot.db.session() as session:  # the held session's form, in its own words
        for answer in session.exec(select(FinalAnswer)).all():
            answer.forms = answer.forms.replace("success_stories", own)
            session.add(answer)
    view = open_from_dm(stack, FACILITATOR, ids.CLOSING_REPORT_WRITE)
    assert stack.driver.submit_view(FACILITATOR, view, {}).status == 200
    _published_told(stack)
    eventually(lambda: _report_delivery(stack).status == DeliveryStatus.SENT, timeout=30)
    (post,) = _report_posts(stack)
    texts = "\n".join(b["text"]["text"] for b in post["blocks"] if b["type"] == "section")
    assert f"{own}: meer 1 · evenveel 3 · minder 0" in texts
    assert [f["name"] for f in stack.twin.files(CHANNEL)] == [
        "attendance.png", "evaluations.png", "forms.png", "questions.png"]
