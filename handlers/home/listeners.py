"""The App Home tab: published whenever its owner opens it.

Its buttons belong to the features they act in (the members button to membership, the plan
button to planning, ...); whenever something changes for a person, that feature re-publishes
their Home through `handlers.home.publish`.
"""

from handlers.home.publish import publish_home
from handlers.slack.listen import Listen
from handlers.slack.turn import Turn


class HomeHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps

    def on_app_home_opened(self, turn: Turn) -> None:
        # Re-publishing is idempotent, so Slack's retries of this event need no dedupe.
        event = turn.body.get("event") or {}
        if event.get("tab", "home") == "home" and event.get("user"):
            publish_home(turn.client, self.deps, turn.team_id, str(event["user"]))


def register(listen: Listen) -> None:
    handlers = HomeHandlers(listen)
    listen.event("app_home_opened")(handlers.on_app_home_opened)
