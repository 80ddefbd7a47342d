"""Block Kit for the network directory: one section per network, with its join button."""

from bot.catalog import Lang, t, tn
from bot.domain.directory import Directory, Listing, Standing
from bot.text import escape, format_when
from handlers.slack import ids
from handlers.slack.kit import Block, button, context, header, section

# Facilitators named per network; more are counted ("+2").
FACILITATORS_SHOWN = 3


def directory_blocks(directory: Directory, lang: Lang) -> list[Block]:
    word = escape(directory.word)
    blocks: list[Block] = [header(t("directory.header", lang))]
    if not directory.listings:
        key = "directory.none.searched" if directory.word else "directory.none"
        return [*blocks, section(t(key, lang, word=word))]
    blocks.append(context(t("directory.intro", lang)))
    if directory.word:
        blocks.append(context(t("directory.searched", lang, word=word)))
    blocks += [_listing(listing, lang) for listing in directory.listings]
    if directory.more:
        blocks.append(context(tn("directory.more", directory.more, lang)))
    return blocks


def _listing(listing: Listing, lang: Lang) -> Block:
    network = listing.network
    lines = [t("directory.network", lang, name=escape(network.name), theme=escape(network.theme),
               region=escape(network.region)),
             _standing(listing, lang)]
    if listing.facilitators:
        lines.append(tn("directory.facilitators", len(listing.facilitators), lang,
                        users=_people(listing.facilitators)))
    lines.append(t("directory.next", lang, when=format_when(listing.next_session,
                                                             network.timezone, lang))
                 if listing.next_session else t("directory.next.none", lang))
    block = section("\n".join(lines), block_id=f"directory:{network.id}")
    if listing.standing.may_request:
        block["accessory"] = button(t("directory.join", lang), ids.DIRECTORY_JOIN,
                                    str(network.id), "primary")
    return block


def _standing(listing: Listing, lang: Lang) -> str:
    if listing.standing == Standing.OPEN:
        return tn("directory.open", listing.places_left, lang)
    if listing.standing == Standing.FULL:
        return tn("directory.full", listing.waitlist, lang)
    return t(f"directory.{listing.standing.value}", lang)


def _people(user_ids: list[str]) -> str:
    named = ", ".join(f"<@{user}>" for user in user_ids[:FACILITATORS_SHOWN])
    rest = len(user_ids) - FACILITATORS_SHOWN
    return f"{named} +{rest}" if rest > 0 else named
