"""Pairing's queries: rounds, their groups and people, pauses, and the met rate."""

from collections.abc import Sequence

from sqlalchemy import delete, update
from sqlmodel import Session, col, func, select

from storage.database import affected_rows
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    KickoffResponse,
    Membership,
    MembershipStatus,
    PairingGroup,
    PairingMember,
    PairingPause,
    PairingRound,
)


def candidates(session: Session, network_id: int) -> list[tuple[str, str, str | None]]:
    """The network's active members: (user id, their workspace, organisation), the
    organisation of their membership, else of their kickoff answers."""
    rows = session.exec(
        select(Membership.user_id, Membership.user_team_id, Membership.organisation,
               KickoffResponse.organisation)
        .join(KickoffResponse, (col(KickoffResponse.network_id) == Membership.network_id)
              & (col(KickoffResponse.user_id) == Membership.user_id), isouter=True)
        .where(Membership.network_id == network_id,
               Membership.status == MembershipStatus.ACTIVE)
        .order_by(col(Membership.user_id))
    ).all()
    return [(user, team, own or kickoff) for user, team, own, kickoff in rows]


def paused(session: Session, network_id: int, round_number: int) -> set[str]:
    """Who takes no part in round `round_number`: opted out, or paused up to it."""
    return set(session.exec(
        select(PairingPause.user_id).where(
            PairingPause.network_id == network_id,
            col(PairingPause.until_round).is_(None)
            | (col(PairingPause.until_round) >= round_number))
    ).all())


def pause_of(session: Session, network_id: int, user_id: str) -> PairingPause | None:
    return session.exec(select(PairingPause).where(PairingPause.network_id == network_id,
                                                   PairingPause.user_id == user_id)).first()


def pauses_of(session: Session, network_ids: Sequence[int], user_id: str) -> dict[int, int]:
    """The person's pause per network: the round it lasts to, or -1 when opted out."""
    return {network_id: -1 if until is None else until for network_id, until in session.exec(
        select(PairingPause.network_id, PairingPause.until_round).where(
            col(PairingPause.network_id).in_(list(network_ids)),
            PairingPause.user_id == user_id)).all()}


def set_pause(session: Session, team_id: str, network_id: int, user_id: str,
              until_round: int | None) -> None:
    pause = pause_of(session, network_id, user_id)
    if pause is None:
        pause = PairingPause(team_id=team_id, network_id=network_id, user_id=user_id)
    pause.until_round = until_round
    session.add(pause)


def clear_pause(session: Session, network_id: int, user_id: str) -> bool:
    result = session.execute(delete(PairingPause).where(
        col(PairingPause.network_id) == network_id, col(PairingPause.user_id) == user_id))
    return affected_rows(result) > 0


def earlier_groups(session: Session, network_id: int) -> list[list[str]]:
    """Every earlier group of the network, as its people's ids."""
    groups: dict[int, list[str]] = {}
    for group_id, user_id in session.exec(
            select(PairingMember.group_id, PairingMember.user_id)
            .where(PairingMember.network_id == network_id)
            .order_by(col(PairingMember.group_id), col(PairingMember.user_id))).all():
        groups.setdefault(group_id, []).append(user_id)
    return list(groups.values())


def pairs_of(session: Session, network_id: int,
             user_id: str) -> list[tuple[int, list[str], bool | None]]:
    """The person's own groups (for their data): round number, the others, whether it met."""
    mine = session.exec(
        select(PairingGroup.id, PairingRound.number, PairingGroup.met)
        .join(PairingRound, col(PairingRound.id) == PairingGroup.round_id)
        .join(PairingMember, col(PairingMember.group_id) == PairingGroup.id)
        .where(PairingMember.network_id == network_id, PairingMember.user_id == user_id)
        .order_by(col(PairingRound.number))).all()
    others: dict[int, list[str]] = {group_id: [] for group_id, _, _ in mine}
    for group_id, other in session.exec(
            select(PairingMember.group_id, PairingMember.user_id)
            .where(col(PairingMember.group_id).in_(list(others)),
                   PairingMember.user_id != user_id)
            .order_by(col(PairingMember.id))).all():
        others[group_id].append(other)
    return [(number, others[group_id], met) for group_id, number, met in mine]


def round_of_delivery(session: Session, delivery_id: int) -> PairingRound | None:
    return session.exec(select(PairingRound).where(PairingRound.delivery_id == delivery_id)
                        ).first()


def get_round(session: Session, round_id: int) -> PairingRound | None:
    return session.get(PairingRound, round_id)


def last_round(session: Session, network_id: int) -> PairingRound | None:
    return session.exec(select(PairingRound).where(PairingRound.network_id == network_id)
                        .order_by(col(PairingRound.number).desc())).first()


def next_number(session: Session, network_id: int) -> int:
    last = session.exec(select(func.max(PairingRound.number))
                        .where(PairingRound.network_id == network_id)).one()
    return (last or 0) + 1


def groups_of_round(session: Session,
                    round_id: int) -> list[tuple[PairingGroup, list[tuple[str, str]]]]:
    """The round's groups with their people, (user id, workspace) each, in id order."""
    groups = session.exec(select(PairingGroup).where(PairingGroup.round_id == round_id)
                          .order_by(col(PairingGroup.id))).all()
    people: dict[int, list[tuple[str, str]]] = {g.id: [] for g in groups}
    for group_id, user_id, user_team_id in session.exec(
            select(PairingMember.group_id, PairingMember.user_id, PairingMember.user_team_id)
            .where(col(PairingMember.group_id).in_(list(people)))
            .order_by(col(PairingMember.id))).all():
        people[group_id].append((user_id, user_team_id))
    return [(g, people[g.id]) for g in groups]


def add_round(session: Session, pairing_round: PairingRound,
              groups: Sequence[Sequence[tuple[str, str]]]) -> None:
    """The round and its groups ((user, workspace) each), in the caller's transaction."""
    session.add(pairing_round)
    session.flush()
    for people in groups:
        group = PairingGroup(team_id=pairing_round.team_id, round_id=pairing_round.id,
                             network_id=pairing_round.network_id)
        session.add(group)
        session.flush()
        for user_id, user_team_id in people:
            session.add(PairingMember(team_id=pairing_round.team_id, group_id=group.id,
                                      network_id=pairing_round.network_id, user_id=user_id,
                                      user_team_id=user_team_id))
    session.flush()


def group_of(session: Session, group_id: int) -> PairingGroup | None:
    return session.get(PairingGroup, group_id)


def in_group(session: Session, group_id: int, user_id: str) -> bool:
    return session.exec(select(PairingMember.id).where(PairingMember.group_id == group_id,
                                                       PairingMember.user_id == user_id)
                        ).first() is not None


def answer(session: Session, group_id: int, met: bool) -> bool:
    """Record a group's answer: a first answer, or 'not yet' becoming 'we met'; never back.
    False when nothing changed (already answered so)."""
    query = update(PairingGroup).where(col(PairingGroup.id) == group_id)
    if met:
        query = query.where(col(PairingGroup.met).is_(None) | col(PairingGroup.met).is_(False))
    else:
        query = query.where(col(PairingGroup.met).is_(None))
    return affected_rows(session.execute(query.values(met=met))) == 1


def met_rate(session: Session, round_id: int) -> tuple[int, int, int]:
    """(groups that met, groups that answered, groups) of a round: counts only."""
    rows = session.exec(select(PairingGroup.met).where(PairingGroup.round_id == round_id)).all()
    return (sum(1 for m in rows if m is True), sum(1 for m in rows if m is not None), len(rows))


def drop_pending(session: Session, network_id: int) -> None:
    """The network's planned rounds that have not started (the setting changed or went off)."""
    session.execute(delete(Delivery).where(
        col(Delivery.network_id) == network_id, col(Delivery.kind) == DeliveryKind.PAIRING,
        col(Delivery.status) == DeliveryStatus.PENDING,
        col(Delivery.id).not_in(select(PairingRound.delivery_id))))


def pending_round(session: Session, network_id: int) -> Delivery | None:
    return session.exec(select(Delivery).where(
        Delivery.network_id == network_id, Delivery.kind == DeliveryKind.PAIRING,
        Delivery.status == DeliveryStatus.PENDING).order_by(col(Delivery.run_at))).first()
