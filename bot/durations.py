"""Parse the short duration notation used in configuration ("7d", "1h", "30m", "45s")."""

from datetime import timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> timedelta:
    """'7d' -> 7 days. Raises ValueError with a readable reason."""
    raw = text.strip().lower()
    if len(raw) < 2 or raw[-1] not in _UNITS or not raw[:-1].isdigit():
        raise ValueError(f"'{text}' is not a duration like 45s, 30m, 2h or 7d")
    return timedelta(seconds=int(raw[:-1]) * _UNITS[raw[-1]])


def parse_durations(text: str) -> tuple[timedelta, ...]:
    """'7d,1d' -> (7 days, 1 day), longest first, duplicates dropped."""
    parts = [p for p in text.split(",") if p.strip()]
    if not parts:
        raise ValueError("expected one or more durations such as 7d,1d")
    return tuple(sorted({parse_duration(p) for p in parts}, reverse=True))


def format_duration(delta: timedelta) -> str:
    """The inverse of parse_duration for whole units: 86400 s -> '1d'."""
    seconds = int(delta.total_seconds())
    for unit, size in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
        if seconds % size == 0 and seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
