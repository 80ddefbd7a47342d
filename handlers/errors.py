"""The one place where a domain error becomes something a user sees in Slack."""

import logging

from bot.catalog import Lang, t
from bot.domain.errors import DomainError, FieldErrors
from bot.text import escape

log = logging.getLogger(__name__)


def message_for(error: DomainError, lang: Lang) -> str:
    """The catalog text for an error, with every value escaped (names are user-typed)."""
    values = {k: escape(v) if isinstance(v, str) else v for k, v in error.values.items()}
    return t(error.key, lang, **values)


def modal_errors(error: FieldErrors, lang: Lang) -> dict[str, str]:
    """{block_id: message} for Bolt's ack(response_action="errors", errors=...)."""
    return {field: message_for(err, lang) for field, err in error.errors.items()}


def register_error_handler(app) -> None:
    @app.error
    def on_unexpected_error(error, body, respond, logger):
        # Anything we did not foresee: log it, and tell the user in their words, not ours.
        logger.exception("unhandled error: %s", error)
        if respond is not None and body.get("response_url"):
            respond(text=t("error.generic"), response_type="ephemeral", replace_original=False)
