"""The Web API client every outbound call uses, scheduled ones included."""

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Settings
from bot.metrics import CountingRateLimitHandler, Metrics


def make_client(settings: Settings, token: str | None = None,
                metrics: Metrics | None = None) -> WebClient:
    """A client with our retry policy; `token` None leaves a template for Bolt to copy (Bolt's
    copies share its retry handlers, so 429s are counted for listeners' calls too)."""
    # slack_sdk only retries connection errors by default; Slack's 429s and 5xx deserve a
    # retry too (Retry-After is honoured by the rate-limit handler).
    return WebClient(
        token=token,
        base_url=settings.slack_api_url,
        timeout=15,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            CountingRateLimitHandler(metrics, max_retry_count=3),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )
