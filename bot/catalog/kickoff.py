"""The kickoff questionnaire and its synthesis."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- kickoff questionnaire (bevraging) ------------------------------------------------
    "help.kickoff": {
        "nl": "`/leernet kickoff`: stuur de startbevraging naar alle leden, of bekijk de "
        "synthese als ze al verstuurd is (alleen voor facilitators)",
        "en": "`/leernet kickoff`: send the kickoff questionnaire to all members, or see its "
        "synthesis once sent (facilitators only)",
    },
    "kickoff.invite.text": {
        "nl": "Startbevraging van {network}: vertel wie je bent en wat je wilt leren.",
        "en": "Kickoff questionnaire of {network}: tell us who you are and what you want to "
        "learn.",
    },
    "kickoff.invite.header": {"nl": "Startbevraging: {network}",
                              "en": "Kickoff questionnaire: {network}"},
    "kickoff.invite.body": {
        "nl": "Welkom in het leernetwerk *{network}*! Voor we samenkomen, leren we je graag "
        "kennen: wie je bent, wat je wilt leren, wat je van de bijeenkomsten verwacht en welke "
        "ervaringen je wilt bespreken. Zo stemmen we de bijeenkomsten af op de groep.",
        "en": "Welcome to the learning network *{network}*! Before we meet, we'd like to get to "
        "know you: who you are, what you want to learn, what you expect of the sessions and "
        "which experiences you want to discuss. That way the sessions fit the group.",
    },
    "kickoff.closes": {
        "nl": "Je kunt je antwoorden aanpassen tot {when}.",
        "en": "You can change your answers until {when}.",
    },
    "kickoff.closes.first_meeting": {
        "nl": "Je kunt je antwoorden aanpassen tot de eerste bijeenkomst begint.",
        "en": "You can change your answers until the first session starts.",
    },
    "kickoff.button.open": {"nl": "Startbevraging invullen", "en": "Fill in the questionnaire"},
    "kickoff.reminder.text": {
        "nl": "Herinnering: je hebt de startbevraging van {network} nog niet ingevuld.",
        "en": "Reminder: you haven't filled in the kickoff questionnaire of {network} yet.",
    },
    "kickoff.reminder.body": {
        "nl": "Je hebt de startbevraging van *{network}* nog niet ingevuld. Het duurt maar "
        "enkele minuten, en je antwoorden bepalen mee waar de bijeenkomsten over gaan.",
        "en": "You haven't filled in the kickoff questionnaire of *{network}* yet. It only "
        "takes a few minutes, and your answers help decide what the sessions are about.",
    },
    "kickoff.modal.title": {"nl": "Startbevraging", "en": "Kickoff questionnaire"},
    "kickoff.modal.submit": {"nl": "Versturen", "en": "Submit"},
    "kickoff.modal.intro": {
        "nl": "Startbevraging van *{network}*.",
        "en": "Kickoff questionnaire of *{network}*.",
    },
    "kickoff.modal.section.intro": {"nl": "*Kennismaking*", "en": "*Introduction*"},
    "kickoff.modal.section.learning": {"nl": "*Leren*", "en": "*Learning*"},
    "kickoff.field.organisation": {"nl": "Organisatie", "en": "Organisation"},
    "kickoff.field.job_role": {"nl": "Rol of functie", "en": "Role or job"},
    "kickoff.field.expertise": {"nl": "Expertise", "en": "Expertise"},
    "kickoff.field.brings": {"nl": "Wat breng ik mee?", "en": "What do I bring?"},
    "kickoff.field.learning_questions": {"nl": "Wat wil ik leren? (leervragen)",
                                         "en": "What do I want to learn? (learning questions)"},
    "kickoff.field.expectations": {"nl": "Wat verwacht ik van de bijeenkomsten?",
                                   "en": "What do I expect of the sessions?"},
    "kickoff.field.experiences": {"nl": "Welke ervaringen wil ik bespreken?",
                                  "en": "Which experiences do I want to discuss?"},
    "kickoff.field.one_per_line": {"nl": "Eén per regel.", "en": "One per line."},
    "kickoff.field.preferred_forms": {"nl": "Welke leervormen verkies ik?",
                                      "en": "Which learning forms do I prefer?"},
    "kickoff.field.consent": {"nl": "Kennismaking in het kanaal",
                              "en": "Introduction in the channel"},
    "kickoff.field.consent.option": {
        "nl": "Zet mijn kennismaking in het kanaal van het netwerk",
        "en": "Post my introduction in the network channel",
    },
    "kickoff.field.consent.hint": {
        "nl": "Alleen je organisatie, rol, expertise en wat je meebrengt. Je leervragen, "
        "verwachtingen en ervaringen zien alleen de facilitators.",
        "en": "Only your organisation, role, expertise and what you bring. Only the "
        "facilitators see your learning questions, expectations and experiences.",
    },
    "kickoff.error.organisation": {
        "nl": "Vul je organisatie in: het netwerk brengt mensen van verschillende werkgevers "
        "samen.",
        "en": "Please fill in your organisation: the network brings people from several "
        "employers together.",
    },
    "kickoff.error.too_long": {"nl": "Hoogstens {limit} tekens.",
                               "en": "{limit} characters at most."},
    "kickoff.error.form": {"nl": "Kies uit de lijst.", "en": "Choose from the list."},
    "kickoff.error.closed": {
        "nl": "De startbevraging van *{name}* is afgesloten: antwoorden of wijzigen kan niet "
        "meer.",
        "en": "The kickoff questionnaire of *{name}* is closed: answers can no longer be "
        "given or changed.",
    },
    "kickoff.saved": {
        "nl": "Dank je! Je antwoorden voor *{network}* zijn bewaard. {closes}",
        "en": "Thank you! Your answers for *{network}* are saved. {closes}",
    },
    "kickoff.sent.reminder.one": {
        "nl": "De startbevraging gaat naar {count} lid. Wie niet antwoordt, krijgt op {when} "
        "één herinnering.",
        "en": "The kickoff questionnaire goes to {count} member. Whoever hasn't answered gets "
        "one reminder on {when}.",
    },
    "kickoff.sent.reminder.other": {
        "nl": "De startbevraging gaat naar {count} leden. Wie niet antwoordt, krijgt op {when} "
        "één herinnering.",
        "en": "The kickoff questionnaire goes to {count} members. Whoever hasn't answered gets "
        "one reminder on {when}.",
    },
    "kickoff.sent.one": {
        "nl": "De startbevraging gaat naar {count} lid.",
        "en": "The kickoff questionnaire goes to {count} member.",
    },
    "kickoff.sent.other": {
        "nl": "De startbevraging gaat naar {count} leden.",
        "en": "The kickoff questionnaire goes to {count} members.",
    },
    "kickoff.sent.late.one": {
        "nl": "De startbevraging gaat naar {count} lid dat later aansloot.",
        "en": "The kickoff questionnaire goes to {count} member who joined later.",
    },
    "kickoff.sent.late.other": {
        "nl": "De startbevraging gaat naar {count} leden die later aansloten.",
        "en": "The kickoff questionnaire goes to {count} members who joined later.",
    },
    "kickoff.synthesis.text": {
        "nl": "Synthese van de startbevraging van {network}",
        "en": "Synthesis of the kickoff questionnaire of {network}",
    },
    "kickoff.synthesis.header": {"nl": "Startbevraging: {network}",
                                 "en": "Kickoff questionnaire: {network}"},
    "kickoff.synthesis.rate": {
        "nl": "*Respons*: {answered} van {members} leden ({percent}%)",
        "en": "*Response*: {answered} of {members} members ({percent}%)",
    },
    "kickoff.synthesis.closes": {"nl": "Antwoorden kan tot {when}.",
                                 "en": "Answers are taken until {when}."},
    "kickoff.synthesis.closes.first_meeting": {
        "nl": "Antwoorden kan tot de eerste bijeenkomst begint.",
        "en": "Answers are taken until the first session starts.",
    },
    "kickoff.synthesis.closed": {"nl": "Afgesloten op {when}.", "en": "Closed on {when}."},
    "kickoff.synthesis.learning_questions": {"nl": "*Leervragen*",
                                             "en": "*Learning questions*"},
    "kickoff.synthesis.expectations": {"nl": "*Verwachtingen*", "en": "*Expectations*"},
    "kickoff.synthesis.experiences": {"nl": "*Ervaringen om te bespreken*",
                                      "en": "*Experiences to discuss*"},
    "kickoff.synthesis.forms": {"nl": "*Leervormen*, meest gevraagd eerst",
                                "en": "*Learning forms*, most wanted first"},
    "kickoff.synthesis.form": {"nl": "{rank}. {form}: {count}", "en": "{rank}. {form}: {count}"},
    "kickoff.synthesis.none": {"nl": "_Nog niets._", "en": "_Nothing yet._"},
    "kickoff.synthesis.more": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "kickoff.synthesis.latecomers.one": {
        "nl": "{count} lid sloot later aan en kreeg de startbevraging nog niet.",
        "en": "{count} member joined later and hasn't had the kickoff questionnaire yet.",
    },
    "kickoff.synthesis.latecomers.other": {
        "nl": "{count} leden sloten later aan en kregen de startbevraging nog niet.",
        "en": "{count} members joined later and haven't had the kickoff questionnaire yet.",
    },
    "kickoff.button.send_late": {"nl": "Stuur naar nieuwe leden", "en": "Send to new members"},
    "kickoff.intro.text": {
        "nl": "Kennismaking: <@{user}> ({organisation})",
        "en": "Introduction: <@{user}> ({organisation})",
    },
    "kickoff.intro.title": {
        "nl": ":wave: *Kennismaking* met <@{user}>",
        "en": ":wave: *Introducing* <@{user}>",
    },
    "kickoff.intro.organisation": {"nl": "*Organisatie*\n{value}",
                                   "en": "*Organisation*\n{value}"},
    "kickoff.intro.job_role": {"nl": "*Rol*\n{value}", "en": "*Role*\n{value}"},
    "kickoff.intro.expertise": {"nl": "*Expertise*\n{value}", "en": "*Expertise*\n{value}"},
    "kickoff.intro.brings": {"nl": "*Wat ik meebreng*\n{value}", "en": "*What I bring*\n{value}"},
    # --- withdrawing an introduction (always possible) -----------------------------------
    "kickoff.withdraw.button": {"nl": "Kennismaking intrekken",
                                "en": "Withdraw my introduction"},
    "kickoff.withdraw.in_modal": {
        "nl": "Je kennismaking staat in het kanaal. Je kunt ze op elk moment intrekken, ook "
        "na het afsluiten van de startbevraging of nadat je het netwerk verliet.",
        "en": "Your introduction is in the channel. You can withdraw it at any time, also "
        "after the questionnaire closed or after you left the network.",
    },
    "kickoff.withdraw.confirm.title": {"nl": "Kennismaking intrekken?",
                                       "en": "Withdraw introduction?"},
    "kickoff.withdraw.confirm.text": {
        "nl": "Je toestemming vervalt meteen en Leernet haalt je kennismaking uit het kanaal.",
        "en": "Your consent ends at once and Leernet takes your introduction out of the "
        "channel.",
    },
    "kickoff.withdraw.confirm.yes": {"nl": "Intrekken", "en": "Withdraw"},
    "kickoff.withdraw.done": {
        "nl": "Je toestemming voor je kennismaking in *{name}* is ingetrokken. Leernet haalt "
        "ze uit het kanaal; lukt dat niet, dan verwijderen de facilitators ze.",
        "en": "Your consent to your introduction in *{name}* is withdrawn. Leernet takes it "
        "out of the channel; if that fails, the facilitators remove it.",
    },
    "kickoff.withdraw.none": {
        "nl": "Je hebt geen kennismaking (meer) in *{name}*.",
        "en": "You have no introduction in *{name}* (any more).",
    },
    "kickoff.withdraw.cannot_delete": {
        "nl": "{who} trok de toestemming in voor hun kennismaking in *{network}*, maar "
        "Leernet kan het bericht niet verwijderen (`{error}`). Verwijder het zelf: {link}",
        "en": "{who} withdrew their consent to their introduction in *{network}*, but "
        "Leernet cannot delete the message (`{error}`). Please remove it by hand: {link}",
    },
    "home.intros": {
        "nl": "*Je kennismakingen*: je kunt je toestemming op elk moment intrekken.",
        "en": "*Your introductions*: you can withdraw your consent at any time.",
    },
    "home.intro": {"nl": "Kennismaking in *{name}*", "en": "Introduction in *{name}*"},
    "plan.field.topics": {"nl": "Onderwerpen uit de startbevraging",
                          "en": "Topics from the kickoff questionnaire"},
    "plan.field.topics.hint": {
        "nl": "Wat je kiest, komt onder de agenda.",
        "en": "What you choose is added to the agenda.",
    },
}
