"""A pairing round and its follow-up on their schedule: a group DM per pair (or three), once.

The round's groups are drawn and stored before the first message (bot.services.pairing), so
a retry or a restart sends to the same groups. A group DM is one 'person' of the delivery:
its receipt (`pair:<group id>`) is written before the post, and the post carries the
delivery's metadata, so a retried send is looked up in that group DM instead of posted twice.
A bot may open a group DM only with people of its own workspace: a group with someone of
another workspace (Slack Connect) gets one direct message each, naming the others."""

import logging
from collections.abc import Callable
from functools import partial

from bot.catalog import Lang
from bot.domain.languages import of_network
from bot.services.pairing import Group, RoundToSend
from handlers.pairing.blocks import (
    direct_follow_up_message,
    direct_round_message,
    follow_up_message,
    round_message,
)
from handlers.slack.deps import Deps
from handlers.slack.kit import Block
from handlers.slack.messaging import OncePerPersonSender, Sender
from storage.models import Delivery, DeliveryKind, Network

log = logging.getLogger(__name__)

GROUP_RECEIPT = "pair:"  # + the group's id: a group DM's receipt (it names nobody)

GroupBuilder = Callable[[Network, Group, Lang], tuple[str, list[Block]]]
DirectBuilder = Callable[[Network, Group, list[str], Lang], tuple[str, list[Block]]]


def shares_a_group_dm(network: Network, group: Group) -> bool:
    """Everyone of the group is of the network's workspace, whose bot opens the group DM."""
    return all((team or network.team_id) == network.team_id for _, team in group.people)


class GroupSender(OncePerPersonSender):
    """Sends one message per group of a round: in their group DM, or to each of them."""

    def send_groups(self, delivery: Delivery, to_send: RoundToSend, in_group: GroupBuilder,
                    direct: DirectBuilder) -> None:
        network = to_send.network
        for group in to_send.groups:
            users = [user for user, _ in group.people]
            if len(users) < 2:  # an erased partner: nobody to meet
                continue
            if shares_a_group_dm(network, group):
                self.send_once(delivery, f"{GROUP_RECEIPT}{group.id}", ",".join(users),
                               partial(_in_network_language, in_group, network, group))
                continue
            for user in users:
                others = [u for u in users if u != user]
                self.dm(delivery, user, partial(direct, network, group, others))


def _in_network_language(build: GroupBuilder, network: Network, group: Group,
                         _lang: Lang) -> tuple[str, list[Block]]:
    """A group DM has several readers: it is in the network's language, as its channel."""
    return build(network, group, of_network(network))


class RoundSender(GroupSender):
    def __call__(self, delivery: Delivery) -> None:
        to_send = self.deps.services.pairing.draw_round(delivery)
        if to_send is None:
            log.info("pairing %s not sent: pairing is off, or the network closing or closed",
                     delivery.id)
            return
        self.send_groups(
            delivery, to_send,
            lambda network, group, lang: round_message(
                network, [u for u, _ in group.people], lang),
            lambda network, group, others, lang: direct_round_message(network, others, lang))


class FollowUpSender(GroupSender):
    def __call__(self, delivery: Delivery) -> None:
        to_send = self.deps.services.pairing.follow_up(delivery)
        if to_send is None:
            return
        self.send_groups(
            delivery, to_send,
            lambda network, group, lang: follow_up_message(network, group.id, lang),
            lambda network, group, others, lang: direct_follow_up_message(
                network, group.id, others, lang))


def senders(deps: Deps) -> dict[DeliveryKind, Sender]:
    return {DeliveryKind.PAIRING: RoundSender(deps),
            DeliveryKind.PAIRING_FOLLOW_UP: FollowUpSender(deps)}
