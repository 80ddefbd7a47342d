"""`/leernet plan` (and the Home tab's plan button): the plan modal, and planning one session
or a series with its reminders and the announcement in the channel."""

import logging

from slack_sdk.errors import SlackApiError

from bot.domain import kickoff
from bot.domain.languages import of_network
from bot.domain.meetings import MeetingDraft, SeriesDraft
from handlers.home.publish import refresh_network_homes
from handlers.planning.blocks import announcement_message, plan_modal
from handlers.sessions.blocks import series_announcement
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.metadata import PlanModalMeta
from handlers.slack.turn import Turn

log = logging.getLogger(__name__)


class PlanningHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.services = listen.deps.services

    def plan(self, call: Turn) -> None:
        # Nothing but the acknowledgement before it, so a burst of commands acks as fast as a
        # bare app (P1); a refusal (not a facilitator, no network here) goes by response_url.
        call.ack()
        form = self.services.planning.form_in_channel(call.team_id, call.channel_id,
                                                      call.user_id)
        call.open_modal(plan_modal(call.lang, form))

    def on_home_plan(self, turn: Turn) -> None:
        form = self.services.planning.form_for(turn.action_id_value(), turn.user_id)
        turn.open_modal(plan_modal(turn.lang, form))

    def on_submit(self, turn: Turn) -> None:
        values = turn.values()
        values["agenda"] = kickoff.agenda_with_topics(values.get("agenda"),
                                                      turn.choices().get("topics", []))
        draft = MeetingDraft(**{field: values.get(field) for field in ids.PLAN_FIELDS},
                             host=values.get("host"), host_other=values.get("host_other"))
        series = SeriesDraft(**{field: values.get(field) for field in ids.SERIES_FIELDS})
        planned = self.services.planning.plan(turn.meta(PlanModalMeta).network_id,
                                              turn.user_id, draft, series)
        turn.ack()
        network = planned.network
        if len(planned.meetings) > 1:  # a series is announced once, with all its dates
            text, blocks = series_announcement(network, planned.meetings, of_network(network))
        else:
            text, blocks = announcement_message(network, planned.meetings[0],
                                                planned.reminder_times, of_network(network))
        try:
            turn.client.chat_postMessage(channel=network.channel_id, text=text, blocks=blocks)
        except SlackApiError as exc:
            # The session is planned either way; the announcement is a courtesy.
            log.warning("could not announce the sessions of network %s: %s", network.id,
                        exc.response.get("error"))
        refresh_network_homes(turn.client, self.deps, network.id)


def register(listen: Listen) -> None:
    handlers = PlanningHandlers(listen)
    listen.command(("plan", "plannen"), "help.plan")(handlers.plan)
    listen.view(ids.PLAN_MODAL, error_field="date")(handlers.on_submit)
    listen.action(ids.HOME_PLAN)(handlers.on_home_plan)
