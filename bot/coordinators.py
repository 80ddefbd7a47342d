"""`leernet coordinator add|remove|list`: the workspaces' coordinators, from the command line
(in Slack a workspace admin names them with `/leernet coordinator @user`)."""

import sys

from bot.config import Settings
from bot.services.core import Core
from bot.services.digests import DigestService
from storage import digests as store
from storage.database import Database
from storage.migrate import upgrade
from storage.models import Coordinator

CLI = "cli"  # Coordinator.added_by for a coordinator named on the command line


def _workspace(db: Database, team: str | None) -> str | None:
    """The workspace named, else the only one that has networks (one-token installs)."""
    if team:
        return team
    with db.session(readonly=True) as session:
        teams = {network.team_id for network in store.all_networks(session)}
    return teams.pop() if len(teams) == 1 else None


def run(settings: Settings, action: str, user: str | None, team: str | None) -> int:
    upgrade(settings.database_url)
    db = Database(settings.database_url)
    try:
        service = DigestService(Core(settings=settings, db=db))
        if action == "list":
            rows: list[Coordinator] = service.coordinators(team)
            if not rows:
                print("no coordinators")
            for row in rows:
                print(f"{row.team_id}  {row.user_id}  added by {row.added_by}")
            return 0
        workspace = _workspace(db, team)
        if workspace is None:
            print("leernet: name the workspace with --team T (there is not exactly one)",
                  file=sys.stderr)
            return 1
        if not user or not user.isalnum() or len(user) > 32:
            print(f"leernet: {user!r} is not a Slack user id (like U0123ABC)", file=sys.stderr)
            return 1
        if action == "add":
            added = service.add_coordinator(workspace, user, CLI)
            print(f"{user} is {'now' if added else 'already'} a coordinator of {workspace}")
        else:
            removed = service.remove_coordinator(workspace, user)
            print(f"{user} is {'no longer' if removed else 'not'} a coordinator of {workspace}")
        return 0
    finally:
        db.dispose()
