"""Block Kit for the agreements (afspraken): the modal, the channel message, the member view."""

from bot.catalog import Lang, t
from bot.domain.agreements import MAX_NOTE, MAX_TEXT, AckStatus
from bot.text import escape
from handlers.slack import ids
from handlers.slack.kit import (
    Block,
    actions,
    button,
    context,
    escaped_chunks,
    header,
    input_block,
    modal,
    section,
    text_input,
)
from handlers.slack.metadata import AgreementModalMeta
from handlers.slack.people import person
from storage.models import Agreement, Network


def status_text(status: AckStatus, version: int, lang: Lang) -> str:
    """For facilitators: how many agreed, and by mention who has not yet."""
    lines = [t("agreements.status", lang, version=version, acked=len(status.acked),
               total=status.total)]
    if status.pending:
        mentions = ", ".join(f"<@{user}>" for user in status.pending)
        lines.append(t("agreements.status.pending", lang, users=mentions))
    else:
        lines.append(t("agreements.status.everyone", lang))
    return "\n".join(lines)


def agreement_modal(lang: Lang, network: Network, current: Agreement | None,
                    status: AckStatus | None) -> dict:
    """Record the agreements, or amend the version in force (pre-filled, with its status)."""
    blocks: list[Block] = [section(t("agreements.modal.intro", lang, name=escape(network.name)))]
    if current is not None and status is not None:
        blocks.append(section(t("agreements.modal.amend", lang, version=current.version)))
        blocks.append(section(status_text(status, current.version, lang)))
    blocks.append(input_block("text", t("agreements.field.text", lang),
                              text_input(MAX_TEXT, multiline=True,
                                         initial=current.text if current else None),
                              hint=t("agreements.field.text.hint", lang)))
    if current is not None:
        blocks.append(input_block("change_note", t("agreements.field.change_note", lang),
                                  text_input(MAX_NOTE, multiline=True), optional=True,
                                  hint=t("agreements.field.change_note.hint", lang)))
    meta = AgreementModalMeta(network.id, current.version if current else None)
    return modal(ids.AGREEMENT_MODAL, t("agreements.modal.title", lang),
                 t("agreements.modal.submit", lang), t("modal.cancel", lang), blocks,
                 meta.dumps())


def _ack_button(agreement: Agreement, lang: Lang) -> Block:
    return actions(f"agreement:{agreement.id}",
                   button(t("agreements.ack_button", lang), ids.AGREEMENT_ACK,
                          str(agreement.id), "primary"))


def _body(agreement: Agreement, lang: Lang) -> list[Block]:
    blocks = [header(t("agreements.header", lang, version=agreement.version))]
    if agreement.version > 1:
        blocks.append(section(t("agreements.amended", lang)))
    blocks.extend(section(chunk) for chunk in escaped_chunks(agreement.text))
    return blocks


def agreement_message(network: Network, agreement: Agreement, status: AckStatus,
                      lang: Lang) -> tuple[str, list[Block]]:
    """The pinned channel message: the text, how many agreed, and the button to agree."""
    count = t("agreements.count", lang, acked=len(status.acked), total=status.total,
              who=person(agreement.created_by, lang))
    blocks = [*_body(agreement, lang), context(count), _ack_button(agreement, lang)]
    text = t("agreements.fallback", lang, name=escape(network.name), version=agreement.version)
    return text, blocks


def replaced_message(network: Network, agreement: Agreement, newer_version: int,
                     lang: Lang) -> tuple[str, list[Block]]:
    """An old version's message once a newer one is in force: no button any more."""
    blocks = [*_body(agreement, lang),
              context(t("agreements.replaced", lang, version=newer_version))]
    text = t("agreements.fallback", lang, name=escape(network.name), version=agreement.version)
    return text, blocks


def member_view(network: Network, agreement: Agreement, acked: bool,
                lang: Lang) -> tuple[str, list[Block]]:
    """The ephemeral answer to `/leernet afspraken` for a participant."""
    blocks = _body(agreement, lang)
    if acked:
        blocks.append(context(t("agreements.view.acked", lang)))
    else:
        blocks.append(section(t("agreements.view.ask", lang)))
        blocks.append(_ack_button(agreement, lang))
    text = t("agreements.fallback", lang, name=escape(network.name), version=agreement.version)
    return text, blocks
