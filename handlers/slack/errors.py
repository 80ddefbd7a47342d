"""The one place where whatever a listener raises becomes what the user sees in Slack.

Listeners do not catch errors: a domain refusal, a field error, a Slack refusal or a bug all
end here, and the answer takes the only way the surface still allows (see `answer_error`).
"""

import logging
from typing import TYPE_CHECKING, Any

from slack_bolt import App
from slack_bolt.context.respond import Respond
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import DBAPIError

from bot.catalog import DEFAULT_LANG, Lang, t, t_plain
from bot.domain.errors import BadInput, DomainError, FieldErrors
from bot.services.core import waited_too_long
from bot.text import escape
from handlers.slack.kit import notice_modal, section

if TYPE_CHECKING:
    from handlers.slack.turn import Turn

log = logging.getLogger(__name__)

# Slack's answers when a modal's trigger_id was too old or already used.
TRIGGER_ERRORS = {"expired_trigger_id", "exchanged_trigger_id", "trigger_exchanged",
                  "invalid_trigger_id"}


def message_for(error: DomainError, lang: Lang) -> str:
    """The catalog text for an error, with every value escaped (names are user-typed)."""
    values = {k: escape(v) if isinstance(v, str) else v for k, v in error.values.items()}
    return t(error.key, lang, **values)


def modal_errors(error: FieldErrors, lang: Lang) -> dict[str, str]:
    """{block_id: message} for Bolt's ack(response_action="errors", errors=...).

    Slack shows a field error as plain text, so it gets no mrkdwn and no escaping."""
    return {field: t_plain(err.key, lang, **err.values) for field, err in error.errors.items()}


def slack_failure_text(error: SlackApiError, lang: Lang) -> str:
    """What to tell a user when Slack refused a call we made for them."""
    if error.response.get("error") in TRIGGER_ERRORS:
        return t("error.modal_expired", lang)
    log.error("Slack refused a call: %s", error.response.get("error"))
    return t("error.generic", lang)


def plain_text_for(error: Exception, lang: Lang) -> str:
    """`text_for`, as plain text for a modal's error line."""
    if isinstance(error, DomainError) and not isinstance(error, FieldErrors):
        if isinstance(error, BadInput):
            log.warning("refused a malformed or forged request")
        return t_plain(error.key, lang, **error.values)
    return text_for(error, lang)


def text_for(error: Exception, lang: Lang) -> str:
    if isinstance(error, FieldErrors):
        return "\n".join(modal_errors(error, lang).values())
    if isinstance(error, DomainError):
        if isinstance(error, BadInput):
            log.warning("refused a malformed or forged request")
        return message_for(error, lang)
    if isinstance(error, SlackApiError):
        return slack_failure_text(error, lang)
    if isinstance(error, DBAPIError) and waited_too_long(error):
        # A long write elsewhere held the lock longer than the request path waits (as long as
        # Slack waits, see handlers.slack.turn.ACK_BUDGET): nothing was stored (the
        # transaction rolled back), so trying again shortly is the right advice.
        log.warning("database busy: %s", type(error.orig).__name__)
        return t("error.busy", lang)
    log.exception("unhandled error in a listener", exc_info=error)
    return t("error.generic", lang)


def answer_error(turn: "Turn", error: Exception) -> None:
    """A field error goes next to its field; anything else before the acknowledgement goes
    into it (a command's ephemeral answer, a modal's error line or notice), and after it to
    the person (`Turn.tell`)."""
    try:
        lang = turn.lang
    except Exception:  # noqa: BLE001 (the language lookup itself may be what fails)
        lang = DEFAULT_LANG
    if turn.acked:
        turn.tell(text_for(error, lang))
    elif turn.surface == "view" and isinstance(error, FieldErrors):
        turn.field_errors(modal_errors(error, lang))
    elif turn.surface == "view" and turn.error_field:
        turn.field_errors({turn.error_field: plain_text_for(error, lang)})
    elif turn.surface == "view":
        title = t(turn.notice_title, lang) if turn.notice_title else None
        turn.update_modal(notice_modal(lang, [section(text_for(error, lang))], title))
    elif turn.surface == "command":
        turn.ack(text=text_for(error, lang))
    else:
        turn.ack()
        turn.tell(text_for(error, lang))


def register_error_handler(app: App) -> None:
    """Bolt's own net, for what fails outside our listeners (in Bolt's middleware, say):
    logged, and the person gets the generic apology where a response_url allows it."""

    @app.error
    def on_unexpected_error(error: Exception, body: dict[str, Any],
                            respond: Respond | None) -> None:
        log.error("unhandled error outside the listeners", exc_info=error)
        if respond is not None and body.get("response_url"):
            respond(text=t("error.generic", DEFAULT_LANG), response_type="ephemeral",
                    replace_original=False)
