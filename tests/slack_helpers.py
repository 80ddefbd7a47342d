"""Steps a test takes as a Slack user, through the twin and signed requests."""

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from slack_twin.local_stack import LocalStack
from tests.conftest import CHANNEL, FACILITATOR

NETWORK_VALUES = {
    "name": "Zorg & Welzijn Gent",
    "theme": "Samenwerken rond dementie",
    "region": "Gent",
    "what": "Ervaringen delen",
    "why": "Van elkaar leren",
    "how": "Maandelijks, face-to-face",
    "for_whom": "Zorgcoördinatoren",
    "format": "face_to_face",
    "max_participants": "12",
}


def open_modal(stack: LocalStack, user: str, text: str, channel: str = CHANNEL) -> dict:
    """Type the command, expect an empty ack and a views.open; return the opened view."""
    before = len(stack.twin.calls_to("views.open"))
    response = stack.driver.command(user, text, channel)
    assert response.status == 200, response.body
    calls = stack.twin.wait_for("views.open", count=before + 1)
    return calls[-1].response["view"]


def create_network(stack: LocalStack, user: str = FACILITATOR, channel: str = CHANNEL,
                   **changes) -> dict:
    """Start a network in the channel through its modal; return the modal's last view, which
    tells the outcome."""
    view = open_modal(stack, user, "nieuw", channel)
    outcome = submit_and_wait(stack, user, view, {**NETWORK_VALUES, **changes})
    assert f"<#{channel}>" in str(outcome["blocks"]), outcome
    return outcome


def submit_and_wait(stack: LocalStack, user: str, view: dict, values: dict) -> dict:
    """Submit a modal that answers 'at work' first; wait for and return its final view."""
    response = stack.driver.submit_view(user, view, values)
    assert response.status == 200, response.body
    assert response.json["response_action"] == "update", response.body
    return modal_outcome(stack, view["id"])


def modal_outcome(stack: LocalStack, view_id: str) -> dict:
    """The view a modal was updated to after its submission was acknowledged."""
    calls = stack.twin.wait_for("views.update", lambda c: c.args.get("view_id") == view_id)
    return calls[-1].args["view"]


def local_date_time(moment: datetime, tz: str = "Europe/Brussels") -> tuple[str, str]:
    local = moment.astimezone(ZoneInfo(tz))
    return local.date().isoformat(), local.strftime("%H:%M")


def plan_values(starts_at: datetime, **changes) -> dict:
    day, clock = local_date_time(starts_at)
    values = {"date": day, "time": clock, "duration": "120", "location": "Stadhuis Gent",
              "learning_form": "intervision", "agenda": "Casus van Bob"}
    values.update(changes)
    return values


def next_whole_minute(after: timedelta) -> datetime:
    moment = datetime.now(UTC) + after
    return moment.replace(second=0, microsecond=0) + timedelta(minutes=1)


def add_member(stack: LocalStack, user: str, channel: str = CHANNEL) -> None:
    """Put a participant in the channel's network (invitations arrive with issue 3)."""
    from storage import networks as repo
    from storage.models import Membership, Role

    with stack.bot.db.session() as session:
        network = repo.network_by_channel(session, "T0TWIN", channel)
        session.add(Membership(team_id=network.team_id, network_id=network.id, user_id=user,
                               role=Role.PARTICIPANT, organisation="AZ Gent"))


def choose_language(stack: LocalStack, user: str, language: str | None) -> None:
    """What `/leernet taal en` stores (None: `taal auto`), without the request."""
    stack.bot.deps.services.languages.choose(stack.twin.team_id, user, language)  # type: ignore[arg-type]


def eventually(condition, timeout: float = 10.0) -> None:
    """Wait for background work (Bolt's listener threads, the scheduler) to settle."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def rows(stack: LocalStack, model: type, *where: Any) -> list:
    """Every row of a table (matching `where`), in the order they were made."""
    with stack.bot.db.session() as session:
        statement = select(model).where(*where).order_by(col(model.id))  # type: ignore[attr-defined]
        return list(session.exec(statement).all())


def deliveries(stack: LocalStack) -> list:
    """Every delivery but each network's own rhythm: its retention check (due in years) and its
    weekly digests (tests/digests look at those)."""
    from storage.models import Delivery, DeliveryKind

    own = (DeliveryKind.RETENTION, DeliveryKind.DIGEST, DeliveryKind.FACILITATOR_DIGEST)
    return rows(stack, Delivery, col(Delivery.kind).not_in(own))


def channel_message(stack: LocalStack, ts: str, channel: str = CHANNEL) -> dict:
    (message,) = [m for m in stack.twin.messages(channel) if m["ts"] == ts]
    return message


def block_texts(blocks: list[dict]) -> str:
    """Every text a person reads in the blocks: sections and their fields, headers, contexts,
    button labels and accessories, one string to search in."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block.get("text"), dict):
            out.append(block["text"]["text"])
        out += [f["text"] for f in block.get("fields", [])]
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            text = element.get("text")
            out.append(text["text"] if isinstance(text, dict) else text or "")
    return "\n".join(out)


def message_text(message: dict) -> str:
    """All text of a message: its fallback text and what its blocks show."""
    return "\n".join([message.get("text", ""), block_texts(message.get("blocks", []))])
