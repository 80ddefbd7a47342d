"""Every word a user sees, in Dutch (nl-BE, the default) and English.

Keys are grouped by surface. Placeholders use str.format; values for them that a user typed
must be escaped by the caller (bot.text.escape) before they reach `t`.
"""

from typing import Literal

Lang = Literal["nl", "en"]
DEFAULT_LANG: Lang = "nl"

MESSAGES: dict[str, dict[Lang, str]] = {
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
        "nl": "`/leernet help`: toont dit overzicht",
        "en": "`/leernet help`: shows this overview",
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
        "nl": "Ik kan niet posten in dit kanaal ({error}). Voeg me toe met `/invite @Leernet` "
        "en probeer opnieuw.",
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
    # --- /leernet nieuw: the network modal ------------------------------------------------
    "network.modal.title": {"nl": "Nieuw leernetwerk", "en": "New learning network"},
    "network.modal.submit": {"nl": "Aanmaken", "en": "Create"},
    "modal.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "network.modal.intro": {
        "nl": "Zeg vooraf wat, waarom, hoe en voor wie: dat is het halve werk. "
        "Het netwerk hoort bij dit kanaal en jij wordt de facilitator.",
        "en": "Say up front what, why, how and for whom: that is half the work. "
        "The network belongs to this channel and you become its facilitator.",
    },
    "network.field.name": {"nl": "Naam", "en": "Name"},
    "network.field.theme": {"nl": "Thema", "en": "Theme"},
    "network.field.region": {"nl": "Regio", "en": "Region"},
    "network.field.what": {"nl": "Wat gaan we doen?", "en": "What will we do?"},
    "network.field.why": {"nl": "Waarom?", "en": "Why?"},
    "network.field.how": {"nl": "Hoe werken we?", "en": "How will we work?"},
    "network.field.for_whom": {"nl": "Voor wie?", "en": "For whom?"},
    "network.field.format": {"nl": "Vorm", "en": "Format"},
    "network.field.max": {"nl": "Maximum aantal deelnemers", "en": "Maximum participants"},
    "network.field.max.hint": {
        "nl": "Less is more: hoogstens 12, facilitators niet meegeteld.",
        "en": "Less is more: 12 at most, facilitators not counted.",
    },
    "format.face_to_face": {"nl": "Face-to-face", "en": "Face to face"},
    "format.online": {"nl": "Online", "en": "Online"},
    "format.hybrid": {"nl": "Hybride", "en": "Hybrid"},
    "network.error.max": {
        "nl": "Kies een getal van {low} tot {high}.",
        "en": "Choose a number from {low} to {high}.",
    },
    "network.error.blank": {
        "nl": "Vul dit veld in.",
        "en": "Please fill in this field.",
    },
    "network.error.channel_taken": {
        "nl": "Dit kanaal heeft intussen al een leernetwerk.",
        "en": "This channel meanwhile has a learning network.",
    },
    # --- the charter message in the channel -----------------------------------------------
    "charter.header": {"nl": "Leernetwerk {name}", "en": "Learning network {name}"},
    "charter.theme": {"nl": "*Thema*\n{value}", "en": "*Theme*\n{value}"},
    "charter.region": {"nl": "*Regio*\n{value}", "en": "*Region*\n{value}"},
    "charter.format": {"nl": "*Vorm*\n{value}", "en": "*Format*\n{value}"},
    "charter.max": {
        "nl": "*Deelnemers*\nhoogstens {value}",
        "en": "*Participants*\n{value} at most",
    },
    "charter.what": {"nl": "*Wat*\n{value}", "en": "*What*\n{value}"},
    "charter.why": {"nl": "*Waarom*\n{value}", "en": "*Why*\n{value}"},
    "charter.how": {"nl": "*Hoe*\n{value}", "en": "*How*\n{value}"},
    "charter.for_whom": {"nl": "*Voor wie*\n{value}", "en": "*For whom*\n{value}"},
    "charter.facilitator": {
        "nl": "Facilitator: <@{user}>",
        "en": "Facilitator: <@{user}>",
    },
    "charter.fallback": {
        "nl": "Nieuw leernetwerk: {name}",
        "en": "New learning network: {name}",
    },
    # --- /leernet plan: the session modal -------------------------------------------------
    "plan.modal.title": {"nl": "Bijeenkomst plannen", "en": "Plan a session"},
    "plan.modal.submit": {"nl": "Plannen", "en": "Plan"},
    "plan.modal.intro": {
        "nl": "Bijeenkomst van *{name}*. Tijden in {timezone}.",
        "en": "Session of *{name}*. Times in {timezone}.",
    },
    "plan.field.date": {"nl": "Datum", "en": "Date"},
    "plan.field.time": {"nl": "Starttijd", "en": "Start time"},
    "plan.field.duration": {"nl": "Duur (minuten)", "en": "Duration (minutes)"},
    "plan.field.location": {"nl": "Locatie of link", "en": "Location or meeting link"},
    "plan.field.form": {"nl": "Leervorm", "en": "Learning form"},
    "plan.field.agenda": {"nl": "Agenda", "en": "Agenda"},
    "plan.error.past": {
        "nl": "Dit tijdstip ligt in het verleden.",
        "en": "This moment lies in the past.",
    },
    "plan.error.duration": {
        "nl": "Geef een duur van {low} tot {high} minuten.",
        "en": "Give a duration of {low} to {high} minutes.",
    },
    "plan.error.nonexistent_time": {
        "nl": "Dit uur bestaat niet op die dag (zomertijd): kies een ander uur.",
        "en": "This time does not exist that day (daylight saving): choose another.",
    },
    "plan.announce": {
        "nl": "Nieuwe bijeenkomst van *{name}*: {when} ({duration} min.)",
        "en": "New session of *{name}*: {when} ({duration} min.)",
    },
    "plan.reminders": {
        "nl": "Herinneringen gaan uit op: {times}",
        "en": "Reminders go out on: {times}",
    },
    "plan.no_reminders": {
        "nl": "Te kort dag voor een herinnering.",
        "en": "Too close for a reminder.",
    },
    "form.intervision": {"nl": "Intervisie", "en": "Intervision"},
    "form.success_stories": {"nl": "Succesverhalen", "en": "Success stories"},
    "form.dos_and_donts": {"nl": "Do's en don'ts", "en": "Do's and don'ts"},
    "form.external_input": {"nl": "Externe spreker", "en": "External speaker"},
    "form.company_visit": {"nl": "Bedrijfsbezoek", "en": "Company visit"},
    "form.free_exchange": {"nl": "Vrije uitwisseling", "en": "Free exchange"},
    # --- meeting details used in several messages -----------------------------------------
    "meeting.when": {"nl": "*Wanneer*\n{value}", "en": "*When*\n{value}"},
    "meeting.where": {"nl": "*Waar*\n{value}", "en": "*Where*\n{value}"},
    "meeting.form": {"nl": "*Leervorm*\n{value}", "en": "*Learning form*\n{value}"},
    "meeting.agenda": {"nl": "*Agenda*\n{value}", "en": "*Agenda*\n{value}"},
    # --- reminders and attendance ---------------------------------------------------------
    "reminder.text": {
        "nl": "Herinnering: {network} komt samen op {when}.",
        "en": "Reminder: {network} meets on {when}.",
    },
    "reminder.header": {"nl": "Herinnering: {network}", "en": "Reminder: {network}"},
    "reminder.question": {"nl": "Kom je?", "en": "Will you come?"},
    "rsvp.yes": {"nl": "Ik kom", "en": "I'll be there"},
    "rsvp.no": {"nl": "Ik kom niet", "en": "I can't come"},
    "rsvp.answered.yes": {
        "nl": "Je antwoord: je komt. Dank je! Je kunt het nog wijzigen.",
        "en": "Your answer: you're coming. Thanks! You can still change it.",
    },
    "rsvp.answered.no": {
        "nl": "Je antwoord: je komt niet. Jammer! Je kunt het nog wijzigen.",
        "en": "Your answer: you can't come. Pity! You can still change it.",
    },
    # --- membership (leden) -------------------------------------------------------------
    # --- kickoff questionnaire (bevraging) ------------------------------------------------
    # --- agreements (afspraken) -----------------------------------------------------------
    # --- group votes (stemmingen) ---------------------------------------------------------
    # --- Home tab -------------------------------------------------------------------------
    "home.header": {"nl": "Jouw leernetwerken", "en": "Your learning networks"},
    "home.empty": {
        "nl": "Je bent nog geen lid van een leernetwerk. Start er een met `/leernet nieuw` "
        "in het kanaal van je groep.",
        "en": "You are not in a learning network yet. Start one with `/leernet new` in your "
        "group's channel.",
    },
    "home.network": {
        "nl": "*{name}* in <#{channel}> · {role}",
        "en": "*{name}* in <#{channel}> · {role}",
    },
    "home.next": {"nl": "Volgende bijeenkomst: {when}", "en": "Next session: {when}"},
    "home.rsvp.yes": {"nl": "Je komt.", "en": "You're coming."},
    "home.rsvp.no": {"nl": "Je komt niet.", "en": "You're not coming."},
    "home.rsvp.none": {"nl": "Je hebt nog niet laten weten of je komt.",
                       "en": "You haven't said yet whether you'll come."},
    "home.next.none": {"nl": "Nog geen bijeenkomst gepland.", "en": "No session planned yet."},
    "role.facilitator": {"nl": "facilitator", "en": "facilitator"},
    "role.participant": {"nl": "deelnemer", "en": "participant"},
    # --- `leernet demo`: the narration between what each person sees ----------------------
    "demo.intro": {
        "nl": "Leernet-demo: de echte bot (SQLite in {folder}, HTTP op {url}, de echte "
        "planner) tegen een lokale Slack-tweeling. Geen Slack-werkruimte nodig.",
        "en": "Leernet demo: the real bot (SQLite in {folder}, HTTP on {url}, the real "
        "scheduler) against a local Slack twin. No Slack workspace needed.",
    },
    "demo.step.help": {"nl": "Fien typt `/leernet help`", "en": "Fien types `/leernet help`"},
    "demo.step.new": {"nl": "Fien typt `/leernet nieuw` in #leernet-gent",
                      "en": "Fien types `/leernet nieuw` in #leernet-gent"},
    "demo.step.submit": {"nl": "Fien vult het formulier in en klikt op Aanmaken",
                         "en": "Fien fills in the form and clicks Create"},
    "demo.step.members": {
        "nl": "Ann en Bob sluiten aan als deelnemer (hun uitnodiging volgt in issue 3; "
        "de demo zet ze rechtstreeks in de databank)",
        "en": "Ann and Bob join as participants (invitations arrive with issue 3; the demo "
        "puts them straight into the database)",
    },
    "demo.step.plan": {"nl": "Fien typt `/leernet plan`", "en": "Fien types `/leernet plan`"},
    "demo.step.plan_submit": {
        "nl": "Fien plant een bijeenkomst om {time}; de herinnering staat op {reminder}",
        "en": "Fien plans a session at {time}; its reminder is due at {reminder}",
    },
    "demo.step.wait": {"nl": "Wachten op de planner (±{seconds} s) ...",
                       "en": "Waiting for the scheduler (about {seconds} s) ..."},
    "demo.step.answer": {"nl": "Ann klikt op \"I'll be there\", Bob op \"Ik kom niet\"",
                         "en": "Ann clicks \"I'll be there\", Bob clicks \"Ik kom niet\""},
    "demo.step.home": {"nl": "Ann opent het tabblad Home van Leernet",
                       "en": "Ann opens Leernet's Home tab"},
    "demo.sees": {"nl": "{who} ziet", "en": "{who} sees"},
    "demo.everyone": {"nl": "Iedereen", "en": "Everyone"},
    "demo.channel": {"nl": "in #{channel}", "en": "in #{channel}"},
    "demo.dm": {"nl": "in een privébericht van Leernet", "en": "in a direct message from Leernet"},
    "demo.done": {
        "nl": "Klaar. Zo ziet het eruit in Slack; `leernet serve` doet hetzelfde in je "
        "eigen werkruimte (zie README).",
        "en": "Done. That is how it looks in Slack; `leernet serve` does the same in your "
        "own workspace (see README).",
    },
    # --- date patterns (Babel / CLDR) -----------------------------------------------------
    "pattern.datetime": {
        "nl": "EEEE d MMMM y 'om' HH:mm",
        "en": "EEEE d MMMM y 'at' HH:mm",
    },
}


def t(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with placeholders filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry[DEFAULT_LANG]).format(**values)
