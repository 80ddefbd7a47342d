"""`/leernet plan`: the plan modal (topics from the group, the host in turn, a series), and
planning the session(s) with their reminders and the announcement in the channel."""

import logging
from datetime import datetime

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlmodel import Session

from bot.catalog import DEFAULT_LANG, Lang
from bot.domain import kickoff, meetings, networks, planning, sessions
from bot.domain.errors import DomainError, FieldErrors
from bot.domain.schedule import Cadence
from handlers.home.publish import refresh_network_homes
from handlers.planning.blocks import announcement_message, plan_modal
from handlers.sessions.blocks import series_announcement
from handlers.slack import ids
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, modal_errors
from handlers.slack.metadata import PlanModalMeta
from handlers.slack.router import CommandRouter, Invocation
from handlers.slack.values import submitted_choices, submitted_values
from storage import networks as network_store
from storage.models import DeliveryKind, Network

log = logging.getLogger(__name__)


def plan_view(session: Session, network: Network, lang: Lang, now: datetime) -> dict:
    """The plan modal with what the group brought: topics, the host in turn, contributions."""
    return plan_modal(lang, network, now, planning.plan_topics(session, network),
                      meetings.host_choice(session, network),
                      sessions.next_contributions(session, network, now))


class PlanningHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def plan(self, call: Invocation) -> None:
        with self.deps.db.session() as session:
            network = network_store.network_in_channel(session, call.team_id, call.channel_id)
            networks.ensure_facilitator(session, network, call.user_id)
            view = plan_view(session, network, call.lang, self.deps.clock())
        call.ack()
        call.client.views_open(trigger_id=call.command["trigger_id"], view=view)

    def on_plan_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = PlanModalMeta.loads(view["private_metadata"])
        values = submitted_values(view)
        values["agenda"] = kickoff.agenda_with_topics(
            values.get("agenda"), submitted_choices(view).get("topics", []))
        draft = meetings.MeetingDraft(**{field: values.get(field) for field in ids.PLAN_FIELDS},
                                      host=values.get("host"), host_other=values.get("host_other"))
        series = meetings.SeriesDraft(**{field: values.get(field) for field in ids.SERIES_FIELDS})
        try:
            with self.deps.db.session() as session:
                network = session.get(Network, meta.network_id)
                if network is None:
                    raise DomainError("error.no_network")
                networks.ensure_facilitator(session, network, user_id)
                planned, deliveries = meetings.plan_series(
                    session, network, draft, series, user_id=user_id, now=self.deps.clock(),
                    cadence=Cadence.of(network, self.deps.settings))
                meeting = planned[0]
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"date": message_for(error, lang)})
            return
        ack()
        for delivery in deliveries:
            self.deps.notify_scheduled(delivery.run_at)
        if len(planned) > 1:  # a series is announced once, with all its dates
            text, blocks = series_announcement(network, planned, DEFAULT_LANG)
        else:
            text, blocks = announcement_message(
                network, meeting,
                [d.run_at for d in deliveries if d.kind == DeliveryKind.REMINDER], DEFAULT_LANG)
        try:
            client.chat_postMessage(channel=network.channel_id, text=text, blocks=blocks)
        except SlackApiError as exc:
            # The session is planned either way; the announcement is a courtesy.
            log.warning("could not announce meeting %s: %s", meeting.id, exc.response.get("error"))
        refresh_network_homes(client, self.deps, network.id)


def register(app: App, deps: Deps, router: CommandRouter) -> None:
    handlers = PlanningHandlers(deps)
    router.add(("plan", "plannen"), handlers.plan, "help.plan")
    app.view(ids.PLAN_MODAL)(handlers.on_plan_submit)
