"""Intervision through signed HTTP against the twin: a case brought with `/leernet agenda`,
run with `/leernet intervisie` (roles in a modal, phases in a thread, questions and advice,
the case-bringer's takeaway), and a confidential case erased after its session."""

from datetime import UTC, datetime, timedelta

from handlers.slack import ids
from storage.models import (
    AgendaContribution,
    Delivery,
    DeliveryKind,
    Intervision,
    IntervisionEntry,
    Meeting,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import (
    block_texts,
    deliveries,
    eventually,
    modal_outcome,
    open_modal,
    rows,
)


def _session(stack, minutes_from_now: int = 30) -> int:
    """A session about to start (planned straight in the database: planning refuses nothing
    here, but the agenda only takes sessions ahead)."""
    with stack.bot.db.session() as session:
        from sqlmodel import select

        from storage.models import Network

        network = session.exec(select(Network)).one()
        meeting = Meeting(team_id=network.team_id, network_id=network.id,
                          starts_at=datetime.now(UTC) + timedelta(minutes=minutes_from_now),
                          duration_minutes=120, location="Gent", learning_form="intervision",
                          created_by=FACILITATOR, number=1)
        session.add(meeting)
        session.flush()
        return meeting.id


def _bring(stack, user: str, title: str, text: str, confidential: bool = False) -> None:
    view = open_modal(stack, user, "agenda")
    response = stack.driver.submit_view(user, view, {
        "kind": "case", "title": title, "text": text,
        "confidential": ["yes"] if confidential else []})
    assert response.json["response_action"] == "update", response.body


def _start(stack, method: str, values: dict | None = None, user: str = FACILITATOR) -> dict:
    """`/leernet intervisie`, click the method on the (only) case, fill in the roles."""
    listed = stack.driver.command(user, "intervisie", CHANNEL)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(user, f"{ids.INTERVISION_START}:{method}", message=listed.json,
                       channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    response = stack.driver.submit_view(user, view, values or {})
    assert response.status == 200, response.body
    return {"view": view, "response": response}


def _thread(stack) -> tuple[dict, list[dict]]:
    eventually(lambda: any("Intervisie:" in m["text"] for m in stack.twin.messages(CHANNEL)))
    messages = stack.twin.messages(CHANNEL)
    (root,) = [m for m in messages if "Intervisie:" in m["text"]]
    return root, [m for m in messages if m.get("thread_ts") == root["ts"]]


def _phase_message(stack, number: int) -> dict:
    def found() -> list[dict]:
        return [m for m in _thread(stack)[1] if m["text"].startswith(f"Fase {number}:")]
    eventually(lambda: bool(found()))
    return found()[-1]


def _run(stack) -> Intervision:
    (run,) = rows(stack, Intervision)
    return run


def test_a_case_runs_through_the_incident_method_with_its_roles_and_phases(network):
    stack = network
    _session(stack)
    _bring(stack, BOB, "Cliënt <!channel> weigert", "Mijn cliënt weigert elke afspraak.")
    listed = stack.driver.command(FACILITATOR, "intervisie", CHANNEL)
    assert "Cliënt &lt;!channel&gt; weigert" in block_texts(listed.json["blocks"])
    refused = stack.driver.command(ANN, "intervisie", CHANNEL)
    assert "facilitator" in refused.body.lower() and "intervision_start" not in refused.body

    started = _start(stack, "incident", {"timekeeper": ANN, "minutes_1": "20"})
    outcome = modal_outcome(stack, started["view"]["id"])
    assert f"<#{CHANNEL}>" in block_texts(outcome["blocks"])
    run = _run(stack)
    assert (run.case_bringer_id, run.process_lead_id, run.timekeeper_id) == (
        BOB, FACILITATOR, ANN)
    assert run.minutes == "10,20,15,15,10" and run.method == "incident" and run.phase == 0

    root, _ = _thread(stack)
    shown = block_texts(root["blocks"])
    assert "Casusinbrenger <@UBOB0001>" in shown and "tijdbewaker <@UANN0001>" in shown
    assert "Mijn cliënt weigert elke afspraak." in shown  # not confidential: told in the thread
    first = _phase_message(stack, 1)
    assert "Fase 1 van 5: Inbreng van het incident* (10 min)" in block_texts(first["blocks"])
    assert "de casusinbrenger, <@UBOB0001>" in block_texts(first["blocks"])

    # Only a facilitator or the process lead moves on; a double click moves one phase.
    stack.driver.click(BOB, ids.INTERVISION_NEXT, message=first, channel_id=CHANNEL)
    eventually(lambda: any("Alleen een facilitator" in c.args.get("text", "")
                           for c in stack.twin.calls_to("response_url")))
    assert _run(stack).phase == 0
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=first, channel_id=CHANNEL)
    second = _phase_message(stack, 2)
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=first, channel_id=CHANNEL)
    eventually(lambda: any("al naar een volgende fase" in c.args.get("text", "")
                           for c in stack.twin.calls_to("response_url")))
    assert _run(stack).phase == 1
    assert "(20 min)" in block_texts(second["blocks"])
    assert "Informatieve vragen" in block_texts(second["blocks"])
    assert "Tijdbewaker <@UANN0001>" in block_texts(second["blocks"])

    # A clarifying question goes into the thread, escaped, and is kept with the case.
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(ANN, ids.INTERVISION_QUESTION, message=second, channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    stack.driver.submit_view(ANN, view, {"text": "Sinds wanneer? <!here>"})
    eventually(lambda: any("Sinds wanneer?" in m["text"] for m in _thread(stack)[1]))
    (question,) = rows(stack, IntervisionEntry)
    assert (question.kind, question.author_id) == ("question", ANN)
    assert any("*Vraag* van <@UANN0001>: Sinds wanneer? &lt;!here&gt;" in m["text"]
               for m in _thread(stack)[1])

    # Advice only in the advice phase.
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=second, channel_id=CHANNEL)
    third = _phase_message(stack, 3)
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=third, channel_id=CHANNEL)
    fourth = _phase_message(stack, 4)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(ANN, ids.INTERVISION_ADVICE, message=fourth, channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    # Longer than an option's 75 characters: the takeaway form still opens (shortened there).
    advice_text = "Bel de huisarts en vraag of hij de familie samen met de cliënt wil zien, " \
        "liefst nog deze week"
    stack.driver.submit_view(ANN, view, {"text": advice_text})
    eventually(lambda: len(rows(stack, IntervisionEntry)) == 2)
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=fourth, channel_id=CHANNEL)
    fifth = _phase_message(stack, 5)
    assert "Reflectie van de inbrenger" in block_texts(fifth["blocks"])

    # The takeaway: only the case-bringer; their choice of advice; shared because they chose.
    stack.driver.click(ANN, ids.INTERVISION_TAKEAWAY, message=fifth, channel_id=CHANNEL)
    eventually(lambda: any("Only the case-bringer" in c.args.get("text", "")
                           for c in stack.twin.calls_to("response_url")))
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(BOB, ids.INTERVISION_TAKEAWAY, message=fifth, channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    advice = next(r for r in rows(stack, IntervisionEntry) if r.kind == "advice")
    stack.driver.submit_view(BOB, view, {"takeaway": "Ik plan een gesprek",
                                         "advice": [str(advice.id)], "share": ["yes"]})
    eventually(lambda: any("neemt mee" in m["text"] for m in _thread(stack)[1]))
    assert _run(stack).takeaway == f"Ik plan een gesprek\n• {advice_text}"

    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=fifth, channel_id=CHANNEL)
    eventually(lambda: _run(stack).finished_at is not None)
    eventually(lambda: "Afgerond" in block_texts(_thread(stack)[0]["blocks"]))


def test_the_balint_method_names_its_roddel_phase_and_the_lead_may_be_another_member(network):
    stack = network
    _session(stack)
    _bring(stack, ANN, "Teamconflict", "Twee collega's spreken niet meer met elkaar.")
    _start(stack, "balint", {"process_lead": BOB})
    eventually(lambda: len(rows(stack, Intervision)) == 1)
    first = _phase_message(stack, 1)
    assert "Casus toelichten" in block_texts(first["blocks"])
    # The process lead (a participant) moves the phases too.
    stack.driver.click(BOB, ids.INTERVISION_NEXT, message=first, channel_id=CHANNEL)
    second = _phase_message(stack, 2)
    stack.driver.click(BOB, ids.INTERVISION_NEXT, message=second, channel_id=CHANNEL)
    third = _phase_message(stack, 3)
    shown = block_texts(third["blocks"])
    assert "Roddelfase" in shown and "alsof de inbrenger er niet is" in shown
    assert ids.INTERVISION_ADVICE in str(third["blocks"])


def test_roles_must_be_members_and_time_boxes_whole_minutes(network):
    stack = network
    _session(stack)
    _bring(stack, BOB, "Casus", "Tekst")
    stack.twin.add_user("UOUTSIDE1", "buiten")
    started = _start(stack, "incident", {"timekeeper": "UOUTSIDE1", "minutes_2": "500"})
    assert set(started["response"].json["errors"]) == {"minutes_2"}
    response = stack.driver.submit_view(FACILITATOR, started["view"],
                                        {"timekeeper": "UOUTSIDE1"})
    assert response.json["response_action"] == "errors"
    assert set(response.json["errors"]) == {"timekeeper"}
    assert "UOUTSIDE1" in response.json["errors"]["timekeeper"]
    assert rows(stack, Intervision) == []


def test_a_confidential_case_is_erased_after_its_session_and_its_posts_deleted(network):
    stack = network
    meeting_id = _session(stack)
    _bring(stack, BOB, "Moeilijk gesprek", "Geheime details over cliënt X", confidential=True)
    (case,) = rows(stack, AgendaContribution)
    assert case.confidential and case.title == "Moeilijk gesprek"
    (erase,) = [d for d in deliveries(stack) if d.kind == DeliveryKind.INTERVISION_ERASE]

    _start(stack, "incident")
    eventually(lambda: len(rows(stack, Intervision)) == 1)
    root, _ = _thread(stack)
    assert "Geheime details" not in str(root)  # told in the session only
    first = _phase_message(stack, 1)
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=first, channel_id=CHANNEL)
    second = _phase_message(stack, 2)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(ANN, ids.INTERVISION_QUESTION, message=second, channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    stack.driver.submit_view(ANN, view, {"text": "Vertrouwelijke vraag"})
    eventually(lambda: any("Vertrouwelijke vraag" in m["text"] for m in _thread(stack)[1]))
    eventually(lambda: all(e.message_ts for e in rows(stack, IntervisionEntry)))

    # Before the session's end the erase moves to the end; after it, it erases once.
    assert stack.bot.dispatcher.run_one(erase.id).status == "sent"
    assert "Geheime" in rows(stack, AgendaContribution)[0].text
    with stack.bot.db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        meeting.starts_at = datetime.now(UTC) - timedelta(hours=4)
        session.add(meeting)
    again = Delivery(team_id="T0TWIN", key=f"intervision-erase:test:{meeting_id}",
                     kind=DeliveryKind.INTERVISION_ERASE, run_at=datetime.now(UTC),
                     network_id=erase.network_id, meeting_id=meeting_id, target="members")
    with stack.bot.db.session() as session:
        session.add(again)
        session.flush()
        again_id = again.id
    assert stack.bot.dispatcher.run_one(again_id).status == "sent"
    (case,) = rows(stack, AgendaContribution)
    assert (case.title, case.text) == ("Moeilijk gesprek", "") and case.erased_at is not None
    assert rows(stack, IntervisionEntry) == []  # deleted in Slack, then forgotten
    assert not any("Vertrouwelijke vraag" in m["text"] for m in stack.twin.messages(CHANNEL))
    assert _run(stack).takeaway == ""
    # Nothing is added to an erased case: a question from its old phase message is refused.
    stack.driver.click(ANN, ids.INTERVISION_QUESTION, message=second, channel_id=CHANNEL)
    eventually(lambda: any("erased after the session" in c.args.get("text", "")
                           for c in stack.twin.calls_to("response_url")))
    assert rows(stack, IntervisionEntry) == []
    # An erased case cannot be given a takeaway or run again.
    listed = stack.driver.command(FACILITATOR, "intervisie", CHANNEL)
    assert "Moeilijk gesprek" in block_texts(listed.json["blocks"])
    assert "Geheime" not in listed.body


def test_help_lists_intervisie(network):
    shown = network.driver.command(ANN, "help", CHANNEL)
    assert "/leernet peer-consultation" in shown.body
    shown = network.driver.command(BOB, "help", CHANNEL)
    assert "/leernet intervisie" in shown.body


def test_the_reminder_and_home_show_the_part_that_concerns_the_person(network):
    stack = network
    meeting_id = _session(stack, minutes_from_now=3 * 24 * 60)
    _bring(stack, BOB, "Werkdruk", "Te veel dossiers", confidential=True)
    reminder = Delivery(team_id="T0TWIN", key=f"reminder:test:{meeting_id}",
                        kind=DeliveryKind.REMINDER, run_at=datetime.now(UTC),
                        network_id=rows(stack, Meeting)[0].network_id, meeting_id=meeting_id,
                        target="members")
    with stack.bot.db.session() as session:
        session.add(reminder)
        session.flush()
        reminder_id = reminder.id
    stack.bot.dispatcher.run_one(reminder_id)
    bob = block_texts(stack.twin.messages(stack.twin.dm_channel(BOB))[0]["blocks"])
    ann = block_texts(stack.twin.messages(stack.twin.dm_channel(ANN))[0]["blocks"])
    assert "Jij brengt de casus *Werkdruk* in." in bob
    assert "Werkdruk (<@UBOB0001>, confidential)" in ann and "You bring" not in ann
    assert "Te veel dossiers" not in bob + ann  # a confidential case's text stays home

    _start(stack, "incident", {"timekeeper": ANN})
    eventually(lambda: len(rows(stack, Intervision)) == 1)
    stack.driver.event({"type": "app_home_opened", "user": ANN, "tab": "home"})
    eventually(lambda: "timekeeper" in block_texts(
        (stack.twin.home(ANN) or {}).get("blocks", [])))
    assert "Peer consultation *Werkdruk*: you are timekeeper." in block_texts(
        stack.twin.home(ANN)["blocks"])


def test_the_english_alias_runs_the_same_command(network):
    stack = network
    _session(stack)
    _bring(stack, BOB, "Casus", "Tekst")
    for word in ("intervision", "peer-consultation"):
        listed = stack.driver.command(FACILITATOR, word, CHANNEL)
        assert f"{ids.INTERVISION_START}:balint" in listed.body


def _takeaway_button(run_id: int) -> dict:
    """The takeaway's button as the phase message carries it (the run jumped ahead)."""
    return {"type": "message", "ts": "1700000000.000100", "text": "Fase", "blocks": [
        {"type": "actions", "block_id": f"phase:{run_id}", "elements": [
            {"type": "button", "action_id": ids.INTERVISION_TAKEAWAY, "value": str(run_id),
             "text": {"type": "plain_text", "text": "Wat neem ik mee?"}}]}]}


def _run_to_takeaway(stack, case_title: str, bringer: str, takeaway: str) -> tuple[int, dict]:
    """Start the case, jump to its takeaway phase, record and share the takeaway; return the
    run id and the thanks the modal showed."""
    (case,) = rows(stack, AgendaContribution, AgendaContribution.title == case_title)
    listed = stack.driver.command(FACILITATOR, "intervisie", CHANNEL)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(FACILITATOR, f"{ids.INTERVISION_START}:incident", message=listed.json,
                       channel_id=CHANNEL, block_id=f"case:{case.id}")
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    stack.driver.submit_view(FACILITATOR, view, {})
    eventually(lambda: bool(rows(stack, Intervision, Intervision.contribution_id == case.id)))
    (run,) = rows(stack, Intervision, Intervision.contribution_id == case.id)
    with stack.bot.db.session() as session:
        stored = session.get(Intervision, run.id)
        stored.phase = 4
        session.add(stored)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(bringer, ids.INTERVISION_TAKEAWAY, message=_takeaway_button(run.id),
                       channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    response = stack.driver.submit_view(bringer, view, {"takeaway": takeaway,
                                                        "share": ["yes"]})
    return run.id, response.json["view"]


def test_a_confidential_case_stays_out_of_the_digest_the_library_and_the_export(network):
    stack = network
    _session(stack, minutes_from_now=24 * 60)
    _bring(stack, BOB, "Open casus", "Iedereen mag dit weten")
    _bring(stack, ANN, "Geheime casus", "Alleen voor de groep", confidential=True)

    from tests.digests.helpers import digests_in_channel, the_pending_digest

    stack.bot.dispatcher.run_one(the_pending_digest(stack).id)
    (digest,) = digests_in_channel(stack)
    shown = block_texts(digest["blocks"])
    assert "Open casus" in shown and "Geheime" not in str(digest)

    # The library: the case-bringer of an open case may keep their takeaway as an example.
    open_run, thanks = _run_to_takeaway(stack, "Open casus", BOB, "Eerst luisteren")
    before = len(stack.twin.calls_to("views.push"))
    stack.driver.click(BOB, ids.KNOWLEDGE_FROM_INTERVISION, view=thanks)
    pushed = stack.twin.wait_for("views.push", count=before + 1)[-1].args["view"]
    assert "Eerst luisteren" in str(pushed) and "Open casus" in str(pushed)
    # A confidential one offers no such button, and a forged click opens nothing.
    secret_run, thanks = _run_to_takeaway(stack, "Geheime casus", ANN, "Geheim inzicht")
    assert ids.KNOWLEDGE_FROM_INTERVISION not in str(thanks)
    forged = {**thanks, "blocks": [{"type": "actions", "block_id": "x", "elements": [
        {"type": "button", "action_id": ids.KNOWLEDGE_FROM_INTERVISION,
         "value": str(secret_run), "text": {"type": "plain_text", "text": "x"}}]}]}
    pushes = len(stack.twin.calls_to("views.push"))
    stack.driver.click(ANN, ids.KNOWLEDGE_FROM_INTERVISION, view=forged)
    eventually(lambda: any("no longer exists" in str(c.args) for c in stack.twin.calls))
    assert len(stack.twin.calls_to("views.push")) == pushes

    # The export: the open case with its shared takeaway; nothing of the confidential one.
    stack.driver.command(FACILITATOR, "export", CHANNEL)
    stack.twin.wait_for("files.completeUploadExternal")
    files = {f["name"]: f["content"].decode("utf-8-sig")
             for f in stack.twin.files(stack.twin.dm_channel(FACILITATOR))}
    assert "Open casus" in files["intervisie.csv"] and "Eerst luisteren" in files["intervisie.csv"]
    assert not any("Geheim" in content for content in files.values())
    assert open_run != secret_run


def test_erasing_a_person_takes_their_case_run_and_questions_and_keeps_others_roles(network):
    stack = network
    _session(stack)
    _bring(stack, BOB, "Bobs casus", "Tekst van Bob")
    _bring(stack, ANN, "Anns casus", "Tekst van Ann")
    for title, bringer in (("Bobs casus", BOB), ("Anns casus", ANN)):
        _run_to_takeaway(stack, title, bringer, f"Neemt mee: {title}")
    bobs = next(r for r in rows(stack, Intervision) if r.case_bringer_id == BOB)
    anns = next(r for r in rows(stack, Intervision) if r.case_bringer_id == ANN)
    with stack.bot.db.session() as session:  # Bob asked a question on Ann's case, Ann on his
        session.add(IntervisionEntry(team_id="T0TWIN", intervision_id=anns.id,
                                     kind="question", text="Bobs vraag", author_id=BOB))
        session.add(IntervisionEntry(team_id="T0TWIN", intervision_id=bobs.id,
                                     kind="question", text="Anns vraag", author_id=ANN))
        stored = session.get(Intervision, anns.id)
        stored.timekeeper_id = BOB
        session.add(stored)
    overview = stack.driver.command(BOB, "mijn-data", CHANNEL).json
    network_id = rows(stack, Meeting)[0].network_id
    stack.driver.click(BOB, ids.MYDATA_ERASE, message=overview, channel_id=CHANNEL,
                       value=str(network_id))
    eventually(lambda: [r.case_bringer_id for r in rows(stack, Intervision)] == [ANN])
    (left,) = rows(stack, Intervision)
    assert left.timekeeper_id == "~former"  # Ann's run stays, Bob's role without him
    assert [e.text for e in rows(stack, IntervisionEntry)] == []  # his question; hers on his
    assert [c.title for c in rows(stack, AgendaContribution)] == ["Anns casus"]


def test_my_data_holds_the_takeaway_of_ones_case_and_ones_questions(network):
    import json

    stack = network
    _session(stack)
    _bring(stack, BOB, "Bobs casus", "Tekst van Bob")
    run_id, _ = _run_to_takeaway(stack, "Bobs casus", BOB, "Eerst luisteren")
    with stack.bot.db.session() as session:
        session.add(IntervisionEntry(team_id="T0TWIN", intervision_id=run_id, kind="advice",
                                     text="Advies van Ann", author_id=ANN))
        session.add(IntervisionEntry(team_id="T0TWIN", intervision_id=run_id, kind="advice",
                                     text="Advies van Fien", author_id=FACILITATOR))
    for user in (BOB, ANN):
        overview = stack.driver.command(user, "mijn-data", CHANNEL).json
        stack.driver.click(user, ids.MYDATA_EXPORT, message=overview, channel_id=CHANNEL)
    eventually(lambda: all(len(stack.twin.files(stack.twin.dm_channel(u) or "")) == 2
                           for u in (BOB, ANN)))
    documents = {u: json.loads(next(f["content"] for f in stack.twin.files(
        stack.twin.dm_channel(u)) if f["name"].endswith(".json"))) for u in (BOB, ANN)}
    (bob,) = documents[BOB]["networks"]
    (ann,) = documents[ANN]["networks"]
    assert [t["takeaway"] for t in bob["intervision_takeaways"]] == ["Eerst luisteren"]
    assert [e["text"] for e in ann["intervision_questions_and_advice"]] == ["Advies van Ann"]
    assert ann["intervision_takeaways"] == [] and bob["intervision_questions_and_advice"] == []


def test_a_confidential_cases_thread_posts_cannot_be_saved_in_the_library(network):
    """"Bewaar in leernetwerk" on a question in a confidential case's thread would keep it in
    the library past the erasure: refused; a post of an open case's thread still opens the
    form."""
    stack = network
    _session(stack)
    _bring(stack, BOB, "Moeilijk gesprek", "Geheime details over cliënt X", confidential=True)
    _start(stack, "incident")
    first = _phase_message(stack, 1)
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=first, channel_id=CHANNEL)
    second = _phase_message(stack, 2)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(ANN, ids.INTERVISION_QUESTION, message=second, channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]
    stack.driver.submit_view(ANN, view, {"text": "Vertrouwelijke vraag"})
    eventually(lambda: any("Vertrouwelijke vraag" in m["text"] for m in _thread(stack)[1]))
    (question,) = [m for m in _thread(stack)[1] if "Vertrouwelijke vraag" in m["text"]]

    opened = len(stack.twin.calls_to("views.open"))
    told = len(stack.twin.calls_to("response_url"))
    response = stack.driver.message_shortcut(ANN, ids.KNOWLEDGE_SAVE_MESSAGE, question, CHANNEL)
    assert response.status == 200
    refusal = stack.twin.wait_for("response_url", count=told + 1)[-1].args["text"]
    assert "confidential" in refusal or "vertrouwelijk" in refusal, refusal
    assert len(stack.twin.calls_to("views.open")) == opened
    # The case's own message (its title only) is no thread post: it may be saved.
    root, _ = _thread(stack)
    stack.driver.message_shortcut(ANN, ids.KNOWLEDGE_SAVE_MESSAGE, root, CHANNEL)
    stack.twin.wait_for("views.open", count=opened + 1)


def test_a_question_posted_while_its_confidential_case_is_erased_is_taken_down(network):
    """The question is kept, then posted (Slack is slow); the erasure runs in between and
    finds no post to delete: the post, once Slack answers, is deleted by the one who made it
    rather than left in the thread for good."""
    stack = network
    meeting_id = _session(stack)
    _bring(stack, BOB, "Moeilijk gesprek", "Geheime details over cliënt X", confidential=True)
    _start(stack, "incident")
    first = _phase_message(stack, 1)
    stack.driver.click(FACILITATOR, ids.INTERVISION_NEXT, message=first, channel_id=CHANNEL)
    second = _phase_message(stack, 2)
    before = len(stack.twin.calls_to("views.open"))
    stack.driver.click(ANN, ids.INTERVISION_QUESTION, message=second, channel_id=CHANNEL)
    view = stack.twin.wait_for("views.open", count=before + 1)[-1].response["view"]

    stack.twin.delay_next("chat.postMessage", 5)
    response = stack.driver.submit_view(ANN, view, {"text": "Vertrouwelijke vraag"})
    assert response.status == 200
    eventually(lambda: len(rows(stack, IntervisionEntry)) == 1)
    with stack.bot.db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        meeting.starts_at = datetime.now(UTC) - timedelta(hours=4)
        session.add(meeting)
    erase = Delivery(team_id="T0TWIN", key=f"intervision-erase:test:{meeting_id}",
                     kind=DeliveryKind.INTERVISION_ERASE, run_at=datetime.now(UTC),
                     network_id=_run(stack).network_id, meeting_id=meeting_id,
                     target="members")
    with stack.bot.db.session() as session:
        session.add(erase)
        session.flush()
        erase_id = erase.id
    assert stack.bot.dispatcher.run_one(erase_id).status == "sent"
    assert rows(stack, IntervisionEntry) == []  # erased before Slack answered the post

    posted = stack.twin.wait_for("chat.postMessage",
                                 lambda c: "Vertrouwelijke vraag" in c.args.get("text", ""))
    ts = posted[-1].response["ts"]
    stack.twin.wait_for("chat.delete", lambda c: c.args.get("ts") == ts)
    assert not any("Vertrouwelijke vraag" in m["text"] for m in stack.twin.messages(CHANNEL))
