"""Steps around pairing: members of several organisations, switching it on, running rounds."""

from sqlalchemy import update
from sqlmodel import col

from slack_twin.local_stack import LocalStack
from storage import networks as repo
from storage.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Membership,
    Role,
)
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.slack_helpers import modal_outcome, open_modal, rows

CAS, DIRK = "UCAS0001", "UDIRK001"
ORGANISATIONS = {FACILITATOR: "Stad Gent", ANN: "AZ Gent", BOB: "OCMW Gent", CAS: "CAW",
                 DIRK: "AZ Gent"}


def five_members(stack: LocalStack) -> None:
    """The facilitator, Ann and Bob, plus Cas and Dirk: four organisations (Ann and Dirk are
    colleagues at AZ Gent)."""
    stack.twin.add_user(CAS, "cas", real_name="Cas Claes")
    stack.twin.add_user(DIRK, "dirk", real_name="Dirk De Smet")
    with stack.bot.db.session() as session:
        network = repo.network_by_channel(session, "T0TWIN", CHANNEL)
        for user in (CAS, DIRK):
            session.add(Membership(team_id=network.team_id, network_id=network.id,
                                   user_id=user, role=Role.PARTICIPANT))
        session.flush()
        session.execute(update(Membership).where(col(Membership.network_id) == network.id)
                        .values(organisation=None))
        for user, organisation in ORGANISATIONS.items():
            session.execute(update(Membership).where(col(Membership.network_id) == network.id,
                                                     col(Membership.user_id) == user)
                            .values(organisation=organisation))


def set_pairing(stack: LocalStack, on: bool = True, weeks: str = "2", day: str = "3",
                hour: str = "10") -> dict:
    """The facilitator's modal, submitted: the view it was updated to."""
    view = open_modal(stack, FACILITATOR, "koppelen")
    response = stack.driver.submit_view(FACILITATOR, view, {
        "on": "on" if on else "off", "weeks": weeks, "day": day, "hour": hour})
    assert response.status == 200, response.body
    if response.json and response.json.get("response_action") == "update":
        return response.json["view"]
    return modal_outcome(stack, view["id"])


def pending(stack: LocalStack, kind: DeliveryKind = DeliveryKind.PAIRING) -> list[Delivery]:
    return rows(stack, Delivery, Delivery.kind == kind, Delivery.status == DeliveryStatus.PENDING)


def run(stack: LocalStack, delivery: Delivery) -> DeliveryStatus | None:
    return stack.bot.dispatcher.run_one(delivery.id).status


def again(stack: LocalStack, delivery: Delivery) -> DeliveryStatus | None:
    """Run a delivery once more, as after a process died with its claim (the lease expired
    and the queue took it back)."""
    with stack.bot.db.session() as session:
        session.execute(update(Delivery).where(col(Delivery.id) == delivery.id)
                        .values(status=DeliveryStatus.PENDING, claimed_by=None,
                                claimed_at=None))
    return run(stack, delivery)
