"""Typed private_metadata for our modals: what a submission needs to know about its origin."""

import json
import types
import typing
from dataclasses import asdict, dataclass, fields
from typing import Any, Self

from bot.domain.errors import BadInput
from handlers.slack.values import MAX_ID

MAX_TEXT = 255


class Metadata:
    """JSON round trip for the dataclasses below (Slack gives private_metadata back as text).

    A submission's private_metadata can be forged: `loads` accepts only the exact fields with
    the declared types (ids in the database's range) and raises BadInput for anything else.
    """

    def dumps(self) -> str:
        return json.dumps(asdict(self))  # type: ignore[call-overload]

    @classmethod
    def loads(cls, raw: object) -> Self:
        try:
            data = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            data = None
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        if not isinstance(data, dict) or set(data) != names:
            raise BadInput()
        hints = typing.get_type_hints(cls)
        for name in names:
            if not _fits(data[name], hints[name]):
                raise BadInput()
        return cls(**data)


def _fits(value: Any, hint: Any) -> bool:
    """Whether a JSON value matches a field's declared type (int, str, X | None, list[X])."""
    if isinstance(hint, types.UnionType):
        return any(_fits(value, option) for option in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is int:
        return type(value) is int and 1 <= value <= MAX_ID
    if hint is str:
        return isinstance(value, str) and 0 < len(value) <= MAX_TEXT
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and len(value) <= 100 and all(
            _fits(v, item) for v in value)
    return False


@dataclass(frozen=True)
class NetworkModalMeta(Metadata):
    channel_id: str


@dataclass(frozen=True)
class PlanModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class JoinModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class KickoffModalMeta(Metadata):
    network_id: int
    lang: str  # the language the modal was shown in: the consent is kept in its words


@dataclass(frozen=True)
class AgreementModalMeta(Metadata):
    network_id: int
    amends_version: int | None  # the version in force when the modal opened


@dataclass(frozen=True)
class PollModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class MeetingModalMeta(Metadata):
    meeting_id: int


@dataclass(frozen=True)
class AgendaModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class EvaluationModalMeta(Metadata):
    poll_id: int


@dataclass(frozen=True)
class ApplyModalMeta(Metadata):
    commitment_id: int


@dataclass(frozen=True)
class ReportModalMeta(Metadata):
    network_id: int
    meeting_id: int | None  # None: the form's session select says which
    report_id: int | None  # None: a new report
    item_ids: list[int | None]  # the stored item each action-item row shows


@dataclass(frozen=True)
class KnowledgeModalMeta(Metadata):
    network_id: int
    item_id: int | None  # None: a new item
    # A new item from a Slack message: its author (team, user), who must consent before it
    # is seen beyond the network.
    source_author_id: str | None
    source_author_team_id: str | None


@dataclass(frozen=True)
class DigestModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class PairingModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class FinalModalMeta(Metadata):
    network_id: int


@dataclass(frozen=True)
class IntervisionRolesMeta(Metadata):
    network_id: int
    case_id: int
    method: str


@dataclass(frozen=True)
class IntervisionEntryMeta(Metadata):
    network_id: int
    run_id: int
    kind: str  # question, advice


@dataclass(frozen=True)
class IntervisionTakeawayMeta(Metadata):
    network_id: int
    run_id: int
