"""The app factory: one Bolt app, its database, its dispatcher and its scheduler, wired once."""

import logging
from dataclasses import dataclass

from slack_bolt import App
from slack_sdk import WebClient

from bot.config import Settings
from bot.dispatch import Dispatcher
from bot.scheduler import DeliveryScheduler
from bot.slack_client import make_client
from handlers import register_handlers
from handlers.deliveries import senders
from handlers.deps import Deps
from handlers.locale import LocaleCache
from storage.database import Database

log = logging.getLogger(__name__)


@dataclass
class Leernet:
    """Everything one running bot process owns."""

    settings: Settings
    db: Database
    client: WebClient
    app: App
    dispatcher: Dispatcher
    scheduler: DeliveryScheduler
    deps: Deps

    def start_scheduler(self) -> None:
        self.scheduler.start()

    def close(self) -> None:
        self.scheduler.shutdown()
        self.db.dispose()


def create_app(settings: Settings, *, worker: str | None = None) -> Leernet:
    settings.require("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")
    db = Database(settings.database_url)
    client = make_client(settings)
    deps = Deps(settings=settings, db=db, locales=LocaleCache())
    dispatcher = Dispatcher(db, senders(deps, client), worker=worker)
    scheduler = DeliveryScheduler(dispatcher, settings.sweep_interval)
    deps.notify_scheduled = scheduler.notify
    app = App(
        client=client,
        signing_secret=settings.signing_secret,
        # The token is checked on the first call instead: start-up must not depend on Slack.
        token_verification_enabled=False,
        logger=logging.getLogger("slack_bolt"),
    )
    register_handlers(app, deps)
    return Leernet(settings, db, client, app, dispatcher, scheduler, deps)
