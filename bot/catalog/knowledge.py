"""The knowledge library (`/leernet deel`, `/leernet kennis`): sharing what the network
learns, searching it, showing, changing and removing items."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.deel": {
        "nl": "`/leernet deel`: bewaar een voorbeeld, goede praktijk, kennis, struikelblok, "
        "succesverhaal of do's en don'ts in de bibliotheek van het leernetwerk",
        "en": "`/leernet share`: keep an example, best practice, knowledge, obstacle, success "
        "story or do's and don'ts in the network's library",
    },
    "help.kennis": {
        "nl": "`/leernet kennis [zoekterm]`: zoek in de bibliotheek van je leernetwerken",
        "en": "`/leernet knowledge [search term]`: search the library of your learning "
        "networks",
    },
    # the share form
    "knowledge.modal.title": {"nl": "Kennis delen", "en": "Share knowledge"},
    "knowledge.modal.title.edit": {"nl": "Kennis aanpassen", "en": "Edit knowledge"},
    "knowledge.modal.submit": {"nl": "Bewaren", "en": "Save"},
    "knowledge.modal.intro": {
        "nl": "Bewaar wat het netwerk *{name}* leert, zodat het niet wegscrollt in het kanaal.",
        "en": "Keep what the network *{name}* learns, so it does not scroll away in the "
        "channel.",
    },
    "knowledge.field.kind": {"nl": "Soort", "en": "Kind"},
    "knowledge.field.title": {"nl": "Titel", "en": "Title"},
    "knowledge.field.text": {"nl": "Tekst", "en": "Text"},
    "knowledge.field.text.hint": {
        "nl": "Opmaak zoals in Slack: *vet*, _cursief_, lijstjes met •.",
        "en": "Formatting as in Slack: *bold*, _italic_, lists with •.",
    },
    "knowledge.field.link": {"nl": "Link", "en": "Link"},
    "knowledge.field.link.hint": {
        "nl": "Een adres dat met https:// begint, bijvoorbeeld naar een document.",
        "en": "An address starting with https://, for example to a document.",
    },
    "knowledge.field.file": {"nl": "Bestand", "en": "File"},
    "knowledge.field.file.hint": {
        "nl": "Een link of een bestand: één document of afbeelding (pdf, Office, tekst, "
        "afbeelding), hoogstens {mb} MB.",
        "en": "A link or a file: one document or image (PDF, Office, text, image), at most "
        "{mb} MB.",
    },
    "knowledge.field.file.hint.edit": {
        "nl": "Nu: {name}. Een nieuw bestand vervangt het (hoogstens {mb} MB); leeg laten "
        "houdt het.",
        "en": "Now: {name}. A new file replaces it (at most {mb} MB); leaving this empty "
        "keeps it.",
    },
    "knowledge.field.remove_file": {"nl": "Bestand verwijderen", "en": "Remove the file"},
    "knowledge.field.remove_file.option": {
        "nl": "Verwijder het bestand van dit item", "en": "Remove the file from this item"},
    "knowledge.field.themes": {"nl": "Thema's die al gebruikt zijn",
                               "en": "Themes used before"},
    "knowledge.field.new_themes": {"nl": "Nieuwe thema's", "en": "New themes"},
    "knowledge.field.new_themes.hint": {
        "nl": "Gescheiden door komma's, bijvoorbeeld: onboarding, mentoring",
        "en": "Separated by commas, for example: onboarding, mentoring",
    },
    "knowledge.field.show_organisation": {"nl": "Organisatie", "en": "Organisation"},
    "knowledge.field.show_organisation.option": {
        "nl": "Toon mijn organisatie bij dit item",
        "en": "Show my organisation with this item",
    },
    "knowledge.field.organisation": {"nl": "Naam van je organisatie",
                                     "en": "Your organisation's name"},
    "knowledge.field.visibility": {"nl": "Wie mag het zien?", "en": "Who may see it?"},
    "knowledge.field.language": {"nl": "Taal van de tekst", "en": "Language of the text"},
    "knowledge.visibility.network": {"nl": "Dit leernetwerk", "en": "This learning network"},
    "knowledge.visibility.workspace": {"nl": "Alle leernetwerken van de werkruimte",
                                       "en": "All learning networks of the workspace"},
    "knowledge.visibility.public": {"nl": "Iedereen (publiek)", "en": "Everyone (public)"},
    "knowledge.language.nl": {"nl": "Nederlands", "en": "Dutch"},
    "knowledge.language.en": {"nl": "Engels", "en": "English"},
    "knowledge.kind.example": {"nl": "Voorbeeld", "en": "Example"},
    "knowledge.kind.best_practice": {"nl": "Goede praktijk", "en": "Best practice"},
    "knowledge.kind.knowledge": {"nl": "Kennis", "en": "Knowledge"},
    "knowledge.kind.obstacle": {"nl": "Struikelblok", "en": "Obstacle"},
    "knowledge.kind.success_story": {"nl": "Succesverhaal", "en": "Success story"},
    "knowledge.kind.dos_donts": {"nl": "Do's en don'ts", "en": "Do's and don'ts"},
    # field errors and refusals
    "knowledge.error.blank": {"nl": "Vul dit in.", "en": "Please fill this in."},
    "knowledge.error.confidential": {
        "nl": "Dit bericht hoort bij een vertrouwelijke casus: het blijft in de bijeenkomst "
        "en gaat niet naar de kennisbank.",
        "en": "This message belongs to a confidential case: it stays in the session and does "
        "not go into the library.",
    },
    "knowledge.error.choose": {"nl": "Kies een van de mogelijkheden.",
                               "en": "Choose one of the options."},
    "knowledge.error.link": {
        "nl": "Geef een webadres dat met http:// of https:// begint, zonder spaties "
        "(hoogstens {limit} tekens).",
        "en": "Give a web address starting with http:// or https://, without spaces (at "
        "most {limit} characters).",
    },
    "knowledge.error.file_type": {
        "nl": "Dit soort bestand kan niet. Wel: {types}.",
        "en": "This kind of file is not accepted. These are: {types}.",
    },
    "knowledge.error.file_size": {
        "nl": "Dit bestand is te groot: hoogstens {mb} MB.",
        "en": "This file is too large: at most {mb} MB.",
    },
    "knowledge.error.file_count": {
        "nl": "Eén bestand per item: kies er één.",
        "en": "One file per item: choose one.",
    },
    "knowledge.error.themes": {
        "nl": "Hoogstens {count} thema's van elk hoogstens {limit} tekens.",
        "en": "At most {count} themes of at most {limit} characters each.",
    },
    "knowledge.error.organisation": {
        "nl": "Vul je organisatie in, of kies om ze niet te tonen.",
        "en": "Fill in your organisation, or choose not to show it.",
    },
    "knowledge.error.not_member": {
        "nl": "Alleen actieve leden van het leernetwerk in <#{channel}> kunnen hier kennis "
        "delen.",
        "en": "Only active members of the learning network in <#{channel}> can share "
        "knowledge here.",
    },
    "knowledge.error.gone": {
        "nl": "Dat item bestaat niet meer, of je mag het niet zien.",
        "en": "That item no longer exists, or you may not see it.",
    },
    "knowledge.error.not_yours": {
        "nl": "Alleen wie het item deelde en de facilitators van het netwerk kunnen het "
        "aanpassen of verwijderen.",
        "en": "Only the person who shared the item and the network's facilitators can edit "
        "or remove it.",
    },
    # confirmations
    "knowledge.saved": {
        "nl": "Bewaard in de bibliotheek: *{title}*. Zoek het terug met `/leernet kennis`.",
        "en": "Kept in the library: *{title}*. Find it again with `/leernet knowledge`.",
    },
    "knowledge.changed": {"nl": "Aangepast: *{title}*.", "en": "Edited: *{title}*."},
    "knowledge.removed": {
        "nl": "Verwijderd uit de bibliotheek: *{title}*.",
        "en": "Removed from the library: *{title}*.",
    },
    "knowledge.card": {
        "nl": "{user} bewaarde iets in de bibliotheek van het netwerk: *{title}* ({kind}).",
        "en": "{user} kept something in the network's library: *{title}* ({kind}).",
    },
    # the library
    "knowledge.header": {"nl": "Bibliotheek", "en": "Library"},
    "knowledge.searched": {
        "nl": "Resultaten voor “{terms}”, het best passende eerst.",
        "en": "Results for “{terms}”, best match first.",
    },
    "knowledge.newest": {"nl": "Het nieuwste in je leernetwerken.",
                         "en": "The newest in your learning networks."},
    "knowledge.none": {
        "nl": "Er is nog niets bewaard dat je kan zien. Deel iets met `/leernet deel` in "
        "het kanaal van je leernetwerk.",
        "en": "Nothing you can see has been kept yet. Share something with `/leernet share` "
        "in your learning network's channel.",
    },
    "knowledge.none.searched": {
        "nl": "Niets gevonden voor “{terms}”. Probeer een ander woord, of `/leernet kennis` "
        "voor het nieuwste.",
        "en": "Nothing found for “{terms}”. Try another word, or `/leernet knowledge` for "
        "the newest.",
    },
    "knowledge.themes": {"nl": "Thema's: {themes}", "en": "Themes: {themes}"},
    "knowledge.line": {"nl": "*{title}*\n{kind} · {network}",
                       "en": "*{title}*\n{kind} · {network}"},
    "knowledge.show": {"nl": "Toon", "en": "Show"},
    "knowledge.by": {"nl": "Gedeeld door {user}", "en": "Shared by {user}"},
    "knowledge.by.organisation": {"nl": "Gedeeld door {user} ({organisation})",
                                  "en": "Shared by {user} ({organisation})"},
    "knowledge.item.themes": {"nl": "Thema's: {themes}", "en": "Themes: {themes}"},
    "knowledge.item.file": {"nl": "📎 {file} ({size})", "en": "📎 {file} ({size})"},
    "knowledge.item.file.web": {
        "nl": "📎 {file} ({size}) · <{url}|downloaden via de webpagina>",
        "en": "📎 {file} ({size}) · <{url}|download from the web page>",
    },
    "knowledge.file.copying": {
        "nl": "*{title}* is bewaard. Even geduld: Leernet kopieert het bestand voor de "
        "webpagina…",
        "en": "*{title}* is kept. One moment: Leernet is copying the file for the web page…",
    },
    "knowledge.file.not_copied": {
        "nl": "Het bestand *{name}* kon Leernet niet van Slack kopiëren. Het item houdt de "
        "link naar het bestand in Slack, maar de webpagina kan het niet aanbieden. Probeer "
        "het later opnieuw via Aanpassen, of deel een link.",
        "en": "Leernet could not copy the file *{name}* from Slack. The item keeps the link "
        "to the file in Slack, but the web page cannot offer it. Try again later through "
        "Edit, or share a link.",
    },
    "knowledge.item.visibility": {"nl": "Zichtbaar voor: {who}", "en": "Visible to: {who}"},
    "knowledge.edit": {"nl": "Aanpassen", "en": "Edit"},
    "knowledge.remove": {"nl": "Verwijderen", "en": "Remove"},
    "knowledge.remove.confirm.title": {"nl": "Verwijderen?", "en": "Remove it?"},
    "knowledge.remove.confirm.text": {
        "nl": "*{title}* verdwijnt meteen uit de bibliotheek en uit de zoekresultaten.",
        "en": "*{title}* disappears from the library and the search results at once.",
    },
    "knowledge.remove.confirm.yes": {"nl": "Verwijderen", "en": "Remove"},
    "knowledge.remove.confirm.no": {"nl": "Toch niet", "en": "Cancel"},
    # a message saved with the shortcut, and its author's consent
    "knowledge.modal.consent": {
        "nl": "Dit bericht is van {user}. Kies je meer dan dit leernetwerk, dan vragen we "
        "{user} eerst om toestemming; tot dan ziet alleen het netwerk het.",
        "en": "This message is by {user}. If you choose more than this learning network, we "
        "ask {user} for consent first; until then only the network sees it.",
    },
    "knowledge.saved.pending": {
        "nl": "Bewaard in de bibliotheek: *{title}*. We vragen {user} of het verder mag dan "
        "het leernetwerk; tot dan ziet alleen het netwerk het.",
        "en": "Kept in the library: *{title}*. We are asking {user} whether it may go beyond "
        "the learning network; until then only the network sees it.",
    },
    "knowledge.consent.ask": {
        "nl": "{user} bewaarde je bericht in de bibliotheek van *{network}* als *{title}*. "
        "Mag het ook gezien worden door: {who}? Tot je ja zegt, blijft het zichtbaar voor: "
        "{now}.",
        "en": "{user} kept your message in the library of *{network}* as *{title}*. May it "
        "also be seen by: {who}? Until you say yes, it stays visible to: {now}.",
    },
    "knowledge.consent.yes": {"nl": "Ja, dat mag", "en": "Yes, that is fine"},
    "knowledge.consent.no": {"nl": "Nee, laat het zo", "en": "No, keep it as it is"},
    "knowledge.consent.given": {
        "nl": "Dank je. *{title}* is nu zichtbaar voor: {who}.",
        "en": "Thank you. *{title}* is now visible to: {who}.",
    },
    "knowledge.consent.refused": {
        "nl": "Goed. *{title}* gaat niet verder; het blijft zichtbaar voor: {who}.",
        "en": "Fine. *{title}* goes no further; it stays visible to: {who}.",
    },
    "knowledge.consent.changed": {
        "nl": "Dit item werd intussen gewijzigd en we vroegen het je opnieuw. Antwoord op de "
        "nieuwste vraag.",
        "en": "This item was changed in the meantime and we asked you again. Please answer "
        "the newest question.",
    },
    "knowledge.consent.already": {
        "nl": "Je gaf hierop al antwoord.",
        "en": "You already answered this.",
    },
    "knowledge.error.line_gone": {
        "nl": "Die regel staat niet (meer) in het verslag.",
        "en": "That line is not in the report (any more).",
    },
    "knowledge.error.facilitators_only": {
        "nl": "Alleen de facilitators van het leernetwerk kunnen dit als struikelblok bewaren.",
        "en": "Only the learning network's facilitators can save this as an obstacle.",
    },
}
