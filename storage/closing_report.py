"""Queries of the closing report: claiming it once, its charts, the week's delivery, and the
counts it is made of. Callers own the session and transaction."""

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.knowledge import not_withdrawn
from storage.models import (
    ApplyCommitment,
    ClosingReport,
    Delivery,
    DeliveryStatus,
    KnowledgeItem,
    Meeting,
    ReportChart,
)


def claim(session: Session, report: ClosingReport) -> bool:
    """Insert the network's report; False when it has one already (a second facilitator, a
    double click, the week's wait meeting a modal)."""
    try:
        with session.begin_nested():
            session.add(report)
        return True
    except IntegrityError:
        return False


def report_of(session: Session, network_id: int) -> ClosingReport | None:
    return session.exec(select(ClosingReport)
                        .where(ClosingReport.network_id == network_id)).first()


def report_items(session: Session, network_ids: Sequence[int]) -> dict[int, int]:
    """The library item of each of these networks' reports that has one, unless the
    network's knowledge was withdrawn (then nobody may open it)."""
    if not network_ids:
        return {}
    rows = session.exec(select(ClosingReport.network_id, ClosingReport.knowledge_item_id)
                        .join(KnowledgeItem,
                              col(KnowledgeItem.id) == col(ClosingReport.knowledge_item_id))
                        .where(col(ClosingReport.network_id).in_(network_ids),
                               not_withdrawn())).all()
    return {network_id: item_id for network_id, item_id in rows if item_id is not None}


def add_charts(session: Session, charts: Sequence[ReportChart]) -> None:
    session.add_all(charts)
    session.flush()


def charts(session: Session, report_id: int) -> Sequence[ReportChart]:
    return session.exec(select(ReportChart).where(ReportChart.report_id == report_id)
                        .order_by(col(ReportChart.position))).all()


def chart_of_item(session: Session, item_id: int, position: int) -> ReportChart | None:
    """A chart of the report kept as library item `item_id` (None: no such chart)."""
    return session.exec(
        select(ReportChart)
        .join(ClosingReport, col(ClosingReport.id) == col(ReportChart.report_id))
        .where(ClosingReport.knowledge_item_id == item_id, ReportChart.position == position)
    ).first()


def chart_titles_of_item(session: Session, item_id: int) -> list[tuple[int, str]]:
    """(position, title) of each chart of the report kept as library item `item_id`."""
    rows = session.exec(
        select(ReportChart.position, ReportChart.title)
        .join(ClosingReport, col(ClosingReport.id) == col(ReportChart.report_id))
        .where(ClosingReport.knowledge_item_id == item_id)
        .order_by(col(ReportChart.position))).all()
    return [(position, title) for position, title in rows]


def bring_forward(session: Session, key: str, now: datetime) -> Delivery | None:
    """Make the pending delivery with this key due now; None when there is none pending."""
    done = session.execute(update(Delivery)
                           .where(col(Delivery.key) == key,
                                  col(Delivery.status) == DeliveryStatus.PENDING)
                           .values(run_at=now))
    if not done.rowcount:  # type: ignore[attr-defined]
        return None
    return session.exec(select(Delivery).where(Delivery.key == key)).first()


def has_delivery(session: Session, key: str) -> bool:
    return session.exec(select(Delivery.id).where(Delivery.key == key)).first() is not None


def apply_outcomes(session: Session, network_id: int) -> tuple[Counter[str], int]:
    """How the network's apply-at-work commitments went, counted (never whose): yes, partly,
    no, and "open" for those without an answer; and how many people reported an outcome."""
    rows = session.exec(
        select(ApplyCommitment.user_team_id, ApplyCommitment.user_id, ApplyCommitment.outcome)
        .join(Meeting, col(Meeting.id) == col(ApplyCommitment.meeting_id))
        .where(Meeting.network_id == network_id)).all()
    people = len({(team, user) for team, user, outcome in rows if outcome is not None})
    return Counter(str(outcome) if outcome is not None else "open"
                   for _, _, outcome in rows), people
