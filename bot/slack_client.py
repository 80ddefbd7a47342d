"""The Web API client every outbound call uses, scheduled ones included."""

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Settings
from bot.metrics import CountingRateLimitHandler, Metrics

# A 429 asking to wait longer than this is not waited out inside the call: the scheduled
# sender reschedules its delivery instead (bot.dispatch.RetryLater) and the thread moves on.
MAX_INLINE_RETRY_AFTER = 2


class ShortRateLimitRetryHandler(CountingRateLimitHandler):
    """slack_sdk's 429 handler (each 429 counted), for short Retry-After values only."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        if not super()._can_retry(state=state, request=request, response=response,
                                  error=error):
            return False
        assert response is not None
        for name, values in response.headers.items():
            if name.lower() == "retry-after":
                try:
                    return int(values[0]) <= MAX_INLINE_RETRY_AFTER
                except (ValueError, IndexError):
                    return True
        return True


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
            ShortRateLimitRetryHandler(metrics, max_retry_count=2),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )
