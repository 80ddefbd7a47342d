"""The network directory (`/leernet netwerken`): finding a network by theme and region."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.netwerken": {
        "nl": "`/leernet netwerken [woord]`: zoek een leernetwerk om bij aan te sluiten, op "
        "thema, regio of naam",
        "en": "`/leernet networks [word]`: find a learning network to join, by theme, region "
        "or name",
    },
    "directory.header": {"nl": "Kies jouw groep en regio", "en": "Choose your group and region"},
    "directory.intro": {
        "nl": "Elk leernetwerk heeft een thema en een regio. Vraag met de knop om aan te "
        "sluiten: een facilitator bekijkt je aanvraag.",
        "en": "Each learning network has a theme and a region. Ask to join with the button: "
        "a facilitator will review your request.",
    },
    "directory.searched": {
        "nl": "Netwerken met “{word}” in de naam, het thema of de regio.",
        "en": "Networks with “{word}” in their name, theme or region.",
    },
    "directory.none": {
        "nl": "Er zijn nog geen leernetwerken in deze werkruimte. Start er een met "
        "`/leernet nieuw` in het kanaal van je groep.",
        "en": "There are no learning networks in this workspace yet. Start one with "
        "`/leernet new` in your group's channel.",
    },
    "directory.none.searched": {
        "nl": "Geen leernetwerk met “{word}” in de naam, het thema of de regio. Probeer een "
        "ander woord, of `/leernet netwerken` voor alle netwerken.",
        "en": "No learning network with “{word}” in its name, theme or region. Try another "
        "word, or `/leernet networks` for all networks.",
    },
    "directory.network": {"nl": "*{name}*\n{theme} · {region}",
                          "en": "*{name}*\n{theme} · {region}"},
    "directory.facilitators.one": {"nl": "Facilitator: {users}", "en": "Facilitator: {users}"},
    "directory.facilitators.other": {"nl": "Facilitators: {users}",
                                     "en": "Facilitators: {users}"},
    "directory.next": {"nl": "Volgende bijeenkomst: {when}", "en": "Next session: {when}"},
    "directory.next.none": {"nl": "Nog geen bijeenkomst gepland.",
                            "en": "No session planned yet."},
    "directory.open.one": {"nl": "*Open*: nog {count} plaats vrij",
                           "en": "*Open*: {count} place left"},
    "directory.open.other": {"nl": "*Open*: nog {count} plaatsen vrij",
                             "en": "*Open*: {count} places left"},
    "directory.full.one": {
        "nl": "*Volzet*: {count} persoon op de wachtlijst; wie nu aansluit, komt erbij",
        "en": "*Full*: {count} person on the waitlist; whoever joins now is added to it",
    },
    "directory.full.other": {
        "nl": "*Volzet*: {count} personen op de wachtlijst; wie nu aansluit, komt erbij",
        "en": "*Full*: {count} people on the waitlist; whoever joins now is added to it",
    },
    "directory.closed": {
        "nl": "*Gesloten*: alleen op uitnodiging van een facilitator",
        "en": "*Closed*: by a facilitator's invitation only",
    },
    "directory.member": {"nl": "*Je bent lid*", "en": "*You are a member*"},
    "directory.waitlisted": {"nl": "*Je staat op de wachtlijst*",
                             "en": "*You are on the waitlist*"},
    "directory.pending": {"nl": "*Je aanvraag wacht op een facilitator*",
                          "en": "*Your request is waiting for a facilitator*"},
    "directory.join": {"nl": "Aansluiten", "en": "Join"},
    "directory.more.one": {
        "nl": "Nog {count} netwerk staat niet in de lijst: zoek gerichter met "
        "`/leernet netwerken <woord>`.",
        "en": "{count} more network is not listed: narrow the search with "
        "`/leernet networks <word>`.",
    },
    "directory.more.other": {
        "nl": "Nog {count} netwerken staan niet in de lijst: zoek gerichter met "
        "`/leernet netwerken <woord>`.",
        "en": "{count} more networks are not listed: narrow the search with "
        "`/leernet networks <word>`.",
    },
    "error.no_network.listed": {
        "nl": "Dit leernetwerk bestaat niet (meer). Typ `/leernet netwerken` voor de lijst.",
        "en": "This learning network no longer exists. Type `/leernet networks` for the list.",
    },
    "join.error.closed": {
        "nl": "*{name}* neemt geen aanvragen aan: je sluit aan op uitnodiging van een "
        "facilitator.",
        "en": "*{name}* takes no requests: people join at a facilitator's invitation.",
    },
}
