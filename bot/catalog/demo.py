"""`leernet demo`: the narration between what each person sees."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- `leernet demo`: the narration between what each person sees ----------------------
    "demo.intro": {
        "nl": "Leernet-demo: de echte bot (SQLite in {folder}, HTTP op {url}, de echte "
        "planner) tegen een lokale Slack-tweeling. Geen Slack-werkruimte nodig. De tijd loopt "
        "versneld: waar weken liggen tussen twee stappen, springt de klok van de bot vooruit "
        "en stuurt de planner wat intussen aan de beurt was.",
        "en": "Leernet demo: the real bot (SQLite in {folder}, HTTP on {url}, the real "
        "scheduler) against a local Slack twin. No Slack workspace needed. Time runs fast: "
        "where weeks lie between two steps, the bot's clock skips ahead and the scheduler "
        "sends what fell due meanwhile.",
    },
    "demo.skipping": {
        "nl": "De demo begint bij de {phase}: de fasen ervoor worden eerst stil gespeeld ...",
        "en": "The demo starts at the {phase}: the phases before it are played quietly "
        "first ...",
    },
    "demo.quietly": {"nl": "  ... {phase} (stil gespeeld)",
                     "en": "  ... {phase} (played quietly)"},
    # The method's three phases (leernetwerken.txt), as headings.
    "demo.phase.initiation": {"nl": "Initiatiefase", "en": "Initiation phase"},
    "demo.phase.initiation.what": {
        "nl": "het netwerk start, de deelnemers komen erbij, zeggen wat ze willen leren en "
        "maken afspraken",
        "en": "the network starts, its participants join, say what they want to learn and "
        "make agreements",
    },
    "demo.phase.middle": {"nl": "Middenfase", "en": "Middle phase"},
    "demo.phase.middle.what": {
        "nl": "bijeenkomsten, evaluaties en verslagen; wat werkt gaat de bibliotheek in en "
        "naar de werkvloer",
        "en": "sessions, evaluations and reports; what works goes into the library and back "
        "to work",
    },
    "demo.phase.closing": {"nl": "Eindfase", "en": "Closing phase"},
    "demo.phase.closing.what": {
        "nl": "de eindevaluatie, het afsluiten en het slotrapport",
        "en": "the final evaluation, the close and the closing report",
    },
    "demo.step.help": {"nl": "Fien typt `/leernet help`", "en": "Fien types `/leernet help`"},
    "demo.step.new": {"nl": "Fien typt `/leernet nieuw` in #leernet-gent",
                      "en": "Fien types `/leernet nieuw` in #leernet-gent"},
    "demo.step.submit": {"nl": "Fien vult het formulier in en klikt op Aanmaken",
                         "en": "Fien fills in the form and clicks Create"},
    "demo.step.members": {
        "nl": "Fien nodigt {count} mensen uit met `/leernet uitnodigen @ann @bob @carla ...`: "
        "12 deelnemers is het maximum, de dertiende komt op de wachtlijst",
        "en": "Fien invites {count} people with `/leernet uitnodigen @ann @bob @carla ...`: "
        "12 participants is the most, the thirteenth goes on the waitlist",
    },
    "demo.step.kickoff_send": {
        "nl": "Fien typt `/leernet kickoff`: wie nog geen startbevraging kreeg (wie werd "
        "uitgenodigd, kreeg ze bij het aansluiten), krijgt ze nu, met één herinnering later",
        "en": "Fien types `/leernet kickoff`: whoever has no kickoff questionnaire yet (those "
        "invited got it on joining) gets it now, with one reminder later",
    },
    "demo.step.kickoff": {
        "nl": "Bob krijgt de startbevraging, vult ze in en deelt zijn voorstelling",
        "en": "Bob gets the kickoff questionnaire, answers it and shares his introduction",
    },
    "demo.step.kickoff_others": {
        "nl": "Ann en Carla vullen de startbevraging ook in (zonder voorstelling in het kanaal)",
        "en": "Ann and Carla answer the kickoff questionnaire too (without an introduction in "
        "the channel)",
    },
    "demo.step.synthesis": {
        "nl": "Fien typt `/leernet kickoff` en leest de synthese: wie antwoordde, de "
        "leervragen, de gewenste leervormen",
        "en": "Fien types `/leernet kickoff` and reads the synthesis: who answered, the "
        "learning questions, the learning forms wanted",
    },
    "demo.step.agreements": {
        "nl": "Fien legt de afspraken vast met `/leernet afspraken`; ze komen vastgepind in "
        "het kanaal",
        "en": "Fien records the agreements with `/leernet afspraken`; they are pinned in "
        "the channel",
    },
    "demo.step.agree": {"nl": "Ann klikt op \"Ik ga akkoord\"",
                        "en": "Ann clicks \"Ik ga akkoord\" (I agree)"},
    "demo.step.plan": {"nl": "Fien typt `/leernet plan`", "en": "Fien types `/leernet plan`"},
    "demo.step.plan_submit": {
        "nl": "Fien plant een reeks van twee bijeenkomsten om de zes weken, de eerste op {day} "
        "om 14:00",
        "en": "Fien plans a series of two sessions every six weeks, the first on {day} at "
        "14:00",
    },
    "demo.step.reminder": {
        "nl": "{when}: een week voor de bijeenkomst komt de herinnering",
        "en": "{when}: a week before the session, the reminder comes",
    },
    "demo.step.answer": {
        "nl": "Ann klikt op \"I'll be there\", Bob en Carla (vanuit haar eigen werkruimte) op "
        "\"Ik kom\", Eva op \"Ik kom niet\"",
        "en": "Ann clicks \"I'll be there\", Bob and Carla (from her own workspace) click "
        "\"Ik kom\", Eva clicks \"Ik kom niet\"",
    },
    "demo.step.case": {
        "nl": "Bob brengt met `/leernet agenda` een casus in voor de eerste bijeenkomst",
        "en": "Bob brings a case to the first session with `/leernet agenda`",
    },
    "demo.step.intervision": {
        "nl": "{when}: de bijeenkomst begint; Fien start de casus met `/leernet intervisie` "
        "volgens de incidentmethode en verdeelt de rollen (Ann houdt de tijd)",
        "en": "{when}: the session starts; Fien runs the case with `/leernet intervisie` "
        "by the incident method and assigns the roles (Ann keeps the time)",
    },
    "demo.step.intervision_phases": {
        "nl": "Fien zet elke fase in een draad onder de casus met *Volgende fase*; Ann stelt een "
        "informatieve vraag, Carla geeft een advies",
        "en": "Fien puts each phase in a thread under the case with *Volgende fase*; Ann asks "
        "a clarifying question, Carla gives advice",
    },
    "demo.step.intervision_takeaway": {
        "nl": "In de laatste fase noteert Bob, de casusinbrenger, wat hij meeneemt, en deelt "
        "het in de draad; zo ziet het kanaal de casus na afloop",
        "en": "In the last phase Bob, the case-bringer, records what he takes away and shares "
        "it in the thread; this is the case in the channel afterwards",
    },
    "demo.step.session": {
        "nl": "{when}: de bijeenkomst heeft plaatsgevonden",
        "en": "{when}: the session has taken place",
    },
    "demo.step.attendance": {
        "nl": "Fien typt `/leernet bijeenkomsten` en bevestigt wie er was (vooraf ingevuld met "
        "wie zei te komen)",
        "en": "Fien types `/leernet bijeenkomsten` and confirms who was there (filled in with "
        "who said they would come)",
    },
    "demo.step.evaluation": {
        "nl": "{when}: een uur na de bijeenkomst krijgen de aanwezigen de evaluatie",
        "en": "{when}: an hour after the session, those who were there get the evaluation",
    },
    "demo.step.evaluation_answers": {
        "nl": "Bob, Ann en Carla antwoorden (anoniem); Ann zegt wat ze op het werk gaat "
        "toepassen",
        "en": "Bob, Ann and Carla answer (anonymously); Ann says what she will apply at work",
    },
    "demo.step.report": {
        "nl": "Fien schrijft het verslag met `/leernet verslag`, met een volgende stap voor Bob",
        "en": "Fien writes the report with `/leernet verslag`, with a next step for Bob",
    },
    "demo.step.results": {
        "nl": "{when}: de evaluatie sluit na een week; Fien krijgt de resultaten (en wat "
        "intussen nog kwam)",
        "en": "{when}: the evaluation closes after a week; Fien gets the results (and what "
        "else came meanwhile)",
    },
    "demo.step.connect": {
        "nl": "Carla werkt bij {organisation}, een andere organisatie: hun eigen "
        "Slack-werkruimte is via Slack Connect verbonden met #{channel}. Leernet is daar "
        "niet geïnstalleerd; Carla krijgt alles via privéberichten en knoppen.",
        "en": "Carla works at {organisation}, another organisation: their own Slack workspace "
        "is connected to #{channel} over Slack Connect. Leernet is not installed there; "
        "Carla gets everything through direct messages and buttons.",
    },
    "demo.network_language": {
        "nl": "  De taal van het netwerk is Nederlands. Carla's Slack staat in het Engels "
        "({locale}), toch krijgt ze Leernet in het Nederlands: de taal van het netwerk "
        "beslist, niet die van Slack.",
        "en": "  The network's language is Dutch. Carla's Slack runs in English ({locale}), "
        "yet she gets Leernet in Dutch: the network's language decides, not Slack's.",
    },
    "demo.step.home": {"nl": "Ann opent het tabblad Home van Leernet",
                       "en": "Ann opens Leernet's Home tab"},
    "demo.step.share": {
        "nl": "Bob typt `/leernet deel` en bewaart wat werkte in de bibliotheek",
        "en": "Bob types `/leernet deel` and keeps what worked in the library",
    },
    "demo.step.search": {
        "nl": "Fien zoekt met `/leernet kennis mentoren` (\"mentoren\" vindt \"mentor\")",
        "en": "Fien searches with `/leernet kennis mentoren` (\"mentoren\" finds \"mentor\")",
    },
    "demo.step.digest": {
        "nl": "{when}: het weekoverzicht komt in het kanaal",
        "en": "{when}: the weekly digest reaches the channel",
    },
    "demo.step.action_reminder": {
        "nl": "De dag voor de vervaldatum kreeg Bob een herinnering voor zijn volgende stap; "
        "hij klikt op \"Klaar\"",
        "en": "The day before it was due, Bob got a reminder of his next step; he clicks "
        "\"Klaar\" (done)",
    },
    "demo.step.apply": {
        "nl": "{when}: vier weken na de bijeenkomst vraagt Leernet Ann of ze toepaste wat ze "
        "van plan was",
        "en": "{when}: four weeks after the session, Leernet asks Ann whether she applied what "
        "she planned",
    },
    "demo.step.apply_answer": {
        "nl": "Ann antwoordt; Fien krijgt het antwoord zonder naam",
        "en": "Ann answers; Fien gets the answer without a name",
    },
    "demo.step.close": {
        "nl": "Fien typt `/leernet afsluiten`",
        "en": "Fien types `/leernet afsluiten`",
    },
    "demo.step.close_confirm": {
        "nl": "Fien bevestigt: de eindfase start, de bijeenkomst die nog zou komen vervalt",
        "en": "Fien confirms: the closing phase starts, the session still to come is "
        "cancelled",
    },
    "demo.step.final": {
        "nl": "Elk lid krijgt de eindevaluatie, met de gebruikte leervormen en de eigen "
        "leervragen uit de startbevraging",
        "en": "Every member gets the final evaluation, with the learning forms used and their "
        "own learning questions from the kickoff questionnaire",
    },
    "demo.step.final_answers": {"nl": "Bob, Ann en Carla antwoorden",
                                "en": "Bob, Ann and Carla answer"},
    "demo.step.final_status": {
        "nl": "Fien kijkt met `/leernet afsluiten stand` hoeveel er antwoordden (de antwoorden "
        "zelf pas na het sluiten)",
        "en": "Fien checks with `/leernet afsluiten stand` how many answered (the answers "
        "themselves only after the close)",
    },
    "demo.step.final_close": {
        "nl": "{when}: na twee weken sluit de eindevaluatie en is het netwerk afgerond",
        "en": "{when}: after two weeks the final evaluation closes and the network is closed",
    },
    "demo.step.closing_report": {
        "nl": "Het slotrapport: Fien krijgt de resultaten van de eindevaluatie en schrijft "
        "haar slotwoord met *Slotrapport schrijven*",
        "en": "The closing report: Fien gets the results of the final evaluation and writes "
        "her closing words with *Slotrapport schrijven*",
    },
    "demo.step.closing_report_out": {
        "nl": "Het slotrapport staat in het kanaal met zijn grafieken (hieronder waar je ze "
        "kunt openen), elk lid krijgt het per DM, en het blijft in de bibliotheek",
        "en": "The closing report is in the channel with its charts (below, where you can "
        "open them), every member gets it by DM, and it stays in the library",
    },
    "demo.sees": {"nl": "{who} ziet", "en": "{who} sees"},
    "demo.everyone": {"nl": "Iedereen", "en": "Everyone"},
    "demo.channel": {"nl": "in #{channel}", "en": "in #{channel}"},
    "demo.ephemeral": {"nl": "in #{channel}, alleen voor {who} zichtbaar",
                       "en": "in #{channel}, visible only to {who}"},
    "demo.dm": {"nl": "in een privébericht van Leernet", "en": "in a direct message from Leernet"},
    "demo.modal": {"nl": "in een venster", "en": "in a modal"},
    "demo.home": {"nl": "op het tabblad Home", "en": "on the Home tab"},
    "demo.done": {
        "nl": "Klaar: van `nieuw` tot `afsluiten`. Zo ziet het eruit in Slack; `leernet serve` "
        "doet hetzelfde in je eigen werkruimte (zie README).",
        "en": "Done: from `nieuw` to `afsluiten`. That is how it looks in Slack; "
        "`leernet serve` does the same in your own workspace (see README).",
    },
}
