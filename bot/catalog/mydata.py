"""My data (`/leernet mijn-data`): what is stored about a person, its export and erasure;
the retention warning; the privacy notice."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.mijn-data": {
        "nl": "`/leernet mijn-data`: bekijk wat Leernet over jou bewaart, download het of "
        "wis het (per leernetwerk of alles)",
        "en": "`/leernet my-data`: see what Leernet keeps about you, download it or erase it "
        "(per learning network or everything)",
    },
    "help.privacy": {
        "nl": "`/leernet privacy`: wat Leernet bewaart, waarom, hoe lang en wie het ziet",
        "en": "`/leernet privacy`: what Leernet keeps, why, for how long and who sees it",
    },
    "mydata.former_member": {"nl": "een oud-lid", "en": "a former member"},
    "mydata.title": {"nl": "Mijn gegevens", "en": "My data"},
    "mydata.header": {"nl": "Wat Leernet over jou bewaart", "en": "What Leernet keeps about you"},
    "mydata.none": {
        "nl": "Leernet bewaart niets over jou in een leernetwerk.",
        "en": "Leernet keeps nothing about you in any learning network.",
    },
    "mydata.language": {
        "nl": "*Taal*: je koos {language}.",
        "en": "*Language*: you chose {language}.",
    },
    "mydata.language.none": {
        "nl": "*Taal*: je koos zelf geen taal.",
        "en": "*Language*: you chose no language yourself.",
    },
    "mydata.guest": {
        "nl": "*Als gastexpert uitgenodigd* (je Slack-id bij de bijeenkomst):",
        "en": "*Invited as a guest expert* (your Slack id with the session):",
    },
    "mydata.guest.line": {
        "nl": "• *{name}*, bijeenkomst {number} ({when})",
        "en": "• *{name}*, session {number} ({when})",
    },
    "mydata.network": {
        "nl": "*{name}* (<#{channel}>): {role}, {status} sinds {since}",
        "en": "*{name}* (<#{channel}>): {role}, {status} since {since}",
    },
    "mydata.organisation": {
        "nl": "Organisatie: {organisation}",
        "en": "Organisation: {organisation}",
    },
    "mydata.kickoff": {
        "nl": "Startbevraging ingevuld ({fields} antwoorden). Voorstelling in het "
        "kanaal: {consent}.",
        "en": "Kickoff questionnaire answered ({fields} answers). Introduction in "
        "the channel: {consent}.",
    },
    "mydata.kickoff.none": {
        "nl": "Geen startbevraging ingevuld.",
        "en": "No kickoff questionnaire answered.",
    },
    "mydata.consent.yes": {"nl": "ja, je gaf toestemming", "en": "yes, you agreed"},
    "mydata.consent.no": {"nl": "nee", "en": "no"},
    "mydata.counts": {
        "nl": "Antwoorden op bijeenkomsten: {rsvps} · stemmen: {votes} · agendapunten: "
        "{agenda} · toepassen op het werk: {apply} · volgende stappen op jouw naam: {items} · "
        "afspraken bevestigd: {acks} · evaluaties ingevuld: {evaluations} (anoniem: wat je "
        "antwoordde staat niet bij je naam) · berichten van Leernet: {receipts} · kennisitems: "
        "{library}",
        "en": "Answers to sessions: {rsvps} · votes: {votes} · agenda items: {agenda} · "
        "apply at work: {apply} · next steps in your name: {items} · agreements "
        "acknowledged: {acks} · evaluations answered: {evaluations} (anonymous: what you "
        "answered is not kept with your name) · messages from Leernet: {receipts} · library "
        "items: {library}",
    },
    "mydata.export": {"nl": "Download (JSON en tekst)", "en": "Download (JSON and text)"},
    "mydata.erase": {"nl": "Wis mijn gegevens hier", "en": "Erase my data here"},
    "mydata.erase.all": {"nl": "Wis alles over mij", "en": "Erase everything about me"},
    "mydata.withdraw_intro": {"nl": "Trek mijn voorstelling in", "en": "Withdraw my introduction"},
    "mydata.confirm.title": {"nl": "Gegevens wissen?", "en": "Erase your data?"},
    "mydata.confirm.network": {
        "nl": "Je lidmaatschap, antwoorden, stemmen, agendapunten en teksten in {name} worden "
        "gewist; in verslagen en stappen word je 'een oud-lid'. Anonieme evaluatie-antwoorden "
        "zijn niet terug te vinden en blijven. Dit kan niet ongedaan.",
        "en": "Your membership, answers, votes, agenda items and texts in {name} are erased; "
        "in reports and next steps you become 'a former member'. Anonymous evaluation "
        "answers cannot be found and stay. This cannot be undone.",
    },
    "mydata.confirm.all": {
        "nl": "Alles wat Leernet over jou bewaart, in elk leernetwerk, wordt gewist; in "
        "verslagen en stappen word je 'een oud-lid'. Anonieme evaluatie-antwoorden zijn niet "
        "terug te vinden en blijven. Dit kan niet ongedaan.",
        "en": "Everything Leernet keeps about you, in every learning network, is erased; in "
        "reports and next steps you become 'a former member'. Anonymous evaluation answers "
        "cannot be found and stay. This cannot be undone.",
    },
    "mydata.confirm.yes": {"nl": "Wis", "en": "Erase"},
    "mydata.more.other": {
        "nl": "En nog {count} leernetwerken: ze passen niet in één bericht. *Alles tonen* "
        "opent het volledige overzicht; de download bevat ze allemaal.",
        "en": "And {count} more networks: they do not fit one message. *Show all* opens the "
        "full overview; the download holds them all.",
    },
    "mydata.more.one": {
        "nl": "En nog 1 leernetwerk: het past niet in één bericht. *Alles tonen* opent het "
        "volledige overzicht; de download bevat het ook.",
        "en": "And 1 more network: it does not fit one message. *Show all* opens the full "
        "overview; the download holds it too.",
    },
    "mydata.more_in_download.other": {
        "nl": "En nog {count} leernetwerken: ze passen hier niet. De download bevat ze allemaal.",
        "en": "And {count} more networks: they do not fit here. The download holds them all.",
    },
    "mydata.more_in_download.one": {
        "nl": "En nog 1 leernetwerk: het past hier niet. De download bevat het ook.",
        "en": "And 1 more network: it does not fit here. The download holds it too.",
    },
    "mydata.show_all": {"nl": "Alles tonen", "en": "Show all"},
    "mydata.anonymous_note": {
        "nl": "Anonieme evaluatie-antwoorden staan nergens bij je naam: niemand kan ze "
        "terugvinden, ook Leernet niet, dus ze blijven in de resultaten van de groep.",
        "en": "Anonymous evaluation answers are kept nowhere with your name: nobody can find "
        "them, Leernet included, so they stay in the group's results.",
    },
    "mydata.erased.network": {
        "nl": "Je gegevens in *{name}* zijn gewist.",
        "en": "Your data in *{name}* is erased.",
    },
    "mydata.erased.all": {
        "nl": "Alles wat Leernet over jou bewaarde is gewist.",
        "en": "Everything Leernet kept about you is erased.",
    },
    "mydata.erased.intro_left": {
        "nl": "Je voorstelling in <#{channel}> kon ik nog niet weghalen. Ik probeer het "
        "opnieuw; lukt het niet, dan vraag ik de facilitators om ze te verwijderen.",
        "en": "I could not take down your introduction in <#{channel}> yet. I will try again; "
        "if it cannot be done, I will ask the facilitators to delete it.",
    },
    "mydata.error.last_facilitator": {
        "nl": "Je bent de laatste facilitator van *{name}*. Maak eerst iemand anders "
        "facilitator (`/leernet leden`), dan kan je je gegevens daar wissen.",
        "en": "You are the last facilitator of *{name}*. Make someone else facilitator first "
        "(`/leernet members`), then you can erase your data there.",
    },
    "mydata.error.no_data": {
        "nl": "Leernet bewaart niets over jou in dat leernetwerk.",
        "en": "Leernet keeps nothing about you in that learning network.",
    },
    "mydata.exported": {
        "nl": "Alles wat Leernet over jou bewaart: `leernet-mijn-gegevens.json` (voor "
        "programma's) en `leernet-mijn-gegevens.md` (om te lezen).",
        "en": "Everything Leernet keeps about you: `leernet-my-data.json` (for programs) and "
        "`leernet-my-data.md` (to read).",
    },
    "mydata.exported.where": {
        "nl": "Je download staat in je privébericht met Leernet.",
        "en": "Your download is in your direct messages with Leernet.",
    },
    "mydata.file.json": {"nl": "leernet-mijn-gegevens.json", "en": "leernet-my-data.json"},
    "mydata.file.md": {"nl": "leernet-mijn-gegevens.md", "en": "leernet-my-data.md"},
    # The readable export (Markdown). User text in it is the person's own.
    "mydata.md.title": {
        "nl": "# Wat Leernet over jou bewaart",
        "en": "# What Leernet keeps about you",
    },
    "mydata.md.made": {"nl": "Gemaakt op {when} voor {user}.", "en": "Made on {when} for {user}."},
    "mydata.md.language": {"nl": "Gekozen taal: {language}", "en": "Chosen language: {language}"},
    "mydata.md.network": {"nl": "## Leernetwerk: {name}", "en": "## Learning network: {name}"},
    "mydata.md.membership": {
        "nl": "- Rol: {role}\n- Status: {status} (sinds {since})\n- Lid sinds: {joined}\n"
        "- Organisatie: {organisation}",
        "en": "- Role: {role}\n- Status: {status} (since {since})\n- Member since: {joined}\n"
        "- Organisation: {organisation}",
    },
    "mydata.md.kickoff": {"nl": "### Startbevraging", "en": "### Kickoff questionnaire"},
    "mydata.md.consent": {
        "nl": "- Toestemming voor je voorstelling in het kanaal: {consent}",
        "en": "- Consent to your introduction in the channel: {consent}",
    },
    "mydata.md.rsvps": {"nl": "### Komst naar bijeenkomsten", "en": "### Coming to sessions"},
    "mydata.md.votes": {"nl": "### Stemmen", "en": "### Votes"},
    "mydata.md.agenda": {"nl": "### Agendapunten en casussen", "en": "### Agenda items and cases"},
    "mydata.md.apply": {"nl": "### Toepassen op het werk", "en": "### Apply at work"},
    "mydata.md.pairing": {
        "nl": "### Koppelen (met wie je gekoppeld werd)",
        "en": "### Pairing (whom you were paired with)",
    },
    "mydata.md.pairing.group": {
        "nl": "- Ronde {round}: met {people} ({met})",
        "en": "- Round {round}: with {people} ({met})",
    },
    "mydata.md.pairing.met.true": {"nl": "afgesproken", "en": "met"},
    "mydata.md.pairing.met.false": {"nl": "nog niet", "en": "not yet"},
    "mydata.md.pairing.met.none": {"nl": "niet beantwoord", "en": "not answered"},
    "mydata.md.library": {
        "nl": "### Kennisitems in de bibliotheek (gedeeld door jou of uit jouw bericht)",
        "en": "### Library items (shared by you or saved from your message)",
    },
    "mydata.md.items": {
        "nl": "### Volgende stappen op jouw naam",
        "en": "### Next steps in your name",
    },
    "mydata.md.consents": {
        "nl": "### Je toestemmingen (de tekst waarmee je instemde)",
        "en": "### Your consents (the text you agreed to)",
    },
    "mydata.md.withdrawn": {"nl": "ingetrokken op {when}", "en": "withdrawn on {when}"},
    "mydata.md.named": {
        "nl": "### Je antwoorden op evaluaties met naam",
        "en": "### Your answers to evaluations held by name",
    },
    "mydata.md.other": {
        "nl": "### Verder\n- Afspraken bevestigd (versies): {acks}\n- Evaluaties ingevuld: "
        "{evaluations} (wat je antwoordde bewaart Leernet niet bij je naam)\n- Berichten van "
        "Leernet aan jou (ontvangstbewijzen): {receipts}",
        "en": "### Other\n- Agreements acknowledged (versions): {acks}\n- Evaluations "
        "answered: {evaluations} (Leernet does not keep what you answered with your name)\n"
        "- Messages from Leernet to you (receipts): {receipts}",
    },
    "mydata.md.none": {"nl": "- (niets)", "en": "- (nothing)"},
    "mydata.md.session": {"nl": "bijeenkomst van {when}", "en": "session of {when}"},
    "mydata.md.yes": {"nl": "ja", "en": "yes"},
    "mydata.md.no": {"nl": "nee", "en": "no"},
    "status.active": {"nl": "actief lid", "en": "active member"},
    "status.pending": {"nl": "aanvraag wacht", "en": "request waiting"},
    "status.waitlisted": {"nl": "op de wachtlijst", "en": "on the waiting list"},
    "status.left": {"nl": "vertrokken", "en": "left"},
    "status.removed": {"nl": "verwijderd", "en": "removed"},
    "status.declined": {"nl": "aanvraag geweigerd", "en": "request declined"},
    # Retention
    "delivery.what.retention": {"nl": "de waarschuwing over het wissen van de gegevens",
                                "en": "the warning that the data will be erased"},
    "retention.warning": {
        "nl": "In *{name}* (<#{channel}>) gebeurt al lang niets meer. Op {when} wist Leernet "
        "de persoonsgegevens van het netwerk (leden, antwoorden, stemmen, teksten); de "
        "verslagen en de resultaten van de groep blijven, zonder namen. Plan je een nieuwe "
        "bijeenkomst, dan blijft alles.",
        "en": "Nothing has happened in *{name}* (<#{channel}>) for a long time. On {when} "
        "Leernet erases the network's personal data (members, answers, votes, texts); the "
        "reports and the group's results stay, without names. Plan a new session and "
        "everything stays.",
    },
    # The privacy notice
    "privacy.button": {"nl": "Privacy", "en": "Privacy"},
    "privacy.title": {"nl": "Privacy", "en": "Privacy"},
    "privacy.short": {
        "nl": "Leernet bewaart wat je hier invult voor je leernetwerk. Wat, waarom en hoe "
        "lang: `/leernet privacy`. Je gegevens bekijken of wissen: `/leernet mijn-data`.",
        "en": "Leernet keeps what you fill in here for your learning network. What, why and "
        "for how long: `/leernet privacy`. See or erase your data: `/leernet my-data`.",
    },
    "privacy.what": {
        "nl": "*Wat Leernet bewaart*\n• Je Slack-id, je rol en organisatie in elk netwerk\n"
        "• Je antwoorden op de startbevraging, en of je voorstelling in het kanaal mag\n"
        "• Of je naar een bijeenkomst komt, je stemmen, agendapunten en casussen\n"
        "• Wat je op het werk wil toepassen en hoe dat ging\n"
        "• Volgende stappen op jouw naam, en welke berichten Leernet je stuurde\n"
        "• De taal die je koos\n"
        "• Als je netwerk koppelt: met wie je gekoppeld werd, of jullie afspraken, en of je "
        "pauzeerde of stopte\n"
        "• Als gastexpert: je Slack-id bij de bijeenkomst waarop je uitgenodigd bent (van "
        "iemand buiten Slack: naam en e-mailadres, alleen voor de facilitators)\n"
        "• Evaluaties: alleen dát je antwoordde; wat je antwoordde staat los van je naam",
        "en": "*What Leernet keeps*\n• Your Slack id, your role and organisation in each "
        "network\n• Your kickoff questionnaire answers, and whether your introduction may be "
        "posted\n• Whether you come to a session, your votes, agenda items and cases\n"
        "• What you will apply at work and how it went\n• Next steps in your name, and which "
        "messages Leernet sent you\n• The language you chose\n• If your network pairs "
        "people: whom you were paired with, whether you met, and whether you paused or "
        "stopped\n• As a guest expert: your Slack id with the session you were invited to "
        "(of someone outside Slack: name and e-mail address, for the facilitators only)\n"
        "• Evaluations: only that you "
        "answered; what you answered is kept apart from your name",
    },
    "privacy.why": {
        "nl": "*Waarom*: om het leernetwerk te laten draaien: herinneringen, de agenda, "
        "verslagen en opvolging. Niets anders; niets gaat buiten Leernet.",
        "en": "*Why*: to run the learning network: reminders, the agenda, reports and "
        "follow-up. Nothing else; nothing leaves Leernet.",
    },
    "privacy.who": {
        "nl": "*Wie het ziet*: je voorstelling en verslagen: het netwerk. Je organisatie en "
        "lidmaatschap: de leden van het netwerk (`/leernet leden`); een aanvraag om aan te "
        "sluiten: alleen de facilitators. Evaluaties: iedereen ziet alleen de resultaten van "
        "de groep, nooit wie wat antwoordde. Koppelen: met wie je gekoppeld bent, zien alleen "
        "jullie; de facilitators zien alleen hoeveel koppels afspraken.",
        "en": "*Who sees it*: your introduction and reports: the network. Your organisation "
        "and membership: the network's members (`/leernet members`); a request to join: the "
        "facilitators only. Evaluations: everyone sees only the group's results, never who "
        "answered what. Pairing: whom you are paired with only the two (or three) of you "
        "see; the facilitators see only how many pairs met.",
    },
    "privacy.how_long": {
        "nl": "*Hoe lang*: tot je ze wist (`/leernet mijn-data`), of tot het netwerk "
        "{retention} niets meer deed: dan wist Leernet de persoonsgegevens, na een "
        "waarschuwing aan de facilitators 30 dagen vooraf. Verslagen en groepsresultaten "
        "blijven, zonder namen.",
        "en": "*For how long*: until you erase them (`/leernet my-data`), or until the "
        "network has been inactive for {retention}: then Leernet erases the personal data, "
        "after warning the facilitators 30 days before. Reports and the group's results "
        "stay, without names.",
    },
    "privacy.rights": {
        "nl": "*Je rechten*: bekijk, download of wis je gegevens met `/leernet mijn-data` of "
        "de knop op je Home-tab.",
        "en": "*Your rights*: see, download or erase your data with `/leernet my-data` or "
        "the button on your Home tab.",
    },
    "privacy.days": {"nl": "{days} dagen", "en": "{days} days"},
    "home.privacy": {
        "nl": "*Jouw gegevens*: wat Leernet over je bewaart, en waarom",
        "en": "*Your data*: what Leernet keeps about you, and why",
    },
}
