"""What facilitators are told about scheduled messages that could not reach someone."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "delivery.target.charts": {"nl": "de grafieken in {where}", "en": "the charts in {where}"},
    "delivery.target.dm": {"nl": "een privégesprek", "en": "a direct message"},
    "delivery.target.group": {
        "nl": "een koppelgroep (wie erin zit, blijft onder hen)",
        "en": "a pairing group (who is in it stays between them)",
    },
    "delivery.unreached": {
        "nl": "Leernet kon {what} van *{network}* niet bezorgen bij: {people}. "
        "Slack weigerde het bericht; kijk na of deze leden nog actief zijn in de werkruimte.",
        "en": "Leernet could not deliver {what} of *{network}* to: {people}. "
        "Slack refused the message; check whether these members are still active in the "
        "workspace.",
    },
    "delivery.what.kickoff": {"nl": "de uitnodiging voor de startbevraging",
                              "en": "the invitation to the kickoff questionnaire"},
    "delivery.what.kickoff_reminder": {"nl": "de herinnering aan de startbevraging",
                                       "en": "the reminder of the kickoff questionnaire"},
    "delivery.what.poll_close": {"nl": "het sluiten van de stemming",
                                 "en": "the closing of the vote"},
    "delivery.what.reminder": {"nl": "de herinnering aan de bijeenkomst",
                               "en": "the session reminder"},
    "delivery.what.evaluation": {"nl": "de evaluatie", "en": "the evaluation"},
    "delivery.what.eval_reminder": {"nl": "de herinnering aan de evaluatie",
                                    "en": "the evaluation reminder"},
    "delivery.what.eval_close": {"nl": "de resultaten van de evaluatie",
                                 "en": "the evaluation results"},
    "delivery.what.report_reminder": {"nl": "de herinnering aan het verslag",
                                      "en": "the report reminder"},
    "delivery.what.action_reminder": {"nl": "de herinnering aan een actiepunt",
                                      "en": "the action item reminder"},
    "delivery.what.apply_followup": {"nl": "de vraag naar wat je toepaste",
                                     "en": "the follow-up on what was applied"},
    "delivery.what.digest": {"nl": "het overzicht", "en": "the digest"},
    "delivery.what.intro_delete": {"nl": "het verwijderen van een kennismaking",
                                   "en": "the removal of an introduction"},
}
