"""The knowledge library's web page (`/kennis`) and "Sign in with Slack". Plain text: the
templates escape what they show."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "web.title": {"nl": "Kennisbibliotheek", "en": "Knowledge library"},
    "web.intro": {
        "nl": "Voorbeelden, goede praktijken, kennis en struikelblokken, bewaard door de "
        "leernetwerken.",
        "en": "Examples, best practices, knowledge and obstacles, kept by the learning "
        "networks.",
    },
    "web.search.label": {"nl": "Zoeken", "en": "Search"},
    "web.search.button": {"nl": "Zoek", "en": "Search"},
    "web.filter.network": {"nl": "Leernetwerk", "en": "Learning network"},
    "web.filter.kind": {"nl": "Soort", "en": "Kind"},
    "web.filter.theme": {"nl": "Thema", "en": "Theme"},
    "web.filter.all": {"nl": "Alle", "en": "All"},
    "web.filter.clear": {"nl": "Alles tonen", "en": "Show everything"},
    "web.results.searched": {"nl": "Resultaten voor: {terms}", "en": "Results for: {terms}"},
    "web.results.newest": {"nl": "Nieuwste items", "en": "Newest items"},
    "web.results.none": {"nl": "Geen items gevonden.", "en": "No items found."},
    "web.signin": {"nl": "Aanmelden met Slack", "en": "Sign in with Slack"},
    "web.signin.hint": {
        "nl": "Meld je aan met Slack om ook de items van je werkruimte en je leernetwerken te "
        "zien.",
        "en": "Sign in with Slack to see the items of your workspace and your learning "
        "networks too.",
    },
    "web.signin.public_only": {
        "nl": "Je ziet de publieke items.",
        "en": "You see the public items.",
    },
    "web.signed_in": {
        "nl": "Aangemeld met Slack: je ziet wat je ook in Slack ziet.",
        "en": "Signed in with Slack: you see what you see in Slack.",
    },
    "web.signout": {"nl": "Afmelden", "en": "Sign out"},
    "web.language.other": {"nl": "English", "en": "Nederlands"},
    "web.item.back": {"nl": "Terug naar de bibliotheek", "en": "Back to the library"},
    "web.item.network": {"nl": "Leernetwerk", "en": "Learning network"},
    "web.item.organisation": {"nl": "Organisatie", "en": "Organisation"},
    "web.item.themes": {"nl": "Thema's", "en": "Themes"},
    "web.item.link": {"nl": "Link", "en": "Link"},
    "web.item.file": {"nl": "Bestand", "en": "File"},
    "web.item.file.slack": {"nl": "alleen in Slack", "en": "in Slack only"},
    "web.item.visibility": {"nl": "Zichtbaar voor", "en": "Visible to"},
    "web.item.updated": {"nl": "Bijgewerkt", "en": "Updated"},
    "web.not_found.title": {"nl": "Niet gevonden", "en": "Not found"},
    "web.not_found.text": {
        "nl": "Deze pagina bestaat niet, of je kunt ze niet zien. Ben je niet aangemeld? "
        "Meld je dan aan met Slack.",
        "en": "This page does not exist, or you cannot see it. Not signed in? Sign in with "
        "Slack.",
    },
    "web.expired.title": {"nl": "Verlopen", "en": "Expired"},
    "web.expired.text": {
        "nl": "Deze pagina was te lang open of kwam niet van ons. Probeer het opnieuw.",
        "en": "This page was open too long or did not come from us. Please try again.",
    },
    "web.signin_failed.title": {"nl": "Aanmelden lukte niet", "en": "Sign-in failed"},
    "web.signin_failed.text": {
        "nl": "Slack liet je niet aanmelden, of het duurde te lang. Probeer het opnieuw.",
        "en": "Slack did not sign you in, or it took too long. Please try again.",
    },
    # in Slack, under an item shown in full
    "knowledge.item.web": {"nl": "<{url}|Open de webpagina>", "en": "<{url}|Open its web page>"},
}
