"""Block Kit for starting a network: the network modal and the charter card in the channel."""


from bot.catalog import Lang, t
from bot.domain.languages import LANGUAGES
from bot.domain.networks import OPEN, PARTICIPANT_CAP, REQUESTS
from bot.text import escape
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    fields_section,
    header,
    input_block,
    modal,
    section,
    static_select,
    text_input,
)
from handlers.slack.metadata import NetworkModalMeta
from handlers.slack.people import person
from storage.models import (
    MeetingFormat,
    Network,
)


def network_modal(lang: Lang, channel_id: str, language: Lang) -> dict:
    """`language`: what the network's language select starts at (LEERNET_LANGUAGE)."""
    formats = [(t(f"format.{f.value}", lang), f.value) for f in MeetingFormat]
    languages: list[tuple[str, str]] = [(t(f"language.name.{code}", lang), code)
                                        for code in LANGUAGES]
    blocks = [
        section(t("network.modal.intro", lang)),
        input_block("name", t("network.field.name", lang), text_input(80)),
        input_block("theme", t("network.field.theme", lang), text_input(200)),
        input_block("region", t("network.field.region", lang), text_input(80)),
        input_block("what", t("network.field.what", lang), text_input(1000, multiline=True)),
        input_block("why", t("network.field.why", lang), text_input(1000, multiline=True)),
        input_block("how", t("network.field.how", lang), text_input(1000, multiline=True)),
        input_block("for_whom", t("network.field.for_whom", lang),
                    text_input(1000, multiline=True)),
        input_block("format", t("network.field.format", lang),
                    static_select(formats, MeetingFormat.FACE_TO_FACE.value)),
        input_block(
            "max_participants", t("network.field.max", lang),
            {"type": "number_input", "action_id": ids.VALUE, "is_decimal_allowed": False,
             "initial_value": str(PARTICIPANT_CAP), "min_value": "2",
             "max_value": str(PARTICIPANT_CAP)},
            hint=t("network.field.max.hint", lang),
        ),
        input_block("requests", t("network.field.requests", lang),
                    static_select([(t(f"requests.option.{v}", lang), v) for v in REQUESTS],
                                  OPEN),
                    hint=t("network.field.requests.hint", lang)),
        input_block(LANGUAGE_FIELD, t("language.field", lang), static_select(languages, language),
                    hint=t("language.field.hint", lang)),
    ]
    return modal(ids.NETWORK_MODAL, t("network.modal.title", lang),
                 t("network.modal.submit", lang), t("modal.cancel", lang), blocks,
                 NetworkModalMeta(channel_id).dumps())


LANGUAGE_FIELD = "language"


def charter_message(network: Network, lang: Lang) -> tuple[str, list[Block]]:
    """The 'what, why, how, for whom' card posted in the network's channel."""
    name = escape(network.name)
    blocks = [
        header(t("charter.header", lang, name=network.name)),
        fields_section([
            t("charter.theme", lang, value=escape(network.theme)),
            t("charter.region", lang, value=escape(network.region)),
            t("charter.format", lang, value=t(f"format.{network.format}", lang)),
            t("charter.max", lang, value=network.max_participants),
            t("charter.requests.open" if network.open_to_requests
              else "charter.requests.closed", lang),
        ]),
        section(t("charter.what", lang, value=escape(network.charter_what))),
        section(t("charter.why", lang, value=escape(network.charter_why))),
        section(t("charter.how", lang, value=escape(network.charter_how))),
        section(t("charter.for_whom", lang, value=escape(network.charter_for_whom))),
        context(t("charter.facilitator", lang, who=person(network.created_by, lang))),
        # Also for whoever cannot type our command (a Slack Connect member without the app).
        actions(f"charter_join:{network.id}",
                button(t("charter.join", lang), ids.JOIN_OPEN, str(network.id))),
    ]
    return t("charter.fallback", lang, name=name), blocks
