"""Log lines: readable text by default, one JSON object per line with LEERNET_LOG_FORMAT=json.

Two promises hold whatever the format:
- no Slack token is ever written: `RedactTokens` masks anything shaped like one (xoxb-, xoxp-,
  xapp-, xoxe-, ...), in the message and in the traceback;
- no answer text is ever written: our own log calls name ids and Slack error codes, never
  values a person typed, and slack_sdk and slack_bolt (whose DEBUG lines dump whole request and
  response bodies, modal values and DM texts included) are never let below INFO.
"""

import contextvars
import json
import logging
import re
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import IO, Any

# The HTTP request a log line belongs to (set by bot.web for the thread that serves it, and
# carried into Bolt's listener threads by ContextThreadPool).
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "leernet_request_id", default=None)

TOKEN = re.compile(r"\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]+")
# Libraries whose DEBUG output carries payloads: what people typed, what the bot sent them.
PAYLOAD_LOGGERS = ("slack_sdk", "slack_bolt")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str) -> str:
    return TOKEN.sub(lambda m: f"{m.group(1)}-[redacted]", text)


class RedactTokens(logging.Filter):
    """Masks Slack tokens in a record before any handler formats it."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not lose the line
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class ContextThreadPool(ThreadPoolExecutor):
    """A thread pool whose tasks run in a copy of the submitter's context: Bolt hands each
    listener to its pool from the thread that serves the request, so the listener's log lines
    (and the work after its acknowledgement) keep that request's id."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        context = contextvars.copy_context()
        return super().submit(context.run, fn, *args, **kwargs)


class RequestIds(logging.Filter):
    """Puts the current request id on the record (None outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, request_id when
    known, and the traceback as `exception`."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None)
        if rid:
            entry["request_id"] = rid
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure(log_format: str = "text", level: int = logging.INFO,
              stream: IO[str] | None = None) -> logging.Handler:
    """Replace the root logger's handlers with one that writes `log_format` to `stream`."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json"
                         else logging.Formatter(TEXT_FORMAT))
    handler.addFilter(RequestIds())
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return handler
