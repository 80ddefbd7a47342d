"""`leernet demo`: a scripted network played by the real bot against the local Slack twin.

Everything goes through the same stack as in production: signed HTTP requests into the bot,
the real database and scheduler, and Web API calls answered by the twin. What each person
would see in Slack is printed as text.
"""

import tempfile
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from bot.catalog import Lang, t
from bot.durations import format_duration
from slack_twin import render_message, render_view
from slack_twin.local_stack import LocalStack
from storage.models import Delivery, DeliveryKind, DeliveryStatus, Network

FIEN, ANN, BOB = "UFIEN001", "UANN0001", "UBOB0001"
# Carla works for another organisation: her own workspace (without the app) is connected to
# the network's channel over Slack Connect, and her Slack runs in English.
CARLA, OOST, OOST_NAME = "UCARLA01", "T0OOST", "Thuiszorg Oost"
CHANNEL, CHANNEL_NAME = "CGENT001", "leernet-gent"
PEOPLE = {FIEN: "Fien (facilitator)", ANN: "Ann", BOB: "Bob", CARLA: f"Carla ({OOST_NAME})"}


def run_demo(fast: bool = False, lang: Lang = "nl") -> int:
    reminder_wait = 4 if fast else 10
    with tempfile.TemporaryDirectory(prefix="leernet-demo-") as folder:
        # A session a few whole minutes from now; its reminder is set when it is planned, to
        # go out `reminder_wait` s later, however long the script took to get there.
        starts_at = (datetime.now(UTC) + timedelta(minutes=1)).replace(second=0, microsecond=0)
        starts_at += timedelta(minutes=3)
        stack = LocalStack(f"sqlite:///{folder}/leernet.db",
                           reminder_offsets=(timedelta(minutes=1),))
        with stack:
            Demo(stack, lang).play(folder, starts_at, reminder_wait)
    return 0


class Demo:
    def __init__(self, stack: LocalStack, lang: Lang) -> None:
        self.stack, self.twin, self.driver, self.lang = stack, stack.twin, stack.driver, lang
        self.twin.add_user(FIEN, "fien", real_name="Fien Facilitator")
        self.twin.add_user(ANN, "ann", real_name="Ann Anderson", locale="en-GB")
        self.twin.add_user(BOB, "bob", real_name="Bob Peeters")
        self.twin.add_user(CARLA, "carla", real_name="Carla Claes", locale="en-US",
                           team_id=OOST)
        self.twin.add_channel(CHANNEL, CHANNEL_NAME, members=list(PEOPLE),
                              shared_team_ids=[OOST])

    def play(self, folder: str, starts_at: datetime, reminder_wait: int) -> None:
        self.say("demo.intro", folder=folder, url=self.stack.url)

        self.step("demo.step.help")
        response = self.driver.command(FIEN, "help", CHANNEL)
        self.show(FIEN, render_message(response.json), where=t("demo.channel", self.lang,
                                                              channel=CHANNEL_NAME))

        self.step("demo.step.language")
        response = self.driver.command(ANN, "language en", CHANNEL)
        self.show(ANN, response.body, where=t("demo.channel", self.lang, channel=CHANNEL_NAME))

        self.step("demo.step.new")
        view = self.opened_view(lambda: self.driver.command(FIEN, "nieuw", CHANNEL))
        self.show(FIEN, render_view(view))
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
        self.show(FIEN, render_view(outcome[-1].args["view"]))
        self.show_channel()

        self.step("demo.step.connect", organisation=OOST_NAME, channel=CHANNEL_NAME)
        self.say("demo.network_language", locale=self.twin.user_locale(CARLA))

        self.step("demo.step.members")
        self.driver.command(FIEN, f"uitnodigen <@{ANN}|ann> <@{BOB}|bob> <@{CARLA}|carla>",
                            CHANNEL)
        answer = self.twin.wait_for("response_url")[-1].args
        self.show(FIEN, render_message(answer, self.twin.user_name))
        self.twin.wait_for("chat.postMessage", lambda c: "Welkom" in c.args.get("text", ""))
        self.show_dm(BOB, starts=("Welkom",))

        self.step("demo.step.kickoff")
        self.twin.wait_for("chat.postMessage", lambda c: c.args.get("text", "").startswith(
            "Startbevraging") and c.args["channel"] == self.twin.dm_channel(BOB))
        self.show_dm(BOB, starts=("Startbevraging",))
        invitation = [m for m in self.twin.messages(self.twin.dm_channel(BOB))
                      if m["text"].startswith("Startbevraging")][-1]
        view = self.opened_view(lambda: self.driver.click(
            BOB, "kickoff_open", message=invitation, channel_id=self.twin.dm_channel(BOB)))
        self.driver.submit_view(BOB, view, {
            "organisation": "Thuiszorg Gent", "job_role": "Teamcoach",
            "expertise": "Mantelzorgondersteuning", "brings": "Twintig jaar thuiszorg",
            "learning_questions": "Hoe betrekken we mantelzorgers vroeger?",
            "preferred_forms": ["intervision", "company_visit"], "consent_intro": ["yes"],
        })
        self.twin.wait_for("chat.postMessage", lambda c: c.args.get("channel") == CHANNEL,
                           count=2)
        self.show_channel(last_only=True)

        self.step("demo.step.plan")
        view = self.opened_view(lambda: self.driver.command(FIEN, "plan", CHANNEL))
        self.show(FIEN, render_view(view))
        local = starts_at.astimezone(ZoneInfo(self.stack.settings.timezone))
        reminder_at = datetime.now(UTC) + timedelta(seconds=reminder_wait)
        self.remind_before(starts_at - reminder_at)
        self.step("demo.step.plan_submit", time=local.strftime("%H:%M"),
                  reminder=reminder_at.astimezone(local.tzinfo).strftime("%H:%M:%S"))
        self.driver.submit_view(FIEN, view, {
            "date": local.date().isoformat(), "time": local.strftime("%H:%M"),
            "location": "WZC De Vijvers, Gent", "learning_form": "intervision",
            "agenda": "Kennismaking, verwachtingen, een eerste casus",
        })
        self.twin.wait_for("chat.postMessage", lambda c: c.args.get("channel") == CHANNEL
                           and c.args.get("text", "").startswith("Nieuwe bijeenkomst"))
        self.show_channel(last_only=True)

        self.step("demo.step.wait", seconds=reminder_wait)
        self.twin.wait_for("chat.postMessage", lambda c: c.args["channel"].startswith("D")
                           and c.args["text"].startswith(("Herinnering", "Reminder")),
                           count=len(PEOPLE), timeout=reminder_wait + 30)
        for user in PEOPLE:
            self.show_dm(user)

        self.step("demo.step.answer")
        answers = ((ANN, "rsvp_yes"), (BOB, "rsvp_no"), (CARLA, "rsvp_yes"))
        for user, action in answers:
            dm = self.twin.dm_channel(user)
            self.driver.click(user, action, message=self.twin.messages(dm)[-1], channel_id=dm)
        self.twin.wait_for("chat.update", count=len(answers))
        for user, _ in answers:
            self.show_dm(user)

        self.step("demo.step.home")
        self.driver.event({"type": "app_home_opened", "user": ANN, "tab": "home",
                           "channel": self.twin.dm_channel(ANN)})
        self.twin.wait_for("views.publish", lambda c: c.args["user_id"] == ANN)
        time.sleep(0.2)  # the RSVP's own Home refresh may still be landing
        self.show(ANN, render_view(self.twin.home(ANN)))

        self.step("demo.step.sessions")
        response = self.driver.command(FIEN, "bijeenkomsten", CHANNEL)
        self.show(FIEN, render_message(response.json, self.twin.user_name))
        self.library_and_digest()
        self.say("demo.done")

    def library_and_digest(self) -> None:
        """Bob shares what worked, Ann finds it, and the week's digest tells the channel."""
        self.step("demo.step.share")
        view = self.opened_view(lambda: self.driver.command(BOB, "deel", CHANNEL))
        shared = self.driver.submit_view(BOB, view, {
            "kind": "best_practice", "title": "Eén mentor per stagiair",
            "text": "Stagiairs met één vaste *mentor* leren sneller dan in een groep.",
            "new_themes": "stage, mentoring", "visibility": "network", "language": "nl",
        })
        self.show(BOB, render_view(shared.json["view"]))
        self.step("demo.step.search")
        response = self.driver.command(FIEN, "kennis mentoren", CHANNEL)
        self.show(FIEN, render_message(response.json, self.twin.user_name),
                  where=t("demo.channel", self.lang, channel=CHANNEL_NAME))
        self.step("demo.step.digest")
        with self.stack.bot.db.session() as session:
            (digest_id,) = session.exec(select(Delivery.id).where(
                Delivery.kind == DeliveryKind.DIGEST,
                Delivery.status == DeliveryStatus.PENDING)).all()
        self.stack.bot.dispatcher.run_one(digest_id)
        self.show_channel(last_only=True)

    # --- helpers ---------------------------------------------------------------------------

    def remind_before(self, before: timedelta) -> None:
        """The demo's one shortcut past Slack: the network's reminder goes out `before` its
        sessions (rounded down to a second, so a little later), as if set so at `nieuw`."""
        with self.stack.bot.db.session() as session:
            network = session.exec(select(Network)).one()
            network.reminder_offsets = format_duration(
                timedelta(seconds=int(before.total_seconds())))
            session.add(network)

    def opened_view(self, action) -> dict:
        before = len(self.twin.calls_to("views.open"))
        action()
        return self.twin.wait_for("views.open", count=before + 1)[-1].response["view"]

    def show_channel(self, last_only: bool = False) -> None:
        messages = self.twin.messages(CHANNEL)
        for message in messages[-1:] if last_only else messages:
            self.show(None, render_message(message, self.twin.user_name),
                      where=t("demo.channel", self.lang, channel=CHANNEL_NAME))

    def show_dm(self, user: str, starts: tuple[str, ...] = ("Herinnering", "Reminder")) -> None:
        """The latest DM to `user` whose text starts with one of `starts`."""
        message = [m for m in self.twin.messages(self.twin.dm_channel(user))
                   if m["text"].startswith(starts)][-1]
        self.show(user, render_message(message, self.twin.user_name),
                  where=t("demo.dm", self.lang))

    def show(self, user: str | None, text: str, where: str = "") -> None:
        who = PEOPLE[user] if user else t("demo.everyone", self.lang)
        print(f"\n  ┌─ {t('demo.sees', self.lang, who=who)} {where}".rstrip())
        for line in text.strip().splitlines():
            print(f"  │ {line}")
        print("  └─")

    def step(self, key: str, **values: object) -> None:
        print(f"\n▶ {t(key, self.lang, **values)}", flush=True)

    def say(self, key: str, **values: object) -> None:
        print(t(key, self.lang, **values), flush=True)
