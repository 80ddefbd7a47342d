"""The closing phase (eindfase): `/leernet afsluiten`, its refusals and announcements."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.afsluiten": {
        "nl": "`/leernet afsluiten`: start de eindfase: geen nieuwe bijeenkomsten meer, de "
        "eindevaluatie gaat uit (alleen voor facilitators); `/leernet afsluiten annuleren` "
        "draait dat terug zolang de eindevaluatie loopt",
        "en": "`/leernet close`: start the closing phase: no new sessions, the final "
        "evaluation goes out (facilitators only); `/leernet close cancel` undoes it while "
        "the final evaluation is open",
    },
    "closing.question": {
        "nl": "Wil je de eindfase van *{name}* starten? Er kunnen dan geen bijeenkomsten meer "
        "gepland worden, bijeenkomsten die nog moeten komen worden geannuleerd en de "
        "eindevaluatie gaat naar alle leden.",
        "en": "Do you want to start the closing phase of *{name}*? No more sessions can be "
        "planned, sessions still to come are cancelled and the final evaluation goes to "
        "every member.",
    },
    "closing.button": {"nl": "Eindfase starten", "en": "Start the closing phase"},
    "closing.confirm.title": {"nl": "Netwerk afsluiten?", "en": "Close the network?"},
    "closing.confirm.text": {
        "nl": "Geannuleerde bijeenkomsten blijven geannuleerd, ook als je dit later "
        "terugdraait.",
        "en": "Cancelled sessions stay cancelled, even if you undo this later.",
    },
    "closing.confirm.yes": {"nl": "Ja, afsluiten", "en": "Yes, close"},
    "closing.started": {
        "nl": "De eindfase van *{name}* is gestart. Er kunnen geen bijeenkomsten meer "
        "gepland worden.",
        "en": "The closing phase of *{name}* has started. No more sessions can be planned.",
    },
    "closing.called_off.one": {
        "nl": "Bijeenkomst {numbers} is geannuleerd, met haar herinneringen.",
        "en": "Session {numbers} is cancelled, with its reminders.",
    },
    "closing.called_off.other": {
        "nl": "Bijeenkomsten {numbers} zijn geannuleerd, met hun herinneringen.",
        "en": "Sessions {numbers} are cancelled, with their reminders.",
    },
    "closing.announce": {
        "nl": "Het leernetwerk *{name}* gaat de eindfase in: er worden geen bijeenkomsten "
        "meer gepland. Iedereen krijgt de eindevaluatie.",
        "en": "The learning network *{name}* enters its closing phase: no more sessions "
        "will be planned. Everyone gets the final evaluation.",
    },
    "closing.undone": {
        "nl": "De eindfase van *{name}* is teruggedraaid: je kan weer bijeenkomsten plannen. "
        "Wat geannuleerd werd, blijft geannuleerd: plan die bijeenkomsten opnieuw als ze "
        "toch doorgaan.",
        "en": "The closing phase of *{name}* is undone: you can plan sessions again. What "
        "was cancelled stays cancelled: plan those sessions again if they go ahead.",
    },
    "closing.announce_undone": {
        "nl": "De eindfase van *{name}* is teruggedraaid: het netwerk gaat verder.",
        "en": "The closing phase of *{name}* is undone: the network carries on.",
    },
    "closing.error.unknown": {
        "nl": "`/leernet afsluiten {word}` ken ik niet. Gebruik `/leernet afsluiten` of "
        "`/leernet afsluiten annuleren`.",
        "en": "I do not know `/leernet close {word}`. Use `/leernet close` or "
        "`/leernet close cancel`.",
    },
    "closing.error.already": {
        "nl": "De eindfase van dit netwerk is al gestart.",
        "en": "This network's closing phase has already started.",
    },
    "closing.error.not_closing": {
        "nl": "Dit netwerk is niet in de eindfase: er is niets terug te draaien.",
        "en": "This network is not in its closing phase: there is nothing to undo.",
    },
    "closing.error.no_planning": {
        "nl": "Dit netwerk is in de eindfase: er kunnen geen bijeenkomsten meer gepland "
        "worden. Draai de eindfase terug met `/leernet afsluiten annuleren` als het netwerk "
        "toch verder gaat.",
        "en": "This network is in its closing phase: no more sessions can be planned. Undo "
        "it with `/leernet close cancel` if the network carries on.",
    },
    "closing.error.closed": {
        "nl": "Dit netwerk is afgerond: het kan alleen nog gelezen worden.",
        "en": "This network is closed: it can only be read.",
    },
}
