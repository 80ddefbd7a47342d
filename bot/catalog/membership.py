"""Membership: invite, join, members, leave, remove, co-facilitators, waitlist."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- membership (leden) -------------------------------------------------------------
    "help.uitnodigen": {
        "nl": "`/leernet uitnodigen @naam …`: voeg mensen toe als deelnemer (alleen voor "
        "facilitators)",
        "en": "`/leernet invite @name …`: add people as participants (facilitators "
        "only)",
    },
    "help.join": {
        "nl": "`/leernet join`: vraag om aan te sluiten bij het netwerk van dit kanaal",
        "en": "`/leernet join`: ask to join this channel's network",
    },
    "help.leden": {
        "nl": "`/leernet leden`: bekijk wie er in het netwerk zit, met rol en organisatie",
        "en": "`/leernet members`: see who is in the network, with role and organisation",
    },
    "help.verlaten": {
        "nl": "`/leernet verlaten`: verlaat het netwerk",
        "en": "`/leernet leave`: leave the network",
    },
    "help.verwijderen": {
        "nl": "`/leernet verwijderen @naam`: haal iemand uit het netwerk (alleen voor "
        "facilitators)",
        "en": "`/leernet remove @name`: take someone out of the network "
        "(facilitators only)",
    },
    "help.facilitator": {
        "nl": "`/leernet facilitator @naam`: maak van een lid een extra facilitator (alleen "
        "voor facilitators)",
        "en": "`/leernet facilitator @name`: make a member co-facilitator (facilitators only)",
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
        "en": "<@{user}> is number {place} on the waitlist: the network is full.",
    },
    "member.channel.not_in_channel": {
        "nl": "Ik kon <@{user}> niet aan het kanaal toevoegen: ik ben zelf geen lid van het "
        "kanaal. Voeg me toe met `/invite @Leernet`.",
        "en": "I couldn't add <@{user}> to the channel: I am not in it myself. Add me with "
        "`/invite @Leernet`.",
    },
    "member.channel.restricted": {
        "nl": "<@{user}> is een gast in deze werkruimte, en alleen een beheerder van de "
        "werkruimte kan een gast aan een kanaal toevoegen. Vraag een beheerder om <@{user}> "
        "aan <#{channel}> toe te voegen. Het lidmaatschap telt al: <@{user}> krijgt de "
        "berichten van het netwerk ook zonder het kanaal.",
        "en": "<@{user}> is a guest in this workspace, and only a workspace admin can add a "
        "guest to a channel. Ask an admin to add <@{user}> to <#{channel}>. The membership "
        "counts already: <@{user}> gets the network's messages even without the channel.",
    },
    "member.channel.single_channel_guest": {
        "nl": "<@{user}> is een gast met toegang tot één enkel kanaal, en dat is een ander "
        "kanaal. Vraag een beheerder van de werkruimte om <@{user}> een gast voor meerdere "
        "kanalen te maken en aan <#{channel}> toe te voegen. Het lidmaatschap telt al: "
        "<@{user}> krijgt de berichten van het netwerk ook zonder het kanaal.",
        "en": "<@{user}> is a single-channel guest, and that one channel is another one. Ask "
        "a workspace admin to make <@{user}> a multi-channel guest and add them to "
        "<#{channel}>. The membership counts already: <@{user}> gets the network's "
        "messages even without the channel.",
    },
    "member.channel.external": {
        "nl": "<@{user}> hoort bij een andere organisatie (Slack Connect): ik kan hen niet "
        "zelf aan <#{channel}> toevoegen. <@{user}> sluit zich aan bij het gedeelde kanaal "
        "vanuit de eigen werkruimte, of een beheerder daar voegt hen toe. Het lidmaatschap "
        "telt al.",
        "en": "<@{user}> belongs to another organisation (Slack Connect): I cannot add them "
        "to <#{channel}> myself. <@{user}> joins the shared channel from their own "
        "workspace, or an admin there adds them. The membership counts already.",
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
        "en": "The learning network *{name}* is full. You are number {place} on the "
        "waitlist; you'll hear as soon as a place frees up.",
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
        "nl": "Je aanvraag om aan te sluiten bij *{name}* is verstuurd: een facilitator "
        "bekijkt ze.",
        "en": "Your request to join *{name}* has been sent: a facilitator will review it.",
    },
    "join.request": {
        "nl": "<@{user}> ({organisation}) vraagt om aan te sluiten bij *{name}*.",
        "en": "<@{user}> ({organisation}) asks to join *{name}*.",
    },
    "join.request.full": {
        "nl": "Het netwerk is vol: wie je goedkeurt, komt op de wachtlijst.",
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
}
