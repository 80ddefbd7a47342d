"""The closing phase (eindfase): `/leernet afsluiten`, its refusals and announcements."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.afsluiten": {
        "nl": "`/leernet afsluiten`: start de eindfase: geen nieuwe bijeenkomsten meer, de "
        "eindevaluatie gaat uit (alleen voor facilitators); `/leernet afsluiten annuleren` "
        "draait dat terug zolang de eindevaluatie loopt; `/leernet afsluiten stand` toont "
        "hoeveel leden antwoordden (na de afsluiting: de resultaten en de keuzes voor kennis en "
        "kanaal); `/leernet afsluiten klaar` sluit de eindevaluatie nu af",
        "en": "`/leernet close`: start the closing phase: no new sessions, the final "
        "evaluation goes out (facilitators only); `/leernet close cancel` undoes it while "
        "the final evaluation is open; `/leernet close status` shows how many members "
        "answered (once closed: the results and the choices for knowledge and channel); "
        "`/leernet close done` closes the final evaluation now",
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
        "nl": "`/leernet afsluiten {word}` ken ik niet. Gebruik `/leernet afsluiten`, "
        "`/leernet afsluiten annuleren`, `/leernet afsluiten stand` of "
        "`/leernet afsluiten klaar`.",
        "en": "I do not know `/leernet close {word}`. Use `/leernet close`, "
        "`/leernet close cancel`, `/leernet close status` or `/leernet close done`.",
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
    "closing.finishing": {
        "nl": "De eindevaluatie van *{name}* sluit nu. De facilitators krijgen de resultaten en "
        "het netwerk wordt afgerond.",
        "en": "The final evaluation of *{name}* closes now. The facilitators get the results "
        "and the network is closed.",
    },
    "closing.error.closing_now": {
        "nl": "De eindevaluatie wordt al gesloten.",
        "en": "The final evaluation is being closed already.",
    },
    "delivery.what.final_eval": {"nl": "de eindevaluatie", "en": "the final evaluation"},
    "delivery.what.final_eval_rem": {"nl": "de herinnering aan de eindevaluatie",
                                     "en": "the final evaluation reminder"},
    "delivery.what.final_eval_close": {"nl": "de resultaten van de eindevaluatie",
                                       "en": "the final evaluation results"},
    "home.closed.header": {"nl": "*Afgerond*", "en": "*Closed*"},
    "home.closed.on": {"nl": "Afgerond op {when}.", "en": "Closed on {when}."},
    "home.closing": {
        "nl": "Dit netwerk is in de eindfase: vul de eindevaluatie in.",
        "en": "This network is in its closing phase: fill in the final evaluation.",
    },
    # --- the final evaluation (eindevaluatie) ----------------------------------------------
    "final.closes": {"nl": "Je kan antwoorden tot {when}.", "en": "You can answer until {when}."},
    "final.button.open": {"nl": "Eindevaluatie invullen", "en": "Fill in the final evaluation"},
    "final.privacy.anonymous": {
        "nl": "Je antwoorden zijn anoniem: de facilitators zien ze pas na het afsluiten, en "
        "alleen vanaf {min} antwoorden. Je leervragen zie jij; de facilitators zien ze alleen "
        "geteld.",
        "en": "Your answers are anonymous: the facilitators see them only after the close, "
        "and only from {min} answers on. You see your learning questions; the facilitators "
        "see them only counted.",
    },
    "final.privacy.named": {
        "nl": "Dit netwerk evalueert met naam: de facilitators zien wie wat antwoordde.",
        "en": "This network evaluates with names: the facilitators see who answered what.",
    },
    "final.invite.header": {"nl": "Eindevaluatie: {network}", "en": "Final evaluation: {network}"},
    "final.invite.body": {
        "nl": "Het leernetwerk *{network}* rondt af. Wat ging goed, wat is voor herhaling "
        "vatbaar, en kreeg je leervraag een antwoord? Je antwoorden helpen toekomstige "
        "leernetwerken.",
        "en": "The learning network *{network}* is closing. What went well, what is worth "
        "repeating, and was your learning question answered? Your answers help future "
        "learning networks.",
    },
    "final.invite.text": {
        "nl": "Vul de eindevaluatie van {network} in.",
        "en": "Fill in the final evaluation of {network}.",
    },
    "final.reminder.body": {
        "nl": "Herinnering: de eindevaluatie van *{network}* wacht nog op je antwoord.",
        "en": "Reminder: the final evaluation of *{network}* still awaits your answer.",
    },
    "final.reminder.text": {
        "nl": "Herinnering: de eindevaluatie van {network}.",
        "en": "Reminder: the final evaluation of {network}.",
    },
    "final.modal.title": {"nl": "Eindevaluatie", "en": "Final evaluation"},
    "final.modal.submit": {"nl": "Versturen", "en": "Send"},
    "final.modal.intro": {
        "nl": "De eindevaluatie van *{network}*.",
        "en": "The final evaluation of *{network}*.",
    },
    "final.field.went_well": {"nl": "Wat ging goed?", "en": "What went well?"},
    "final.field.repeat": {"nl": "Wat is voor herhaling vatbaar?",
                           "en": "What is worth repeating?"},
    "final.field.applied": {"nl": "Wat heb je op het werk toegepast?",
                            "en": "What did you apply at work?"},
    "final.field.obstacles": {"nl": "Wat stond het toepassen in de weg?",
                              "en": "What stood in the way of applying it?"},
    "final.field.suggestions": {"nl": "Suggesties voor toekomstige leernetwerken",
                                "en": "Suggestions for future learning networks"},
    "final.field.join_again": {
        "nl": "Zou je aan een volgend leernetwerk over dit thema deelnemen?",
        "en": "Would you join a next learning network on this theme?",
    },
    "final.join.yes": {"nl": "Ja", "en": "Yes"},
    "final.join.maybe": {"nl": "Misschien", "en": "Maybe"},
    "final.join.no": {"nl": "Nee", "en": "No"},
    "final.forms.intro": {
        "nl": "*Leervormen.* Viel elke leervorm die het netwerk gebruikte meer, evenveel of "
        "minder in de smaak dan je verwachtte?",
        "en": "*Learning forms.* Did you like each learning form the network used more, the "
        "same or less than you expected?",
    },
    "final.liked.more": {"nl": "Meer", "en": "More"},
    "final.liked.same": {"nl": "Evenveel", "en": "The same"},
    "final.liked.less": {"nl": "Minder", "en": "Less"},
    "final.questions.privacy": {
        "nl": "Dit deel is persoonlijk: het wordt bij jou bewaard. De facilitators zien alleen "
        "hoeveel leervragen beantwoord werden, tenzij het netwerk met naam evalueert.",
        "en": "This part is personal: it is kept with you. The facilitators see only how many "
        "learning questions were answered, unless the network evaluates with names.",
    },
    "final.questions.intro": {
        "nl": "*Je leervragen* uit de startbevraging. Kregen ze een antwoord?",
        "en": "*Your learning questions* from the kickoff questionnaire. Were they answered?",
    },
    "final.questions.answered": {"nl": "Beantwoord?", "en": "Answered?"},
    "final.questions.comment": {"nl": "Toelichting", "en": "Comment"},
    "final.answered.fully": {"nl": "Volledig", "en": "Fully"},
    "final.answered.partly": {"nl": "Gedeeltelijk", "en": "Partly"},
    "final.answered.not": {"nl": "Niet", "en": "Not"},
    "final.saved": {
        "nl": "Bedankt! Je eindevaluatie van *{network}* is bewaard.",
        "en": "Thank you! Your final evaluation of *{network}* is saved.",
    },
    "final.saved.questions": {
        "nl": "Je leervragen, zoals je ze beantwoordde (alleen voor jou):",
        "en": "Your learning questions, as you answered them (for you only):",
    },
    "final.results.header": {"nl": "Eindevaluatie: {network}", "en": "Final evaluation: {network}"},
    "final.results.text": {
        "nl": "De resultaten van de eindevaluatie van {network}.",
        "en": "The results of the final evaluation of {network}.",
    },
    "final.results.while_open": {
        "nl": "{answered} van {asked} leden antwoordden al. De resultaten komen bij het "
        "afsluiten.",
        "en": "{answered} of {asked} members answered so far. The results come at the close.",
    },
    "final.results.rate": {
        "nl": "{answered} van {asked} leden antwoordden.",
        "en": "{answered} of {asked} members answered.",
    },
    "final.results.forms": {"nl": "*Leervormen*", "en": "*Learning forms*"},
    "final.results.form": {
        "nl": "• {form}: meer {more} · evenveel {same} · minder {less}",
        "en": "• {form}: more {more} · the same {same} · less {less}",
    },
    "final.results.join": {
        "nl": "*Opnieuw deelnemen?* Ja {yes} · misschien {maybe} · nee {no}",
        "en": "*Join again?* Yes {yes} · maybe {maybe} · no {no}",
    },
    "final.results.questions.title": {"nl": "*Leervragen*", "en": "*Learning questions*"},
    "final.results.questions": {
        "nl": "{fully} van {total} leervragen volledig beantwoord, {partly} gedeeltelijk, "
        "{not_} niet.",
        "en": "{fully} of {total} learning questions fully answered, {partly} partly, "
        "{not_} not.",
    },
    "final.results.questions.few": {
        "nl": "Te weinig mensen beoordeelden hun leervragen om te tonen hoe het ging: de "
        "tellingen zouden die van één of enkele personen zijn.",
        "en": "Too few people assessed their learning questions to show how it went: the "
        "counts would be those of one or a few people.",
    },
    "final.results.questions.none": {
        "nl": "Niemand beoordeelde leervragen.",
        "en": "Nobody rated learning questions.",
    },
    "final.error.not_member": {
        "nl": "Alleen leden van het netwerk vullen de eindevaluatie in.",
        "en": "Only members of the network fill in the final evaluation.",
    },
    "final.error.closed": {
        "nl": "De eindevaluatie is gesloten.",
        "en": "The final evaluation is closed.",
    },
    "final.error.not_asked": {
        "nl": "Je kwam bij het netwerk nadat de eindevaluatie begon: ze is niet voor jou.",
        "en": "You joined the network after the final evaluation began: it is not for you.",
    },
    "final.error.twice": {
        "nl": "Je vulde de eindevaluatie al in.",
        "en": "You have already filled in the final evaluation.",
    },
    "final.error.question_unanswered": {
        "nl": "Kies of deze leervraag beantwoord werd.",
        "en": "Choose whether this learning question was answered.",
    },
}
