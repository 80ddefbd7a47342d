"""Session reports (verslagen) and action items."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- reports (verslagen) and action items ---------------------------------------------
    "help.verslag": {
        "nl": "`/leernet verslag [nummer]`: schrijf of wijzig het verslag van de laatste "
        "bijeenkomst, of van bijeenkomst [nummer] (alleen voor facilitators)",
        "en": "`/leernet report [number]`: write or edit the report of the latest session, or "
        "of session [number] (facilitators only)",
    },
    "report.modal.title": {"nl": "Verslag", "en": "Report"},
    "report.modal.submit": {"nl": "Opslaan", "en": "Save"},
    "report.modal.intro": {
        "nl": "Verslag van de bijeenkomst van *{name}* op {when}. Het komt in <#{channel}> en "
        "gaat per privébericht naar wie er niet bij was.",
        "en": "Report of the *{name}* session on {when}. It is posted in <#{channel}> and sent "
        "by direct message to those who were not there.",
    },
    "report.modal.intro.choose": {
        "nl": "Verslag van een bijeenkomst van *{name}*: kies hieronder welke. Het komt in "
        "<#{channel}> en gaat per privébericht naar wie er niet bij was.",
        "en": "Report of a *{name}* session: choose which below. It is posted in <#{channel}> "
        "and sent by direct message to those who were not there.",
    },
    "report.modal.intro.edit": {
        "nl": "Je wijzigt het verslag van de bijeenkomst van *{name}* op {when}. Het bericht in "
        "<#{channel}> wordt bijgewerkt.",
        "en": "You are editing the report of the *{name}* session on {when}. The message in "
        "<#{channel}> is updated.",
    },
    "report.modal.items": {
        "nl": "*Volgende stappen* (tot {count}): wat, wie en tegen wanneer. Maak de tekst leeg "
        "om een stap te schrappen.",
        "en": "*Next steps* (up to {count}): what, who and by when. Empty the text to drop a "
        "step.",
    },
    "report.field.meeting": {"nl": "Bijeenkomst", "en": "Session"},
    "report.field.summary": {"nl": "Samenvatting", "en": "Summary"},
    "report.field.insights": {"nl": "Inzichten", "en": "Insights"},
    "report.field.decisions": {"nl": "Beslissingen met de groep",
                               "en": "Decisions taken with the group"},
    "report.field.links": {"nl": "Links", "en": "Links"},
    "report.field.links.hint": {
        "nl": "Eén per regel, eventueel met een titel: Slides https://…",
        "en": "One per line, optionally with a title: Slides https://…",
    },
    "report.field.item": {"nl": "Stap {number}", "en": "Step {number}"},
    "report.field.item.done": {"nl": "Stap {number} (klaar)", "en": "Step {number} (done)"},
    "report.field.owner": {"nl": "Wie neemt stap {number} op?", "en": "Who takes step {number}?"},
    "report.field.due": {"nl": "Stap {number} klaar tegen", "en": "Step {number} due by"},
    "report.session": {"nl": "{when}", "en": "{when}"},
    "report.session.numbered": {"nl": "Bijeenkomst {number}: {when}",
                                "en": "Session {number}: {when}"},
    "report.error.usage": {
        "nl": "Gebruik `/leernet verslag` voor de laatste bijeenkomst, of `/leernet verslag 3` "
        "voor bijeenkomst 3.",
        "en": "Use `/leernet report` for the latest session, or `/leernet report 3` for "
        "session 3.",
    },
    "report.error.too_long": {"nl": "Hoogstens {limit} tekens.",
                              "en": "At most {limit} characters."},
    "report.error.link": {
        "nl": "Regel {line} bevat geen link (die begint met http:// of https://).",
        "en": "Line {line} holds no link (one starting with http:// or https://).",
    },
    "report.error.owner": {"nl": "Kies wie deze stap opneemt.",
                           "en": "Choose who takes this step."},
    "report.error.due_past": {"nl": "Die datum is voorbij: kies vandaag of later.",
                              "en": "That date has passed: choose today or later."},
    "report.error.cancelled": {
        "nl": "Deze bijeenkomst is geannuleerd: daar hoort geen verslag bij.",
        "en": "This session was cancelled: it gets no report.",
    },
    "report.error.not_started": {
        "nl": "Deze bijeenkomst is nog niet begonnen: een verslag kan pas als ze plaatsvond.",
        "en": "This session has not started yet: a report can only follow once it took place.",
    },
    "report.error.none_yet": {
        "nl": "*{name}* had nog geen bijeenkomst: een verslag kan pas na een bijeenkomst.",
        "en": "*{name}* has not had a session yet: a report can only follow a session.",
    },
    "report.error.no_session": {
        "nl": "*{name}* heeft geen bijeenkomst {number}.",
        "en": "*{name}* has no session {number}.",
    },
    "report.error.exists": {
        "nl": "Intussen schreef iemand anders het verslag van deze bijeenkomst. Open "
        "`/leernet verslag` opnieuw om het te wijzigen.",
        "en": "Someone else wrote the report of this session in the meantime. Open "
        "`/leernet report` again to edit it.",
    },
    "report.error.gone": {
        "nl": "Dit verslag of deze bijeenkomst bestaat niet meer. Open `/leernet verslag` "
        "opnieuw.",
        "en": "This report or session no longer exists. Open `/leernet report` again.",
    },
    "report.error.item_gone": {
        "nl": "Deze stap bestaat niet meer: hij werd uit het verslag geschrapt.",
        "en": "This step no longer exists: it was dropped from the report.",
    },
    "report.error.not_owner.former": {
        "nl": "Alleen een facilitator kan deze stap afvinken: wie hem op zich nam, is een "
        "oud-lid.",
        "en": "Only a facilitator can tick this step off: whoever took it on is a former "
        "member.",
    },
    "report.error.not_owner": {
        "nl": "Alleen <@{owner}> of een facilitator kan deze stap afvinken.",
        "en": "Only <@{owner}> or a facilitator can tick this step off.",
    },
    "report.not_shown": {
        "nl": "Het verslag is bewaard, maar ik kon het niet tonen in <#{channel}> ({error}). "
        "Voeg me toe met `/invite @Leernet` en sla het opnieuw op via `/leernet verslag`: dan "
        "komt het alsnog in het kanaal.",
        "en": "The report is saved, but I could not show it in <#{channel}> ({error}). Add me "
        "with `/invite @Leernet` and save it again from `/leernet report`: then it reaches the "
        "channel after all.",
    },
    "report.not_shown.numbered": {
        "nl": "Het verslag is bewaard, maar ik kon het niet tonen in <#{channel}> ({error}). "
        "Voeg me toe met `/invite @Leernet` en sla het opnieuw op via `/leernet verslag "
        "{number}`: dan komt het alsnog in het kanaal.",
        "en": "The report is saved, but I could not show it in <#{channel}> ({error}). Add me "
        "with `/invite @Leernet` and save it again from `/leernet report {number}`: then it "
        "reaches the channel after all.",
    },
    "report.fallback": {
        "nl": "Verslag van {network}, bijeenkomst van {when}",
        "en": "Report of {network}, session of {when}",
    },
    "report.header": {"nl": "Verslag: {network}", "en": "Report: {network}"},
    "report.meta": {
        "nl": "Bijeenkomst van {when} · verslag door {user}",
        "en": "Session of {when} · report by {user}",
    },
    "report.meta.numbered": {
        "nl": "Bijeenkomst {number} van {when} · verslag door {user}",
        "en": "Session {number} of {when} · report by {user}",
    },
    "report.updated": {"nl": "Bijgewerkt op {when}.", "en": "Updated on {when}."},
    "report.summary": {"nl": "*Samenvatting*", "en": "*Summary*"},
    "report.insights": {"nl": "*Inzichten*", "en": "*Insights*"},
    "report.decisions": {"nl": "*Beslissingen*", "en": "*Decisions*"},
    "report.links": {"nl": "*Links*", "en": "*Links*"},
    "report.items": {"nl": "*Volgende stappen*", "en": "*Next steps*"},
    "report.item": {"nl": "{text} · {owner}", "en": "{text} · {owner}"},
    "report.item.due": {"nl": "{text} · {owner} · tegen {due}",
                        "en": "{text} · {owner} · due {due}"},
    "report.item.done": {"nl": "~{text}~ · {owner} · klaar ✅",
                         "en": "~{text}~ · {owner} · done ✅"},
    "report.items.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "report.items.open": {
        "nl": "*Open stappen* uit de verslagen in <#{channel}>",
        "en": "*Open steps* from the reports in <#{channel}>",
    },
    "report.items.none": {
        "nl": "Geen open stappen uit de verslagen in <#{channel}>.",
        "en": "No open steps from the reports in <#{channel}>.",
    },
    "report.item.button": {"nl": "Klaar", "en": "Done"},
    "report.dm.intro": {
        "nl": "Je was er niet bij: dit is het verslag van *{network}* (ook in <#{channel}>).",
        "en": "You weren't there: this is the report of *{network}* (also in <#{channel}>).",
    },
    "report.done": {"nl": "Afgevinkt: {text}. Dank je!", "en": "Ticked off: {text}. Thanks!"},
    "report.done.already": {
        "nl": "Deze stap stond al op klaar (afgevinkt door {who}).",
        "en": "This step was done already (ticked off by {who}).",
    },
    "report.reminder.text": {
        "nl": "Er is nog geen verslag van de bijeenkomst van {network} op {when}.",
        "en": "There is no report yet of the {network} session on {when}.",
    },
    "report.reminder.body": {
        "nl": "Schrijf het verslag, zodat wie er niet bij was mee is: samenvatting, inzichten, "
        "beslissingen en volgende stappen.",
        "en": "Write the report, so those who weren't there can catch up: summary, insights, "
        "decisions and next steps.",
    },
    "report.reminder.button": {"nl": "Verslag schrijven", "en": "Write the report"},
    "action.reminder.text": {
        "nl": "Herinnering: jouw stap voor {network} is klaar tegen {due}: {text}",
        "en": "Reminder: your step for {network} is due {due}: {text}",
    },
    "action.reminder.header": {"nl": "Jouw volgende stap", "en": "Your next step"},
    "action.reminder.done": {"nl": "Afgevinkt. Dank je!", "en": "Ticked off. Thanks!"},
    "report.knowledge.save": {"nl": "Bewaar als kennis…", "en": "Save as knowledge…"},
    "report.knowledge.i": {"nl": "Inzicht: {text}", "en": "Insight: {text}"},
    "report.knowledge.d": {"nl": "Beslissing: {text}", "en": "Decision: {text}"},
}
