"""Every word a user sees, in Dutch (nl-BE, the default) and English.

Keys are grouped by surface. Placeholders use str.format; values for them that a user typed
must be escaped by the caller (bot.text.escape) before they reach `t`.
"""

from typing import Literal

Lang = Literal["nl", "en"]
DEFAULT_LANG: Lang = "nl"

MESSAGES: dict[str, dict[Lang, str]] = {
    # --- /leernet help -------------------------------------------------------------------
    "help.intro": {
        "nl": "*Leernet* begeleidt regionale leernetwerken. Zo gebruik je `/leernet`:",
        "en": "*Leernet* runs regional learning networks. This is how to use `/leernet`:",
    },
    "help.nieuw": {
        "nl": "`/leernet nieuw`: start een leernetwerk in dit kanaal (je wordt facilitator)",
        "en": "`/leernet new`: start a learning network in this channel (you become facilitator)",
    },
    "help.plan": {
        "nl": "`/leernet plan`: plan een bijeenkomst (alleen voor facilitators)",
        "en": "`/leernet plan`: plan a session (facilitators only)",
    },
    "help.help": {
        "nl": "`/leernet help`: toont dit overzicht",
        "en": "`/leernet help`: shows this overview",
    },
    "help.unknown": {
        "nl": "Ik ken `{command}` niet.",
        "en": "I don't know `{command}`.",
    },
    # --- errors everyone can meet ---------------------------------------------------------
    "error.generic": {
        "nl": "Er ging iets mis bij Leernet. Probeer het zo opnieuw; blijft het misgaan, "
        "meld het dan aan wie de bot beheert.",
        "en": "Something went wrong in Leernet. Please try again shortly; if it keeps "
        "happening, tell whoever runs the bot.",
    },
    "error.modal_expired": {
        "nl": "Slack liet me te weinig tijd om het formulier te openen. Probeer het opnieuw.",
        "en": "Slack gave me too little time to open the form. Please try again.",
    },
    "error.not_in_channel_context": {
        "nl": "Start een leernetwerk vanuit het kanaal waar de groep samenkomt, "
        "niet vanuit een privébericht.",
        "en": "Start a learning network from the channel where the group meets, "
        "not from a direct message.",
    },
    "error.channel_taken": {
        "nl": "In dit kanaal loopt al het leernetwerk *{name}*. Eén netwerk per kanaal: "
        "maak een nieuw kanaal voor een tweede netwerk.",
        "en": "This channel already hosts the learning network *{name}*. One network per "
        "channel: create a new channel for a second network.",
    },
    "error.no_network": {
        "nl": "In dit kanaal loopt nog geen leernetwerk. Start er een met `/leernet nieuw`.",
        "en": "There is no learning network in this channel yet. Start one with "
        "`/leernet new`.",
    },
    "error.not_facilitator": {
        "nl": "Alleen een facilitator van *{name}* kan dat doen.",
        "en": "Only a facilitator of *{name}* can do that.",
    },
    "error.cannot_post": {
        "nl": "Ik kan niet posten in dit kanaal ({error}). Voeg me toe met `/invite @Leernet` "
        "en probeer opnieuw.",
        "en": "I can't post in this channel ({error}). Add me with `/invite @Leernet` "
        "and try again.",
    },
    "error.meeting_gone": {
        "nl": "Deze bijeenkomst is voorbij of geannuleerd: je antwoord is niet meer nodig.",
        "en": "This session is over or cancelled: no answer is needed any more.",
    },
    "error.not_member": {
        "nl": "Je bent geen lid van dit leernetwerk.",
        "en": "You are not a member of this learning network.",
    },
    # --- /leernet nieuw: the network modal ------------------------------------------------
    "network.modal.title": {"nl": "Nieuw leernetwerk", "en": "New learning network"},
    "network.modal.submit": {"nl": "Aanmaken", "en": "Create"},
    "modal.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "network.modal.intro": {
        "nl": "Zeg vooraf wat, waarom, hoe en voor wie: dat is het halve werk. "
        "Het netwerk hoort bij dit kanaal en jij wordt de facilitator.",
        "en": "Say up front what, why, how and for whom: that is half the work. "
        "The network belongs to this channel and you become its facilitator.",
    },
    "network.field.name": {"nl": "Naam", "en": "Name"},
    "network.field.theme": {"nl": "Thema", "en": "Theme"},
    "network.field.region": {"nl": "Regio", "en": "Region"},
    "network.field.what": {"nl": "Wat gaan we doen?", "en": "What will we do?"},
    "network.field.why": {"nl": "Waarom?", "en": "Why?"},
    "network.field.how": {"nl": "Hoe werken we?", "en": "How will we work?"},
    "network.field.for_whom": {"nl": "Voor wie?", "en": "For whom?"},
    "network.field.format": {"nl": "Vorm", "en": "Format"},
    "network.field.max": {"nl": "Maximum aantal deelnemers", "en": "Maximum participants"},
    "network.field.max.hint": {
        "nl": "Less is more: hoogstens 12, facilitators niet meegeteld.",
        "en": "Less is more: 12 at most, facilitators not counted.",
    },
    "format.face_to_face": {"nl": "Face-to-face", "en": "Face to face"},
    "format.online": {"nl": "Online", "en": "Online"},
    "format.hybrid": {"nl": "Hybride", "en": "Hybrid"},
    "network.error.max": {
        "nl": "Kies een getal van {low} tot {high}.",
        "en": "Choose a number from {low} to {high}.",
    },
    "network.error.blank": {
        "nl": "Vul dit veld in.",
        "en": "Please fill in this field.",
    },
    "network.error.channel_taken": {
        "nl": "Dit kanaal heeft intussen al een leernetwerk.",
        "en": "This channel meanwhile has a learning network.",
    },
    # --- the charter message in the channel -----------------------------------------------
    "charter.header": {"nl": "Leernetwerk {name}", "en": "Learning network {name}"},
    "charter.theme": {"nl": "*Thema*\n{value}", "en": "*Theme*\n{value}"},
    "charter.region": {"nl": "*Regio*\n{value}", "en": "*Region*\n{value}"},
    "charter.format": {"nl": "*Vorm*\n{value}", "en": "*Format*\n{value}"},
    "charter.max": {
        "nl": "*Deelnemers*\nhoogstens {value}",
        "en": "*Participants*\n{value} at most",
    },
    "charter.what": {"nl": "*Wat*\n{value}", "en": "*What*\n{value}"},
    "charter.why": {"nl": "*Waarom*\n{value}", "en": "*Why*\n{value}"},
    "charter.how": {"nl": "*Hoe*\n{value}", "en": "*How*\n{value}"},
    "charter.for_whom": {"nl": "*Voor wie*\n{value}", "en": "*For whom*\n{value}"},
    "charter.facilitator": {
        "nl": "Facilitator: <@{user}>",
        "en": "Facilitator: <@{user}>",
    },
    "charter.fallback": {
        "nl": "Nieuw leernetwerk: {name}",
        "en": "New learning network: {name}",
    },
    # --- /leernet plan: the session modal -------------------------------------------------
    "plan.modal.title": {"nl": "Bijeenkomst plannen", "en": "Plan a session"},
    "plan.modal.submit": {"nl": "Plannen", "en": "Plan"},
    "plan.modal.intro": {
        "nl": "Bijeenkomst van *{name}*. Tijden in {timezone}.",
        "en": "Session of *{name}*. Times in {timezone}.",
    },
    "plan.field.date": {"nl": "Datum", "en": "Date"},
    "plan.field.time": {"nl": "Starttijd", "en": "Start time"},
    "plan.field.duration": {"nl": "Duur (minuten)", "en": "Duration (minutes)"},
    "plan.field.location": {"nl": "Locatie of link", "en": "Location or meeting link"},
    "plan.field.form": {"nl": "Leervorm", "en": "Learning form"},
    "plan.field.agenda": {"nl": "Agenda", "en": "Agenda"},
    "plan.error.past": {
        "nl": "Dit tijdstip ligt in het verleden.",
        "en": "This moment lies in the past.",
    },
    "plan.error.duration": {
        "nl": "Geef een duur van {low} tot {high} minuten.",
        "en": "Give a duration of {low} to {high} minutes.",
    },
    "plan.error.nonexistent_time": {
        "nl": "Dit uur bestaat niet op die dag (zomertijd): kies een ander uur.",
        "en": "This time does not exist that day (daylight saving): choose another.",
    },
    "plan.announce": {
        "nl": "Nieuwe bijeenkomst van *{name}*: {when} ({duration} min.)",
        "en": "New session of *{name}*: {when} ({duration} min.)",
    },
    "plan.reminders": {
        "nl": "Herinneringen gaan uit op: {times}",
        "en": "Reminders go out on: {times}",
    },
    "plan.no_reminders": {
        "nl": "Te kort dag voor een herinnering.",
        "en": "Too close for a reminder.",
    },
    "form.intervision": {"nl": "Intervisie", "en": "Intervision"},
    "form.success_stories": {"nl": "Succesverhalen", "en": "Success stories"},
    "form.dos_and_donts": {"nl": "Do's en don'ts", "en": "Do's and don'ts"},
    "form.external_input": {"nl": "Externe spreker", "en": "External speaker"},
    "form.company_visit": {"nl": "Bedrijfsbezoek", "en": "Company visit"},
    "form.free_exchange": {"nl": "Vrije uitwisseling", "en": "Free exchange"},
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
    # --- membership (leden) -------------------------------------------------------------
    "help.uitnodigen": {
        "nl": "`/leernet uitnodigen @naam …`: voeg mensen toe als deelnemer (facilitators)",
        "en": "`/leernet invite @name …`: add people as participants (facilitators)",
    },
    "help.join": {
        "nl": "`/leernet join`: vraag om aan te sluiten bij het netwerk van dit kanaal",
        "en": "`/leernet join`: ask to join this channel's network",
    },
    "help.leden": {
        "nl": "`/leernet leden`: wie er in het netwerk zit, met rol en organisatie",
        "en": "`/leernet members`: who is in the network, with role and organisation",
    },
    "help.verlaten": {
        "nl": "`/leernet verlaten`: verlaat het netwerk",
        "en": "`/leernet leave`: leave the network",
    },
    "help.verwijderen": {
        "nl": "`/leernet verwijderen @naam`: haal iemand uit het netwerk (facilitators)",
        "en": "`/leernet remove @name`: take someone out of the network (facilitators)",
    },
    "help.facilitator": {
        "nl": "`/leernet facilitator @naam`: maak een lid mee facilitator (facilitators)",
        "en": "`/leernet facilitator @name`: make a member co-facilitator (facilitators)",
    },
    "member.error.no_mentions": {
        "nl": "Noem wie je bedoelt, bijvoorbeeld `/leernet {command} @ann @bob`.",
        "en": "Mention whom you mean, for example `/leernet {command} @ann @bob`.",
    },
    "member.error.already": {
        "nl": "<@{user}> is al lid of staat al op de wachtlijst.",
        "en": "<@{user}> is already a member or on the waitlist.",
    },
    "member.error.pending": {
        "nl": "Je aanvraag loopt nog: een facilitator bekijkt ze.",
        "en": "Your request is still open: a facilitator will look at it.",
    },
    "member.error.request_handled": {
        "nl": "Deze aanvraag is al behandeld.",
        "en": "This request has already been handled.",
    },
    "member.error.not_member": {
        "nl": "<@{user}> is geen lid van dit netwerk.",
        "en": "<@{user}> is not a member of this network.",
    },
    "member.error.last_facilitator": {
        "nl": "Je bent de enige facilitator. Maak eerst iemand anders facilitator met "
        "`/leernet facilitator @naam`.",
        "en": "You are the only facilitator. First make someone else facilitator with "
        "`/leernet facilitator @name`.",
    },
    "member.error.remove_self": {
        "nl": "Jezelf verwijderen kan niet: gebruik `/leernet verlaten`.",
        "en": "You cannot remove yourself: use `/leernet leave`.",
    },
    "member.error.already_facilitator": {
        "nl": "<@{user}> is al facilitator.",
        "en": "<@{user}> is already a facilitator.",
    },
    "member.error.bot": {
        "nl": "<@{user}> is een bot en kan geen lid worden.",
        "en": "<@{user}> is a bot and cannot become a member.",
    },
    "member.error.deactivated": {
        "nl": "Het account van <@{user}> is gedeactiveerd.",
        "en": "<@{user}>'s account is deactivated.",
    },
    "member.error.unknown_user": {
        "nl": "Ik vind <@{user}> niet in deze werkruimte.",
        "en": "I can't find <@{user}> in this workspace.",
    },
    "member.invite.added": {"nl": "<@{user}> is nu deelnemer.",
                            "en": "<@{user}> is now a participant."},
    "member.invite.waitlisted": {
        "nl": "<@{user}> staat op de wachtlijst (plaats {place}): het netwerk is vol.",
        "en": "<@{user}> is on the waitlist (place {place}): the network is full.",
    },
    "member.channel.not_in_channel": {
        "nl": "Ik kon <@{user}> niet aan het kanaal toevoegen: ik ben zelf geen lid van het "
        "kanaal. Voeg me toe met `/invite @Leernet`.",
        "en": "I couldn't add <@{user}> to the channel: I am not in it myself. Add me with "
        "`/invite @Leernet`.",
    },
    "member.channel.restricted": {
        "nl": "<@{user}> is een gast en kan niet aan dit kanaal worden toegevoegd: vraag een "
        "beheerder van de werkruimte.",
        "en": "<@{user}> is a guest and cannot be added to this channel: ask a workspace "
        "admin.",
    },
    "member.channel.failed": {
        "nl": "<@{user}> kon niet aan het kanaal worden toegevoegd ({error}).",
        "en": "<@{user}> could not be added to the channel ({error}).",
    },
    "member.dm.welcome": {
        "nl": "Welkom in het leernetwerk *{name}*! Je bent nu deelnemer; de groep komt samen "
        "in <#{channel}>.",
        "en": "Welcome to the learning network *{name}*! You are now a participant; the group "
        "meets in <#{channel}>.",
    },
    "member.dm.waitlisted": {
        "nl": "Het leernetwerk *{name}* is vol. Je staat op de wachtlijst op plaats {place}; "
        "je hoort het zodra er een plaats vrijkomt.",
        "en": "The learning network *{name}* is full. You are on the waitlist at place "
        "{place}; you'll hear as soon as a place frees up.",
    },
    "member.dm.promoted": {
        "nl": "Er is een plaats vrijgekomen in *{name}*: je bent nu deelnemer. Welkom in "
        "<#{channel}>!",
        "en": "A place freed up in *{name}*: you are now a participant. Welcome to "
        "<#{channel}>!",
    },
    "member.dm.removed": {
        "nl": "Een facilitator heeft je uit het leernetwerk *{name}* gehaald.",
        "en": "A facilitator has taken you out of the learning network *{name}*.",
    },
    "member.dm.declined": {
        "nl": "Je aanvraag om aan te sluiten bij *{name}* werd niet aanvaard. Vragen? Neem "
        "contact op met de facilitator.",
        "en": "Your request to join *{name}* was not accepted. Questions? Contact the "
        "facilitator.",
    },
    "member.dm.facilitator": {
        "nl": "<@{by}> maakte je facilitator van *{name}*.",
        "en": "<@{by}> made you a facilitator of *{name}*.",
    },
    "member.promoted": {"nl": "<@{user}> schuift op van de wachtlijst.",
                        "en": "<@{user}> moves up from the waitlist."},
    "join.modal.title": {"nl": "Aansluiten", "en": "Join"},
    "join.modal.submit": {"nl": "Aanvragen", "en": "Ask to join"},
    "join.modal.intro": {
        "nl": "Je vraagt om aan te sluiten bij *{name}* ({theme}). Een facilitator bekijkt je "
        "aanvraag.",
        "en": "You are asking to join *{name}* ({theme}). A facilitator will review your "
        "request.",
    },
    "join.modal.full": {
        "nl": "Het netwerk is op dit moment vol: na goedkeuring kom je op de wachtlijst.",
        "en": "The network is full at the moment: once approved you go on the waitlist.",
    },
    "join.field.organisation": {"nl": "Je organisatie", "en": "Your organisation"},
    "join.field.organisation.hint": {
        "nl": "Een leernetwerk mengt werkgevers: zeg voor wie je werkt.",
        "en": "A learning network mixes employers: say whom you work for.",
    },
    "join.sent": {
        "nl": "Je aanvraag om aan te sluiten bij *{name}* is naar de facilitator(s) gestuurd.",
        "en": "Your request to join *{name}* has been sent to the facilitator(s).",
    },
    "join.request": {
        "nl": "<@{user}> ({organisation}) vraagt om aan te sluiten bij *{name}*.",
        "en": "<@{user}> ({organisation}) asks to join *{name}*.",
    },
    "join.request.full": {
        "nl": "Het netwerk is vol: goedkeuren zet hen op de wachtlijst.",
        "en": "The network is full: approving puts them on the waitlist.",
    },
    "join.approve": {"nl": "Goedkeuren", "en": "Approve"},
    "join.decline": {"nl": "Afwijzen", "en": "Decline"},
    "join.approved": {
        "nl": "<@{user}> is goedgekeurd door <@{by}>.",
        "en": "<@{user}> was approved by <@{by}>.",
    },
    "join.declined": {
        "nl": "<@{by}> heeft de aanvraag van <@{user}> afgewezen.",
        "en": "<@{by}> declined <@{user}>'s request.",
    },
    "members.header": {"nl": "Leden van {name}", "en": "Members of {name}"},
    "members.facilitators": {"nl": "*Facilitators*", "en": "*Facilitators*"},
    "members.participants": {"nl": "*Deelnemers* ({count} van {max})",
                             "en": "*Participants* ({count} of {max})"},
    "members.waitlist": {"nl": "*Wachtlijst*", "en": "*Waitlist*"},
    "members.pending": {"nl": "*Aanvragen*", "en": "*Requests*"},
    "members.line": {"nl": "<@{user}> · {organisation}", "en": "<@{user}> · {organisation}"},
    "members.place": {"nl": "{place}. <@{user}> · {organisation}",
                      "en": "{place}. <@{user}> · {organisation}"},
    "members.no_organisation": {"nl": "organisatie nog onbekend",
                                "en": "organisation not known yet"},
    "members.none": {"nl": "niemand", "en": "nobody"},
    "leave.question": {"nl": "Wil je het leernetwerk *{name}* verlaten?",
                       "en": "Do you want to leave the learning network *{name}*?"},
    "leave.button": {"nl": "Verlaten", "en": "Leave"},
    "leave.confirm.title": {"nl": "Netwerk verlaten?", "en": "Leave the network?"},
    "leave.confirm.text": {
        "nl": "Je geeft je plaats op; wil je later terug, dan vraag je opnieuw om aan te "
        "sluiten.",
        "en": "You give up your place; to come back later you ask to join again.",
    },
    "leave.confirm.yes": {"nl": "Ja, verlaten", "en": "Yes, leave"},
    "confirm.no": {"nl": "Nee", "en": "No"},
    "leave.done": {"nl": "Je hebt *{name}* verlaten.", "en": "You have left *{name}*."},
    "remove.question": {"nl": "<@{user}> uit *{name}* verwijderen?",
                        "en": "Remove <@{user}> from *{name}*?"},
    "remove.button": {"nl": "Verwijderen", "en": "Remove"},
    "remove.confirm.title": {"nl": "Lid verwijderen?", "en": "Remove member?"},
    "remove.confirm.text": {
        "nl": "Die persoon verliest de plaats en wordt uit het kanaal gehaald.",
        "en": "They lose their place and are taken out of the channel.",
    },
    "remove.confirm.yes": {"nl": "Ja, verwijderen", "en": "Yes, remove"},
    "remove.done": {"nl": "<@{user}> is uit *{name}* verwijderd.",
                    "en": "<@{user}> has been removed from *{name}*."},
    "facilitator.done": {"nl": "<@{user}> is nu facilitator van *{name}*.",
                         "en": "<@{user}> is now a facilitator of *{name}*."},
    # --- kickoff questionnaire (bevraging) ------------------------------------------------
    "help.kickoff": {
        "nl": "`/leernet kickoff`: stuurt de startbevraging naar alle leden, of toont de synthese "
        "als ze al verstuurd is (alleen voor facilitators)",
        "en": "`/leernet kickoff`: sends the kickoff questionnaire to all members, or shows its "
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
    "kickoff.button.open": {"nl": "Vragenlijst invullen", "en": "Fill in the questionnaire"},
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
        "nl": "Post mijn kennismaking in het kanaal van het netwerk",
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
    "kickoff.sent": {
        "nl": "De startbevraging gaat naar {count} leden. Wie niet antwoordt, krijgt op {when} "
        "één herinnering.",
        "en": "The kickoff questionnaire goes to {count} members. Whoever hasn't answered gets "
        "one reminder on {when}.",
    },
    "kickoff.sent.count": {
        "nl": "De startbevraging gaat naar {count} leden.",
        "en": "The kickoff questionnaire goes to {count} members.",
    },
    "kickoff.modal.close": {"nl": "Sluiten", "en": "Close"},
    "kickoff.sent.late": {
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
    "kickoff.synthesis.latecomers": {
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
    "plan.field.topics": {"nl": "Onderwerpen uit de startbevraging",
                          "en": "Topics from the kickoff questionnaire"},
    "plan.field.topics.hint": {
        "nl": "Wat je kiest, komt onder de agenda.",
        "en": "What you choose is added to the agenda.",
    },
    # --- agreements (afspraken) -----------------------------------------------------------
    "help.afspraken": {
        "nl": "`/leernet afspraken`: lees de afspraken van de groep en geef akkoord; "
        "facilitators leggen ze vast of passen ze aan",
        "en": "`/leernet agreements`: read the group's agreements and agree to them; "
        "facilitators record or amend them",
    },
    "agreements.modal.title": {"nl": "Afspraken", "en": "Agreements"},
    "agreements.modal.submit": {"nl": "Vastleggen", "en": "Save"},
    "agreements.modal.intro": {
        "nl": "Leg vast hoe *{name}* samenwerkt: hoe vaak jullie samenkomen, wat vertrouwelijk "
        "blijft, welke leervormen jullie gebruiken en wat je buiten de groep deelt. Ik post ze "
        "in het kanaal, pin ze vast en vraag iedereen akkoord te geven.",
        "en": "Record how *{name}* works together: how often you meet, what stays "
        "confidential, which learning forms you use and what you share outside the group. I "
        "post them in the channel, pin them and ask everyone to agree.",
    },
    "agreements.modal.amend": {
        "nl": "Je past versie {version} aan. Na het vastleggen vraag ik iedereen opnieuw "
        "akkoord te geven: een akkoord geldt per versie.",
        "en": "You are amending version {version}. Once saved, I ask everyone to agree "
        "again: an agreement holds for one version.",
    },
    "agreements.status": {
        "nl": "*Versie {version}*: {acked} van {total} akkoord.",
        "en": "*Version {version}*: {acked} of {total} agreed.",
    },
    "agreements.status.pending": {
        "nl": "Nog geen akkoord: {users}",
        "en": "Not agreed yet: {users}",
    },
    "agreements.status.everyone": {
        "nl": "Iedereen gaf akkoord.",
        "en": "Everyone has agreed.",
    },
    "agreements.field.text": {"nl": "Onze afspraken", "en": "Our agreements"},
    "agreements.field.text.hint": {
        "nl": "Bv. we komen om de zes weken samen; wat we in de groep vertellen, blijft in "
        "de groep; buiten de groep delen we alleen wat niemand herkenbaar maakt.",
        "en": "E.g. we meet every six weeks; what is said in the group stays in the group; "
        "outside the group we only share what identifies nobody.",
    },
    "agreements.field.change_note": {"nl": "Wat is er veranderd?", "en": "What changed?"},
    "agreements.field.change_note.hint": {
        "nl": "Een korte zin voor de groep; ik zet hem bij de aankondiging.",
        "en": "One short sentence for the group; I add it to the announcement.",
    },
    "agreements.header": {
        "nl": "Onze afspraken (versie {version})",
        "en": "Our agreements (version {version})",
    },
    "agreements.fallback": {
        "nl": "De afspraken van {name} (versie {version}): lees ze en geef akkoord.",
        "en": "The agreements of {name} (version {version}): read them and agree.",
    },
    "agreements.amended": {
        "nl": "*De afspraken zijn aangepast.* Lees ze opnieuw en geef opnieuw akkoord: "
        "je akkoord geldt per versie.",
        "en": "*The agreements have been amended.* Please read them again and agree again: "
        "an agreement holds for one version.",
    },
    "agreements.amended.note": {
        "nl": "*Wat er veranderde:* {note}",
        "en": "*What changed:* {note}",
    },
    "agreements.count": {
        "nl": "{acked} van {total} akkoord · vastgelegd door <@{user}>",
        "en": "{acked} of {total} agreed · recorded by <@{user}>",
    },
    "agreements.ack_button": {"nl": "Ik ga akkoord / I agree", "en": "I agree"},
    "agreements.replaced": {
        "nl": "Deze versie is vervangen door versie {version}.",
        "en": "This version was replaced by version {version}.",
    },
    "agreements.none": {
        "nl": "*{name}* heeft nog geen afspraken vastgelegd. Een facilitator doet dat met "
        "`/leernet afspraken`.",
        "en": "*{name}* has not recorded its agreements yet. A facilitator does that with "
        "`/leernet agreements`.",
    },
    "agreements.view.acked": {
        "nl": "Je gaf akkoord met deze versie.",
        "en": "You agreed to this version.",
    },
    "agreements.view.ask": {
        "nl": "Ga je akkoord met deze afspraken?",
        "en": "Do you agree to these agreements?",
    },
    "agreements.ack.done": {
        "nl": "Dank je: je gaat akkoord met versie {version} van de afspraken.",
        "en": "Thank you: you agree to version {version} of the agreements.",
    },
    "agreements.ack.already": {
        "nl": "Je gaf al akkoord met versie {version}; er verandert niets.",
        "en": "You already agreed to version {version}; nothing changes.",
    },
    "agreements.pin_failed": {
        "nl": "De afspraken staan in het kanaal, maar Slack liet me ze niet vastpinnen "
        "({error}). Pin het bericht zelf vast als je wilt.",
        "en": "The agreements are in the channel, but Slack did not let me pin them "
        "({error}). Pin the message yourself if you like.",
    },
    "agreements.error.too_long": {
        "nl": "Hoogstens {limit} tekens.",
        "en": "{limit} characters at most.",
    },
    "agreements.error.concurrent": {
        "nl": "Intussen legde iemand anders een nieuwe versie vast. Sluit dit formulier en "
        "open `/leernet afspraken` opnieuw.",
        "en": "Someone else saved a new version meanwhile. Close this form and open "
        "`/leernet agreements` again.",
    },
    "agreements.error.gone": {
        "nl": "Deze afspraken bestaan niet meer.",
        "en": "These agreements no longer exist.",
    },
    "agreements.error.outdated": {
        "nl": "Deze versie van de afspraken is vervangen door versie {version}. Typ "
        "`/leernet afspraken` om de geldende versie te lezen en akkoord te geven.",
        "en": "This version of the agreements was replaced by version {version}. Type "
        "`/leernet agreements` to read the version in force and agree to it.",
    },
    # --- group votes (stemmingen) ---------------------------------------------------------
    "help.stemming": {
        "nl": "`/leernet stemming`: leg de groep een vraag voor om over te stemmen; "
        "`/leernet stemming sluiten <nummer>` sluit ze meteen (alleen voor facilitators)",
        "en": "`/leernet vote`: put a question to the group to vote on; "
        "`/leernet vote close <number>` closes it now (facilitators only)",
    },
    "poll.modal.title": {"nl": "Stemming", "en": "Group vote"},
    "poll.modal.submit": {"nl": "Starten", "en": "Start"},
    "poll.modal.intro": {
        "nl": "Leg *{name}* een vraag voor. Elk lid stemt één keer en kan zijn stem wijzigen "
        "tot de stemming sluit; dan post ik de uitslag. Tijden in {timezone}.",
        "en": "Put a question to *{name}*. Each member votes once and can change their vote "
        "until the vote closes; then I post the results. Times in {timezone}.",
    },
    "poll.field.question": {"nl": "Vraag", "en": "Question"},
    "poll.field.options": {"nl": "Keuzes, één per regel", "en": "Options, one per line"},
    "poll.field.options.hint": {
        "nl": "Van {low} tot {high} keuzes, elk hoogstens {limit} tekens.",
        "en": "From {low} to {high} options, each {limit} characters at most.",
    },
    "poll.field.closes_date": {"nl": "Sluit op", "en": "Closes on"},
    "poll.field.closes_time": {"nl": "Sluit om", "en": "Closes at"},
    "poll.error.option_count": {
        "nl": "Geef {low} tot {high} keuzes, één per regel (nu {count}).",
        "en": "Give {low} to {high} options, one per line (now {count}).",
    },
    "poll.error.option_long": {
        "nl": "Elke keuze mag hoogstens {limit} tekens lang zijn.",
        "en": "Each option can be {limit} characters long at most.",
    },
    "poll.error.option_twice": {
        "nl": "Elke keuze mag maar één keer voorkomen.",
        "en": "Each option may appear only once.",
    },
    "poll.error.too_far": {
        "nl": "Laat een stemming hoogstens {days} dagen openstaan.",
        "en": "Keep a vote open for {days} days at most.",
    },
    "poll.error.closed": {
        "nl": "Deze stemming is gesloten: stemmen of je stem wijzigen kan niet meer.",
        "en": "This vote is closed: you can no longer vote or change your vote.",
    },
    "poll.error.gone": {
        "nl": "Deze stemming of keuze bestaat niet in dit leernetwerk.",
        "en": "This vote or option does not exist in this learning network.",
    },
    "poll.error.usage": {
        "nl": "Gebruik `/leernet stemming` voor een nieuwe stemming, of "
        "`/leernet stemming sluiten <nummer>` om er een meteen te sluiten.",
        "en": "Use `/leernet vote` for a new vote, or `/leernet vote close <number>` to close "
        "one now.",
    },
    "poll.header": {"nl": "Stemming {id}", "en": "Vote {id}"},
    "poll.fallback": {"nl": "Stemming: {question}", "en": "Vote: {question}"},
    "poll.question": {"nl": "*{question}*", "en": "*{question}*"},
    "poll.how": {
        "nl": "Stem met een knop; je kunt je stem wijzigen tot {when}. Niemand ziet wie wat "
        "koos.",
        "en": "Vote with a button; you can change your vote until {when}. Nobody sees who "
        "chose what.",
    },
    "poll.count": {"nl": "Stemmen uitgebracht: {count}", "en": "Votes cast: {count}"},
    "poll.closed": {
        "nl": "Gesloten. Stemmen uitgebracht: {count}. De uitslag staat hieronder.",
        "en": "Closed. Votes cast: {count}. The results are below.",
    },
    "poll.voted": {
        "nl": "Je stem: *{option}*. Je kunt hem wijzigen tot {when}.",
        "en": "Your vote: *{option}*. You can change it until {when}.",
    },
    "poll.results.fallback": {
        "nl": "Uitslag van stemming {id}: {question}",
        "en": "Results of vote {id}: {question}",
    },
    "poll.results.title": {
        "nl": "*Uitslag van stemming {id}:* {question}",
        "en": "*Results of vote {id}:* {question}",
    },
    "poll.results.line": {"nl": "{rank}. {option}: {count}", "en": "{rank}. {option}: {count}"},
    "poll.results.winner": {"nl": "Meeste stemmen: *{option}*.",
                            "en": "Most votes: *{option}*."},
    "poll.results.tie": {"nl": "Gelijke stand tussen {options}.",
                         "en": "A tie between {options}."},
    "poll.results.none": {"nl": "Niemand heeft gestemd.", "en": "Nobody voted."},
    "poll.results.turnout": {
        "nl": "Opkomst: {voters} van {members} leden stemden.",
        "en": "Turnout: {voters} of {members} members voted.",
    },
    "poll.closed_now": {
        "nl": "Stemming {id} is gesloten; de uitslag staat in het kanaal.",
        "en": "Vote {id} is closed; the results are in the channel.",
    },
    # --- sessions (bijeenkomsten) --------------------------------------------------------
    # --- evaluations (evaluaties) and apply at work ---------------------------------------
    # --- reports (verslagen) and action items ---------------------------------------------
    # --- Home tab -------------------------------------------------------------------------
    "home.header": {"nl": "Jouw leernetwerken", "en": "Your learning networks"},
    "home.empty": {
        "nl": "Je bent nog geen lid van een leernetwerk. Start er een met `/leernet nieuw` "
        "in het kanaal van je groep.",
        "en": "You are not in a learning network yet. Start one with `/leernet new` in your "
        "group's channel.",
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
        "en": "You are on the waitlist, place {place}. You'll hear as soon as there is room.",
    },
    "home.pending": {
        "nl": "Je aanvraag om aan te sluiten wacht op een facilitator.",
        "en": "Your request to join is waiting for a facilitator.",
    },
    "home.questionnaire.todo": {
        "nl": "*Vragenlijst bij de start*: nog niet ingevuld.",
        "en": "*Kickoff questionnaire*: not answered yet.",
    },
    "home.questionnaire.done": {
        "nl": "*Vragenlijst bij de start*: ingevuld. Je kunt je antwoorden nog aanpassen.",
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
    "home.members": {"nl": "Leden", "en": "Members"},
    "home.more": {
        "nl": "Nog {count} netwerken: gebruik `/leernet` in hun kanaal.",
        "en": "{count} more networks: use `/leernet` in their channel.",
    },
    "notice.title": {"nl": "Leernet", "en": "Leernet"},
    "notice.close": {"nl": "Sluiten", "en": "Close"},
    "role.facilitator": {"nl": "facilitator", "en": "facilitator"},
    "role.participant": {"nl": "deelnemer", "en": "participant"},
    # --- `leernet demo`: the narration between what each person sees ----------------------
    "demo.intro": {
        "nl": "Leernet-demo: de echte bot (SQLite in {folder}, HTTP op {url}, de echte "
        "planner) tegen een lokale Slack-tweeling. Geen Slack-werkruimte nodig.",
        "en": "Leernet demo: the real bot (SQLite in {folder}, HTTP on {url}, the real "
        "scheduler) against a local Slack twin. No Slack workspace needed.",
    },
    "demo.step.help": {"nl": "Fien typt `/leernet help`", "en": "Fien types `/leernet help`"},
    "demo.step.new": {"nl": "Fien typt `/leernet nieuw` in #leernet-gent",
                      "en": "Fien types `/leernet nieuw` in #leernet-gent"},
    "demo.step.submit": {"nl": "Fien vult het formulier in en klikt op Aanmaken",
                         "en": "Fien fills in the form and clicks Create"},
    "demo.step.members": {
        "nl": "Fien typt `/leernet uitnodigen @ann @bob`",
        "en": "Fien types `/leernet uitnodigen @ann @bob`",
    },
    "demo.step.plan": {"nl": "Fien typt `/leernet plan`", "en": "Fien types `/leernet plan`"},
    "demo.step.plan_submit": {
        "nl": "Fien plant een bijeenkomst om {time}; de herinnering staat op {reminder}",
        "en": "Fien plans a session at {time}; its reminder is due at {reminder}",
    },
    "demo.step.wait": {"nl": "Wachten op de planner (±{seconds} s) ...",
                       "en": "Waiting for the scheduler (about {seconds} s) ..."},
    "demo.step.answer": {"nl": "Ann klikt op \"I'll be there\", Bob op \"Ik kom niet\"",
                         "en": "Ann clicks \"I'll be there\", Bob clicks \"Ik kom niet\""},
    "demo.step.home": {"nl": "Ann opent het tabblad Home van Leernet",
                       "en": "Ann opens Leernet's Home tab"},
    "demo.sees": {"nl": "{who} ziet", "en": "{who} sees"},
    "demo.everyone": {"nl": "Iedereen", "en": "Everyone"},
    "demo.channel": {"nl": "in #{channel}", "en": "in #{channel}"},
    "demo.dm": {"nl": "in een privébericht van Leernet", "en": "in a direct message from Leernet"},
    "demo.done": {
        "nl": "Klaar. Zo ziet het eruit in Slack; `leernet serve` doet hetzelfde in je "
        "eigen werkruimte (zie README).",
        "en": "Done. That is how it looks in Slack; `leernet serve` does the same in your "
        "own workspace (see README).",
    },
    # --- date patterns (Babel / CLDR) -----------------------------------------------------
    "pattern.datetime": {
        "nl": "EEEE d MMMM y 'om' HH:mm",
        "en": "EEEE d MMMM y 'at' HH:mm",
    },
}


def t(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with placeholders filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry[DEFAULT_LANG]).format(**values)
