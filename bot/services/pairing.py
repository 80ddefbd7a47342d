"""Pairing: the facilitators' setting, drawing a round once, the follow-up, pausing or
opting out, and the met rate (never who met whom)."""

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlmodel import Session

from bot.domain import pairing
from bot.domain.closing import Phase, ensure_not_closed, phase
from bot.domain.errors import NotFound
from bot.domain.networks import ensure_facilitator, ensure_member
from bot.services.core import Service
from storage import deliveries as delivery_store
from storage import networks as network_store
from storage import pairing as store
from storage.models import Delivery, DeliveryKind, Network, PairingRound, Role, as_utc

PAUSE_ROUNDS = 1  # the pause button skips the next round


@dataclass(frozen=True)
class Group:
    id: int
    people: list[tuple[str, str]]  # (user id, their workspace)


@dataclass(frozen=True)
class RoundToSend:
    network: Network
    round: PairingRound
    groups: list[Group]


@dataclass(frozen=True)
class Rate:
    """How many groups of a round said they met: counts only."""

    number: int
    met: int
    answered: int
    groups: int
    unmatched: int


@dataclass(frozen=True)
class Overview:
    """`/leernet koppelen` for one person: the setting, their own part, and for facilitators
    the last round's rate."""

    network: Network
    facilitator: bool
    next_at: datetime | None
    paused_until: int | None  # a round number; None with `opted_out` False: taking part
    opted_out: bool
    rate: Rate | None
    switched_on: bool = False  # this change switched pairing on (the channel is told)


@dataclass(frozen=True)
class Answered:
    network: Network
    met: bool
    changed: bool


class PairingService(Service):
    # --- the setting ----------------------------------------------------------------------
    def overview(self, team_id: str, channel_id: str, user_id: str) -> Overview:
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            return self._overview(session, network, user_id)

    def _overview(self, session: Session, network: Network, user_id: str) -> Overview:
        member = ensure_member(session, network, user_id)
        facilitator = member.role == Role.FACILITATOR
        pending = store.pending_round(session, network.id)
        pause = store.pause_of(session, network.id, user_id)
        last = store.last_round(session, network.id)
        rate = None
        if facilitator and last is not None:
            met, answered, groups = store.met_rate(session, last.id)
            rate = Rate(last.number, met, answered, groups, last.unmatched)
        # In the closing phase a planned round is skipped when due: none is announced.
        next_at = (as_utc(pending.run_at) if pending and phase(network) == Phase.ACTIVE
                   else None)
        return Overview(network, facilitator, next_at,
                        pause.until_round if pause else None,
                        pause is not None and pause.until_round is None, rate)

    def change(self, network_id: int, user_id: str,
               setting: pairing.PairingSetting) -> Overview:
        """A facilitator's setting (decided with the group): the planned round moves with it."""
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            ensure_facilitator(session, network, user_id)
            if setting.on:
                ensure_not_closed(network)
            switched_on = setting.on and not network.pairing_on
            network.pairing_on, network.pairing_weeks = setting.on, setting.weeks
            network.pairing_weekday, network.pairing_hour = setting.weekday, setting.hour
            session.add(network)
            store.drop_pending(session, network.id)
            planned = self._plan(session, network)
            session.flush()
            overview = replace(self._overview(session, network, user_id),
                               switched_on=switched_on)
        self.scheduled([planned] if planned else [])
        return overview

    def _plan(self, session: Session, network: Network,
              skipped: datetime | None = None) -> Delivery | None:
        """The network's next round, unless pairing is off, one is planned, or it closed. In
        the closing phase rounds are planned still but skipped when due (`skipped`: the slot
        of one), so undoing that phase finds pairing going on."""
        if not network.pairing_on or phase(network) == Phase.CLOSED:
            return None
        if store.pending_round(session, network.id) is not None:
            return None
        last = store.last_round(session, network.id)
        previous = max([as_utc(slot) for slot in (last.slot if last else None, skipped)
                        if slot is not None], default=None)
        setting = pairing.PairingSetting(True, network.pairing_weeks, network.pairing_weekday,
                                         network.pairing_hour)
        slot = pairing.next_round_at(setting, network.timezone, self.now(), previous)
        return delivery_store.add(session, Delivery(
            team_id=network.team_id, key=pairing.round_key(network.id, slot),
            kind=DeliveryKind.PAIRING, run_at=slot, network_id=network.id, target="members"))

    # --- a round ----------------------------------------------------------------------------
    def draw_round(self, delivery: Delivery) -> RoundToSend | None:
        """The round of this delivery: drawn and stored the first time, read back on a retry
        (never drawn again). Plans its follow-up and the next round. None: pairing was
        switched off or the network closed before it was due, or it is in its closing phase
        (no round is drawn then, the next is planned: undoing that phase goes on)."""
        planned: list[Delivery] = []
        with self.unit() as session:
            network = network_store.get_network(session, delivery.network_id)
            existing = store.round_of_delivery(session, delivery.id)
            if phase(network) == Phase.CLOSED:  # nothing goes out for a closed network
                return None
            if existing is None:
                if not network.pairing_on:
                    return None
                if phase(network) == Phase.CLOSING:
                    following = self._plan(session, network, skipped=_slot_of(delivery))
                    planned += [following] if following else []
                else:
                    existing = self._draw(session, network, delivery)
                    follow_up = delivery_store.add(session, Delivery(
                        team_id=network.team_id, key=pairing.follow_up_key(existing.id),
                        kind=DeliveryKind.PAIRING_FOLLOW_UP,
                        run_at=as_utc(existing.slot) + pairing.FOLLOW_UP_AFTER,
                        network_id=network.id, target="groups"))
                    planned += [d for d in (follow_up,) if d]
            if existing is not None:
                groups = self._groups(session, existing.id)
                pairing_round = existing
        if existing is None:  # skipped in the closing phase
            self.scheduled(planned)
            return None
        with self.unit() as session:  # the next round, once this one's row exists
            network = network_store.get_network(session, delivery.network_id)
            following = self._plan(session, network)
            planned += [following] if following else []
        self.scheduled(planned)
        return RoundToSend(network, pairing_round, groups)

    def _draw(self, session: Session, network: Network, delivery: Delivery) -> PairingRound:
        number = store.next_number(session, network.id)
        people = store.candidates(session, network.id)
        teams = {user: team or network.team_id for user, team, _ in people}
        members = [pairing.Member(user, organisation) for user, _, organisation in people]
        slot = _slot_of(delivery)
        drawn = pairing.draw(members, store.paused(session, network.id, number),
                             pairing.history_of(store.earlier_groups(session, network.id)),
                             pairing.seed_of(network.id, slot))
        pairing_round = PairingRound(team_id=network.team_id, network_id=network.id,
                                     delivery_id=delivery.id, number=number, slot=slot,
                                     unmatched=len(drawn.unmatched))
        store.add_round(session, pairing_round, [[(u, teams[u]) for u in group]
                                                 for group in drawn.groups])
        return pairing_round

    @staticmethod
    def _groups(session: Session, round_id: int) -> list[Group]:
        return [Group(group.id, people) for group, people in store.groups_of_round(session,
                                                                                  round_id)]

    def follow_up(self, delivery: Delivery) -> RoundToSend | None:
        """The round a follow-up asks about (None: gone with an erasure of the network, or
        the network closed meanwhile: nothing goes out for a closed network)."""
        round_id = int(delivery.key.rsplit(":", 1)[1])
        with self.read() as session:
            pairing_round = store.get_round(session, round_id)
            if pairing_round is None:
                return None
            network = network_store.get_network(session, pairing_round.network_id)
            if phase(network) == Phase.CLOSED:
                return None
            return RoundToSend(network, pairing_round, self._groups(session, round_id))

    # --- answers and choices ----------------------------------------------------------------
    def answer(self, group_id: int, user_id: str, met: bool) -> Answered:
        """One click per group: the first answer counts, and 'not yet' may become 'we met'."""
        with self.unit() as session:
            group = store.group_of(session, group_id)
            if group is None or not store.in_group(session, group_id, user_id):
                raise NotFound("pairing.error.gone")
            network = network_store.get_network(session, group.network_id)
            ensure_not_closed(network)
            changed = store.answer(session, group_id, met)
            return Answered(network, met, changed)

    def pause(self, network_id: int, user_id: str, *, opt_out: bool) -> Overview:
        """Skip the next round (pause) or every round until they join again (opt out)."""
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            ensure_member(session, network, user_id)
            until = None if opt_out else (store.next_number(session, network.id)
                                          + PAUSE_ROUNDS - 1)
            store.set_pause(session, network.team_id, network.id, user_id, until)
            session.flush()
            return self._overview(session, network, user_id)

    def rejoin(self, network_id: int, user_id: str) -> Overview:
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            ensure_member(session, network, user_id)
            store.clear_pause(session, network.id, user_id)
            session.flush()
            return self._overview(session, network, user_id)


def _slot_of(delivery: Delivery) -> datetime:
    """The slot a round was planned for (its key), whatever retries did to its run_at."""
    return datetime.fromtimestamp(int(delivery.key.rsplit(":", 1)[1]), UTC)
