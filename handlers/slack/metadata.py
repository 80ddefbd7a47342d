"""Typed private_metadata for our modals: what a submission needs to know about its origin."""

import json
from dataclasses import asdict, dataclass
from typing import Self


class Metadata:
    """JSON round trip for the dataclasses below (Slack gives private_metadata back as text)."""

    def dumps(self) -> str:
        return json.dumps(asdict(self))  # type: ignore[call-overload]

    @classmethod
    def loads(cls, raw: object) -> Self:
        return cls(**json.loads(raw))  # type: ignore[arg-type]


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
