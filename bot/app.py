"""The app factory: one Bolt app, its database, its dispatcher and its scheduler, wired once."""

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from slack_bolt import App
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped

from bot.config import Settings
from bot.dispatch import Dispatcher
from bot.installations import InstallationStore, oauth_settings
from bot.logs import ContextThreadPool
from bot.metrics import Metrics
from bot.scheduler import DeliveryScheduler
from bot.services.core import Core
from bot.services.registry import Services
from bot.slack_client import make_client
from handlers.registry import delivery_senders, register_handlers
from handlers.slack.clients import SlackClients
from handlers.slack.deps import Deps
from handlers.slack.locale import Languages
from handlers.slack.messaging import FailureNotice
from storage.database import Database

log = logging.getLogger(__name__)

# Bolt runs every listener on this pool and answers Slack once the listener calls ack(); a
# listener waiting for a free thread acks late, and after 3 s Bolt answers 404. Clicks and
# events ack first, but their listener keeps its thread for the Slack calls after the ack
# (chat.update, a Home redraw: 2-5 s each when Slack is slow), so Bolt's default of 5 threads
# made 7 of 13 clicks late. We size the pool for a burst instead of moving the work after the
# ack to a queue of its own: the threads only wait on Slack (never inside a transaction, so
# they hold no database connection meanwhile), idle threads cost little, and a queue would
# delay the stored answer itself (a click is stored after its ack) and could lose it on a
# restart. 64 covers a burst of 50 clicks each waiting on two slow Slack calls; ThreadPool
# starts threads only as they are needed.
LISTENER_THREADS = 64


class _NoTokenWarning(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment by itself and, because we hand it a
    client, warns on every start that the token will be unused. That is the design: the
    template client has no token, `authorize` finds one per workspace."""

    _message = warning_client_prioritized_and_token_skipped()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != self._message


BOLT_LOGGER = logging.getLogger("slack_bolt")
BOLT_LOGGER.addFilter(_NoTokenWarning())


@dataclass
class Leernet:
    """Everything one running bot process owns."""

    settings: Settings
    db: Database
    clients: SlackClients
    app: App
    dispatcher: Dispatcher
    scheduler: DeliveryScheduler
    deps: Deps
    metrics: Metrics
    listeners: ThreadPoolExecutor  # Bolt's listener pool (see LISTENER_THREADS)

    def start_scheduler(self) -> None:
        # Networks older than the digests (migration 0014) get their first ones here; the
        # keys make a second process starting at the same time add nothing.
        self.deps.services.digests.ensure_planned()
        self.scheduler.start()

    def close(self) -> None:
        """Stop: the work listeners still do after their acknowledgement finishes first (it
        may be a message someone is waiting for), then the scheduler and the database."""
        self.listeners.shutdown(wait=True)
        self.scheduler.shutdown()
        self.db.dispose()


def create_app(settings: Settings, *, worker: str | None = None) -> Leernet:
    """One workspace with SLACK_BOT_TOKEN, or any number installed by OAuth with
    SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (bot.installations)."""
    settings.require_slack()
    db = Database(settings.database_url)
    metrics = Metrics(db)
    installations = (InstallationStore(settings.client_id, db.engine)
                     if settings.client_id else None)
    clients = SlackClients(settings, metrics, installations)
    core = Core(settings=settings, db=db)
    services = Services.build(core)
    deps = Deps(core=core, services=services,
                languages=Languages(services.languages, settings.language), clients=clients)
    dispatcher = Dispatcher(db, delivery_senders(deps), worker=worker,
                            on_failures=FailureNotice(deps).tell)
    scheduler = DeliveryScheduler(dispatcher, settings.sweep_interval)
    core.notify_scheduled = scheduler.notify
    # Each listener runs in a copy of the serving thread's context (its request id).
    listeners = ContextThreadPool(LISTENER_THREADS, thread_name_prefix="listener")

    def installed(enterprise_id: str | None, team_id: str | None) -> None:
        clients.installed(enterprise_id, team_id)
        if team_id:
            back = deps.services.installations.installed(team_id)
            log.info("workspace %s: %d deliveries resumed, %d dropped as too late", team_id,
                     back.resumed, back.dropped)

    oauth = (oauth_settings(settings, installations, db.engine, installed)
             if installations is not None else None)
    app = App(
        # A template without a token: Bolt copies it per request with the token `authorize`
        # found for the request's workspace.
        client=make_client(settings, metrics=metrics),
        authorize=clients.bolt_authorize(),
        signing_secret=settings.signing_secret,
        logger=BOLT_LOGGER,
        listener_executor=listeners,
        oauth_settings=oauth,
    )
    register_handlers(app, deps)
    return Leernet(settings, db, clients, app, dispatcher, scheduler, deps, metrics, listeners)
