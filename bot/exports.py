"""`leernet export NETWORK_ID --out DIR`: a network's record written as the files a
facilitator gets from `/leernet export` (the same names and contents, in the network's
language), for an operator."""

import sys
from pathlib import Path

from bot.config import Settings
from bot.domain.errors import NotFound
from bot.domain.languages import of_network
from bot.services.core import Core
from bot.services.exports import ExportService
from handlers.exports.files import export_files
from storage.database import Database
from storage.migrate import upgrade


def run(settings: Settings, network_id: int, out: Path) -> int:
    upgrade(settings.database_url)
    db = Database(settings.database_url)
    try:
        core = Core(settings=settings, db=db)
        try:
            record = ExportService(core).for_operator(network_id)
        except NotFound:
            print(f"leernet: there is no network {network_id}", file=sys.stderr)
            return 1
        out.mkdir(parents=True, exist_ok=True)
        for name, content in export_files(record, of_network(record.network), core.clock()):
            # newline="": the CSV's own CRLF line ends are written as they are.
            (out / name).write_text(content, encoding="utf-8", newline="")
            print(out / name)
        return 0
    finally:
        db.dispose()
