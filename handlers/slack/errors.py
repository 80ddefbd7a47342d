"""The one place where a domain error becomes something a user sees in Slack."""

import logging

from slack_sdk.errors import SlackApiError

from bot.catalog import DEFAULT_LANG, Lang, t
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


# Slack's answers when a modal's trigger_id was too old or already used.
TRIGGER_ERRORS = {"expired_trigger_id", "exchanged_trigger_id", "trigger_exchanged",
                  "invalid_trigger_id"}


def slack_failure_text(error: SlackApiError, lang: Lang) -> str:
    """What to tell a user when Slack refused a call we made for them."""
    if error.response.get("error") in TRIGGER_ERRORS:
        return t("error.modal_expired", lang)
    log.error("Slack refused a call: %s", error.response.get("error"))
    return t("error.generic", lang)


def register_error_handler(app, deps) -> None:
    # Listeners catch what they expect after ack(); Bolt replaces an already sent ack with
    # nothing when a listener raises later, so this is only the net for the unforeseen.
    @app.error
    def on_unexpected_error(error, body, respond, client, logger):
        logger.exception("unhandled error: %s", error)
        if respond is None or not body.get("response_url"):
            return  # a modal submission or an event: there is nobody to answer in place
        user_id = body.get("user_id") or body.get("user", {}).get("id")
        lang = deps.locales.lang(client, user_id) if user_id else DEFAULT_LANG
        respond(text=t("error.generic", lang), response_type="ephemeral",
                replace_original=False)
