"""A local Slack twin: the Web API over HTTP, a signed-request driver and a text renderer."""

from .blockkit import validate_blocks, validate_view
from .driver import DriverResponse, SlackDriver
from .render import render_blocks, render_message, render_view
from .server import Call, RateLimiter, SlackTwin

__all__ = [
    "Call",
    "DriverResponse",
    "SlackDriver",
    "RateLimiter",
    "SlackTwin",
    "render_blocks",
    "render_message",
    "render_view",
    "validate_blocks",
    "validate_view",
]
