"""A workspace uninstalling the app, or revoking its bot token: the installation goes, and
what Leernet still had to send there pauses (nothing is lost; a reinstall resumes it, see
bot.installations and bot.services.installations).

Slack sends both events for an uninstall (tokens_revoked, then app_uninstalled); handling one
twice changes nothing. Bolt calls these without authorizing (the token is gone already), so
they call no Slack method.
"""

import logging

from handlers.slack.listen import Listen
from handlers.slack.turn import Turn

log = logging.getLogger(__name__)


class InstallationHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps

    def on_app_uninstalled(self, turn: Turn) -> None:
        self._gone(turn, "uninstalled the app")

    def on_tokens_revoked(self, turn: Turn) -> None:
        tokens = (turn.body.get("event") or {}).get("tokens") or {}
        if tokens.get("bot"):  # user tokens alone: Leernet asks for none, nothing to do
            self._gone(turn, "revoked the bot token")

    def _gone(self, turn: Turn, what: str) -> None:
        if not self.deps.settings.distributed:
            log.warning("workspace %s %s: the configured SLACK_BOT_TOKEN no longer works",
                        turn.team_id, what)
            return
        # Paused first: once the installation is gone, nothing of the workspace is pending.
        paused = self.deps.services.installations.uninstalled(turn.team_id)
        self.deps.clients.uninstalled(turn.body.get("enterprise_id") or None, turn.team_id)
        log.warning("workspace %s %s: installation removed, %d deliveries paused",
                    turn.team_id, what, paused)


def register(listen: Listen) -> None:
    handlers = InstallationHandlers(listen)
    listen.event("app_uninstalled")(handlers.on_app_uninstalled)
    listen.event("tokens_revoked")(handlers.on_tokens_revoked)
