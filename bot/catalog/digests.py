"""Digests (channel, facilitators, coordinators), their settings and unsubscribing,
`/leernet status` and the coordinator role."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.digest": {
        "nl": "`/leernet digest [dag uur | uit | aan]`: wanneer het wekelijkse overzicht komt "
        "(facilitators), bv. `/leernet digest ma 9:00`",
        "en": "`/leernet digest [day hour | off | on]`: when the weekly digest comes "
        "(facilitators), e.g. `/leernet digest mon 9:00`",
    },
    "help.status": {
        "nl": "`/leernet status`: het leernetwerk van dit kanaal in één oogopslag",
        "en": "`/leernet status`: this channel's learning network at a glance",
    },
    "help.coordinator": {
        "nl": "`/leernet coordinator @persoon`: maak iemand coördinator van de werkruimte "
        "(werkruimtebeheerders); `/leernet coordinator` toont wie het is",
        "en": "`/leernet coordinator @person`: make someone the workspace's coordinator "
        "(workspace admins); `/leernet coordinator` shows who they are",
    },
    "delivery.what.digest_facil": {"nl": "het overzicht voor facilitators",
                                   "en": "the facilitators' digest"},
    "delivery.what.digest_coord": {"nl": "het maandoverzicht voor coördinatoren",
                                   "en": "the coordinators' monthly digest"},
    # the setting
    "digest.day.1": {"nl": "maandag", "en": "Monday"},
    "digest.day.2": {"nl": "dinsdag", "en": "Tuesday"},
    "digest.day.3": {"nl": "woensdag", "en": "Wednesday"},
    "digest.day.4": {"nl": "donderdag", "en": "Thursday"},
    "digest.day.5": {"nl": "vrijdag", "en": "Friday"},
    "digest.day.6": {"nl": "zaterdag", "en": "Saturday"},
    "digest.day.7": {"nl": "zondag", "en": "Sunday"},
    "digest.setting.current": {
        "nl": "Het overzicht van *{name}* komt elke {day} om {time} ({timezone}).",
        "en": "The digest of *{name}* comes every {day} at {time} ({timezone}).",
    },
    "digest.setting.off": {
        "nl": "Het overzicht van *{name}* staat uit. Zet het aan met `/leernet digest aan`.",
        "en": "The digest of *{name}* is off. Turn it on with `/leernet digest on`.",
    },
    "digest.setting.how": {
        "nl": "Facilitators kiezen dag en uur met `/leernet digest ma 9:00`, of zetten het uit "
        "met `/leernet digest uit`. Tussen 02:00 en 03:00 plannen we niets (zomer- en "
        "wintertijd): dat wordt 03:00.",
        "en": "Facilitators choose the day and hour with `/leernet digest mon 9:00`, or turn it "
        "off with `/leernet digest off`. Nothing is planned between 02:00 and 03:00 (daylight "
        "saving time): that becomes 03:00.",
    },
    "digest.setting.changed": {
        "nl": "Voortaan komt het overzicht van *{name}* elke {day} om {time}. Het volgende: "
        "{next}.",
        "en": "From now on the digest of *{name}* comes every {day} at {time}. The next one: "
        "{next}.",
    },
    "digest.setting.member": {
        "nl": "De facilitators van *{name}* kiezen wanneer het overzicht komt. Wil je het "
        "kanaal niet volgen, dan kun je het in Slack dempen.",
        "en": "The facilitators of *{name}* choose when the digest comes. To stop following the "
        "channel, mute it in Slack.",
    },
    "digest.error.setting": {
        "nl": "Dat begrijp ik niet. Schrijf een dag en een uur, bv. `/leernet digest ma 9:00` "
        "of `/leernet digest vrijdag 16:30`, of `uit` of `aan`.",
        "en": "I don't understand that. Write a day and an hour, e.g. `/leernet digest mon "
        "9:00` or `/leernet digest friday 16:30`, or `off` or `on`.",
    },
    "digest.modal.title": {"nl": "Overzicht", "en": "Digest"},
    "digest.modal.submit": {"nl": "Bewaren", "en": "Save"},
    "digest.field.day": {"nl": "Dag", "en": "Day"},
    "digest.field.hour": {"nl": "Uur", "en": "Hour"},
    "digest.field.off": {"nl": "Geen overzicht", "en": "No digest"},
    "digest.saved": {"nl": "Bewaard. {setting}", "en": "Saved. {setting}"},
    # buttons on every digest
    "digest.button.settings": {"nl": "Instellingen", "en": "Settings"},
    "digest.button.unsubscribe": {"nl": "Afmelden", "en": "Unsubscribe"},
    "digest.unsubscribed": {
        "nl": "Je bent afgemeld: je krijgt {what} niet meer. Wil je het terug? Typ "
        "`/leernet digest aanmelden` in het kanaal van het leernetwerk.",
        "en": "You are unsubscribed: you will no longer get {what}. Want it back? Type "
        "`/leernet digest subscribe` in the network's channel.",
    },
    "digest.unsubscribed.already": {"nl": "Je was al afgemeld.",
                                    "en": "You had unsubscribed already."},
    "digest.resubscribed": {"nl": "Je krijgt het overzicht voor facilitators weer.",
                            "en": "You will get the facilitators' digest again."},
    "digest.channel_only": {
        "nl": "Dit overzicht staat in het kanaal en is voor iedereen hetzelfde: je kunt je er "
        "niet persoonlijk voor afmelden. Demp het kanaal in Slack als je het niet wil volgen.",
        "en": "This digest is in the channel and the same for everyone: you cannot unsubscribe "
        "from it personally. Mute the channel in Slack if you do not want to follow it.",
    },
    # the channel digest
    "digest.channel.text": {"nl": "Weekoverzicht van {name}", "en": "Weekly digest of {name}"},
    "digest.channel.header": {"nl": "Weekoverzicht: {name}", "en": "Weekly digest: {name}"},
    "digest.next_session": {
        "nl": "*Volgende bijeenkomst:* {when}, {location}\n"
        "Komen: {yes} · niet: {no} · nog niet geantwoord: {open}",
        "en": "*Next session:* {when}, {location}\n"
        "Coming: {yes} · not: {no} · not answered yet: {open}",
    },
    "digest.agenda": {"nl": "*Agenda:*\n{agenda}", "en": "*Agenda:*\n{agenda}"},
    "digest.no_session": {"nl": "Er is nog geen volgende bijeenkomst gepland.",
                          "en": "No next session is planned yet."},
    "digest.reports": {"nl": "*Nieuwe verslagen*", "en": "*New reports*"},
    "digest.report": {"nl": "• Verslag van bijeenkomst {number} ({day})",
                      "en": "• Report of session {number} ({day})"},
    "digest.knowledge": {"nl": "*Nieuw in de bibliotheek*", "en": "*New in the library*"},
    "digest.knowledge.item": {"nl": "• {title} ({kind})", "en": "• {title} ({kind})"},
    "digest.knowledge.find": {
        "nl": "Zoek alles terug met `/leernet kennis`.",
        "en": "Find everything with `/leernet knowledge`.",
    },
    "digest.successes": {
        "nl": "*Toegepast op het werk*\n_Succesverhalen die hun auteurs zelf deelden._",
        "en": "*Applied at work*\n_Success stories their authors chose to share._",
    },
    "digest.polls": {"nl": "*Open stemmingen*", "en": "*Open votes*"},
    "digest.poll": {"nl": "• #{number} {question} (sluit {closes})",
                    "en": "• #{number} {question} (closes {closes})"},
    "digest.items": {"nl": "*Open actiepunten*", "en": "*Open action items*"},
    "digest.item": {"nl": "• {text}: {owner}{due}", "en": "• {text}: {owner}{due}"},
    "digest.item.due": {"nl": ", tegen {day}", "en": ", by {day}"},
    "digest.more.one": {"nl": "… en nog {count}", "en": "… and {count} more"},
    "digest.more.other": {"nl": "… en nog {count}", "en": "… and {count} more"},
    # the facilitators' digest
    "digest.facil.text": {"nl": "Facilitatorsoverzicht van {name}",
                          "en": "Facilitators' digest of {name}"},
    "digest.facil.header": {"nl": "Voor de facilitators: {name}",
                            "en": "For the facilitators: {name}"},
    "digest.facil.rates": {"nl": "*Respons*", "en": "*Response*"},
    "digest.facil.kickoff": {"nl": "• Startbevraging: {answered} van {asked}",
                             "en": "• Kickoff questionnaire: {answered} of {asked}"},
    "digest.facil.evaluation": {"nl": "• Evaluatie van bijeenkomst {number}: {answered} van "
                                "{asked}",
                                "en": "• Evaluation of session {number}: {answered} of "
                                "{asked}"},
    "digest.facil.rsvps": {"nl": "• Antwoorden voor bijeenkomst {number}: {answered} van "
                           "{asked}",
                           "en": "• Answers for session {number}: {answered} of {asked}"},
    "digest.facil.missing_report": {
        "nl": "*Verslag ontbreekt* voor bijeenkomst {number} ({day}): `/leernet verslag`",
        "en": "*Report missing* for session {number} ({day}): `/leernet report`",
    },
    "digest.facil.unacknowledged": {"nl": "*Afspraken nog niet bevestigd door:* {people}",
                                    "en": "*Agreements not yet acknowledged by:* {people}"},
    "digest.facil.waitlist": {"nl": "*Wachtlijst:* {people}", "en": "*Waitlist:* {people}"},
    "digest.facil.pending": {"nl": "*Aanvragen die wachten:* {people}",
                             "en": "*Requests waiting:* {people}"},
    "digest.facil.overdue": {"nl": "*Actiepunten over tijd*", "en": "*Overdue action items*"},
    "digest.facil.obstacles": {"nl": "*Struikelblokken die deelnemers noemden*",
                               "en": "*Obstacles participants named*"},
    "digest.facil.obstacles.save": {"nl": "Bewaar als struikelblok…",
                                    "en": "Save as obstacle…"},
    # the coordinators' digest
    "digest.coord.text": {"nl": "Maandoverzicht van de leernetwerken",
                          "en": "Monthly digest of the learning networks"},
    "digest.coord.header": {"nl": "De leernetwerken deze maand",
                            "en": "The learning networks this month"},
    "digest.coord.network": {
        "nl": "*{name}*\nBijeenkomsten gehouden: {held} · aanwezigen: {present} · nieuwe "
        "kennis: {knowledge}",
        "en": "*{name}*\nSessions held: {held} · attendances: {present} · new knowledge: "
        "{knowledge}",
    },
    "digest.coord.averages": {
        "nl": "Evaluatie (gemiddelde op 5): relevantie {relevance} · geleerd {learning} · "
        "begeleiding {facilitation} · sfeer {atmosphere}",
        "en": "Evaluation (average out of 5): relevance {relevance} · learned {learning} · "
        "facilitation {facilitation} · atmosphere {atmosphere}",
    },
    "digest.coord.no_averages": {
        "nl": "Geen vrijgegeven evaluatie deze maand.",
        "en": "No released evaluation this month.",
    },
    "digest.coord.setting": {
        "nl": "Het maandoverzicht komt de eerste dag van elke maand om 09:00. Afmelden kan met "
        "de knop Afmelden eronder.",
        "en": "The monthly digest comes on the first day of every month at 09:00. Use the "
        "Unsubscribe button under it to stop it.",
    },
    "digest.coord.unplanned": {"nl": "*Zonder geplande bijeenkomst:* {names}",
                               "en": "*Without a planned session:* {names}"},
    # /leernet status
    "netstatus.text": {"nl": "Status van {name}", "en": "Status of {name}"},
    "netstatus.header": {"nl": "{name} in één oogopslag", "en": "{name} at a glance"},
    "netstatus.phase": {"nl": "*Fase:* {phase}", "en": "*Phase:* {phase}"},
    "netstatus.phase.initiation": {"nl": "opstart (nog geen bijeenkomst gehouden)",
                                "en": "initiation (no session held yet)"},
    "netstatus.phase.running.one": {"nl": "lopend ({count} bijeenkomst gehouden)",
                                 "en": "running ({count} session held)"},
    "netstatus.phase.running.other": {"nl": "lopend ({count} bijeenkomsten gehouden)",
                                   "en": "running ({count} sessions held)"},
    "netstatus.members": {"nl": "*Leden:* {members} · *vrije plaatsen:* {left}",
                       "en": "*Members:* {members} · *places left:* {left}"},
    "netstatus.waitlist": {"nl": "*Wachtlijst:* {count} ({people})",
                        "en": "*Waitlist:* {count} ({people})"},
    "netstatus.waitlist.count": {"nl": "*Wachtlijst:* {count}", "en": "*Waitlist:* {count}"},
    "netstatus.pending": {"nl": "*Aanvragen die wachten:* {people}",
                       "en": "*Requests waiting:* {people}"},
    "netstatus.kickoff": {"nl": "*Startbevraging:* {answered} van {asked} antwoorden",
                       "en": "*Kickoff questionnaire:* {answered} of {asked} answers"},
    "netstatus.polls": {"nl": "*Open stemmingen*", "en": "*Open votes*"},
    "netstatus.poll.one": {"nl": "• #{number} {question}: {count} stem",
                        "en": "• #{number} {question}: {count} vote"},
    "netstatus.poll.other": {"nl": "• #{number} {question}: {count} stemmen",
                          "en": "• #{number} {question}: {count} votes"},
    "netstatus.evaluation.one": {"nl": "*Open evaluatie* van bijeenkomst {number}: {count} "
                              "antwoord",
                              "en": "*Open evaluation* of session {number}: {count} answer"},
    "netstatus.evaluation.other": {"nl": "*Open evaluatie* van bijeenkomst {number}: {count} "
                                "antwoorden",
                                "en": "*Open evaluation* of session {number}: {count} "
                                "answers"},
    "netstatus.reports": {"nl": "*Verslagen:* {done} klaar, {missing} ontbreken",
                       "en": "*Reports:* {done} done, {missing} missing"},
    "netstatus.items": {"nl": "*Open actiepunten:* {count}", "en": "*Open action items:* {count}"},
    "netstatus.knowledge": {"nl": "*Kennis in de bibliotheek:* {count}",
                         "en": "*Knowledge items in the library:* {count}"},
    "netstatus.scheduled": {"nl": "*Gepland*", "en": "*Scheduled*"},
    "netstatus.scheduled.item": {"nl": "• {what}: {when}", "en": "• {what}: {when}"},
    "netstatus.scheduled.none": {"nl": "*Gepland:* niets", "en": "*Scheduled:* nothing"},
    "netstatus.member_note": {
        "nl": "_Je ziet wat elk lid mag zien; de facilitators zien ook de wachtlijst en de "
        "aanvragen._",
        "en": "_You see what every member may see; the facilitators also see the waitlist and "
        "the requests._",
    },
    # coordinators
    "coordinator.added": {"nl": "<@{user}> is nu coördinator van deze werkruimte.",
                          "en": "<@{user}> is now a coordinator of this workspace."},
    "coordinator.already": {"nl": "<@{user}> was al coördinator.",
                            "en": "<@{user}> was a coordinator already."},
    "coordinator.list": {"nl": "Coördinatoren van deze werkruimte: {people}",
                         "en": "Coordinators of this workspace: {people}"},
    "coordinator.none": {"nl": "Deze werkruimte heeft nog geen coördinator.",
                         "en": "This workspace has no coordinator yet."},
    "coordinator.error.not_admin": {
        "nl": "Alleen een beheerder of eigenaar van de werkruimte kan coördinatoren aanduiden.",
        "en": "Only an admin or owner of the workspace can name coordinators.",
    },
    "coordinator.error.who": {
        "nl": "Noem één persoon, bv. `/leernet coordinator @an`.",
        "en": "Name one person, e.g. `/leernet coordinator @ann`.",
    },
}
