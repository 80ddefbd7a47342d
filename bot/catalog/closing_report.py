"""The closing report of a closed network: its modal, messages, charts and web page."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "report.button": {"nl": "Slotrapport schrijven", "en": "Write the closing report"},
    "report.invite": {
        "nl": "Schrijf een slotwoord bij het slotrapport: het rapport gaat dan naar het "
        "kanaal en naar elk lid. Schrijft niemand binnen een week, dan gaat het zonder "
        "slotwoord.",
        "en": "Write closing words for the closing report: the report then goes to the "
        "channel and to every member. If nobody writes within a week, it goes without "
        "closing words.",
    },
    "report.modal.title": {"nl": "Slotrapport", "en": "Closing report"},
    "report.modal.submit": {"nl": "Publiceren", "en": "Publish"},
    "report.modal.intro": {
        "nl": "Het slotrapport van *{network}* toont de bijeenkomsten, de aanwezigheid, de "
        "evaluaties, de eindevaluatie, de acties en de kennis van het netwerk, alleen als "
        "totalen. Je slotwoord komt erbij, voor iedereen van het netwerk.",
        "en": "The closing report of *{network}* shows the network's sessions, attendance, "
        "evaluations, final evaluation, action items and knowledge, as totals only. Your "
        "closing words are added, for everyone in the network.",
    },
    "report.modal.words": {"nl": "Slotwoord van de facilitators",
                           "en": "The facilitators' closing words"},
    "report.published": {
        "nl": "Het slotrapport van *{name}* is gepubliceerd: het verschijnt zo in het kanaal "
        "en bij elk lid.",
        "en": "The closing report of *{name}* is published: it appears in the channel and "
        "with every member in a moment.",
    },
    "report.error.published": {
        "nl": "Het slotrapport van *{name}* is al gepubliceerd.",
        "en": "The closing report of *{name}* has already been published.",
    },
    "report.error.not_closed": {
        "nl": "Het slotrapport komt pas als het netwerk afgesloten is.",
        "en": "The closing report comes only once the network is closed.",
    },
    "report.text": {"nl": "Het slotrapport van {network}", "en": "The closing report of {network}"},
    "report.header": {"nl": "Slotrapport van {network}", "en": "Closing report of {network}"},
    "report.sessions.one": {"nl": "*{count} bijeenkomst* gehouden, met {members} leden.",
                            "en": "*{count} session* held, with {members} members."},
    "report.sessions.other": {"nl": "*{count} bijeenkomsten* gehouden, met {members} leden.",
                              "en": "*{count} sessions* held, with {members} members."},
    "report.attendance.title": {"nl": "*Aanwezigheid*", "en": "*Attendance*"},
    "report.attendance.line": {"nl": "• {session}: {count} aanwezig",
                               "en": "• {session}: {count} present"},
    "report.attendance.unknown": {"nl": "• {session}: niet bijgehouden",
                                  "en": "• {session}: not recorded"},
    "report.evaluations.title": {"nl": "*Evaluaties per bijeenkomst* (gemiddelde op 5)",
                                 "en": "*Evaluations per session* (average out of 5)"},
    "report.evaluations.line": {"nl": "• {session}: {scores}", "en": "• {session}: {scores}"},
    "report.evaluations.none": {
        "nl": "Geen evaluatie had genoeg antwoorden om met iedereen te delen.",
        "en": "No evaluation had enough answers to share with everyone.",
    },
    "report.final.title": {"nl": "*Eindevaluatie*", "en": "*Final evaluation*"},
    "report.final.rate": {"nl": "{answered} van {asked} leden antwoordden.",
                          "en": "{answered} of {asked} members answered."},
    "report.final.withheld": {
        "nl": "{answered} van {asked} leden antwoordden: te weinig om de antwoorden met "
        "iedereen te delen (minstens {min} naast dat van de lezer).",
        "en": "{answered} of {asked} members answered: too few to share the answers with "
        "everyone (at least {min} besides the reader's own).",
    },
    "report.questions.title": {"nl": "*Leervragen*", "en": "*Learning questions*"},
    "report.actions": {"nl": "*Acties*: {done} afgerond, {open} nog open.",
                       "en": "*Action items*: {done} done, {open} still open."},
    "report.apply": {
        "nl": "*Toepassen op het werk*: van {total} voornemens lukte {yes} wel, {partly} "
        "gedeeltelijk en {no} niet.",
        "en": "*Applying at work*: of {total} intentions, {yes} worked, {partly} partly and "
        "{no} did not.",
    },
    "report.apply.few": {
        "nl": "*Toepassen op het werk*: {total} voornemens; te weinig antwoorden om te tonen "
        "hoe het ging.",
        "en": "*Applying at work*: {total} intentions; too few answers to show how they went.",
    },
    "report.knowledge.one": {"nl": "*Kennis*: {count} item in de kennisbank.",
                             "en": "*Knowledge*: {count} item in the library."},
    "report.knowledge.other": {"nl": "*Kennis*: {count} items in de kennisbank.",
                               "en": "*Knowledge*: {count} items in the library."},
    "report.words.title": {"nl": "*Slotwoord van de facilitators*",
                           "en": "*The facilitators' closing words*"},
    "report.charts": {"nl": "De grafieken bij het slotrapport van {network}",
                      "en": "The charts of the closing report of {network}"},
    "report.web": {"nl": "Het rapport en de grafieken op de webpagina: {url}",
                   "en": "The report and its charts on the web page: {url}"},
    "report.dm.intro": {
        "nl": "*{network}* is afgerond. Dit is het slotrapport.",
        "en": "*{network}* is closed. This is its closing report.",
    },
    "report.byline": {"nl": "slotrapport van het netwerk", "en": "the network's closing report"},
    "report.home": {"nl": "Slotrapport: {link}", "en": "Closing report: {link}"},
    "report.home.channel": {"nl": "Slotrapport: in <#{channel}>",
                            "en": "Closing report: in <#{channel}>"},
    "report.home.open": {"nl": "lees het op de webpagina", "en": "read it on the web page"},
    "knowledge.kind.closing_report": {"nl": "Slotrapport", "en": "Closing report"},
    "delivery.what.closing_report": {"nl": "het slotrapport", "en": "the closing report"},
    "web.item.charts": {"nl": "Grafieken", "en": "Charts"},
    # The charts: every word drawn on them.
    "report.chart.session": {"nl": "Bijeenkomst {number}", "en": "Session {number}"},
    "report.chart.sessions": {"nl": "Bijeenkomsten", "en": "Sessions"},
    "report.chart.attendance": {"nl": "Aanwezigheid per bijeenkomst",
                                "en": "Attendance per session"},
    "report.chart.present": {"nl": "Aanwezig", "en": "Present"},
    "report.chart.evaluations": {"nl": "Evaluaties per bijeenkomst (laagste tot hoogste)",
                                 "en": "Evaluations per session (lowest to highest)"},
    "report.chart.average": {"nl": "Gemiddelde (1-5)", "en": "Average (1-5)"},
    "report.chart.forms": {"nl": "Leervormen: meer, evenveel of minder graag",
                           "en": "Learning forms: liked more, the same or less"},
    "report.chart.answers": {"nl": "Antwoorden", "en": "Answers"},
    "report.chart.questions": {"nl": "Leervragen beantwoord", "en": "Learning questions answered"},
    "report.chart.learning_questions": {"nl": "Leervragen", "en": "Learning questions"},
    "report.scale.relevance": {"nl": "Relevantie", "en": "Relevance"},
    "report.scale.learning": {"nl": "Leren van elkaar", "en": "Learning from others"},
    "report.scale.facilitation": {"nl": "Begeleiding", "en": "Facilitation"},
    "report.scale.atmosphere": {"nl": "Sfeer", "en": "Atmosphere"},
}
