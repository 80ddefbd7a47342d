"""What the group brought that a facilitator can put on the next agenda.

Input comes from the participants (a success rule of the method): their learning questions
and experiences from the kickoff, and the obstacles they met applying what they learned.
"""

from sqlmodel import Session

from bot.domain import apply_at_work, kickoff
from storage.models import Network

MAX_TOPICS = 20


def plan_topics(session: Session, network: Network) -> list[str]:
    """Recent obstacles first (they are fresh), then kickoff topics; one line each, no repeats."""
    topics: list[str] = []
    seen: set[str] = set()
    for text in [*apply_at_work.open_obstacles(session, network.id),
                 *kickoff.planning_topics(session, network)]:
        for line in text.splitlines():
            topic = line.strip().lstrip("-•*").strip()
            if topic and topic.casefold() not in seen:
                seen.add(topic.casefold())
                topics.append(topic)
    return topics[:MAX_TOPICS]
