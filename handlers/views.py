"""Modal submissions: validate in the domain, show field errors, or store and announce."""

import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import DEFAULT_LANG
from bot.domain import kickoff, meetings, networks
from bot.domain.errors import DomainError, FieldErrors
from bot.domain.schedule import Cadence
from handlers import ids
from handlers.blocks import announcement_message, charter_message
from handlers.deps import Deps
from handlers.errors import message_for, modal_errors
from handlers.home import refresh_network_homes
from handlers.messaging import post_or_refuse
from handlers.metadata import NetworkModalMeta, PlanModalMeta
from handlers.sessions_blocks import series_announcement
from handlers.values import submitted_choices, submitted_values
from storage.models import DeliveryKind, Network

log = logging.getLogger(__name__)


def _team_id(body: dict) -> str:
    return body.get("team", {}).get("id") or body["view"]["team_id"]


class ViewHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_network_submit(self, ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = self.deps.locales.lang(client, user_id)
        meta = NetworkModalMeta.loads(view["private_metadata"])
        draft = networks.NetworkDraft(**{
            field: submitted_values(view).get(field) or "" for field in ids.NETWORK_FIELDS
        })
        try:
            # The charter is posted inside the transaction: if Slack refuses it, nothing is
            # stored, and the facilitator sees why in the still-open modal.
            with self.deps.db.session() as session:
                network = networks.create_network(
                    session, draft, team_id=_team_id(body), channel_id=meta.channel_id,
                    user_id=user_id, settings=self.deps.settings)
                text, blocks = charter_message(network, DEFAULT_LANG)
                post_or_refuse(client, meta.channel_id, text, blocks)
        except FieldErrors as error:
            ack(response_action="errors", errors=modal_errors(error, lang))
            return
        except DomainError as error:
            ack(response_action="errors", errors={"name": message_for(error, lang)})
            return
        ack()

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


def register(app: App, deps: Deps) -> None:
    handlers = ViewHandlers(deps)
    app.view(ids.NETWORK_MODAL)(handlers.on_network_submit)
    app.view(ids.PLAN_MODAL)(handlers.on_plan_submit)
