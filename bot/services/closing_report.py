"""The closing report: the facilitators' modal publishes it (once), the week's delivery
publishes it without closing words when nobody wrote, and the web page shows its charts."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.catalog import t
from bot.charts import Chart, attendance, evaluations, report_charts
from bot.domain import closing_report as report_rules
from bot.domain import digests
from bot.domain.closing import Phase, phase
from bot.domain.closing_report import Figures
from bot.domain.errors import Conflict, DomainError, FieldErrors, NotFound
from bot.domain.identity import Actor
from bot.domain.languages import of_network
from bot.services.core import Service
from storage import closing_report as store
from storage import deliveries as queue
from storage import knowledge as knowledge_store
from storage import networks as network_store
from storage.models import (
    ClosingReport,
    Delivery,
    KnowledgeItem,
    KnowledgeKind,
    Network,
    ReportChart,
    Visibility,
)

WORDS_FIELD = "words"
TITLE_LIMIT = 150
ITEM_TEXT_LIMIT = 3000  # a library item's text (one Slack section)


@dataclass(frozen=True)
class Published:
    """A published report, as its delivery sends it."""

    network: Network
    report: ClosingReport
    figures: Figures
    charts: list[ReportChart]
    members: list[str]  # the network's active members, to DM


class ClosingReportService(Service):
    def form(self, network_id: int, user_id: str) -> Network:
        """The modal, for a facilitator of a closed network whose report is not out."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            report_rules.ensure_may_write(session, network, user_id)
            return network

    def check(self, network_id: int, user_id: str,
              raw_words: str | None) -> tuple[Network, str]:
        """The modal's submission, before it is acknowledged: the closing words cleaned
        (FieldErrors) and the facilitator allowed to publish now (refused, typed)."""
        try:
            words = report_rules.clean_words(raw_words)
        except DomainError as error:
            raise FieldErrors({WORDS_FIELD: error}) from None
        return self.form(network_id, user_id), words

    def publish(self, network_id: int, user_id: str, raw_words: str | None) -> Network:
        """A facilitator's closing words: the report is stored (once) and its delivery made
        due now; Conflict when it is out already (a second facilitator, a double click).
        Draws the charts: call it after the acknowledgement (`check` before)."""
        _, words = self.check(network_id, user_id, raw_words)  # refused before drawing
        figures, charts = self._draw(network_id)
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            report_rules.ensure_may_write(session, network, user_id)
            report = report_rules.claim(session, network, words=words, automatic=False,
                                        figures_json=figures.dumps(), now=self.now())
            if report is None:
                raise Conflict("closing_report.error.published", name=network.name)
            self._keep(session, network, report, figures, charts)
            due = self._due_now(session, network)
        self.scheduled([due] if due is not None else [])
        return network

    def due(self, network_id: int) -> Published | None:
        """For the report's delivery: publish it without closing words if nobody did, then
        what to send; None when the network is not closed (any more)."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            if phase(network) != Phase.CLOSED:
                return None
            missing = store.report_of(session, network_id) is None
        if missing:
            figures, charts = self._draw(network_id)
            with self.unit() as session:
                network = network_store.get_network(session, network_id)
                report = report_rules.claim(session, network, words="", automatic=True,
                                            figures_json=figures.dumps(), now=self.now())
                if report is not None:  # else a facilitator's modal came first
                    self._keep(session, network, report, figures, charts)
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            found = store.report_of(session, network_id)
            assert found is not None
            return Published(network, found, Figures.loads(found.figures),
                             list(store.charts(session, found.id)),
                             [m.user_id for m in network_store.active_members(session,
                                                                              network_id)])

    def chart(self, item_id: int, position: int, reader: Actor | None) -> bytes:
        """A report chart's PNG for the web page: to whoever may see its library item
        (NotFound otherwise, as if it did not exist)."""
        visible = (knowledge_store.public() if reader is None
                   else knowledge_store.visible_to(reader.team_id, reader.user_id))
        with self.read() as session:
            if not knowledge_store.is_visible(session, item_id, visible):
                raise NotFound("knowledge.error.gone")
            chart = store.chart_of_item(session, item_id, position)
            if chart is None:
                raise NotFound("knowledge.error.gone")
            return chart.png

    def charts_of_item(self, item_id: int) -> list[tuple[int, str]]:
        """(position, title) of the charts of the report kept as this library item (the
        caller checked the reader may see the item)."""
        with self.read() as session:
            return store.chart_titles_of_item(session, item_id)

    def progress_charts(self, delivery: Delivery) -> list[Chart]:
        """For a facilitator digest: attendance per session and the evaluation trend so far
        (released as in the closing report), when a session was held in the digest's week."""
        return self._progress(delivery.network_id, *digests.window(delivery))

    def month_charts(self, delivery: Delivery, network_id: int) -> list[Chart]:
        """For a coordinator digest: the same charts of one network of the workspace, when
        it held a session in the digest's month."""
        with self.read() as session:
            anchor = network_store.get_network(session, delivery.network_id)
        return self._progress(network_id, *digests.month_window(delivery, anchor.timezone))

    def _progress(self, network_id: int, since: datetime, until: datetime) -> list[Chart]:
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            shown = report_rules.figures(session, network, now=self.now(),
                                         min_answers=self.settings.evaluation_min_answers)
        if not any(since <= datetime.fromisoformat(s.starts_at) < until
                   for s in shown.sessions):
            return []
        lang = of_network(network)
        return [c for c in (attendance(shown, lang), evaluations(shown, lang)) if c]

    def report_items(self, network_ids: list[int]) -> dict[int, int]:
        """The library item of each of these networks' closing reports (for Home)."""
        with self.read() as session:
            return store.report_items(session, network_ids)

    # --- inside ----------------------------------------------------------------------------

    def _draw(self, network_id: int) -> tuple[Figures, list[Chart]]:
        """The figures as released now, and their charts (drawn outside any transaction)."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            figures = report_rules.figures(session, network,
                                           min_answers=self.settings.evaluation_min_answers)
        return figures, report_charts(figures, of_network(network))

    def _keep(self, session: Session, network: Network, report: ClosingReport,
              figures: Figures, charts: list[Chart]) -> None:
        """The report's library item (the network's, no author) and its charts."""
        lang = of_network(network)
        text = "\n\n".join(report_rules.paragraphs(figures, report.words, lang, str))
        if len(text) > ITEM_TEXT_LIMIT:
            text = text[:ITEM_TEXT_LIMIT - 1] + "…"
        now = self.now()
        item = knowledge_store.add(session, KnowledgeItem(
            team_id=network.team_id, network_id=network.id,
            kind=KnowledgeKind.CLOSING_REPORT,
            title=t("closing_report.header", lang, network=network.name)[:TITLE_LIMIT], text=text,
            author_id="", author_team_id="", visibility=Visibility.NETWORK, language=lang,
            created_at=now, updated_at=now))
        report.knowledge_item_id = item.id
        session.add(report)
        store.add_charts(session, [
            ReportChart(report_id=report.id, position=position, name=chart.name,
                        title=chart.title[:TITLE_LIMIT], png=chart.png)
            for position, chart in enumerate(charts, start=1)])

    def _due_now(self, session: Session, network: Network) -> Delivery | None:
        """The week's delivery brought forward. One being sent right now sends this report
        (it reads the report after its own claim lost): None, nothing to wake. A network
        closed before there was such a delivery gets one, due now."""
        now = self.now()
        key = report_rules.delivery_key(network.id)
        found = store.bring_forward(session, key, now)
        if found is not None or store.has_delivery(session, key):
            return found
        fresh = report_rules.delivery(network, now)
        fresh.run_at = now
        return queue.add(session, fresh)
