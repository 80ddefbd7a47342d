"""Evaluations after each session and the apply-at-work follow-up."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- evaluations (evaluaties) and apply at work ---------------------------------------
    "help.evaluatie": {
        "nl": "`/leernet evaluatie`: vul de evaluatie van de laatste bijeenkomst in; als "
        "facilitator stuur je ze of bekijk je de resultaten, en kies je met `evaluatie "
        "met-naam` of `evaluatie anoniem` hoe de groep evalueert",
        "en": "`/leernet evaluate`: fill in the evaluation of the latest session; as a "
        "facilitator, send it or see its results, and choose with `evaluate named` or "
        "`evaluate anonymous` how the group evaluates",
    },
    "evaluation.usage": {
        "nl": "Gebruik `/leernet evaluatie`, `/leernet evaluatie met-naam` of "
        "`/leernet evaluatie anoniem`.",
        "en": "Use `/leernet evaluate`, `/leernet evaluate named` or "
        "`/leernet evaluate anonymous`.",
    },
    "evaluation.invite.text": {
        "nl": "Evaluatie van {network}: hoe was de bijeenkomst van {when}?",
        "en": "Evaluation of {network}: how was the session of {when}?",
    },
    "evaluation.invite.header": {"nl": "Evaluatie: {network}", "en": "Evaluation: {network}"},
    "evaluation.invite.body": {
        "nl": "Hoe was de bijeenkomst van *{network}* op {when}? Vier korte schalen, twee open "
        "vragen en wat je op het werk gaat toepassen: een paar minuten.",
        "en": "How was the session of *{network}* on {when}? Four short scales, two open "
        "questions and what you will apply at work: a few minutes.",
    },
    "evaluation.closes": {"nl": "Je kunt antwoorden tot {when}.",
                          "en": "You can answer until {when}."},
    "evaluation.button.open": {"nl": "Evaluatie invullen", "en": "Fill in the evaluation"},
    "evaluation.reminder.text": {
        "nl": "Herinnering: de evaluatie van {network} wacht nog op je antwoord.",
        "en": "Reminder: the evaluation of {network} is still waiting for your answer.",
    },
    "evaluation.reminder.body": {
        "nl": "Je hebt de evaluatie van de bijeenkomst van *{network}* op {when} nog niet "
        "ingevuld. Je antwoord helpt de volgende bijeenkomst beter te maken.",
        "en": "You have not filled in the evaluation of the *{network}* session on {when} yet. "
        "Your answer helps make the next session better.",
    },
    "evaluation.privacy.anonymous": {
        "nl": "Je antwoorden zijn anoniem: de facilitators zien alleen gemiddelden en de open "
        "antwoorden zonder naam, en pas als er minstens {min} antwoorden zijn.",
        "en": "Your answers are anonymous: facilitators see only averages and the open answers "
        "without names, and only once at least {min} answers are in.",
    },
    "evaluation.privacy.named": {
        "nl": "Deze groep evalueert met naam: de facilitators zien wie wat antwoordde.",
        "en": "This group evaluates with names: facilitators see who answered what.",
    },
    "evaluation.privacy.apply.anonymous": {
        "nl": "Wat je wilt toepassen, bewaren we wel met je naam: zo kunnen we je over een "
        "paar weken vragen hoe het ging. De facilitators zien het zonder je naam.",
        "en": "What you plan to apply is kept with your name, so we can ask you in a few "
        "weeks how it went. Facilitators see it without your name.",
    },
    "evaluation.privacy.apply.named": {
        "nl": "Wat je wilt toepassen, bewaren we met je naam: zo kunnen we je over een paar "
        "weken vragen hoe het ging. De facilitators zien het met je naam.",
        "en": "What you plan to apply is kept with your name, so we can ask you in a few "
        "weeks how it went. Facilitators see it with your name.",
    },
    "evaluation.modal.title": {"nl": "Evaluatie", "en": "Evaluation"},
    "evaluation.modal.submit": {"nl": "Versturen", "en": "Send"},
    "evaluation.modal.intro": {
        "nl": "*{network}*, bijeenkomst van {when}",
        "en": "*{network}*, session of {when}",
    },
    # Each question's own ends of the scale (1 and 5), in words that answer it.
    "evaluation.scale.hint.relevance": {"nl": "1 = helemaal niet relevant, 5 = heel relevant",
                                        "en": "1 = not relevant at all, 5 = very relevant"},
    "evaluation.scale.hint.learning": {"nl": "1 = niets, 5 = heel veel",
                                       "en": "1 = nothing, 5 = a great deal"},
    "evaluation.scale.hint.facilitation": {"nl": "1 = slecht, 5 = uitstekend",
                                           "en": "1 = poor, 5 = excellent"},
    "evaluation.scale.hint.atmosphere": {"nl": "1 = slecht, 5 = uitstekend",
                                         "en": "1 = poor, 5 = excellent"},
    "evaluation.scale.relevance": {"nl": "Hoe relevant was de inhoud voor jou?",
                                   "en": "How relevant was the content to you?"},
    "evaluation.scale.learning": {"nl": "Hoeveel leerde je van de anderen?",
                                  "en": "How much did you learn from the others?"},
    "evaluation.scale.facilitation": {"nl": "Hoe goed was de begeleiding?",
                                      "en": "How good was the facilitation?"},
    "evaluation.scale.atmosphere": {"nl": "Hoe waren de sfeer en de groepsgeest?",
                                    "en": "How were the atmosphere and group spirit?"},
    "evaluation.short.relevance": {"nl": "Relevantie van de inhoud",
                                   "en": "Relevance of the content"},
    "evaluation.short.learning": {"nl": "Geleerd van de anderen",
                                  "en": "Learned from the others"},
    "evaluation.short.facilitation": {"nl": "Begeleiding", "en": "Facilitation"},
    "evaluation.short.atmosphere": {"nl": "Sfeer en groepsgeest",
                                    "en": "Atmosphere and group spirit"},
    "evaluation.field.keep": {"nl": "Wat moeten we zeker behouden?",
                              "en": "What should we keep?"},
    "evaluation.field.change": {"nl": "Wat kan er anders of beter?",
                                "en": "What should change?"},
    "evaluation.field.apply_text": {"nl": "Wat ga je op het werk toepassen?",
                                    "en": "What will you apply at work?"},
    "evaluation.field.apply_by": {"nl": "Tegen wanneer?", "en": "By when?"},
    "evaluation.saved": {
        "nl": "Bedankt! Je evaluatie van *{network}* is bewaard.",
        "en": "Thank you! Your evaluation of *{network}* has been saved.",
    },
    "evaluation.saved.apply": {
        "nl": "Over een paar weken vragen we je hoe het toepassen ging.",
        "en": "In a few weeks we will ask you how applying it went.",
    },
    "evaluation.error.scale": {"nl": "Kies een waarde van 1 tot 5.",
                               "en": "Choose a value from 1 to 5."},
    "evaluation.error.too_long": {"nl": "Dat is te lang: hoogstens {limit} tekens.",
                                  "en": "That is too long: at most {limit} characters."},
    "evaluation.error.date": {"nl": "Kies een datum.", "en": "Choose a date."},
    "evaluation.error.date_past": {"nl": "Die datum ligt in het verleden.",
                                   "en": "That date is in the past."},
    "evaluation.error.apply_missing": {
        "nl": "Vul in wat je gaat toepassen, of maak de datum leeg.",
        "en": "Say what you will apply, or clear the date.",
    },
    "evaluation.error.not_yet": {
        "nl": "De evaluatie van die bijeenkomst is nog niet geopend.",
        "en": "The evaluation of that session has not opened yet.",
    },
    "evaluation.error.not_yet.when": {
        "nl": "De evaluatie van de bijeenkomst van {when} opent op {opens}.",
        "en": "The evaluation of the session of {when} opens on {opens}.",
    },
    "evaluation.error.closed": {
        "nl": "Deze evaluatie is gesloten: er worden geen antwoorden meer aanvaard.",
        "en": "This evaluation is closed: no more answers are taken.",
    },
    "evaluation.error.not_attended": {
        "nl": "Je was niet bij deze bijeenkomst, dus je evalueert ze niet.",
        "en": "You were not at this session, so you do not evaluate it.",
    },
    "evaluation.error.twice": {
        "nl": "Je hebt deze evaluatie al ingevuld; je antwoord telt één keer en blijft zoals "
        "het was.",
        "en": "You have already filled in this evaluation; your answer counts once and stays "
        "as it was.",
    },
    "evaluation.error.not_member": {
        "nl": "Je bent geen lid meer van dit leernetwerk, dus je kunt deze evaluatie niet "
        "meer invullen.",
        "en": "You are no longer a member of this learning network, so you can no longer "
        "fill in this evaluation.",
    },
    "evaluation.error.gone": {"nl": "Deze evaluatie bestaat niet meer.",
                              "en": "This evaluation no longer exists."},
    "evaluation.error.no_session": {
        "nl": "Er is nog geen bijeenkomst begonnen om te evalueren.",
        "en": "No session has started yet to evaluate.",
    },
    "evaluation.sent.one": {
        "nl": "De evaluatie gaat nu naar {count} deelnemer; ze sluit op {when}.",
        "en": "The evaluation is going to {count} attendee now; it closes on {when}.",
    },
    "evaluation.sent.other": {
        "nl": "De evaluatie gaat nu naar {count} deelnemers; ze sluit op {when}.",
        "en": "The evaluation is going to {count} attendees now; it closes on {when}.",
    },
    "evaluation.results.text": {"nl": "Evaluatie van {network}", "en": "Evaluation of {network}"},
    "evaluation.results.header": {"nl": "Evaluatie: {network}", "en": "Evaluation: {network}"},
    "evaluation.results.session": {"nl": "Bijeenkomst van {when}", "en": "Session of {when}"},
    "evaluation.results.status.open": {"nl": "Open tot {when}.", "en": "Open until {when}."},
    "evaluation.results.status.closed": {"nl": "Gesloten.", "en": "Closed."},
    "evaluation.results.rate": {
        "nl": "*Respons:* {answered} van {asked} ({percent}%)",
        "en": "*Response:* {answered} of {asked} ({percent}%)",
    },
    "evaluation.results.while_open": {
        "nl": "*Respons tot nu:* {answered} van {asked}. De resultaten komen vrij wanneer de "
        "evaluatie sluit ({when}), één keer, zodat niemand een antwoord kan afleiden door "
        "tussendoor te kijken.",
        "en": "*Response so far:* {answered} of {asked}. The results are released when the "
        "evaluation closes ({when}), once, so nobody can work out an answer by looking in "
        "between.",
    },
    "evaluation.results.too_few": {
        "nl": "Te weinig antwoorden om te tonen ({answered} van {asked}). Resultaten komen "
        "vrij vanaf {min} antwoorden, zodat niemand herkenbaar is.",
        "en": "Too few answers to show ({answered} of {asked}). Results are shown from {min} "
        "answers on, so nobody can be recognised.",
    },
    "evaluation.results.too_few.besides_you": {
        "nl": "Te weinig antwoorden naast het jouwe om te tonen ({answered} van {asked}): wie "
        "zijn eigen antwoord kent, zou de andere kunnen afleiden. Resultaten komen vrij vanaf "
        "{min} antwoorden van anderen.",
        "en": "Too few answers besides your own to show ({answered} of {asked}): knowing your "
        "own answer, you could work out the others. Results are shown from {min} answers by "
        "others.",
    },
    "evaluation.results.scale": {
        "nl": "*{label}*: gemiddeld {mean}",
        "en": "*{label}*: {mean} on average",
    },
    "evaluation.results.range": {"nl": "van {low} tot {high}", "en": "from {low} to {high}"},
    "evaluation.results.spread.close": {"nl": "dicht bij elkaar", "en": "close together"},
    "evaluation.results.spread.wide": {"nl": "ver uiteen", "en": "far apart"},
    "evaluation.results.detail_rule": {
        "nl": "De spreiding staat er pas bij vanaf {others} antwoorden naast het jouwe; de "
        "laagste en hoogste score alleen als minstens {share} mensen die gaven.",
        "en": "The spread is shown only from {others} answers besides your own; the lowest "
        "and highest score only when at least {share} people gave them.",
    },
    "evaluation.results.trend": {
        "nl": "{arrow} {delta} t.o.v. vorige ({previous})",
        "en": "{arrow} {delta} vs. previous ({previous})",
    },
    "evaluation.results.trend.first": {"nl": "eerste evaluatie", "en": "first evaluation"},
    "evaluation.results.trend.note.one": {
        "nl": "Trend: vergeleken met {count} eerdere geëvalueerde bijeenkomst.",
        "en": "Trend: compared with {count} earlier evaluated session.",
    },
    "evaluation.results.trend.note.other": {
        "nl": "Trend: vergeleken met {count} eerdere geëvalueerde bijeenkomsten, de nieuwste "
        "eerst.",
        "en": "Trend: compared with {count} earlier evaluated sessions, newest first.",
    },
    "evaluation.results.open.keep": {"nl": "*Behouden*", "en": "*Keep*"},
    "evaluation.results.open.change": {"nl": "*Anders of beter*", "en": "*Change*"},
    "evaluation.results.open.none": {"nl": "_Geen antwoorden._", "en": "_No answers._"},
    "evaluation.results.open.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "evaluation.results.anonymous": {
        "nl": "Anoniem: open antwoorden in willekeurige volgorde, zonder naam.",
        "en": "Anonymous: open answers in random order, without names.",
    },
    "evaluation.results.named": {"nl": "Met naam geëvalueerd.", "en": "Evaluated with names."},
    "evaluation.summary.text": {
        "nl": "De evaluatie van {network} is gesloten: de resultaten.",
        "en": "The evaluation of {network} has closed: the results.",
    },
    "evaluation.named.on": {
        "nl": "Vanaf nu evalueert *{network}* met naam: bij de volgende evaluaties zien de "
        "facilitators wie wat antwoordde. Evaluaties die al open zijn, blijven anoniem.",
        "en": "From now on *{network}* evaluates with names: in the next evaluations "
        "facilitators see who answered what. Evaluations already open stay anonymous.",
    },
    "evaluation.named.off": {
        "nl": "Vanaf nu evalueert *{network}* anoniem: bij de volgende evaluaties zien de "
        "facilitators geen namen. Evaluaties die al open zijn, blijven met naam.",
        "en": "From now on *{network}* evaluates anonymously: in the next evaluations "
        "facilitators see no names. Evaluations already open keep their names.",
    },
    "evaluation.named.done": {
        "nl": "Aangepast en aangekondigd in het kanaal.",
        "en": "Changed and announced in the channel.",
    },
    "evaluation.named.error.on": {
        "nl": "Ik kon de overstap niet aankondigen in het kanaal ({error}), dus *{network}* "
        "blijft anoniem evalueren: de groep moet het weten voordat evaluaties niet meer "
        "anoniem zijn. Voeg me toe met `/invite @Leernet` en probeer opnieuw.",
        "en": "I could not announce the change in the channel ({error}), so *{network}* keeps "
        "evaluating anonymously: the group must know before evaluations stop being "
        "anonymous. Add me with `/invite @Leernet` and try again.",
    },
    "evaluation.named.error.off": {
        "nl": "Ik kon de overstap niet aankondigen in het kanaal ({error}), dus *{network}* "
        "blijft met naam evalueren: de groep moet weten hoe ze evalueert. Voeg me toe met "
        "`/invite @Leernet` en probeer opnieuw.",
        "en": "I could not announce the change in the channel ({error}), so *{network}* keeps "
        "evaluating with names: the group must know how it evaluates. Add me with "
        "`/invite @Leernet` and try again.",
    },
    "evaluation.named.already.on": {"nl": "*{network}* evalueert al met naam.",
                                    "en": "*{network}* already evaluates with names."},
    "evaluation.named.already.off": {"nl": "*{network}* evalueert al anoniem.",
                                     "en": "*{network}* already evaluates anonymously."},
    "evaluation.pattern.date": {"nl": "d MMMM y", "en": "d MMMM y"},
    "apply.followup.text": {
        "nl": "{network}: heb je toegepast wat je je voornam?",
        "en": "{network}: did you apply what you planned?",
    },
    "apply.followup.body": {
        "nl": "Na de bijeenkomst van *{network}* op {when} nam je je voor:\n>{text}\n"
        "Is dat gelukt? Wat leverde het op, of wat zat in de weg?",
        "en": "After the *{network}* session on {when} you planned:\n>{text}\n"
        "Did it work out? What came of it, or what stood in the way?",
    },
    "apply.followup.by": {"nl": "Je plande het tegen {date}.",
                          "en": "You planned it by {date}."},
    "apply.button.open": {"nl": "Vertel hoe het ging", "en": "Tell how it went"},
    "apply.modal.title": {"nl": "Toepassen op het werk", "en": "Applying at work"},
    "apply.modal.submit": {"nl": "Versturen", "en": "Send"},
    "apply.modal.intro": {"nl": "Je nam je voor:\n>{text}", "en": "You planned:\n>{text}"},
    "apply.privacy.anonymous": {
        "nl": "De facilitators krijgen je antwoord zonder je naam.",
        "en": "Facilitators get your answer without your name.",
    },
    "apply.privacy.named": {
        "nl": "De facilitators krijgen je antwoord met je naam.",
        "en": "Facilitators get your answer with your name.",
    },
    "apply.field.outcome": {"nl": "Heb je het toegepast?", "en": "Did you apply it?"},
    "apply.field.result": {"nl": "Wat leverde het op?", "en": "What came of it?"},
    "apply.field.obstacle": {"nl": "Wat zat in de weg?", "en": "What stood in the way?"},
    "apply.outcome.yes": {"nl": "Ja", "en": "Yes"},
    "apply.outcome.partly": {"nl": "Gedeeltelijk", "en": "Partly"},
    "apply.outcome.no": {"nl": "Nee", "en": "No"},
    "apply.saved": {
        "nl": "Bedankt! De facilitators van *{network}* krijgen je antwoord; wat in de weg zat, "
        "kan op de agenda van een volgende bijeenkomst komen.",
        "en": "Thank you! The facilitators of *{network}* get your answer; what stood in the "
        "way can go on the agenda of a next session.",
    },
    "apply.error.outcome": {"nl": "Kies ja, gedeeltelijk of nee.",
                            "en": "Choose yes, partly or no."},
    "apply.error.gone": {"nl": "Deze vraag is niet (meer) voor jou.",
                         "en": "This question is not (or no longer) for you."},
    "apply.error.answered": {
        "nl": "Je hebt deze vraag al beantwoord; je antwoord blijft zoals het was.",
        "en": "You have already answered this question; your answer stays as it was.",
    },
    "apply.report.text": {
        "nl": "{network}: een antwoord over toepassen op het werk",
        "en": "{network}: an answer about applying at work",
    },
    "apply.report.body": {
        "nl": "{who} over de bijeenkomst van *{network}* op {when}:\n*Voornemen:* {text}\n"
        "*Toegepast:* {outcome}",
        "en": "{who} about the *{network}* session on {when}:\n*Planned:* {text}\n"
        "*Applied:* {outcome}",
    },
    "apply.report.someone": {"nl": "Een deelnemer", "en": "A participant"},
    "apply.report.result": {"nl": "*Resultaat:* {text}", "en": "*Result:* {text}"},
    "apply.report.obstacle": {"nl": "*Wat in de weg zat:* {text}",
                              "en": "*What stood in the way:* {text}"},
    "apply.success.offer": {
        "nl": "Het werkte! Wil je het delen als succesverhaal in de kennisbibliotheek van het "
        "netwerk? Je ziet eerst het formulier; niets wordt gedeeld zonder dat je het verstuurt.",
        "en": "It worked! Would you like to share it as a success story in the network's "
        "knowledge library? You see the form first; nothing is shared unless you send it.",
    },
    "apply.success.button": {"nl": "Deel als succesverhaal", "en": "Share as success story"},
    "apply.report.obstacle.button": {"nl": "Bewaar als struikelblok",
                                     "en": "Save as obstacle"},
}
