"""`/leernet export` (facilitators, in the network's channel): the network's record as files
in the facilitator's DM, one upload (files_upload_v2), as a person's own export is sent."""

from bot.catalog import t
from bot.domain.languages import of_network
from bot.text import escape
from handlers.exports.files import export_files
from handlers.slack.listen import Listen
from handlers.slack.turn import Turn


class ExportHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.exports = listen.deps.services.exports

    def export(self, call: Turn) -> None:
        # Read (and refused) before the acknowledgement; Slack is called after it.
        record = self.exports.for_facilitator(call.team_id, call.channel_id, call.user_id)
        network, lang = record.network, of_network(record.network)
        call.reply(t("export.sent.where", call.lang, name=escape(network.name)))
        files = export_files(record, lang, self.deps.clock())
        # Nine files in one message (Slack shows at most ten per message).
        channel = call.client.conversations_open(users=call.user_id)["channel"]["id"]
        call.client.files_upload_v2(
            channel=channel, initial_comment=t("export.sent", lang, name=escape(network.name)),
            file_uploads=[{"content": content, "filename": name, "title": name}
                          for name, content in files])


def register(listen: Listen) -> None:
    handlers = ExportHandlers(listen)
    listen.command(("export", "exporteren"), "help.export")(handlers.export)
