"""Typed private_metadata for our modals: what a submission needs to know about its origin."""

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class NetworkModalMeta:
    channel_id: str

    def dumps(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def loads(cls, raw: str) -> "NetworkModalMeta":
        return cls(**json.loads(raw))


@dataclass(frozen=True)
class PlanModalMeta:
    network_id: int

    def dumps(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def loads(cls, raw: str) -> "PlanModalMeta":
        return cls(**json.loads(raw))
