"""How the closing feature plugs in: its listeners and its scheduled senders."""

from handlers.closing.after_listeners import register as register_after
from handlers.closing.listeners import register as register_listeners
from handlers.closing.report_listeners import register as register_report
from handlers.closing.report_senders import ClosingReportSender
from handlers.closing.senders import senders as feature_senders
from handlers.slack.deps import Deps
from handlers.slack.listen import Listen
from handlers.slack.messaging import Sender
from storage.models import DeliveryKind


def register(listen: Listen) -> None:
    register_listeners(listen)
    register_after(listen)
    register_report(listen)


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {**feature_senders(deps), DeliveryKind.CLOSING_REPORT: ClosingReportSender(deps)}
