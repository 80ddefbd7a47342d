"""Events API callbacks."""

from slack_bolt import App
from slack_sdk import WebClient

from handlers.deps import Deps
from handlers.home import publish_home


class EventHandlers:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def on_app_home_opened(self, event: dict, body: dict, client: WebClient) -> None:
        # Re-publishing is idempotent, so Slack's retries of this event need no dedupe.
        if event.get("tab", "home") == "home":
            publish_home(client, self.deps, body["team_id"], event["user"])


def register(app: App, deps: Deps) -> None:
    app.event("app_home_opened")(EventHandlers(deps).on_app_home_opened)
