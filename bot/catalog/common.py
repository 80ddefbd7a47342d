"""Texts every feature uses: help, errors, modal buttons, date patterns."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- /leernet help -------------------------------------------------------------------
    "help.intro": {
        "nl": "*Leernet* begeleidt regionale leernetwerken. Zo gebruik je `/leernet`:",
        "en": "*Leernet* runs regional learning networks. This is how to use `/leernet`:",
    },
    "help.nieuw": {
        "nl": "`/leernet nieuw`: start een leernetwerk in dit kanaal (je wordt facilitator)",
        "en": "`/leernet new`: start a learning network in this channel (you become facilitator)",
    },
    "help.plan": {
        "nl": "`/leernet plan`: plan een bijeenkomst (alleen voor facilitators)",
        "en": "`/leernet plan`: plan a session (facilitators only)",
    },
    "help.help": {
        "nl": "`/leernet help`: toon dit overzicht",
        "en": "`/leernet help`: show this overview",
    },
    "help.unknown": {
        "nl": "Ik ken `{command}` niet.",
        "en": "I don't know `{command}`.",
    },
    # --- errors everyone can meet ---------------------------------------------------------
    "error.generic": {
        "nl": "Er ging iets mis bij Leernet. Probeer het zo opnieuw; blijft het misgaan, "
        "meld het dan aan wie de bot beheert.",
        "en": "Something went wrong in Leernet. Please try again shortly; if it keeps "
        "happening, tell whoever runs the bot.",
    },
    "error.busy": {
        "nl": "Leernet is even bezet, probeer het zo opnieuw.",
        "en": "Leernet is busy for a moment, please try again shortly.",
    },
    "error.bad_input": {
        "nl": "Dit verzoek klopt niet (meer). Open het opnieuw in Slack.",
        "en": "This request is not valid (any more). Please open it again in Slack.",
    },
    "error.too_long": {
        "nl": "Dat is te lang: hoogstens {limit} tekens.",
        "en": "That is too long: at most {limit} characters.",
    },
    "error.already_submitted": {
        "nl": "Dit formulier kwam al binnen en wordt of werd al verwerkt; er verandert niets "
        "door het nog eens te versturen.",
        "en": "This form was already received and is being or has been handled; sending it "
        "again changes nothing.",
    },
    "error.modal_expired": {
        "nl": "Slack liet me te weinig tijd om het formulier te openen. Probeer het opnieuw.",
        "en": "Slack gave me too little time to open the form. Please try again.",
    },
    "error.not_in_channel_context": {
        "nl": "Start een leernetwerk vanuit het kanaal waar de groep samenkomt, "
        "niet vanuit een privébericht.",
        "en": "Start a learning network from the channel where the group meets, "
        "not from a direct message.",
    },
    "error.channel_taken": {
        "nl": "In dit kanaal loopt al het leernetwerk *{name}*. Eén netwerk per kanaal: "
        "maak een nieuw kanaal voor een tweede netwerk.",
        "en": "This channel already hosts the learning network *{name}*. One network per "
        "channel: create a new channel for a second network.",
    },
    "error.no_network": {
        "nl": "In dit kanaal loopt nog geen leernetwerk. Start er een met `/leernet nieuw`.",
        "en": "There is no learning network in this channel yet. Start one with "
        "`/leernet new`.",
    },
    "error.not_facilitator": {
        "nl": "Alleen een facilitator van *{name}* kan dat doen.",
        "en": "Only a facilitator of *{name}* can do that.",
    },
    "error.cannot_post": {
        "nl": "Ik kan geen berichten plaatsen in dit kanaal ({error}). Voeg me toe met "
        "`/invite @Leernet` en probeer opnieuw.",
        "en": "I can't post in this channel ({error}). Add me with `/invite @Leernet` "
        "and try again.",
    },
    "error.meeting_gone": {
        "nl": "Deze bijeenkomst is voorbij of geannuleerd: je antwoord is niet meer nodig.",
        "en": "This session is over or cancelled: no answer is needed any more.",
    },
    "error.not_member": {
        "nl": "Je bent geen lid van dit leernetwerk.",
        "en": "You are not a member of this learning network.",
    },
    "error.no_longer_member": {
        "nl": "Je bent geen lid meer van *{name}*: antwoorden kan daar niet meer, en er is "
        "niets bewaard.",
        "en": "You are no longer a member of *{name}*: you can no longer answer there, and "
        "nothing was stored.",
    },
    "form.optional": {
        "nl": "Wat Slack met (optional) aanduidt, mag je leeg laten.",
        "en": "Fields marked (optional) may be left empty.",
    },
    "error.foreign_team": {
        "nl": "Dit leernetwerk hoort bij een andere Slack-werkruimte, en zijn kanaal is niet "
        "gedeeld met de jouwe: je kan er hier niets in doen. Vraag de facilitator om het "
        "kanaal met je organisatie te delen (Slack Connect).",
        "en": "This learning network belongs to another Slack workspace, and its channel is "
        "not shared with yours: you cannot act in it from here. Ask the facilitator to share "
        "the channel with your organisation (Slack Connect).",
    },
    # --- date patterns (Babel / CLDR) -----------------------------------------------------
    "pattern.day": {"nl": "EEEE d MMMM y", "en": "EEEE d MMMM y"},
    "pattern.datetime": {
        "nl": "EEEE d MMMM y 'om' HH:mm",
        "en": "EEEE d MMMM y 'at' HH:mm",
    },
}
