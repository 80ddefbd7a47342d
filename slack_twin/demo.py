"""`leernet demo`: a scripted network played by the real bot against the local Slack twin.

Everything goes through the same stack as in production: signed HTTP requests into the bot,
the real database and scheduler, and Web API calls answered by the twin. What each person
would see in Slack is printed as text, step by step, under the method's phases: the
initiation (initiatiefase), the middle (middenfase) and the closing (eindfase).

Time is compressed, not faked away: the bot's clock (the one hook every service and the
dispatcher read, `Core.clock` and `Dispatcher.clock`) runs ahead of the wall clock. To move
on, the demo sets it to the next moment a delivery is due, wakes the real scheduler and waits
until it has sent what was due, one due moment after the other, so each reminder, poll,
digest and close goes out in its order, as it would over the weeks of a real network.
"""

import contextlib
import io
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from bot.catalog import MESSAGES, Lang, t
from bot.text import format_when
from handlers.slack import ids
from slack_twin import render_message, render_view
from slack_twin.local_stack import LocalStack
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Intervision,
    Meeting,
    as_utc,
)

Phase = Literal["initiation", "middle", "closing"]
PHASES: tuple[Phase, ...] = ("initiation", "middle", "closing")
# The method's own names, accepted as well by `leernet demo --phase`.
PHASE_ALIASES: dict[str, Phase] = {"initiatiefase": "initiation", "middenfase": "middle",
                                   "eindfase": "closing"}

FIEN, ANN, BOB = "UFIEN001", "UANN0001", "UBOB0001"
# Carla works for another organisation: her own workspace (without the app) is connected to
# the network's channel over Slack Connect, and her Slack runs in English.
CARLA, OOST, OOST_NAME = "UCARLA01", "T0OOST", "Thuiszorg Oost"
# Nine more colleagues fill the network up to its cap of 12 participants; Dirk, the 13th
# invited, lands on the waitlist.
OTHERS = {f"UPART{i:03d}": name for i, name in enumerate(
    ("Eva", "Filip", "Greet", "Hans", "Ilse", "Jan", "Katrien", "Lien", "Mark"), start=1)}
EVA = "UPART001"
DIRK = "UDIRK001"
CHANNEL, CHANNEL_NAME = "CGENT001", "leernet-gent"
PEOPLE = {FIEN: "Fien (facilitator)", ANN: "Ann", BOB: "Bob", CARLA: f"Carla ({OOST_NAME})",
          **OTHERS, DIRK: "Dirk"}
# How long, at most, the scheduler may take to send what fell due (a wall-clock bound).
DRAIN_TIMEOUT = 120.0
# A delivery Slack slowed down (429) is tried again this soon: the demo waits for it.
RETRY_WINDOW = timedelta(minutes=2)


def run_demo(fast: bool = False, lang: Lang = "nl", phase: str = "initiation") -> int:
    start = PHASE_ALIASES.get(phase, phase)
    if start not in PHASES:
        raise ValueError(f"unknown phase {phase!r}")
    with tempfile.TemporaryDirectory(prefix="leernet-demo-") as folder:
        clock = DemoClock()
        # The bot's own cadence (reminders a week and a day ahead, the evaluation an hour
        # after a session, ...); a sweep every second, so the scheduler notices a due time
        # the demo's clock jumped to even if a wake-up was missed.
        stack = LocalStack(f"sqlite:///{folder}/leernet.db",
                           sweep_interval=timedelta(seconds=1))
        with stack:
            stack.bot.deps.clock = clock
            stack.bot.dispatcher.clock = clock
            Demo(stack, clock, lang, pause=0.0 if fast else 1.2).play(folder, start)
    return 0


class DemoClock:
    """The wall clock plus how far the demo has skipped ahead (only ever forward)."""

    def __init__(self) -> None:
        self._ahead = timedelta(0)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return datetime.now(UTC) + self._ahead

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._ahead = max(self._ahead, moment - datetime.now(UTC))


class Demo:
    def __init__(self, stack: LocalStack, clock: DemoClock, lang: Lang,
                 pause: float = 0.0) -> None:
        self.stack, self.twin, self.driver = stack, stack.twin, stack.driver
        self.clock, self.lang, self.pause = clock, lang, pause
        self.tz = ZoneInfo(stack.settings.timezone)
        self.quiet = False
        self.out = sys.stdout  # the terminal, also while a phase is played quietly
        self.twin.add_user(FIEN, "fien", real_name="Fien Facilitator")
        self.twin.add_user(ANN, "ann", real_name="Ann Anderson", locale="en-GB")
        self.twin.add_user(BOB, "bob", real_name="Bob Peeters")
        self.twin.add_user(CARLA, "carla", real_name="Carla Claes", locale="en-US",
                           team_id=OOST)
        for user, name in OTHERS.items():
            self.twin.add_user(user, name.lower(), real_name=f"{name} Janssens")
        self.twin.add_user(DIRK, "dirk", real_name="Dirk Declercq")
        self.twin.add_channel(CHANNEL, CHANNEL_NAME, members=[FIEN, ANN, BOB, CARLA],
                              shared_team_ids=[OOST])
        self.first_session = 0

    # --- the script --------------------------------------------------------------------------

    def play(self, folder: str, start: Phase = "initiation") -> None:
        self.say("demo.intro", folder=folder, url=self.stack.url)
        if start != "initiation":
            self.say("demo.skipping", phase=t(f"demo.phase.{start}", self.lang))
        with self.silenced(start != "initiation"):
            self.initiation()
        with self.silenced(start == "closing"):
            self.middle()
        self.closing()
        self.say("demo.done")

    def initiation(self) -> None:
        """Initiatiefase: the network, its people, what they want to learn, its agreements."""
        self.phase("initiation")
        self.help_and_language()
        self.create_network()
        self.invitations()
        self.kickoff()
        self.agreements()

    def middle(self) -> None:
        """Middenfase: the cycle of a session, and what the network keeps of it."""
        self.phase("middle")
        self.plan_series()
        self.reminder_and_rsvp()
        self.intervision()
        self.session_and_attendance()
        self.evaluation()
        self.report()
        self.results()
        self.library_and_digest()
        self.apply_at_work()

    def closing(self) -> None:
        """Eindfase: the final evaluation, the close and the closing report."""
        self.phase("closing")
        self.start_closing()
        self.final_evaluation()
        self.closing_report()

    # --- initiatiefase ------------------------------------------------------------------------

    def help_and_language(self) -> None:
        self.step("demo.step.help")
        response = self.driver.command(FIEN, "help", CHANNEL)
        self.show(FIEN, render_message(response.json), where=self.ephemeral(FIEN))
        self.step("demo.step.language")
        response = self.driver.command(ANN, "language en", CHANNEL)
        self.show(ANN, response.body, where=self.ephemeral(ANN))

    def create_network(self) -> None:
        self.step("demo.step.new")
        view = self.opened_view(lambda: self.driver.command(FIEN, "nieuw", CHANNEL))
        self.show(FIEN, render_view(view), where=t("demo.modal", self.lang))
        self.step("demo.step.submit")
        self.driver.submit_view(FIEN, view, {
            "name": "Zorg & Welzijn Gent", "theme": "Samenwerken rond dementie",
            "region": "Gent", "what": "Ervaringen en casussen delen",
            "why": "Van en met elkaar leren over organisaties heen",
            "how": "Maandelijks face-to-face, bij telkens een andere organisatie",
            "for_whom": "Zorgcoördinatoren uit woonzorgcentra en thuiszorg",
        })
        # The modal says the bot is at work, then what came of it (the charter is posted).
        outcome = self.twin.wait_for("views.update", lambda c: c.args.get("view_id") == view["id"])
        self.show(FIEN, render_view(outcome[-1].args["view"]), where=t("demo.modal", self.lang))
        self.show_channel()
        self.step("demo.step.connect", organisation=OOST_NAME, channel=CHANNEL_NAME)
        self.say("demo.network_language", locale=self.twin.user_locale(CARLA))

    def invitations(self) -> None:
        self.step("demo.step.members", count=len(PEOPLE) - 1)
        invited = [ANN, BOB, CARLA, *OTHERS, DIRK]
        mentions = " ".join(f"<@{u}|{self.twin.user_name(u)}>" for u in invited)
        before = len(self.twin.calls_to("response_url"))
        self.driver.command(FIEN, f"uitnodigen {mentions}", CHANNEL)
        answer = self.twin.wait_for("response_url", count=before + 1)[-1].args
        self.show(FIEN, render_message(answer, self.twin.user_name), where=self.ephemeral(FIEN))
        self.wait_for_dm(BOB, "Welkom")
        self.show_dm(BOB, starts=("Welkom",))
        self.wait_for_dm(DIRK, "wachtlijst")
        self.show_dm(DIRK, contains="wachtlijst")

    def kickoff(self) -> None:
        self.step("demo.step.kickoff_send")
        response = self.driver.command(FIEN, "kickoff", CHANNEL)
        self.show(FIEN, render_message(response.json or {"text": response.body},
                                       self.twin.user_name), where=self.ephemeral(FIEN))
        self.step("demo.step.kickoff")
        self.wait_for_dm(BOB, "Startbevraging")
        self.show_dm(BOB, starts=("Startbevraging",))
        self.answer_kickoff(BOB, "Thuiszorg Gent", "Hoe betrekken we mantelzorgers vroeger?",
                            ["intervision", "company_visit"], consent=True)
        self.twin.wait_for("chat.postMessage", lambda c: c.args.get("channel") == CHANNEL
                           and "Kennismaking" in c.args.get("text", ""))
        self.show_channel(last_only=True)
        self.step("demo.step.kickoff_others")
        self.wait_for_dm(ANN, "Kickoff")
        self.answer_kickoff(ANN, "WZC De Vijvers", "Werken met vrijwilligers",
                            ["company_visit", "intervision"])
        self.wait_for_dm(CARLA, "Startbevraging")
        self.answer_kickoff(CARLA, OOST_NAME, "Dementie thuis herkennen", ["intervision"])
        self.step("demo.step.synthesis")
        response = self.driver.command(FIEN, "kickoff", CHANNEL)
        self.show(FIEN, render_message(response.json or {"text": response.body},
                                       self.twin.user_name), where=self.ephemeral(FIEN))

    def answer_kickoff(self, user: str, organisation: str, questions: str, forms: list[str],
                       consent: bool = False) -> None:
        view = self.open_from_dm(user, ids.KICKOFF_OPEN)
        self.driver.submit_view(user, view, {
            "organisation": organisation, "job_role": "Zorgcoördinator",
            "expertise": "Mantelzorgondersteuning", "brings": "Twintig jaar ervaring",
            "learning_questions": questions, "preferred_forms": forms,
            "consent_intro": ["yes"] if consent else [],
        })

    def agreements(self) -> None:
        self.step("demo.step.agreements")
        view = self.opened_view(lambda: self.driver.command(FIEN, "afspraken", CHANNEL))
        self.driver.submit_view(FIEN, view, {"text": (
            "We komen om de zes weken samen, telkens bij een andere organisatie.\n"
            "Wat in de groep gezegd wordt, blijft in de groep.\n"
            "Wie niet kan komen, laat het vooraf weten.")})
        self.twin.wait_for("pins.add")
        self.show_channel(last_only=True)
        self.step("demo.step.agree")
        message = self.twin.messages(CHANNEL)[-1]
        before = len(self.twin.calls_to("response_url"))
        self.driver.click(ANN, ids.AGREEMENT_ACK, message=message, channel_id=CHANNEL)
        answer = self.twin.wait_for("response_url", count=before + 1)[-1].args
        self.show(ANN, render_message(answer, self.twin.user_name), where=self.ephemeral(ANN))

    # --- middenfase ---------------------------------------------------------------------------

    def plan_series(self) -> None:
        self.step("demo.step.plan")
        view = self.opened_view(lambda: self.driver.command(FIEN, "plan", CHANNEL))
        self.show(FIEN, render_view(view), where=t("demo.modal", self.lang))
        # A Tuesday, two to three weeks from now.
        day = (self.clock() + timedelta(days=14)).astimezone(self.tz).date()
        day += timedelta(days=(1 - day.weekday()) % 7)
        self.step("demo.step.plan_submit", day=self.day(day))
        self.driver.submit_view(FIEN, view, {
            "date": day.isoformat(), "time": "14:00", "duration": "120",
            "location": "WZC De Vijvers, Gent", "learning_form": "intervision",
            "agenda": "Kennismaking, verwachtingen, een eerste casus",
            "every_weeks": "6", "count": "2",
        })
        self.twin.wait_for("chat.postMessage", lambda c: c.args.get("channel") == CHANNEL
                           and "reeks" in c.args.get("text", ""))
        self.show_channel(last_only=True)
        with self.stack.bot.db.session() as session:
            self.first_session = session.exec(select(Meeting.id).order_by(
                col(Meeting.starts_at))).first() or 0

    def reminder_and_rsvp(self) -> None:
        reminder = self.next_due(DeliveryKind.REMINDER)
        self.skip_to(reminder, "demo.step.reminder")
        for user in (BOB, ANN, CARLA):
            self.show_dm(user, starts=("Herinnering", "Reminder"))
        self.step("demo.step.answer")
        answers = ((ANN, ids.RSVP_YES), (BOB, ids.RSVP_YES), (CARLA, ids.RSVP_YES),
                   (EVA, ids.RSVP_NO))
        before = len(self.twin.calls_to("chat.update"))
        for user, action in answers:
            message = self.dm(user, starts=("Herinnering", "Reminder"))
            self.driver.click(user, action, message=message, channel_id=self.twin.dm_channel(user))
        self.twin.wait_for("chat.update", count=before + len(answers))
        for user in (ANN, CARLA, EVA):
            self.show_dm(user, starts=("Herinnering", "Reminder"))
        self.step("demo.step.home")
        self.driver.event({"type": "app_home_opened", "user": ANN, "tab": "home",
                           "channel": self.twin.dm_channel(ANN)})
        self.twin.wait_for("views.publish", lambda c: c.args["user_id"] == ANN)
        time.sleep(0.2)  # the RSVP's own Home refresh may still be landing
        self.show(ANN, render_view(self.twin.home(ANN)), where=t("demo.home", self.lang))

    def intervision(self) -> None:
        """Bob brings a case; at the session Fien runs it through the incident method, one
        phase after the other in a thread under the case."""
        self.step("demo.step.case")
        view = self.opened_view(lambda: self.driver.command(BOB, "agenda", CHANNEL))
        self.driver.submit_view(BOB, view, {
            "kind": "case", "title": "Een bewoner weigert de dagbesteding",
            "text": "Mevrouw V. (84) wil sinds twee weken niet meer naar de dagbesteding. "
                    "Haar dochter dringt aan; het team twijfelt of we moeten aandringen."})
        with self.stack.bot.db.session() as session:
            meeting = session.get(Meeting, self.first_session)
            assert meeting is not None
            start = as_utc(meeting.starts_at)
        self.skip_to(start, "demo.step.intervision")
        listed = self.driver.command(FIEN, "intervisie", CHANNEL).json
        self.show(FIEN, render_message(listed, self.twin.user_name), where=self.ephemeral(FIEN))
        start_id = f"{ids.INTERVISION_START}:incident"
        roles = self.opened_view(lambda: self.driver.click(
            FIEN, start_id, message=listed, channel_id=CHANNEL))
        self.show(FIEN, render_view(roles, self.twin.user_name),
                  where=t("demo.modal", self.lang))
        self.driver.submit_view(FIEN, roles, {"timekeeper": ANN})
        root = self.wait_for_thread(0)
        self.step("demo.step.intervision_phases")
        # (who adds what in which phase): a question from Ann, advice from Carla.
        extra = {2: (ANN, ids.INTERVISION_QUESTION,
                     "Wat zegt mevrouw V. zelf over waarom ze niet meer wil?"),
                 4: (CARLA, ids.INTERVISION_ADVICE,
                     "Vraag haar wat ze vroeger graag deed en begin daar: een keer mee "
                     "als vrijwilliger in plaats van als bezoeker.")}
        for number in range(1, 6):
            phase = self.wait_for_thread(number)
            if number in extra:
                user, action, text = extra[number]
                form = self.opened_view(lambda u=user, a=action, m=phase: self.driver.click(
                    u, a, message=m, channel_id=CHANNEL))
                self.driver.submit_view(user, form, {"text": text})
                self.wait_for_thread_text(root, text[:20])
            if number == 5:
                self.step("demo.step.intervision_takeaway")
                form = self.opened_view(lambda m=phase: self.driver.click(
                    BOB, ids.INTERVISION_TAKEAWAY, message=m, channel_id=CHANNEL))
                self.show(BOB, render_view(form, self.twin.user_name),
                          where=t("demo.modal", self.lang))
                self.driver.submit_view(BOB, form, {
                    "takeaway": "Ik vraag haar volgende week wat ze vroeger graag deed.",
                    "share": ["yes"]})
                self.wait_for_thread_text(root, "vroeger graag deed.")
            self.driver.click(FIEN, ids.INTERVISION_NEXT, message=phase, channel_id=CHANNEL)
        self.wait_for_thread(6)
        for message in [root] + self.thread(root):
            self.show(None, render_message(message, self.twin.user_name),
                      where=self.in_channel())

    def thread(self, root: dict) -> list[dict]:
        return [m for m in self.twin.messages(CHANNEL) if m.get("thread_ts") == root["ts"]]

    def wait_for_thread(self, number: int) -> dict:
        """The case's message (0), or the message of phase `number` in its thread; 6: the
        case's message once the run has ended."""
        deadline = time.monotonic() + DRAIN_TIMEOUT
        while True:
            roots = [m for m in self.twin.messages(CHANNEL) if not m.get("thread_ts")
                     and any(e.get("action_id") == ids.INTERVISION_NEXT or "Intervisie" in
                             m["text"] for b in m.get("blocks") or [] if b["type"] == "actions"
                             for e in b["elements"]) or "Intervisie:" in m["text"]]
            if roots and number == 0:
                return roots[-1]
            if roots and number == 6 and self.run_finished():
                return roots[-1]
            if roots and 0 < number < 6:
                found = [m for m in self.thread(roots[-1])
                         if m["text"].startswith((f"Fase {number}:", f"Phase {number}:"))]
                if found:
                    return found[-1]
            assert time.monotonic() < deadline, f"intervision phase {number} not posted"
            time.sleep(0.05)

    def wait_for_thread_text(self, root: dict, text: str) -> None:
        deadline = time.monotonic() + DRAIN_TIMEOUT
        while not any(text in m["text"] for m in self.thread(root)):
            assert time.monotonic() < deadline, f"no {text!r} in the case's thread"
            time.sleep(0.05)

    def run_finished(self) -> bool:
        with self.stack.bot.db.session() as session:
            return session.exec(select(Intervision.id).where(
                col(Intervision.finished_at).is_not(None))).first() is not None

    def session_and_attendance(self) -> None:
        with self.stack.bot.db.session() as session:
            meeting = session.get(Meeting, self.first_session)
            assert meeting is not None
            end = as_utc(meeting.starts_at) + timedelta(minutes=meeting.duration_minutes)
        self.skip_to(end, "demo.step.session")
        self.step("demo.step.attendance")
        response = self.driver.command(FIEN, "bijeenkomsten", CHANNEL)
        listed = response.json
        self.show(FIEN, render_message(listed, self.twin.user_name), where=self.ephemeral(FIEN))
        block = next(b for b in listed["blocks"] if b["type"] == "actions"
                     and b["block_id"].endswith(f":{self.first_session}")
                     and any(e.get("action_id") == ids.SESSION_ATTENDANCE
                             for e in b["elements"]))
        view = self.opened_view(lambda: self.driver.click(
            FIEN, ids.SESSION_ATTENDANCE, message=listed, channel_id=CHANNEL,
            block_id=block["block_id"]))
        self.show(FIEN, render_view(view, self.twin.user_name), where=t("demo.modal", self.lang))
        response = self.driver.submit_view(FIEN, view, {
            f"{ids.PRESENT_PREFIX}0": [FIEN, ANN, BOB, CARLA]})
        self.show(FIEN, render_view(response.json["view"], self.twin.user_name),
                  where=t("demo.modal", self.lang))

    def evaluation(self) -> None:
        self.skip_to(self.next_due(DeliveryKind.EVALUATION), "demo.step.evaluation")
        self.show_dm(BOB, button=ids.EVALUATION_OPEN)
        view = self.open_from_dm(BOB, ids.EVALUATION_OPEN)
        self.show(BOB, render_view(view), where=t("demo.modal", self.lang))
        self.step("demo.step.evaluation_answers")
        by = (self.clock() + timedelta(days=21)).astimezone(self.tz).date().isoformat()
        answers = {
            BOB: {"keep": "De casus in kleine groep", "change": "Meer tijd voor de casus"},
            ANN: {"keep": "The mix of organisations", "apply_text":
                  "Mantelzorgers uitnodigen op het eerste overleg", "apply_by": by},
            CARLA: {"change": "Een bedrijfsbezoek"},
            FIEN: {"keep": "Iedereen bracht iets mee"},
        }
        for user, values in answers.items():
            view = self.open_from_dm(user, ids.EVALUATION_OPEN)
            scales = {"relevance": "4", "learning": "5", "facilitation": "4", "atmosphere": "5"}
            response = self.driver.submit_view(user, view, {**scales, **values})
            if user == ANN:
                self.show(ANN, render_view(response.json["view"]),
                          where=t("demo.modal", self.lang))

    def report(self) -> None:
        self.step("demo.step.report")
        view = self.opened_view(lambda: self.driver.command(FIEN, "verslag", CHANNEL))
        due = (self.clock() + timedelta(days=10)).astimezone(self.tz).date().isoformat()
        self.driver.submit_view(FIEN, view, {
            "summary": "We bespraken de casus van Bob: mantelzorgers vroeg betrekken.",
            "insights": "Een vaste contactpersoon per familie werkt.",
            "decisions": "Volgende keer een bedrijfsbezoek bij Thuiszorg Oost.",
            "links": "", "item_text_0": "Draaiboek mantelzorggesprek delen",
            "item_owner_0": BOB, "item_due_0": due,
        })
        self.twin.wait_for("chat.postMessage", lambda c: c.args.get("channel") == CHANNEL
                           and c.args.get("text", "").startswith("Verslag van"))
        self.show_channel(last_only=True)

    def results(self) -> None:
        mark = self.mark(FIEN)
        self.skip_to(self.next_due(DeliveryKind.EVALUATION_CLOSE), "demo.step.results")
        self.show_new(FIEN, mark)

    def library_and_digest(self) -> None:
        """Bob shares what worked, Fien finds it, and the week's digest tells the channel."""
        self.step("demo.step.share")
        view = self.opened_view(lambda: self.driver.command(BOB, "deel", CHANNEL))
        shared = self.driver.submit_view(BOB, view, {
            "kind": "best_practice", "title": "Eén mentor per stagiair",
            "text": "Stagiairs met één vaste *mentor* leren sneller dan in een groep.",
            "new_themes": "stage, mentoring", "visibility": "network", "language": "nl",
        })
        self.show(BOB, render_view(shared.json["view"]), where=t("demo.modal", self.lang))
        self.step("demo.step.search")
        response = self.driver.command(FIEN, "kennis mentoren", CHANNEL)
        self.show(FIEN, render_message(response.json, self.twin.user_name),
                  where=self.ephemeral(FIEN))
        self.skip_to(self.next_due(DeliveryKind.DIGEST), "demo.step.digest")
        digest = [m for m in self.twin.messages(CHANNEL)
                  if str(((m.get("metadata") or {}).get("event_payload") or {}).get(
                      "delivery", "")).startswith("digest:")][-1]
        self.show(None, render_message(digest, self.twin.user_name), where=self.in_channel())
        self.step("demo.step.action_reminder")
        reminder = [m for m in self.dms(BOB) if _button(m, ids.ACTION_DONE)][-1]
        self.show(BOB, render_message(reminder, self.twin.user_name),
                  where=t("demo.dm", self.lang))
        before = len(self.twin.calls_to("response_url"))
        self.driver.click(BOB, _button(reminder, ids.ACTION_DONE), message=reminder,
                          channel_id=self.twin.dm_channel(BOB))
        answer = self.twin.wait_for("response_url", count=before + 1)[-1].args
        self.show(BOB, render_message(answer, self.twin.user_name),
                  where=t("demo.dm", self.lang))

    def apply_at_work(self) -> None:
        self.skip_to(self.next_due(DeliveryKind.APPLY_FOLLOWUP), "demo.step.apply")
        self.show_dm(ANN, button=ids.APPLY_OPEN)
        self.step("demo.step.apply_answer")
        view = self.open_from_dm(ANN, ids.APPLY_OPEN)
        mark = self.mark(FIEN)
        self.driver.submit_view(ANN, view, {
            "outcome": "partly", "result": "Two families came to the first meeting",
            "obstacle": "Not every team has time for it"})
        self.wait_for_dm(FIEN, "toepassen op het werk")
        self.show_new(FIEN, mark)

    # --- eindfase -----------------------------------------------------------------------------

    def start_closing(self) -> None:
        self.step("demo.step.close")
        question = self.driver.command(FIEN, "afsluiten", CHANNEL)
        self.show(FIEN, render_message(question.json, self.twin.user_name),
                  where=self.ephemeral(FIEN))
        self.step("demo.step.close_confirm")
        before = len(self.twin.calls_to("response_url"))
        self.driver.click(FIEN, ids.CLOSE_CONFIRM, message=question.json, channel_id=CHANNEL)
        done = self.twin.wait_for("response_url", count=before + 1)[-1].args
        self.show(FIEN, render_message(done, self.twin.user_name), where=self.ephemeral(FIEN))
        self.drain()
        self.show_channel(last_only=True)

    def final_evaluation(self) -> None:
        self.step("demo.step.final")
        for user in (ANN, BOB, CARLA, FIEN):
            self.wait_for_dm(user, button=ids.FINAL_OPEN)
        self.show_dm(BOB, button=ids.FINAL_OPEN)
        view = self.open_from_dm(BOB, ids.FINAL_OPEN)
        self.show(BOB, render_view(view), where=t("demo.modal", self.lang))
        self.step("demo.step.final_answers")
        answers = {
            BOB: {"went_well": "De casussen uit de praktijk", "lq0": "partly",
                  "lqc0": "Het draaiboek helpt al", "join_again": "yes",
                  "form:intervision": "more"},
            ANN: {"went_well": "Learning from other organisations", "lq0": "fully",
                  "join_again": "yes", "form:intervision": "same",
                  "applied": "Families at the first meeting"},
            CARLA: {"suggestions": "Vaker een bedrijfsbezoek", "lq0": "fully",
                    "join_again": "maybe", "form:intervision": "more"},
            FIEN: {"went_well": "De open sfeer", "join_again": "yes",
                   "form:intervision": "more"},
        }
        for user, values in answers.items():
            form = view if user == BOB else self.open_from_dm(user, ids.FINAL_OPEN)
            response = self.driver.submit_view(user, form, values)
            if user == BOB:
                self.show(BOB, render_view(response.json["view"]),
                          where=t("demo.modal", self.lang))
        self.step("demo.step.final_status")
        response = self.driver.command(FIEN, "afsluiten stand", CHANNEL)
        self.show(FIEN, render_message(response.json or {"text": response.body},
                                       self.twin.user_name), where=self.ephemeral(FIEN))
        posted = len(self.twin.messages(CHANNEL))
        self.skip_to(self.next_due(DeliveryKind.FINAL_EVALUATION_CLOSE), "demo.step.final_close")
        for message in self.twin.messages(CHANNEL)[posted:]:
            self.show(None, render_message(message, self.twin.user_name),
                      where=self.in_channel())

    def closing_report(self) -> None:
        """The closing report with its charts, the script's last step: Fien writes her closing
        words from the close DM; the report is posted with its charts, DMed to every member
        and kept in the library. The charts are saved where the reader can open them."""
        self.step("demo.step.closing_report")
        results = MESSAGES["final.results.text"]["nl"].split("{")[0]  # the network's language
        self.wait_for_dm(FIEN, results)
        self.show_dm(FIEN, starts=(results,))
        view = self.open_from_dm(FIEN, ids.CLOSING_REPORT_WRITE)
        self.show(FIEN, render_view(view), where=t("demo.modal", self.lang))
        self.driver.submit_view(FIEN, view, {"words": (
            "Dank aan iedereen voor twaalf maanden openheid. Neem de casusmethode mee naar je "
            "eigen team, en laat van je horen in het volgende netwerk.")})
        self.step("demo.step.closing_report_out")
        deadline = time.monotonic() + DRAIN_TIMEOUT
        while not self.twin.files(CHANNEL) or not self.report_sent():
            assert time.monotonic() < deadline, "the closing report did not go out"
            time.sleep(0.05)
        report = next(m for m in reversed(self.twin.messages(CHANNEL))
                      if (m.get("blocks") or [{}])[0].get("type") == "header")
        self.show(None, render_message(report, self.twin.user_name), where=self.in_channel())
        folder = Path(tempfile.gettempdir()) / "leernet-demo-charts"
        folder.mkdir(exist_ok=True)
        saved = []
        for shared in self.twin.files(CHANNEL):
            path = folder / shared["name"]
            path.write_bytes(shared["content"])
            saved.append(f"{shared['title']}: {path}")
        self.show(None, "\n".join(saved), where=self.in_channel())
        self.show_dm(BOB, contains=report["text"][:20])

    def report_sent(self) -> bool:
        with self.stack.bot.db.session() as session:
            return session.exec(select(Delivery.id).where(
                Delivery.kind == DeliveryKind.CLOSING_REPORT,
                Delivery.status == DeliveryStatus.SENT)).first() is not None

    # --- time ---------------------------------------------------------------------------------

    def next_due(self, kind: DeliveryKind) -> datetime:
        """When the next pending delivery of `kind` is due."""
        with self.stack.bot.db.session() as session:
            run_at = session.exec(select(Delivery.run_at).where(
                Delivery.kind == kind, Delivery.status == DeliveryStatus.PENDING).order_by(
                col(Delivery.run_at))).first()
        assert run_at is not None, f"nothing of kind {kind} is planned"
        return as_utc(run_at)

    def skip_to(self, moment: datetime, key: str) -> None:
        """Move the bot's clock to `moment` (and a second), one due delivery after the other,
        letting the real scheduler send each; then say where we are."""
        target = moment + timedelta(seconds=1)
        while True:
            with self.stack.bot.db.session() as session:
                due = session.exec(select(Delivery.run_at).where(
                    Delivery.status == DeliveryStatus.PENDING,
                    col(Delivery.run_at) <= target).order_by(col(Delivery.run_at))).first()
            step = min(as_utc(due), target) if due is not None else target
            self.clock.set(step)
            self.drain()
            if step >= target:
                break
        self.step(key, when=format_when(self.clock(), self.stack.settings.timezone, self.lang))

    def drain(self) -> None:
        """Wake the scheduler and wait until nothing due is left to send: also what Slack
        asked to send a little later (a 429's Retry-After, in seconds of the wall clock)."""
        self.stack.bot.scheduler.notify(datetime.now(UTC))
        deadline = time.monotonic() + DRAIN_TIMEOUT
        while True:
            now = self.clock()
            with self.stack.bot.db.session() as session:
                busy = session.exec(select(Delivery.id).where(
                    (col(Delivery.status) == DeliveryStatus.SENDING)
                    | ((col(Delivery.status) == DeliveryStatus.PENDING)
                       & ((col(Delivery.run_at) <= now)
                          | (col(Delivery.last_error).is_not(None)
                             & (col(Delivery.run_at) <= now + RETRY_WINDOW)))))).first()
            if busy is None:
                return
            if time.monotonic() > deadline:
                raise AssertionError("the scheduler did not send what was due")
            time.sleep(0.05)

    def day(self, day: date) -> str:
        from bot.text import format_day

        return format_day(day, self.lang)

    # --- Slack surfaces -----------------------------------------------------------------------

    def opened_view(self, action: Callable[[], Any]) -> dict:
        before = len(self.twin.calls_to("views.open"))
        action()
        return self.twin.wait_for("views.open", count=before + 1)[-1].response["view"]

    def open_from_dm(self, user: str, action_id: str) -> dict:
        """Click the newest DM button `action_id` of `user`; the modal it opened."""
        message = self.dm(user, button=action_id)
        return self.opened_view(lambda: self.driver.click(
            user, action_id, message=message, channel_id=self.twin.dm_channel(user)))

    def dms(self, user: str) -> list[dict]:
        channel = self.twin.dm_channel(user)
        return self.twin.messages(channel) if channel else []

    def dm(self, user: str, starts: tuple[str, ...] = (), contains: str = "",
           button: str = "") -> dict:
        """The latest DM to `user` starting with one of `starts`, containing `contains` or
        carrying the button `button`."""
        return [m for m in self.dms(user) if _matches(m, starts, contains, button)][-1]

    def wait_for_dm(self, user: str, contains: str = "", button: str = "") -> None:
        deadline = time.monotonic() + DRAIN_TIMEOUT
        while not any(_matches(m, (), contains, button) for m in self.dms(user)):
            assert time.monotonic() < deadline, f"no DM to {user} with {contains or button}"
            time.sleep(0.05)

    def mark(self, user: str) -> int:
        return len(self.dms(user))

    def show_new(self, user: str, mark: int) -> None:
        """Every DM `user` got since `mark`."""
        for message in self.dms(user)[mark:]:
            self.show(user, render_message(message, self.twin.user_name),
                      where=t("demo.dm", self.lang))

    def show_dm(self, user: str, starts: tuple[str, ...] = (), contains: str = "",
                button: str = "") -> None:
        message = self.dm(user, starts, contains, button)
        self.show(user, render_message(message, self.twin.user_name),
                  where=t("demo.dm", self.lang))

    def show_channel(self, last_only: bool = False) -> None:
        messages = self.twin.messages(CHANNEL)
        for message in messages[-1:] if last_only else messages:
            self.show(None, render_message(message, self.twin.user_name),
                      where=self.in_channel())

    def in_channel(self) -> str:
        return t("demo.channel", self.lang, channel=CHANNEL_NAME)

    def ephemeral(self, user: str) -> str:
        return t("demo.ephemeral", self.lang, channel=CHANNEL_NAME,
                 who=PEOPLE[user].split(" ")[0])

    # --- printing -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def silenced(self, quiet: bool) -> Iterator[None]:
        """Play without printing (`--phase` sets up the earlier phases this way)."""
        if not quiet:
            yield
            return
        self.quiet = True
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                yield
        finally:
            self.quiet = False

    def show(self, user: str | None, text: str, where: str = "") -> None:
        who = PEOPLE[user] if user else t("demo.everyone", self.lang)
        print(f"\n  ┌─ {t('demo.sees', self.lang, who=who)} {where}".rstrip())
        for line in text.strip().splitlines():
            print(f"  │ {line}")
        print("  └─")

    def phase(self, name: Phase) -> None:
        title = t(f"demo.phase.{name}", self.lang)
        if self.quiet:  # the heading still shows on the terminal: the demo is at work
            print(t("demo.quietly", self.lang, phase=title), file=self.out, flush=True)
            return
        print(f"\n\n{'═' * 72}\n  {title.upper()}: {t(f'demo.phase.{name}.what', self.lang)}"
              f"\n{'═' * 72}", flush=True)

    def step(self, key: str, **values: object) -> None:
        if not self.quiet and self.pause:
            time.sleep(self.pause)
        print(f"\n▶ {t(key, self.lang, **values)}", flush=True)

    def say(self, key: str, **values: object) -> None:
        print(t(key, self.lang, **values), flush=True)


def _matches(message: dict, starts: tuple[str, ...], contains: str, button: str) -> bool:
    if starts and not message["text"].startswith(starts):
        return False
    if contains and contains not in message["text"]:
        return False
    if button:
        return any(e.get("action_id") == button for b in message.get("blocks") or []
                   if b["type"] == "actions" for e in b["elements"])
    return True


def _button(message: dict, prefix: str) -> str:
    """The action id of the message's first button whose id starts with `prefix` ('')."""
    return next((e["action_id"] for b in message.get("blocks") or [] if b["type"] == "actions"
                 for e in b["elements"] if e.get("action_id", "").startswith(prefix)), "")
