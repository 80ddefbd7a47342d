"""The `leernet` command line: serve, migrate, jobs, coordinator, export, demo."""

import argparse
import json
import logging
import signal
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError

from bot.config import ConfigError, Settings, load_settings
from bot.logs import configure as configure_logging

EXIT_CONFIG = 2
EXIT_DATABASE = 3  # the database refused or did not answer


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"leernet: {error}", file=sys.stderr)
        return EXIT_CONFIG
    # The demo prints what people see; the bot's own log lines would drown it.
    demo = args.func is cmd_demo or (args.func is cmd_start and not _configured(settings))
    configure_logging(settings.log_format, logging.WARNING if demo else logging.INFO)
    try:
        return args.func(settings, args)
    except ConfigError as error:
        print(f"leernet: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except OperationalError as error:  # the database refused or went away: one line, not a trace
        print(f"leernet: the database does not answer ({type(error.orig).__name__})",
              file=sys.stderr)
        return EXIT_DATABASE


def _configured(settings: Settings) -> bool:
    """A workspace to serve: one bot token, or the app's credentials to install by OAuth."""
    return bool(settings.bot_token) or settings.distributed


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leernet", description=__doc__)
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    start = sub.add_parser("start", help="serve when SLACK_BOT_TOKEN (or SLACK_CLIENT_ID) is "
                                         "set, else the demo")
    start.set_defaults(func=cmd_start)

    serve = sub.add_parser("serve", help="run the bot (HTTP on $PORT, or --socket)")
    serve.add_argument("--socket", action="store_true", help="Socket Mode with SLACK_APP_TOKEN")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date")
    migrate.add_argument("--to", metavar="REVISION",
                         help="up or down to this revision (e.g. 0004, base); default: latest")
    migrate.set_defaults(func=cmd_migrate)

    jobs = sub.add_parser("jobs", help="list pending deliveries, or run one now")
    jobs.add_argument("--json", action="store_true", help="machine-readable output")
    jobs.add_argument("--failed", action="store_true",
                      help="deliveries that failed or could not reach everyone, and whom")
    jobs_sub = jobs.add_subparsers(dest="jobs_command")
    run = jobs_sub.add_parser("run", help="deliver one pending delivery now, once")
    run.add_argument("id")  # checked in run_job: a typed id must fit an integer column
    jobs.set_defaults(func=cmd_jobs)

    coordinator = sub.add_parser("coordinator",
                                 help="a workspace's coordinators (the monthly digest)")
    coordinator.add_argument("action", choices=("add", "remove", "list"))
    coordinator.add_argument("user", nargs="?", help="a Slack user id (add, remove)")
    coordinator.add_argument("--team", help="the workspace (team id); default: the only one")
    coordinator.set_defaults(func=cmd_coordinator)

    export = sub.add_parser("export", help="write a network's record (a Markdown report and "
                                           "CSV files) into a folder")
    export.add_argument("network_id", type=int, metavar="NETWORK_ID")
    export.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    export.set_defaults(func=cmd_export)

    demo = sub.add_parser("demo", help="play a scripted network against a local Slack twin")
    demo.add_argument("--fast", action="store_true", help="no pauses between steps (for tests)")
    demo.add_argument("--phase", default="initiation", metavar="PHASE",
                      choices=("initiation", "middle", "closing",
                               "initiatiefase", "middenfase", "eindfase"),
                      help="start at this phase of the method (the earlier ones are played "
                           "quietly first): initiation, middle or closing (or initiatiefase, "
                           "middenfase, eindfase); default: the beginning")
    demo.add_argument("--lang", default="nl", choices=("nl", "en"),
                      help="the language of the narration (the network itself speaks Dutch)")
    demo.set_defaults(func=cmd_demo)
    return parser


def cmd_start(settings: Settings, args) -> int:
    if _configured(settings):
        args.socket = bool(settings.app_token) and not settings.distributed
        return cmd_serve(settings, args)
    print("leernet: no SLACK_BOT_TOKEN configured, so this is the local demo "
          "(see README to connect a workspace)")
    return cmd_demo(settings, argparse.Namespace(fast=False, phase="initiation", lang="nl"))


def cmd_migrate(settings: Settings, args) -> int:
    from storage.migrate import UnknownRevision, migrate_to, upgrade

    if args.to is None:
        upgrade(settings.database_url)
        print("leernet: database is up to date")
        return 0
    try:
        before, after = migrate_to(settings.database_url, args.to)
    except UnknownRevision as error:
        print(f"leernet: {error}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"leernet: database schema {before or 'base'} -> {after or 'base'}")
    return 0


def cmd_serve(settings: Settings, args) -> int:
    from bot.app import create_app
    from storage.migrate import upgrade

    if args.socket:  # one workspace: installs by OAuth need the HTTP pages
        settings.require("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN")
    bot = create_app(settings)
    upgrade(settings.database_url)
    bot.start_scheduler()
    try:
        if args.socket:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            SocketModeHandler(bot.app, settings.app_token).start()
        else:
            from bot.web import HttpServer, freeze_startup_heap

            server = HttpServer(bot, host=settings.bind)
            freeze_startup_heap()
            signal.signal(signal.SIGTERM, lambda *_: server.stop())
            logging.getLogger("leernet").info("listening on %s port %s", settings.bind,
                                              server.port)
            server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        bot.close()
    return 0


def cmd_jobs(settings: Settings, args) -> int:
    from bot.jobs import list_jobs, run_job

    if args.jobs_command == "run":
        return run_job(settings, args.id)
    rows = list_jobs(settings, failed=args.failed)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        if not rows:
            print("no failed deliveries" if args.failed else "no pending deliveries")
        for row in rows:
            print(f"{row['id']:>5}  {row['kind']:<10} {row['status']:<8} {row['run_at']}  "
                  f"network={row['network']} session={row['session']}")
            for person in row.get("unreached", []):
                print(f"         not reached: {person['user']} ({person['error']})")
            if row["status"] in ("failed", "paused") and row["last_error"]:
                print(f"         error: {row['last_error']}")
    return 0


def cmd_coordinator(settings: Settings, args) -> int:
    from bot.coordinators import run

    return run(settings, args.action, args.user, args.team)


def cmd_export(settings: Settings, args) -> int:
    from pathlib import Path

    from bot.exports import run

    return run(settings, args.network_id, Path(args.out))


def cmd_demo(settings: Settings, args) -> int:
    from slack_twin.demo import run_demo

    return run_demo(fast=args.fast, lang=args.lang, phase=args.phase)


if __name__ == "__main__":
    sys.exit(main())
