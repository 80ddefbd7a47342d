"""Intervision (intervisie): the cases at hand, roles, phases, questions, advice, takeaway."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.intervisie": {
        "nl": "`/leernet intervisie`: begeleid een casus van de agenda als intervisie "
              "(incidentmethode of Balintmethode), fase per fase in een draad",
        "en": "`/leernet peer-consultation`: run a case from the agenda as peer consultation "
              "(incident or Balint method), phase by phase in a thread",
    },
    "delivery.what.interv_erase": {
        "nl": "het wissen van een vertrouwelijke casus",
        "en": "erasing a confidential case",
    },
    "export.file.intervisions": {"nl": "intervisie.csv", "en": "peer-consultations.csv"},
    "export.col.case": {"nl": "casus", "en": "case"},
    "export.col.method": {"nl": "methode", "en": "method"},
    "export.col.case_bringer": {"nl": "casusinbrenger", "en": "case-bringer"},
    "export.col.takeaway": {"nl": "neemt mee", "en": "takes away"},
    "digest.cases": {
        "nl": "*Casussen voor intervisie*: {cases}", "en": "*Cases for peer consultation*: {cases}",
    },
    "mydata.md.intervision": {
        "nl": "### Intervisie: jouw vragen en adviezen, wat je meenam",
        "en": "### Peer consultation: your questions and advice, what you took away",
    },
    "intervision.cases.header": {
        "nl": "Casussen voor intervisie", "en": "Cases for peer consultation",
    },
    "intervision.cases.intro": {
        "nl": "Kies een casus en een methode. Je wijst daarna de rollen toe.",
        "en": "Choose a case and a method. You assign the roles next.",
    },
    "intervision.case.line": {
        "nl": "*{title}* van <@{user}>, bijeenkomst {number} ({when})",
        "en": "*{title}* by <@{user}>, session {number} ({when})",
    },
    "intervision.case.confidential": {
        "nl": "Vertrouwelijk: enkel in de bijeenkomst.",
        "en": "Confidential: only in the session.",
    },
    "intervision.case.running": {
        "nl": "Loopt: fase {phase} van {count} ({name}).",
        "en": "Running: phase {phase} of {count} ({name}).",
    },
    "intervision.case.done": {"nl": "Afgerond.", "en": "Finished."},
    "intervision.method.incident": {"nl": "Incidentmethode", "en": "Incident method"},
    "intervision.method.balint": {"nl": "Balintmethode", "en": "Balint method"},
    # --- the roles modal --------------------------------------------------------------------
    "intervision.roles.title": {"nl": "Rollen toewijzen", "en": "Assign the roles"},
    "intervision.roles.submit": {"nl": "Start", "en": "Start"},
    "intervision.roles.intro": {
        "nl": "*{title}* met de {method}. De fasen komen in een draad onder de casus in het "
              "kanaal.",
        "en": "*{title}* with the {method}. The phases come in a thread under the case in "
              "the channel.",
    },
    "intervision.role.case_bringer": {"nl": "Casusinbrenger", "en": "Case-bringer"},
    "intervision.role.process_lead": {"nl": "Procesbegeleider", "en": "Process lead"},
    "intervision.role.timekeeper": {"nl": "Tijdbewaker", "en": "Timekeeper"},
    "intervision.roles.minutes": {
        "nl": "Tijd per fase, in minuten", "en": "Time per phase, in minutes",
    },
    "intervision.minutes.label": {
        "nl": "{number}. {name} (minuten)", "en": "{number}. {name} (minutes)",
    },
    "intervision.working": {
        "nl": "De intervisie wordt gestart…", "en": "Starting the peer consultation…",
    },
    "intervision.started": {
        "nl": "De intervisie is gestart in <#{channel}>: volg de draad onder de casus.",
        "en": "The peer consultation started in <#{channel}>: follow the thread under the case.",
    },
    # --- in the channel ---------------------------------------------------------------------
    "intervision.root.text": {
        "nl": "Intervisie: {title}", "en": "Peer consultation: {title}",
    },
    "intervision.root.header": {
        "nl": "*Intervisie: {title}* ({method})", "en": "*Peer consultation: {title}* ({method})",
    },
    "intervision.root.roles": {
        "nl": "Casusinbrenger <@{bringer}> · procesbegeleider <@{lead}> · tijdbewaker {keeper}",
        "en": "Case-bringer <@{bringer}> · process lead <@{lead}> · timekeeper {keeper}",
    },
    "intervision.root.no_keeper": {"nl": "niemand", "en": "nobody"},
    "intervision.root.confidential": {
        "nl": "Vertrouwelijk: de casus wordt enkel in de bijeenkomst verteld. Vragen, adviezen "
              "en wat de inbrenger meeneemt worden na de bijeenkomst gewist.",
        "en": "Confidential: the case is told in the session only. Questions, advice and what "
              "the case-bringer takes away are erased after the session.",
    },
    "intervision.root.phases": {"nl": "Fasen: {phases}", "en": "Phases: {phases}"},
    "intervision.root.finished": {
        "nl": "Afgerond. Dank aan de casusinbrenger!",
        "en": "Finished. Thanks to the case-bringer!",
    },
    "intervision.phase.text": {
        "nl": "Fase {number}: {name}", "en": "Phase {number}: {name}",
    },
    "intervision.phase.header": {
        "nl": "*Fase {number} van {count}: {name}* ({minutes} min)",
        "en": "*Phase {number} of {count}: {name}* ({minutes} min)",
    },
    "intervision.phase.actor.case_bringer": {
        "nl": "Aan zet: de casusinbrenger, <@{user}>.",
        "en": "Acting: the case-bringer, <@{user}>.",
    },
    "intervision.phase.actor.group": {
        "nl": "Aan zet: de groep (procesbegeleider <@{user}>).",
        "en": "Acting: the group (process lead <@{user}>).",
    },
    "intervision.phase.actor.process_lead": {
        "nl": "Aan zet: de procesbegeleider, <@{user}>.",
        "en": "Acting: the process lead, <@{user}>.",
    },
    "intervision.phase.timekeeper": {
        "nl": "Tijdbewaker <@{user}> bewaakt de {minutes} minuten.",
        "en": "Timekeeper <@{user}> keeps the {minutes} minutes.",
    },
    "intervision.phase.done": {"nl": "Fase afgerond.", "en": "Phase done."},
    "intervision.button.next": {"nl": "Volgende fase", "en": "Next phase"},
    "intervision.button.finish": {"nl": "Intervisie afronden", "en": "Finish"},
    "intervision.button.question": {"nl": "Vraag toevoegen", "en": "Add a question"},
    "intervision.button.advice": {"nl": "Advies toevoegen", "en": "Add advice"},
    "intervision.button.takeaway": {"nl": "Wat neem ik mee?", "en": "What do I take away?"},
    "intervision.entry.question": {
        "nl": "*Vraag* van <@{user}>: {text}", "en": "*Question* from <@{user}>: {text}",
    },
    "intervision.entry.advice": {
        "nl": "*Advies* van <@{user}>: {text}", "en": "*Advice* from <@{user}>: {text}",
    },
    "intervision.takeaway.post": {
        "nl": "*<@{user}> neemt mee:*\n{text}", "en": "*<@{user}> takes away:*\n{text}",
    },
    # Phase names and what happens in them (see bot/domain/intervision.py for the sources).
    "intervision.phase.incident.inbreng": {
        "nl": "Inbreng van het incident", "en": "Bringing in the incident",
    },
    "intervision.phase.incident.inbreng.how": {
        "nl": "De inbrenger schetst kort en feitelijk de situatie en de vraag aan de groep.",
        "en": "The case-bringer sketches the situation briefly and factually, and the "
              "question for the group.",
    },
    "intervision.phase.incident.vragen": {
        "nl": "Informatieve vragen", "en": "Clarifying questions",
    },
    "intervision.phase.incident.vragen.how": {
        "nl": "De groep stelt verhelderende vragen; nog geen advies of oordeel. Zet je vraag "
              "in de draad.",
        "en": "The group asks clarifying questions; no advice or judgement yet. Put your "
              "question in the thread.",
    },
    "intervision.phase.incident.analyse": {"nl": "Analyse", "en": "Analysis"},
    "intervision.phase.incident.analyse.how": {
        "nl": "De groep bespreekt wat het eigenlijke probleem is.",
        "en": "The group discusses what the real problem is.",
    },
    "intervision.phase.incident.advies": {
        "nl": "Standpuntbepaling en advies", "en": "Positions and advice",
    },
    "intervision.phase.incident.advies.how": {
        "nl": "Wat zou jij doen? Ieder geeft een advies; de inbrenger luistert. Zet je advies "
              "in de draad.",
        "en": "What would you do? Everyone gives advice; the case-bringer listens. Put your "
              "advice in the thread.",
    },
    "intervision.phase.incident.reflectie": {
        "nl": "Reflectie van de inbrenger", "en": "The case-bringer's reflection",
    },
    "intervision.phase.incident.reflectie.how": {
        "nl": "De inbrenger zegt welk advies bruikbaar is en wat hij of zij meeneemt.",
        "en": "The case-bringer says which advice is useful and what they take away.",
    },
    "intervision.phase.balint.casus": {"nl": "Casus toelichten", "en": "Telling the case"},
    "intervision.phase.balint.casus.how": {
        "nl": "De inbrenger vertelt de casus, ook wat die bij hem of haar oproept.",
        "en": "The case-bringer tells the case, including what it stirs up in them.",
    },
    "intervision.phase.balint.beeldvorming": {"nl": "Beeldvorming", "en": "Forming a picture"},
    "intervision.phase.balint.beeldvorming.how": {
        "nl": "Verhelderende vragen; de inbrenger antwoordt kort. Zet je vraag in de draad.",
        "en": "Clarifying questions; the case-bringer answers briefly. Put your question in "
              "the thread.",
    },
    "intervision.phase.balint.roddel": {"nl": "Roddelfase", "en": "Gossip round"},
    "intervision.phase.balint.roddel.how": {
        "nl": "De groep bespreekt de casus alsof de inbrenger er niet is; de inbrenger luistert "
              "en reageert niet. Zet je advies in de draad.",
        "en": "The group discusses the case as if the case-bringer were not there; they listen "
              "without reacting. Put your advice in the thread.",
    },
    "intervision.phase.balint.besluit": {"nl": "Besluitvorming", "en": "Deciding"},
    "intervision.phase.balint.besluit.how": {
        "nl": "De inbrenger reageert en zegt wat hij of zij met de adviezen doet.",
        "en": "The case-bringer reacts and says what they will do with the advice.",
    },
    "intervision.phase.balint.evaluatie": {"nl": "Evaluatie", "en": "Evaluation"},
    "intervision.phase.balint.evaluatie.how": {
        "nl": "Hoe verliep het? Wat leerde de groep?",
        "en": "How did it go? What did the group learn?",
    },
    # --- questions, advice and the takeaway ---------------------------------------------------
    "intervision.entry.title.question": {"nl": "Vraag toevoegen", "en": "Add a question"},
    "intervision.entry.title.advice": {"nl": "Advies toevoegen", "en": "Add advice"},
    "intervision.entry.submit": {"nl": "Toevoegen", "en": "Add"},
    "intervision.entry.field": {"nl": "Jouw tekst", "en": "Your text"},
    "intervision.entry.saved": {
        "nl": "Toegevoegd aan de draad.", "en": "Added to the thread.",
    },
    "intervision.takeaway.title": {"nl": "Wat neem ik mee?", "en": "What I take away"},
    "intervision.takeaway.submit": {"nl": "Bewaren", "en": "Save"},
    "intervision.takeaway.field": {
        "nl": "Wat neem je mee uit deze intervisie?", "en": "What do you take from this?",
    },
    "intervision.takeaway.advice": {
        "nl": "Adviezen die je meeneemt", "en": "Advice you take along",
    },
    "intervision.takeaway.share": {"nl": "Delen", "en": "Share"},
    "intervision.takeaway.share.option": {
        "nl": "Deel het in de draad met de groep", "en": "Share it in the thread with the group",
    },
    "intervision.takeaway.saved": {
        "nl": "Bewaard bij je casus.", "en": "Kept with your case.",
    },
    "intervision.takeaway.library": {
        "nl": "Mag het een voorbeeld in de kennisbank van het netwerk worden? Je kiest wie het "
              "ziet en wat erin staat.",
        "en": "Could it become an example in the network's library? You choose who sees it and "
              "what it says.",
    },
    "intervision.takeaway.library.button": {"nl": "Bewaar als kennis", "en": "Keep as knowledge"},
    # --- the person's part, in the reminder and on Home -------------------------------------
    "intervision.yours.case": {
        "nl": "Jij brengt de casus *{title}* in.", "en": "You bring the case *{title}*.",
    },
    "intervision.yours.role": {
        "nl": "Intervisie *{title}*: jij bent {roles}.",
        "en": "Peer consultation *{title}*: you are {roles}.",
    },
    "intervision.yours.case_bringer": {"nl": "casusinbrenger", "en": "case-bringer"},
    "intervision.yours.process_lead": {"nl": "procesbegeleider", "en": "process lead"},
    "intervision.yours.timekeeper": {"nl": "tijdbewaker", "en": "timekeeper"},
    # --- refusals ---------------------------------------------------------------------------
    "intervision.error.no_cases": {
        "nl": "Er is geen casus voor intervisie bij een lopende of komende bijeenkomst. Een lid "
              "brengt er een in met `/leernet agenda`.",
        "en": "There is no peer consultation case for a current or coming session. A member brings "
              "one with `/leernet agenda`.",
    },
    "intervision.error.gone": {
        "nl": "Deze casus of intervisie bestaat niet meer.",
        "en": "This case or consultation no longer exists.",
    },
    "intervision.error.method": {"nl": "Onbekende methode.", "en": "Unknown method."},
    "intervision.error.not_a_case": {
        "nl": "Dit is een agendapunt, geen casus.", "en": "This is an agenda item, not a case.",
    },
    "intervision.error.erased": {
        "nl": "Deze vertrouwelijke casus is na de bijeenkomst gewist.",
        "en": "This confidential case was erased after the session.",
    },
    "intervision.error.session_over": {
        "nl": "De bijeenkomst van deze casus is voorbij of geannuleerd.",
        "en": "The session of this case is over or cancelled.",
    },
    "intervision.error.started": {
        "nl": "Deze casus loopt al als intervisie.", "en": "This case is already running.",
    },
    "intervision.error.not_member": {
        "nl": "<@{user}> is geen actief lid van dit netwerk.",
        "en": "<@{user}> is not an active member of this network.",
    },
    "intervision.error.minutes": {
        "nl": "Een heel aantal minuten, van 1 tot {limit}.",
        "en": "A whole number of minutes, from 1 to {limit}.",
    },
    "intervision.error.moved": {
        "nl": "De intervisie is al naar een volgende fase gegaan.",
        "en": "The peer consultation has already moved to a next phase.",
    },
    "intervision.error.finished": {
        "nl": "Deze intervisie is afgerond.", "en": "This peer consultation is finished.",
    },
    "intervision.error.phase_over": {
        "nl": "Die fase is voorbij: nu kan dat niet meer in de draad.",
        "en": "That phase is over: this can no longer be added to the thread.",
    },
    "intervision.error.not_bringer": {
        "nl": "Enkel de casusinbrenger zegt wat hij of zij meeneemt.",
        "en": "Only the case-bringer says what they take away.",
    },
    "intervision.error.takeaway_later": {
        "nl": "Dat komt in de laatste fasen, na het advies.",
        "en": "That comes in the last phases, after the advice.",
    },
}
