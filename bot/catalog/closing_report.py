"""The closing report of a closed network: its modal, messages, charts and web page."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "closing_report.button": {"nl": "Slotrapport schrijven", "en": "Write the closing report"},
    "closing_report.invite": {
        "nl": "Schrijf een slotwoord bij het slotrapport: het rapport gaat dan naar het "
        "kanaal en naar elk lid. Schrijft niemand binnen een week, dan gaat het zonder "
        "slotwoord.",
        "en": "Write closing words for the closing report: the report then goes to the "
        "channel and to every member. If nobody writes within a week, it goes without "
        "closing words.",
    },
    "closing_report.modal.title": {"nl": "Slotrapport", "en": "Closing report"},
    "closing_report.modal.submit": {"nl": "Publiceren", "en": "Publish"},
    "closing_report.modal.intro": {
        "nl": "Het slotrapport van *{network}* toont de bijeenkomsten, de aanwezigheid, de "
        "evaluaties, de eindevaluatie, de acties en de kennis van het netwerk, alleen als "
        "totalen. Je slotwoord komt erbij, voor iedereen van het netwerk.",
        "en": "The closing report of *{network}* shows the network's sessions, attendance, "
        "evaluations, final evaluation, action items and knowledge, as totals only. Your "
        "closing words are added, for everyone in the network.",
    },
    "closing_report.modal.words": {"nl": "Slotwoord van de facilitators",
                           "en": "The facilitators' closing words"},
    "closing_report.working": {
        "nl": "Even geduld: Leernet maakt het slotrapport en zijn grafieken.",
        "en": "One moment: Leernet is making the closing report and its charts.",
    },
    "closing_report.published": {
        "nl": "Het slotrapport van *{name}* is gepubliceerd: het verschijnt zo in het kanaal "
        "en bij elk lid.",
        "en": "The closing report of *{name}* is published: it appears in the channel and "
        "with every member in a moment.",
    },
    "closing_report.error.published": {
        "nl": "Het slotrapport van *{name}* is al gepubliceerd.",
        "en": "The closing report of *{name}* has already been published.",
    },
    "closing_report.error.not_closed": {
        "nl": "Het slotrapport komt pas als het netwerk afgesloten is.",
        "en": "The closing report comes only once the network is closed.",
    },
    "closing_report.text": {
        "nl": "Het slotrapport van {network}",
        "en": "The closing report of {network}",
    },
    "closing_report.header": {
        "nl": "Slotrapport van {network}",
        "en": "Closing report of {network}",
    },
    "closing_report.sessions.one": {"nl": "*{count} bijeenkomst* gehouden, met {members} leden.",
                            "en": "*{count} session* held, with {members} members."},
    "closing_report.sessions.other": {
        "nl": "*{count} bijeenkomsten* gehouden, met {members} leden.",
        "en": "*{count} sessions* held, with {members} members.",
    },
    "closing_report.attendance.title": {"nl": "*Aanwezigheid*", "en": "*Attendance*"},
    "closing_report.attendance.line": {"nl": "• {session}: {count} aanwezig",
                               "en": "• {session}: {count} present"},
    "closing_report.attendance.unknown": {"nl": "• {session}: niet bijgehouden",
                                  "en": "• {session}: not recorded"},
    "closing_report.evaluations.title": {"nl": "*Evaluaties per bijeenkomst* (gemiddelde op 5)",
                                 "en": "*Evaluations per session* (average out of 5)"},
    "closing_report.evaluations.line": {
        "nl": "• {session}: {scores}",
        "en": "• {session}: {scores}",
    },
    "closing_report.evaluations.none": {
        "nl": "Geen evaluatie had genoeg antwoorden om met iedereen te delen.",
        "en": "No evaluation had enough answers to share with everyone.",
    },
    "closing_report.final.title": {"nl": "*Eindevaluatie*", "en": "*Final evaluation*"},
    "closing_report.final.rate": {"nl": "{answered} van {asked} leden antwoordden.",
                          "en": "{answered} of {asked} members answered."},
    "closing_report.final.withheld": {
        "nl": "{answered} van {asked} leden antwoordden: te weinig om de antwoorden met "
        "iedereen te delen (minstens {min} naast dat van de lezer).",
        "en": "{answered} of {asked} members answered: too few to share the answers with "
        "everyone (at least {min} besides the reader's own).",
    },
    "closing_report.questions.title": {"nl": "*Leervragen*", "en": "*Learning questions*"},
    "closing_report.actions": {"nl": "*Acties*: {done} afgerond, {open} nog open.",
                       "en": "*Action items*: {done} done, {open} still open."},
    "closing_report.apply.one": {
        "nl": "*Toepassen op het werk*: van {count} voornemen lukte {yes} wel, {partly} "
        "gedeeltelijk en {no} niet.",
        "en": "*Applying at work*: of {count} intention, {yes} worked, {partly} partly and "
        "{no} did not.",
    },
    "closing_report.apply.other": {
        "nl": "*Toepassen op het werk*: van {count} voornemens lukten er {yes} wel, {partly} "
        "gedeeltelijk en {no} niet.",
        "en": "*Applying at work*: of {count} intentions, {yes} worked, {partly} partly and "
        "{no} did not.",
    },
    "closing_report.apply.few.one": {
        "nl": "*Toepassen op het werk*: {count} voornemen; te weinig antwoorden om te tonen "
        "hoe het ging.",
        "en": "*Applying at work*: {count} intention; too few answers to show how it went.",
    },
    "closing_report.apply.few.other": {
        "nl": "*Toepassen op het werk*: {count} voornemens; te weinig antwoorden om te tonen "
        "hoe het ging.",
        "en": "*Applying at work*: {count} intentions; too few answers to show how they went.",
    },
    "closing_report.knowledge.one": {"nl": "*Kennis*: {count} item in de kennisbank.",
                             "en": "*Knowledge*: {count} item in the library."},
    "closing_report.knowledge.other": {"nl": "*Kennis*: {count} items in de kennisbank.",
                               "en": "*Knowledge*: {count} items in the library."},
    "closing_report.words.title": {"nl": "*Slotwoord van de facilitators*",
                           "en": "*The facilitators' closing words*"},
    "closing_report.charts": {"nl": "De grafieken bij het slotrapport van {network}",
                      "en": "The charts of the closing report of {network}"},
    "closing_report.digest_charts": {
        "nl": "Aanwezigheid en evaluaties tot nu toe in {network}",
        "en": "Attendance and evaluations so far in {network}",
    },
    "closing_report.web": {"nl": "Het rapport en de grafieken op de webpagina: {url}",
                   "en": "The report and its charts on the web page: {url}"},
    "closing_report.dm.intro": {
        "nl": "*{network}* is afgerond. Dit is het slotrapport.",
        "en": "*{network}* is closed. This is its closing report.",
    },
    "closing_report.byline": {
        "nl": "slotrapport van het netwerk",
        "en": "the network's closing report",
    },
    "closing_report.home": {"nl": "Slotrapport: {link}", "en": "Closing report: {link}"},
    "closing_report.home.channel": {"nl": "Slotrapport: in <#{channel}>",
                            "en": "Closing report: in <#{channel}>"},
    "closing_report.home.open": {"nl": "lees het op de webpagina", "en": "read it on the web page"},
    "knowledge.kind.closing_report": {"nl": "Slotrapport", "en": "Closing report"},
    "delivery.what.closing_report": {"nl": "het slotrapport", "en": "the closing report"},
    "web.item.charts": {"nl": "Grafieken", "en": "Charts"},
    # The charts: every word drawn on them.
    "closing_report.chart.session": {"nl": "Bijeenkomst {number}", "en": "Session {number}"},
    "closing_report.chart.sessions": {"nl": "Bijeenkomsten", "en": "Sessions"},
    "closing_report.chart.attendance": {"nl": "Aanwezigheid per bijeenkomst",
                                "en": "Attendance per session"},
    "closing_report.chart.present": {"nl": "Aanwezig", "en": "Present"},
    "closing_report.chart.evaluations": {"nl": "Evaluaties per bijeenkomst (laagste tot hoogste)",
                                 "en": "Evaluations per session (lowest to highest)"},
    "closing_report.chart.average": {"nl": "Gemiddelde (1-5)", "en": "Average (1-5)"},
    "closing_report.chart.forms": {"nl": "Leervormen: meer, evenveel of minder graag",
                           "en": "Learning forms: liked more, the same or less"},
    "closing_report.chart.answers": {"nl": "Antwoorden", "en": "Answers"},
    "closing_report.chart.questions": {
        "nl": "Leervragen beantwoord",
        "en": "Learning questions answered",
    },
    "closing_report.chart.learning_questions": {"nl": "Leervragen", "en": "Learning questions"},
    "closing_report.scale.relevance": {"nl": "Relevantie", "en": "Relevance"},
    "closing_report.scale.learning": {"nl": "Leren van elkaar", "en": "Learning from others"},
    "closing_report.scale.facilitation": {"nl": "Begeleiding", "en": "Facilitation"},
    "closing_report.scale.atmosphere": {"nl": "Sfeer", "en": "Atmosphere"},
}
