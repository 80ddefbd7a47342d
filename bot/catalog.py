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
    "help.sessies": {
        "nl": "`/leernet sessies`: komende en voorbije bijeenkomsten met aanwezigheden",
        "en": "`/leernet sessions`: upcoming and past sessions with attendance",
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
    "sessions.button.ics": {"nl": "Agenda-bestand (.ics)", "en": "Calendar file (.ics)"},
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
    "reschedule.done": {
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
    "cancel.done": {
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
    "agenda.kind.item": {"nl": "Een agendapunt", "en": "An agenda item"},
    "agenda.kind.case": {"nl": "Een casus voor intervisie", "en": "A case for intervision"},
    "agenda.option": {"nl": "Bijeenkomst {number}: {when}", "en": "Session {number}: {when}"},
    "agenda.saved": {
        "nl": "Dank je! Je bijdrage staat bij bijeenkomst {number} ({when}).",
        "en": "Thank you! Your contribution is with session {number} ({when}).",
    },
    "agenda.items": {"nl": "*Agendapunten van de leden*", "en": "*Agenda items from members*"},
    "agenda.cases": {"nl": "*Casussen voor intervisie*", "en": "*Cases for intervision*"},
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
    "reminder.ics": {
        "nl": "Zet de bijeenkomst in je agenda:", "en": "Add the session to your calendar:",
    },
    "ics.summary": {"nl": "{network}: bijeenkomst {number}", "en": "{network}: session {number}"},
    "ics.comment": {
        "nl": "Agenda-bestand voor bijeenkomst {number} van {network}",
        "en": "Calendar file for session {number} of {network}",
    },
    "ics.sent": {
        "nl": "Het agenda-bestand staat in je privégesprek met Leernet.",
        "en": "The calendar file is in your direct messages with Leernet.",
    },
    # --- evaluations (evaluaties) and apply at work ---------------------------------------
    "help.evaluatie": {
        "nl": "`/leernet evaluatie`: facilitators sturen de evaluatie van de laatste bijeenkomst "
        "of zien de resultaten; deelnemers vullen ze in. `evaluatie met-naam` of "
        "`evaluatie anoniem` kiest hoe de groep evalueert",
        "en": "`/leernet evaluate`: facilitators send the evaluation of the latest session or "
        "see its results; participants fill it in. `evaluate named` or `evaluate anonymous` "
        "chooses how the group evaluates",
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
    "evaluation.scale.hint": {"nl": "1 = helemaal niet, 5 = helemaal wel",
                              "en": "1 = not at all, 5 = very much"},
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
    "evaluation.error.gone": {"nl": "Deze evaluatie bestaat niet meer.",
                              "en": "This evaluation no longer exists."},
    "evaluation.error.no_session": {
        "nl": "Er is nog geen bijeenkomst begonnen om te evalueren.",
        "en": "No session has started yet to evaluate.",
    },
    "evaluation.sent": {
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
    "evaluation.results.too_few": {
        "nl": "Te weinig antwoorden om te tonen ({answered} van {asked}). Resultaten komen "
        "vrij vanaf {min} antwoorden, zodat niemand herkenbaar is.",
        "en": "Too few answers to show ({answered} of {asked}). Results are shown from {min} "
        "answers on, so nobody can be recognised.",
    },
    "evaluation.results.scale": {
        "nl": "*{label}*: {mean} gemiddeld (spreiding {low}–{high}, sd {stdev})",
        "en": "*{label}*: {mean} on average (range {low}–{high}, sd {stdev})",
    },
    "evaluation.results.trend": {
        "nl": "{arrow} {delta} t.o.v. vorige ({previous})",
        "en": "{arrow} {delta} vs. previous ({previous})",
    },
    "evaluation.results.trend.first": {"nl": "eerste evaluatie", "en": "first evaluation"},
    "evaluation.results.trend.note": {
        "nl": "Trend: vergeleken met {count} eerdere geëvalueerde bijeenkomst(en), de nieuwste "
        "eerst.",
        "en": "Trend: compared with {count} earlier evaluated session(s), newest first.",
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
    # --- reports (verslagen) and action items ---------------------------------------------
    "help.verslag": {
        "nl": "`/leernet verslag [nummer]`: schrijf of wijzig het verslag van de laatste (of die) "
        "bijeenkomst (alleen voor facilitators)",
        "en": "`/leernet report [number]`: write or edit the report of the latest (or that) "
        "session (facilitators only)",
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
    "report.error.not_owner": {
        "nl": "Alleen <@{owner}> of een facilitator kan deze stap afvinken.",
        "en": "Only <@{owner}> or a facilitator can tick this step off.",
    },
    "report.fallback": {
        "nl": "Verslag van {network}, bijeenkomst van {when}",
        "en": "Report of {network}, session of {when}",
    },
    "report.header": {"nl": "Verslag: {network}", "en": "Report: {network}"},
    "report.meta": {
        "nl": "Bijeenkomst van {when} · verslag door <@{user}>",
        "en": "Session of {when} · report by <@{user}>",
    },
    "report.meta.numbered": {
        "nl": "Bijeenkomst {number} van {when} · verslag door <@{user}>",
        "en": "Session {number} of {when} · report by <@{user}>",
    },
    "report.updated": {"nl": "Bijgewerkt op {when}.", "en": "Updated on {when}."},
    "report.summary": {"nl": "*Samenvatting*", "en": "*Summary*"},
    "report.insights": {"nl": "*Inzichten*", "en": "*Insights*"},
    "report.decisions": {"nl": "*Beslissingen*", "en": "*Decisions*"},
    "report.links": {"nl": "*Links*", "en": "*Links*"},
    "report.items": {"nl": "*Volgende stappen*", "en": "*Next steps*"},
    "report.item": {"nl": "{text} · <@{owner}>", "en": "{text} · <@{owner}>"},
    "report.item.due": {"nl": "{text} · <@{owner}> · tegen {due}",
                        "en": "{text} · <@{owner}> · due {due}"},
    "report.item.done": {"nl": "~{text}~ · <@{owner}> · klaar ✅",
                         "en": "~{text}~ · <@{owner}> · done ✅"},
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
        "nl": "Deze stap stond al op klaar (afgevinkt door <@{user}>).",
        "en": "This step was done already (ticked off by <@{user}>).",
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
    "demo.step.kickoff": {
        "nl": "Bob krijgt de startbevraging, vult ze in en deelt zijn voorstelling",
        "en": "Bob gets the kickoff questionnaire, answers it and shares his introduction",
    },
    "demo.step.sessions": {"nl": "Fien typt `/leernet sessies`",
                           "en": "Fien types `/leernet sessies`"},
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
    "pattern.day": {"nl": "EEEE d MMMM y", "en": "EEEE d MMMM y"},
    "pattern.datetime": {
        "nl": "EEEE d MMMM y 'om' HH:mm",
        "en": "EEEE d MMMM y 'at' HH:mm",
    },
}


def t(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The text for `key` in `lang`, with placeholders filled in."""
    entry = MESSAGES[key]
    return entry.get(lang, entry[DEFAULT_LANG]).format(**values)
