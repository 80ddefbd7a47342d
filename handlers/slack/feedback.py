"""Telling the person who clicked: in place under a message, or in a small modal from a view
(the Home tab has no response_url to answer through)."""

from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlmodel import Session

from bot.catalog import Lang
from bot.domain.errors import DomainError
from handlers.slack.deps import Deps
from handlers.slack.errors import message_for, slack_failure_text
from handlers.slack.kit import notice_modal, section

# Builds a modal for the clicker: (database session, user id, language) -> view.
ViewBuilder = Callable[[Session, str, Lang], dict]


def answer_click(client: WebClient, body: dict, respond, text: str, lang: Lang) -> None:
    try:
        if body.get("response_url"):
            respond(text=text, response_type="ephemeral", replace_original=False)
        elif body.get("trigger_id"):
            client.views_open(trigger_id=body["trigger_id"],
                              view=notice_modal(lang, [section(text)]))
    except SlackApiError:
        pass  # the answer is a courtesy; what was asked has been handled or refused already


def open_modal_on_click(deps: Deps, client: WebClient, body: dict, respond,
                        build: ViewBuilder) -> None:
    """A button that opens a modal: the domain builds it (a refusal is told to the clicker),
    then Slack opens it (outside the transaction, so no lock is held during the call)."""
    user_id = body["user"]["id"]
    lang = deps.locales.lang(client, user_id)
    try:
        with deps.db.session() as session:
            view = build(session, user_id, lang)
    except DomainError as error:
        answer_click(client, body, respond, message_for(error, lang), lang)
        return
    try:
        client.views_open(trigger_id=body["trigger_id"], view=view)
    except SlackApiError as error:
        answer_click(client, body, respond, slack_failure_text(error, lang), lang)
