"""Queries for intervision: the cases of sessions, their runs, the questions and advice
gathered, and erasing what a confidential case leaves. Callers own the transaction."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from bot.domain.errors import NotFound
from storage.database import affected_rows
from storage.models import (
    AgendaContribution,
    AgendaKind,
    Intervision,
    IntervisionEntry,
    Meeting,
)


def get_case(session: Session, contribution_id: int) -> AgendaContribution:
    case = session.get(AgendaContribution, contribution_id)
    if case is None:
        raise NotFound("intervision.error.gone")
    return case


def get_run(session: Session, run_id: int) -> Intervision:
    run = session.get(Intervision, run_id)
    if run is None:
        raise NotFound("intervision.error.gone")
    return run


def remove_run(session: Session, run_id: int) -> None:
    """A run whose case message Slack refused: nobody saw it."""
    session.execute(delete(IntervisionEntry).where(
        col(IntervisionEntry.intervision_id) == run_id))
    session.execute(delete(Intervision).where(col(Intervision.id) == run_id))


def entry_posted(session: Session, entry_id: int, ts: str) -> bool:
    """Its post's ts on the entry; False when the entry is gone or blanked (its case was
    erased while Slack took the post)."""
    return affected_rows(session.execute(
        update(IntervisionEntry).where(col(IntervisionEntry.id) == entry_id,
                                       col(IntervisionEntry.text) != "")
        .values(message_ts=ts))) == 1


def advance(session: Session, run: Intervision, expected_phase: int, finish: bool,
            now: datetime) -> bool:
    """Move the run on from `expected_phase`, in one conditional UPDATE: of two clicks at
    once (two transactions that both read the same phase) only one moves it."""
    values: dict[str, object] = ({"finished_at": now} if finish
                                 else {"phase": expected_phase + 1, "phase_ts": None})
    moved = session.execute(
        update(Intervision)
        .where(col(Intervision.id) == run.id, col(Intervision.phase) == expected_phase,
               col(Intervision.finished_at).is_(None))
        .values(values))
    session.refresh(run)
    return bool(getattr(moved, "rowcount", 0))


def run_of_case(session: Session, contribution_id: int) -> Intervision | None:
    return session.exec(select(Intervision).where(
        Intervision.contribution_id == contribution_id)).first()


def cases_of_meetings(session: Session,
                      meeting_ids: Sequence[int]) -> Sequence[AgendaContribution]:
    if not meeting_ids:
        return []
    return session.exec(
        select(AgendaContribution)
        .where(col(AgendaContribution.meeting_id).in_(meeting_ids),
               AgendaContribution.kind == AgendaKind.CASE)
        .order_by(col(AgendaContribution.created_at), col(AgendaContribution.id))
    ).all()


def runs_of_cases(session: Session, case_ids: Sequence[int]) -> dict[int, Intervision]:
    if not case_ids:
        return {}
    rows = session.exec(select(Intervision).where(
        col(Intervision.contribution_id).in_(case_ids))).all()
    return {run.contribution_id: run for run in rows}


def entries(session: Session, run_id: int, kind: str | None = None) -> Sequence[IntervisionEntry]:
    query = select(IntervisionEntry).where(IntervisionEntry.intervision_id == run_id)
    if kind is not None:
        query = query.where(IntervisionEntry.kind == kind)
    return session.exec(query.order_by(col(IntervisionEntry.id))).all()


def confidential_to_erase(session: Session, meeting_id: int) -> Sequence[AgendaContribution]:
    return session.exec(select(AgendaContribution).where(
        AgendaContribution.meeting_id == meeting_id,
        col(AgendaContribution.confidential).is_(True),
        col(AgendaContribution.erased_at).is_(None))).all()


def posts_to_delete(session: Session, meeting_id: int) -> list[tuple[str, str]]:
    """(channel, ts) of what an erased confidential case still has in its thread: the
    questions, advice and shared takeaway, kept until Slack confirms each is deleted."""
    found: list[tuple[str, str]] = []
    erased = select(AgendaContribution.id).where(
        AgendaContribution.meeting_id == meeting_id,
        col(AgendaContribution.erased_at).is_not(None))
    runs = session.exec(select(Intervision).where(
        col(Intervision.contribution_id).in_(erased))).all()
    for run in runs:
        found += [(run.channel_id, entry.message_ts) for entry in entries(session, run.id)
                  if entry.message_ts]
        if run.takeaway_ts:
            found.append((run.channel_id, run.takeaway_ts))
    return found


def confidential_thread(session: Session, channel_id: str, root_ts: str) -> bool:
    """Whether this thread is a confidential case's intervision."""
    return session.exec(
        select(Intervision.id)
        .join(AgendaContribution,
              col(AgendaContribution.id) == col(Intervision.contribution_id))
        .where(Intervision.channel_id == channel_id, Intervision.root_ts == root_ts,
               col(AgendaContribution.confidential).is_(True))).first() is not None


def forget_post(session: Session, channel_id: str, ts: str) -> None:
    """A deleted thread post: its row (an entry) goes, or the takeaway forgets its ts."""
    runs = select(Intervision.id).where(Intervision.channel_id == channel_id)
    session.execute(delete(IntervisionEntry).where(
        col(IntervisionEntry.intervision_id).in_(runs), col(IntervisionEntry.message_ts) == ts))
    session.execute(update(Intervision).where(col(Intervision.channel_id) == channel_id,
                                              col(Intervision.takeaway_ts) == ts)
                    .values(takeaway_ts=None))


def erase_case(session: Session, case: AgendaContribution, now: datetime) -> None:
    """The case keeps its title; its text, questions, advice and takeaway go (entries posted
    in the thread keep only their ts until the post is deleted)."""
    case.text = ""
    case.erased_at = now
    session.add(case)
    run = run_of_case(session, case.id)
    if run is not None:
        session.execute(delete(IntervisionEntry).where(
            col(IntervisionEntry.intervision_id) == run.id,
            col(IntervisionEntry.message_ts).is_(None)))
        session.execute(update(IntervisionEntry)
                        .where(col(IntervisionEntry.intervision_id) == run.id)
                        .values(text="", author_id="", author_team_id=""))
        run.takeaway = ""
        session.add(run)
    session.flush()


def remove_by_person(session: Session, user_id: str, network_ids: Sequence[int]) -> None:
    """Erasing a person: the runs of their cases (as contributor or case-bringer) with their
    questions and advice, and the questions and advice they gave elsewhere."""
    theirs = select(Intervision.id).where(
        col(Intervision.network_id).in_(network_ids),
        or_(col(Intervision.case_bringer_id) == user_id,
            col(Intervision.contribution_id).in_(
                select(AgendaContribution.id).join(
                    Meeting, col(Meeting.id) == col(AgendaContribution.meeting_id))
                .where(col(Meeting.network_id).in_(network_ids),
                       col(AgendaContribution.user_id) == user_id))))
    ids = list(session.exec(theirs).all())
    if ids:
        session.execute(delete(IntervisionEntry).where(
            col(IntervisionEntry.intervision_id).in_(ids)))
        session.execute(delete(Intervision).where(col(Intervision.id).in_(ids)))
    session.execute(delete(IntervisionEntry).where(
        col(IntervisionEntry.intervision_id).in_(
            select(Intervision.id).where(col(Intervision.network_id).in_(network_ids))),
        col(IntervisionEntry.author_id) == user_id))


def runs_with_roles(session: Session, network_ids: Sequence[int],
                    user_id: str) -> Sequence[tuple[Intervision, AgendaContribution]]:
    """The unfinished runs of these networks where the person holds a role, with their case."""
    if not network_ids:
        return []
    return session.exec(
        select(Intervision, AgendaContribution)
        .join(AgendaContribution,
              col(AgendaContribution.id) == col(Intervision.contribution_id))
        .where(col(Intervision.network_id).in_(network_ids),
               col(Intervision.finished_at).is_(None),
               or_(col(Intervision.case_bringer_id) == user_id,
                   col(Intervision.process_lead_id) == user_id,
                   col(Intervision.timekeeper_id) == user_id))
        .order_by(col(Intervision.id))
    ).all()


def own_cases(session: Session, meeting_ids: Sequence[int],
              user_id: str) -> Sequence[AgendaContribution]:
    """The cases a person brought to these sessions."""
    if not meeting_ids:
        return []
    return session.exec(
        select(AgendaContribution)
        .where(col(AgendaContribution.meeting_id).in_(meeting_ids),
               AgendaContribution.kind == AgendaKind.CASE,
               AgendaContribution.user_id == user_id)
        .order_by(col(AgendaContribution.id))
    ).all()
