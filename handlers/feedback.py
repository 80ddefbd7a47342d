"""Telling the person who clicked: in place under a message, or in a small modal from a view
(the Home tab has no response_url to answer through)."""

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.catalog import Lang, t
from handlers.kit import Block, plain, section


def notice_modal(lang: Lang, blocks: list[Block]) -> dict:
    return {"type": "modal", "title": plain(t("notice.title", lang)),
            "close": plain(t("notice.close", lang)), "blocks": blocks}


def answer_click(client: WebClient, body: dict, respond, text: str, lang: Lang) -> None:
    try:
        if body.get("response_url"):
            respond(text=text, response_type="ephemeral", replace_original=False)
        elif body.get("trigger_id"):
            client.views_open(trigger_id=body["trigger_id"],
                              view=notice_modal(lang, [section(text)]))
    except SlackApiError:
        pass  # the answer is a courtesy; what was asked has been handled or refused already
