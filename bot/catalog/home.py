"""The Home tab."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- Home tab -------------------------------------------------------------------------
    "home.header": {"nl": "Jouw leernetwerken", "en": "Your learning networks"},
    "home.empty": {
        "nl": "Je bent nog geen lid van een leernetwerk. Kies jouw groep en regio met "
        "`/leernet netwerken`, of start een netwerk met `/leernet nieuw` in het kanaal van "
        "je groep.",
        "en": "You are not in a learning network yet. Choose your group and region with "
        "`/leernet networks`, or start a network with `/leernet new` in your group's "
        "channel.",
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
    "home.waitlisted": {
        "nl": "Je staat op de wachtlijst, plaats {place}. Je hoort het zodra er plaats is.",
        "en": "You are number {place} on the waitlist. You'll hear as soon as there is room.",
    },
    "home.pending": {
        "nl": "Je aanvraag om aan te sluiten wacht op een facilitator.",
        "en": "Your request to join is waiting for a facilitator.",
    },
    "home.questionnaire.todo": {
        "nl": "*Startbevraging*: nog niet ingevuld.",
        "en": "*Kickoff questionnaire*: not answered yet.",
    },
    "home.questionnaire.done": {
        "nl": "*Startbevraging*: ingevuld. Je kunt je antwoorden nog aanpassen.",
        "en": "*Kickoff questionnaire*: answered. You can still change your answers.",
    },
    "home.questionnaire.until": {"nl": "Open tot {when}.", "en": "Open until {when}."},
    "home.questionnaire.answer": {"nl": "Invullen", "en": "Answer"},
    "home.questionnaire.edit": {"nl": "Aanpassen", "en": "Edit"},
    "home.agreements": {
        "nl": "*Afspraken* (versie {version}): nog niet bevestigd. Je vindt ze vastgepind in "
        "<#{channel}>.",
        "en": "*Agreements* (version {version}): not acknowledged yet. They are pinned in "
        "<#{channel}>.",
    },
    "home.agreements.ack": {"nl": "Ik ga akkoord", "en": "I agree"},
    "home.poll": {"nl": "*Stemming*: {question}\nSluit {when}.",
                  "en": "*Vote*: {question}\nCloses {when}."},
    "home.poll.voted": {"nl": "Jouw stem: {option}. Je kunt nog wijzigen.",
                        "en": "Your vote: {option}. You can still change it."},
    "home.facilitator": {
        "nl": "Als facilitator: ook `/leernet uitnodigen`, `/leernet kickoff`, "
        "`/leernet afspraken` en `/leernet stemming` in <#{channel}>.",
        "en": "As facilitator: also `/leernet invite`, `/leernet kickoff`, "
        "`/leernet agreements` and `/leernet vote` in <#{channel}>.",
    },
    "home.plan": {"nl": "Bijeenkomst plannen", "en": "Plan a session"},
    "home.items": {"nl": "*Jouw acties*", "en": "*Your action items*"},
    "home.evaluation": {
        "nl": "*Evaluatie* van de laatste bijeenkomst: je antwoord telt (anoniem, tenzij de "
        "groep anders koos).",
        "en": "*Evaluation* of the last session: your answer counts (anonymous, unless the "
        "group chose otherwise).",
    },
    "home.evaluation.open": {"nl": "Evalueren", "en": "Evaluate"},
    "home.followup": {
        "nl": "*Toepassen op het werk*: hoe ging het met\n>{text}",
        "en": "*Apply at work*: how did it go with\n>{text}",
    },
    "home.followup.open": {"nl": "Vertellen", "en": "Tell us"},
    "home.item.done": {"nl": "{number} is klaar", "en": "{number} is done"},
    "home.members": {"nl": "Leden", "en": "Members"},
    "home.agenda": {"nl": "Iets voor de agenda", "en": "Add to the agenda"},
    "home.more.one": {
        "nl": "Nog {count} netwerk: gebruik `/leernet` in zijn kanaal.",
        "en": "{count} more network: use `/leernet` in its channel.",
    },
    "home.more.other": {
        "nl": "Nog {count} netwerken: gebruik `/leernet` in hun kanaal.",
        "en": "{count} more networks: use `/leernet` in their channel.",
    },
    "notice.title": {"nl": "Leernet", "en": "Leernet"},
    "notice.close": {"nl": "Sluiten", "en": "Close"},
    "role.facilitator": {"nl": "facilitator", "en": "facilitator"},
    "role.participant": {"nl": "deelnemer", "en": "participant"},
}
