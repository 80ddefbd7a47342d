"""Sessions: meeting details, reminders and attendance, the list, moving, agenda."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
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
    # --- sessions (bijeenkomsten) --------------------------------------------------------
    "help.sessies": {
        "nl": "`/leernet bijeenkomsten`: bekijk de komende en voorbije bijeenkomsten, met "
        "aanwezigheden",
        "en": "`/leernet sessions`: see upcoming and past sessions, with attendance",
    },
    "help.agenda": {
        "nl": "`/leernet agenda`: breng een agendapunt of een casus in voor een bijeenkomst",
        "en": "`/leernet agenda`: bring an agenda item or a case to a session",
    },
    "plan.field.host": {"nl": "Gastorganisatie", "en": "Host organisation"},
    "plan.field.host.hint": {
        "nl": "Voorgesteld: de organisatie die het minst gastheer was.",
        "en": "Suggested: the organisation that hosted least.",
    },
    "plan.field.host_other": {
        "nl": "Of een andere gastorganisatie", "en": "Or another host organisation",
    },
    "plan.field.every_weeks": {"nl": "Herhalen", "en": "Repeat"},
    "plan.repeat.none": {"nl": "Eenmalig", "en": "Once"},
    "plan.repeat.every": {"nl": "Om de {weeks} weken", "en": "Every {weeks} weeks"},
    "plan.repeat.weekly": {"nl": "Elke week", "en": "Every week"},
    "plan.field.count": {"nl": "Reeks: aantal bijeenkomsten", "en": "Series: number of sessions"},
    "plan.field.until": {"nl": "Of reeks tot en met", "en": "Or series until"},
    "plan.field.series.hint": {
        "nl": "Voor een reeks: vul het aantal óf de einddatum in, niet allebei.",
        "en": "For a series: fill in the number or the end date, not both.",
    },
    "plan.error.every": {
        "nl": "Herhaal om de {low} tot {high} weken.",
        "en": "Repeat every {low} to {high} weeks.",
    },
    "plan.error.count_or_until": {
        "nl": "Geef voor een reeks een aantal óf een einddatum.",
        "en": "For a series, give a number or an end date.",
    },
    "plan.error.count": {
        "nl": "Een reeks telt {low} tot {high} bijeenkomsten.",
        "en": "A series has {low} to {high} sessions.",
    },
    "plan.error.until_early": {
        "nl": "Deze einddatum laat geen tweede bijeenkomst toe.",
        "en": "This end date leaves no room for a second session.",
    },
    "plan.error.horizon": {
        "nl": "Plan hoogstens {years} jaar vooruit: deze reeks loopt te ver door.",
        "en": "Plan at most {years} years ahead: this runs too far.",
    },
    "plan.contributions": {
        "nl": "*Ingebracht voor bijeenkomst {number}*", "en": "*Brought in for session {number}*",
    },
    "plan.series.announce": {
        "nl": "Nieuwe reeks van {count} bijeenkomsten van *{name}* ({duration} min.):",
        "en": "New series of {count} sessions of *{name}* ({duration} min.):",
    },
    "plan.series.line": {
        "nl": "• Bijeenkomst {number}: {when}", "en": "• Session {number}: {when}",
    },
    "meeting.number": {"nl": "*Bijeenkomst*\n{value}", "en": "*Session*\n{value}"},
    "meeting.host": {"nl": "*Gastorganisatie*\n{value}", "en": "*Host*\n{value}"},
    "sessions.header": {"nl": "Bijeenkomsten van {network}", "en": "Sessions of {network}"},
    "sessions.upcoming": {"nl": "*Komende bijeenkomsten*", "en": "*Upcoming sessions*"},
    "sessions.past": {"nl": "*Voorbije bijeenkomsten*", "en": "*Past sessions*"},
    "sessions.none_upcoming": {
        "nl": "Er is geen bijeenkomst gepland.", "en": "No session is planned.",
    },
    "sessions.none_past": {"nl": "Nog geen voorbije bijeenkomsten.", "en": "No past sessions yet."},
    "sessions.line": {
        "nl": "*Bijeenkomst {number}* · {when}\n{form}",
        "en": "*Session {number}* · {when}\n{form}",
    },
    "sessions.host": {"nl": " · bij {host}", "en": " · at {host}"},
    "sessions.counts": {
        "nl": "Komt: {coming} · komt niet: {not_coming} · nog geen antwoord: {unanswered}",
        "en": "Coming: {coming} · not coming: {not_coming} · no answer yet: {unanswered}",
    },
    "sessions.present": {"nl": "Aanwezig: {present}", "en": "Present: {present}"},
    "sessions.unconfirmed": {
        "nl": "Aanwezigheid nog niet bevestigd (zeiden te komen: {coming})",
        "en": "Attendance not confirmed yet (said they would come: {coming})",
    },
    "sessions.button.ics": {"nl": "Agendabestand (.ics)", "en": "Calendar file (.ics)"},
    "sessions.button.reschedule": {"nl": "Verplaatsen", "en": "Reschedule"},
    "sessions.button.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "sessions.button.attendance": {"nl": "Aanwezigheid bevestigen", "en": "Confirm attendance"},
    "sessions.cancel.title": {"nl": "Bijeenkomst annuleren?", "en": "Cancel this session?"},
    "sessions.cancel.text": {
        "nl": "Bijeenkomst {number} op {when} wordt geannuleerd en de leden krijgen een bericht.",
        "en": "Session {number} on {when} will be cancelled and the members told.",
    },
    "sessions.cancel.yes": {"nl": "Ja, annuleren", "en": "Yes, cancel"},
    "session.error.gone": {
        "nl": "Deze bijeenkomst bestaat niet meer.", "en": "This session no longer exists.",
    },
    "session.error.cancelled": {
        "nl": "Deze bijeenkomst is geannuleerd: er valt niets meer aan te wijzigen.",
        "en": "This session is cancelled: there is nothing left to change.",
    },
    "session.error.started": {
        "nl": "Deze bijeenkomst is al begonnen of voorbij: verplaatsen of annuleren kan niet meer.",
        "en": "This session has started or is over: it can no longer be moved or cancelled.",
    },
    "reschedule.modal.title": {"nl": "Bijeenkomst verplaatsen", "en": "Reschedule session"},
    "reschedule.modal.submit": {"nl": "Verplaatsen", "en": "Reschedule"},
    "reschedule.modal.intro": {
        "nl": "Bijeenkomst {number} van *{name}*, nu op {when}. Tijden in {timezone}. De leden "
        "krijgen een bericht; hun antwoorden blijven staan.",
        "en": "Session {number} of *{name}*, now on {when}. Times in {timezone}. The members "
        "are told; their answers stay.",
    },
    "reschedule.done.one": {
        "nl": "Bijeenkomst {number} is verplaatst naar {when}; {count} lid kreeg een bericht.",
        "en": "Session {number} moved to {when}; {count} member was told.",
    },
    "reschedule.done.other": {
        "nl": "Bijeenkomst {number} is verplaatst naar {when}; {count} leden kregen een bericht.",
        "en": "Session {number} moved to {when}; {count} members were told.",
    },
    "reschedule.dm": {
        "nl": "*{network}*: bijeenkomst {number} is verplaatst van {old} naar *{new}* "
        "({duration} min., {location}). Je antwoord blijft staan; je kunt het hieronder "
        "wijzigen.",
        "en": "*{network}*: session {number} has moved from {old} to *{new}* "
        "({duration} min., {location}). Your answer stays; you can change it below.",
    },
    "cancel.dm": {
        "nl": "*{network}*: bijeenkomst {number} van {when} is geannuleerd.",
        "en": "*{network}*: session {number} on {when} is cancelled.",
    },
    "cancel.done.one": {
        "nl": "Bijeenkomst {number} van {when} is geannuleerd; {count} lid kreeg een bericht.",
        "en": "Session {number} on {when} is cancelled; {count} member was told.",
    },
    "cancel.done.other": {
        "nl": "Bijeenkomst {number} van {when} is geannuleerd; {count} leden kregen een bericht.",
        "en": "Session {number} on {when} is cancelled; {count} members were told.",
    },
    "attendance.modal.title": {"nl": "Aanwezigheid", "en": "Attendance"},
    "attendance.modal.submit": {"nl": "Opslaan", "en": "Save"},
    "attendance.modal.intro": {
        "nl": "Wie was er op bijeenkomst {number} ({when})? Aangevinkt: wie zei te komen, of "
        "wat je eerder bevestigde.",
        "en": "Who was at session {number} ({when})? Ticked: who said they would come, or what "
        "you confirmed before.",
    },
    "attendance.field.present": {"nl": "Aanwezig", "en": "Present"},
    "attendance.saved": {
        "nl": "Aanwezigheid van bijeenkomst {number} opgeslagen: {present} van {total} aanwezig.",
        "en": "Attendance of session {number} saved: {present} of {total} present.",
    },
    "attendance.error.not_started": {
        "nl": "Aanwezigheid bevestig je pas als de bijeenkomst begonnen is.",
        "en": "Attendance can be confirmed once the session has started.",
    },
    "agenda.modal.title": {"nl": "Agenda aanvullen", "en": "Add to the agenda"},
    "agenda.modal.submit": {"nl": "Toevoegen", "en": "Add"},
    "agenda.field.meeting": {"nl": "Bijeenkomst", "en": "Session"},
    "agenda.field.kind": {"nl": "Wat breng je in?", "en": "What do you bring?"},
    "agenda.field.text": {"nl": "Omschrijving", "en": "Description"},
    "agenda.field.title": {"nl": "Titel van je casus", "en": "Title of your case"},
    "agenda.field.title.hint": {
        "nl": "Nodig voor een casus: de anderen zien vooraf enkel de titel.",
        "en": "Needed for a case: the others see only its title beforehand.",
    },
    "agenda.field.confidential": {"nl": "Vertrouwelijk", "en": "Confidential"},
    "agenda.confidential.option": {
        "nl": "Enkel in de bijeenkomst", "en": "Only in the session",
    },
    "agenda.confidential.hint": {
        "nl": "Nergens anders; na de bijeenkomst blijft enkel de titel.",
        "en": "Nowhere else; after the session only the title stays.",
    },
    "agenda.confidential.more": {
        "nl": "Niet in overzichten, de kennisbank of exports. Na de bijeenkomst worden de "
              "tekst, de vragen, de adviezen en wat je meeneemt gewist.",
        "en": "Not in digests, the library or exports. After the session the text, the "
              "questions, the advice and what you take away are erased.",
    },
    "agenda.case_line": {"nl": "• {title} (<@{user}>)", "en": "• {title} (<@{user}>)"},
    "agenda.case_line.confidential": {
        "nl": "• {title} (<@{user}>, vertrouwelijk)", "en": "• {title} (<@{user}>, confidential)",
    },
    "agenda.kind.item": {"nl": "Een agendapunt", "en": "An agenda item"},
    "agenda.kind.case": {"nl": "Een casus voor intervisie", "en": "A case for peer consultation"},
    "agenda.option": {"nl": "Bijeenkomst {number}: {when}", "en": "Session {number}: {when}"},
    "agenda.saved": {
        "nl": "Dank je! Je bijdrage staat bij bijeenkomst {number} ({when}).",
        "en": "Thank you! Your contribution is with session {number} ({when}).",
    },
    "agenda.items": {"nl": "*Agendapunten van de leden*", "en": "*Agenda items from members*"},
    "agenda.cases": {"nl": "*Casussen voor intervisie*", "en": "*Cases for peer consultation*"},
    "agenda.line": {"nl": "• {text} (<@{user}>)", "en": "• {text} (<@{user}>)"},
    "agenda.error.no_session": {
        "nl": "Er is nog geen bijeenkomst gepland om iets voor in te brengen.",
        "en": "No session is planned yet to bring something to.",
    },
    "agenda.error.long": {
        "nl": "Hou het bij {limit} tekens.", "en": "Keep it within {limit} characters.",
    },
    "agenda.error.closed": {
        "nl": "Deze bijeenkomst is begonnen of geannuleerd: kies een andere.",
        "en": "This session has started or is cancelled: choose another.",
    },
    "reminder.agenda": {
        "nl": "Breng je een onderwerp of een casus mee?",
        "en": "Bringing a topic or a case?",
    },
    "reminder.ics": {
        "nl": "Zet de bijeenkomst in je agenda:", "en": "Add the session to your calendar:",
    },
    "ics.summary": {"nl": "{network}: bijeenkomst {number}", "en": "{network}: session {number}"},
    "ics.comment": {
        "nl": "Agendabestand voor bijeenkomst {number} van {network}",
        "en": "Calendar file for session {number} of {network}",
    },
    "ics.sent": {
        "nl": "Het agendabestand staat in je privégesprek met Leernet.",
        "en": "The calendar file is in your direct messages with Leernet.",
    },
}
