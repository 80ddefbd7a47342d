"""The closing report's button (in each facilitator's close DM) and its modal: the closing
words, and the report is published (once)."""

from bot.catalog import t
from handlers.closing.report_blocks import published_text, words_modal
from handlers.slack import ids
from handlers.slack.listen import Listen
from handlers.slack.metadata import FinalModalMeta
from handlers.slack.turn import Turn


class ClosingReportHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.reports = listen.deps.services.closing_report

    def on_write(self, turn: Turn) -> None:
        network = self.reports.form(turn.action_id_value(), turn.user_id)
        turn.about(network)
        turn.open_modal(words_modal(network, turn.lang))

    def on_submit(self, turn: Turn) -> None:
        """Refusals (too long, out already, not a facilitator) in the acknowledgement; the
        charts are drawn after it (matplotlib takes longer than Slack waits)."""
        network_id = turn.meta(FinalModalMeta).network_id
        network, words = self.reports.check(network_id, turn.user_id,
                                            turn.values().get("words"))
        turn.about(network)
        turn.show_working(t("closing_report.working", turn.lang))
        network = self.reports.publish(network_id, turn.user_id, words)
        turn.tell(published_text(network, turn.lang))


def register(listen: Listen) -> None:
    handlers = ClosingReportHandlers(listen)
    listen.action(ids.CLOSING_REPORT_WRITE)(handlers.on_write)
    # Too long words show at the field; out already (or not a facilitator) replaces the
    # modal with a notice.
    listen.view(ids.CLOSING_REPORT_MODAL,
                notice_title="closing_report.modal.title")(handlers.on_submit)
