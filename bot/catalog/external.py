"""External input and guest experts (`/leernet extern`)."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.extern": {
        "nl": "`/leernet extern`: wat de groep over externe input besliste en de gastexperts "
        "per bijeenkomst; `extern vraag [thema]` vraag de groep of ze externe input wil "
        "(een stemming of een vraag in de volgende evaluatie); `extern gast` nodig een "
        "gastexpert uit op één bijeenkomst (alleen voor facilitators)",
        "en": "`/leernet external`: what the group decided on external input and the guest "
        "experts per session; `external ask [theme]` ask the group whether it wants external "
        "input (a vote or a question in the next evaluation); `external guest` invite a "
        "guest expert to one session (facilitators only)",
    },
    "external.usage": {
        "nl": "Gebruik `/leernet extern`, `/leernet extern vraag [thema]` of "
        "`/leernet extern gast`.",
        "en": "Use `/leernet external`, `/leernet external ask [theme]` or "
        "`/leernet external guest`.",
    },
    "external.title": {"nl": "Externe input", "en": "External input"},
    "external.question": {
        "nl": "Willen we externe input over {theme}?",
        "en": "Do we want external input on {theme}?",
    },
    "external.answer.yes": {"nl": "Ja", "en": "Yes"},
    "external.answer.no": {"nl": "Nee", "en": "No"},
    "external.answer.maybe": {"nl": "Misschien", "en": "Maybe"},
    # --- asking -------------------------------------------------------------------------------
    "external.ask.title": {"nl": "Externe input", "en": "External input"},
    "external.ask.submit": {"nl": "Vragen", "en": "Ask"},
    "external.ask.intro": {
        "nl": "Vraag *{name}* of de groep externe input wil over een thema: met een stemming "
        "nu (ja, nee, misschien), of als vraag in de evaluatie van de volgende bijeenkomst "
        "(anoniem zoals de rest van de evaluatie). De uitkomst wordt bij het netwerk "
        "bewaard.",
        "en": "Ask *{name}* whether the group wants external input on a theme: with a vote "
        "now (yes, no, maybe), or as a question in the next session's evaluation (anonymous "
        "like the rest of the evaluation). The outcome is kept with the network.",
    },
    "external.field.theme": {"nl": "Thema", "en": "Theme"},
    "external.field.method": {"nl": "Hoe vragen we het?", "en": "How do we ask?"},
    "external.method.vote": {"nl": "Een stemming nu", "en": "A vote now"},
    "external.method.evaluation": {
        "nl": "In de evaluatie van bijeenkomst {number} ({when})",
        "en": "In the evaluation of session {number} ({when})",
    },
    "external.method.evaluation.none": {
        "nl": "In de evaluatie van de volgende bijeenkomst (er is er nog geen gepland)",
        "en": "In the next session's evaluation (none is planned yet)",
    },
    "external.field.closes.hint": {
        "nl": "Alleen voor een stemming: wanneer ze sluit.",
        "en": "For a vote only: when it closes.",
    },
    "external.eval.hint": {
        "nl": "Je facilitator vroeg dit aan de groep. Je antwoord wordt alleen geteld, "
        "zonder je naam.",
        "en": "Your facilitator asked the group this. Your answer is only counted, without "
        "your name.",
    },
    "external.asked.vote": {
        "nl": "De stemming over externe input over *{theme}* staat in <#{channel}>; ze sluit "
        "{when}. De uitkomst wordt bij het netwerk bewaard.",
        "en": "The vote on external input on *{theme}* is in <#{channel}>; it closes {when}. "
        "The outcome is kept with the network.",
    },
    "external.asked.evaluation": {
        "nl": "De vraag over externe input over *{theme}* staat in de evaluatie van "
        "bijeenkomst {number} ({when}). De uitkomst wordt bewaard als de evaluatie sluit.",
        "en": "The question on external input on *{theme}* is in the evaluation of session "
        "{number} ({when}). The outcome is kept when the evaluation closes.",
    },
    "external.how.vote": {"nl": "stemming", "en": "vote"},
    "external.how.evaluation": {"nl": "evaluatie", "en": "evaluation"},
    "external.outcome.open": {
        "nl": "*{theme}* ({how}): nog open",
        "en": "*{theme}* ({how}): still open",
    },
    "external.counts": {
        "nl": "ja {yes}, nee {no}, misschien {maybe}",
        "en": "yes {yes}, no {no}, maybe {maybe}",
    },
    "external.counts.too_few": {
        "nl": "te weinig antwoorden om te tonen",
        "en": "too few answers to show",
    },
    "external.outcome.wanted": {
        "nl": "*{theme}* ({how}): externe input gewenst ({counts}), {when}",
        "en": "*{theme}* ({how}): external input wanted ({counts}), {when}",
    },
    "external.outcome.not_wanted": {
        "nl": "*{theme}* ({how}): geen externe input gewenst ({counts}), {when}",
        "en": "*{theme}* ({how}): no external input wanted ({counts}), {when}",
    },
    "external.outcome.undecided": {
        "nl": "*{theme}* ({how}): onbeslist ({counts}), {when}",
        "en": "*{theme}* ({how}): undecided ({counts}), {when}",
    },
    "external.outcome.too_few": {
        "nl": "*{theme}* ({how}): geen uitkomst ({counts}), {when}",
        "en": "*{theme}* ({how}): no outcome ({counts}), {when}",
    },
    "external.error.no_session": {
        "nl": "Er is nog geen bijeenkomst gepland: kies een stemming, of plan eerst een "
        "bijeenkomst.",
        "en": "No session is planned yet: choose a vote, or plan a session first.",
    },
    "external.error.asked_already": {
        "nl": "De evaluatie van de volgende bijeenkomst heeft al een vraag over externe "
        "input: kies een stemming.",
        "en": "The next session's evaluation already has a question on external input: "
        "choose a vote.",
    },
    # --- guests -------------------------------------------------------------------------------
    "external.guest.title": {"nl": "Gastexpert", "en": "Guest expert"},
    "external.guest.submit": {"nl": "Uitnodigen", "en": "Invite"},
    "external.guest.intro": {
        "nl": "Nodig een gastexpert uit op één bijeenkomst van *{name}*: iemand in Slack, of "
        "iemand buiten Slack met naam en e-mailadres. Een gast is geen lid: geen plaats in "
        "de groep, geen startbevraging, geen evaluatie. Iemand in Slack krijgt de "
        "uitnodiging en de herinnering met de agenda; iemand buiten Slack krijgt niets van "
        "mij (nodig die zelf uit), maar staat bij de bijeenkomst en in het verslag.",
        "en": "Invite a guest expert to one session of *{name}*: someone in Slack, or someone "
        "outside Slack by name and e-mail address. A guest is not a member: no place in the "
        "group, no kickoff questionnaire, no evaluation. Someone in Slack gets the invitation "
        "and the reminder with the agenda; someone outside Slack gets nothing from me (invite "
        "them yourself), but is listed with the session and in the report.",
    },
    "external.guest.no_session": {
        "nl": "Er is geen bijeenkomst gepland om een gast op uit te nodigen.",
        "en": "No session is planned to invite a guest to.",
    },
    "external.field.meeting": {"nl": "Bijeenkomst", "en": "Session"},
    "external.field.user": {"nl": "Iemand in Slack", "en": "Someone in Slack"},
    "external.field.user.hint": {
        "nl": "Of laat dit leeg en vul naam en e-mailadres in.",
        "en": "Or leave this empty and fill in name and e-mail address.",
    },
    "external.field.name": {"nl": "Naam (buiten Slack)", "en": "Name (outside Slack)"},
    "external.field.email": {"nl": "E-mailadres (buiten Slack)",
                             "en": "E-mail address (outside Slack)"},
    "external.field.email.hint": {
        "nl": "Alleen voor de facilitators; ik stuur nooit e-mail.",
        "en": "For the facilitators only; I never send e-mail.",
    },
    "report.guests": {"nl": "Gastexpert: {guests}", "en": "Guest expert: {guests}"},
    "external.guest.outside": {"nl": "{name} (buiten Slack)", "en": "{name} (outside Slack)"},
    "external.guest.working": {
        "nl": "Even geduld: ik kijk de gast na in Slack…",
        "en": "One moment: I am checking the guest in Slack…",
    },
    "external.guest.listed": {
        "nl": "{name} staat als gastexpert bij bijeenkomst {number} ({when}). Ik stuur "
        "niemand buiten Slack iets: nodig die zelf uit.",
        "en": "{name} is listed as guest expert with session {number} ({when}). I send "
        "nothing to anyone outside Slack: invite them yourself.",
    },
    "external.guest.invited": {
        "nl": "{name} is uitgenodigd als gastexpert voor bijeenkomst {number} ({when}) en "
        "kreeg een bericht.",
        "en": "{name} is invited as guest expert to session {number} ({when}) and got a "
        "message.",
    },
    "external.guest.invited.unreached": {
        "nl": "{name} is uitgenodigd als gastexpert voor bijeenkomst {number} ({when}), "
        "maar mijn bericht kwam niet aan: laat het die persoon zelf weten.",
        "en": "{name} is invited as guest expert to session {number} ({when}), but my "
        "message did not reach them: let them know yourself.",
    },
    "external.guest.removed": {
        "nl": "{name} is niet langer uitgenodigd voor bijeenkomst {number}.",
        "en": "{name} is no longer invited to session {number}.",
    },
    "external.guest.thanked": {
        "nl": "{name} kreeg je dankjewel, met de vraag om de slides te delen.",
        "en": "{name} got your thanks, with the request to share their slides.",
    },
    "external.invite.text": {
        "nl": "Je bent uitgenodigd als gastexpert bij {network}, {when}",
        "en": "You are invited as guest expert at {network}, {when}",
    },
    "external.invite.header": {"nl": "Uitnodiging: {network}", "en": "Invitation: {network}"},
    "external.invite.body": {
        "nl": "{user} nodigt je uit als gastexpert op de bijeenkomst van *{network}*, {when}.",
        "en": "{user} invites you as guest expert to the session of *{network}*, {when}.",
    },
    "external.invite.guest": {
        "nl": "Je bent gast, geen lid: je krijgt de herinnering met de agenda, geen "
        "startbevraging of evaluatie.",
        "en": "You are a guest, not a member: you get the reminder with the agenda, no "
        "kickoff questionnaire or evaluation.",
    },
    "external.reminder.text": {
        "nl": "Herinnering: je bent gastexpert bij {network}, {when}",
        "en": "Reminder: you are guest expert at {network}, {when}",
    },
    "external.reminder.body": {
        "nl": "Je bent gastexpert op de bijeenkomst van *{network}*, {when}. Dit staat op de "
        "agenda:",
        "en": "You are guest expert at the session of *{network}*, {when}. This is on the "
        "agenda:",
    },
    "external.uninvited": {
        "nl": "Je bent niet langer uitgenodigd als gastexpert op de bijeenkomst van "
        "*{network}*, {when}.",
        "en": "You are no longer invited as guest expert to the session of *{network}*, "
        "{when}.",
    },
    "external.moved": {
        "nl": "De bijeenkomst van *{network}* waarop je gastexpert bent, is verplaatst van "
        "{old} naar {when}.",
        "en": "The session of *{network}* where you are guest expert moved from {old} to "
        "{when}.",
    },
    "external.cancelled": {
        "nl": "De bijeenkomst van *{network}* van {when}, waarop je gastexpert zou zijn, gaat "
        "niet door.",
        "en": "The session of *{network}* on {when}, where you would be guest expert, is "
        "cancelled.",
    },
    "external.thanks.text": {
        "nl": "Dank je wel voor je bijdrage als gastexpert bij *{network}* ({when})!",
        "en": "Thank you for your contribution as guest expert at *{network}* ({when})!",
    },
    "external.thanks.slides": {
        "nl": "Wil je je slides delen met het netwerk? Dan komen ze in zijn kennisbank, "
        "alleen als je daarmee akkoord gaat.",
        "en": "Would you share your slides with the network? They go into its knowledge "
        "library, only if you agree.",
    },
    "external.button.slides": {"nl": "Deel je slides", "en": "Share your slides"},
    "external.button.remove": {"nl": "Niet meer uitnodigen", "en": "Uninvite"},
    "external.button.thank": {"nl": "Bedank de gast", "en": "Thank the guest"},
    "external.slides.title": {"nl": "Je slides", "en": "Your slides"},
    "external.slides.submit": {"nl": "Delen", "en": "Share"},
    "external.slides.intro": {
        "nl": "Deel je slides met *{network}* als een item in zijn kennisbank: een titel en "
        "een link. Zonder je akkoord hieronder bewaar ik niets.",
        "en": "Share your slides with *{network}* as an item in its knowledge library: a "
        "title and a link. Without your consent below I keep nothing.",
    },
    "external.slides.field.title": {"nl": "Titel", "en": "Title"},
    "external.slides.field.link": {"nl": "Link naar je slides", "en": "Link to your slides"},
    "external.slides.field.link.hint": {
        "nl": "Een adres dat begint met https://",
        "en": "An address starting with https://",
    },
    "external.slides.field.consent": {"nl": "Akkoord", "en": "Consent"},
    "external.slides.consent.short": {
        "nl": "Ik ga akkoord met delen",
        "en": "I agree to share",
    },
    "external.slides.consent": {
        "nl": "Ik ga akkoord dat deze titel, link en mijn naam gedeeld worden met de leden "
        "van {network} in zijn kennisbank.",
        "en": "I agree that this title, link and my name are shared with the members of "
        "{network} in its knowledge library.",
    },
    "external.slides.text": {
        "nl": "Slides van de gastexpert op bijeenkomst {number}.",
        "en": "Slides of the guest expert at session {number}.",
    },
    "external.slides.shared": {
        "nl": "Dank je! Je slides staan in de kennisbank van *{network}*.",
        "en": "Thank you! Your slides are in the knowledge library of *{network}*.",
    },
    "external.slides.not_shared": {
        "nl": "Zonder je akkoord heb ik niets bewaard. Je kunt de knop opnieuw gebruiken.",
        "en": "Without your consent I kept nothing. You can use the button again.",
    },
    "external.status": {"nl": "*Externe input*", "en": "*External input*"},
    "external.overview.header": {"nl": "Externe input: {network}",
                                 "en": "External input: {network}"},
    "external.overview.asks": {"nl": "*Gevraagd aan de groep*", "en": "*Asked of the group*"},
    "external.overview.no_asks": {"nl": "Nog niets gevraagd.", "en": "Nothing asked yet."},
    "external.overview.guests": {"nl": "*Gastexperts*", "en": "*Guest experts*"},
    "external.overview.no_guests": {"nl": "Nog geen gastexperts.",
                                    "en": "No guest experts yet."},
    "external.overview.session": {"nl": "Bijeenkomst {number} ({when})",
                                  "en": "Session {number} ({when})"},
    "external.overview.thanked": {"nl": "bedankt", "en": "thanked"},
    "external.overview.how": {
        "nl": "`/leernet extern vraag [thema]` vraagt de groep; `/leernet extern gast` nodigt "
        "een gastexpert uit.",
        "en": "`/leernet external ask [theme]` asks the group; `/leernet external guest` "
        "invites a guest expert.",
    },
    "external.error.one_of": {
        "nl": "Kies iemand in Slack, of vul naam en e-mailadres in (niet allebei).",
        "en": "Choose someone in Slack, or fill in name and e-mail address (not both).",
    },
    "external.error.email": {
        "nl": "Dit is geen e-mailadres.",
        "en": "This is not an e-mail address.",
    },
    "external.error.session_past": {
        "nl": "Deze bijeenkomst is al begonnen of gaat niet door.",
        "en": "This session has started already or is cancelled.",
    },
    "external.error.member": {
        "nl": "Deze persoon is lid van het netwerk: een gast is geen lid.",
        "en": "This person is a member of the network: a guest is not a member.",
    },
    "external.error.invited_already": {
        "nl": "Deze persoon is al uitgenodigd voor deze bijeenkomst.",
        "en": "This person is invited to this session already.",
    },
    "external.error.foreign": {
        "nl": "Deze persoon zit in een andere Slack-werkruimte waarmee dit kanaal niet "
        "gedeeld is: nodig die uit met naam en e-mailadres.",
        "en": "This person is in another Slack workspace this channel is not shared with: "
        "invite them by name and e-mail address.",
    },
    "external.error.unknown_user": {
        "nl": "Slack kent <@{user}> niet: er is niets bewaard.",
        "en": "Slack does not know <@{user}>: nothing was kept.",
    },
    "external.error.bot": {
        "nl": "<@{user}> is een bot en kan geen gastexpert zijn.",
        "en": "<@{user}> is a bot and cannot be a guest expert.",
    },
    "external.error.deactivated": {
        "nl": "Het account van <@{user}> is gedeactiveerd: er is niets bewaard.",
        "en": "The account of <@{user}> is deactivated: nothing was kept.",
    },
    "external.error.guest_gone": {
        "nl": "Deze gast staat niet (meer) bij een bijeenkomst.",
        "en": "This guest is not (or no longer) with a session.",
    },
    "external.error.session_started": {
        "nl": "De bijeenkomst is al begonnen: de gast blijft erbij staan.",
        "en": "The session has started already: the guest stays listed.",
    },
    "external.error.outside_slack": {
        "nl": "Iemand buiten Slack kan ik niet bedanken: doe dat zelf.",
        "en": "I cannot thank someone outside Slack: please do so yourself.",
    },
    "external.error.not_after": {
        "nl": "Een gast bedank je na de bijeenkomst.",
        "en": "You thank a guest after the session.",
    },
    "external.error.thanked_already": {
        "nl": "Deze gast is al bedankt.",
        "en": "This guest was thanked already.",
    },
    "external.error.thanks_unsent": {
        "nl": "Mijn dankjewel kwam niet aan bij {name}; probeer het later opnieuw.",
        "en": "My thanks did not reach {name}; please try again later.",
    },
    "external.error.not_your_invitation": {
        "nl": "Deze knop is voor de bedankte gastexpert.",
        "en": "This button is for the thanked guest expert.",
    },
}
