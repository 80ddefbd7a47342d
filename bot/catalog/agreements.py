"""The group's agreements (afspraken)."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- agreements (afspraken) -----------------------------------------------------------
    "help.afspraken": {
        "nl": "`/leernet afspraken`: lees de afspraken van de groep en geef akkoord, of leg ze "
        "vast en pas ze aan (facilitators)",
        "en": "`/leernet agreements`: read the group's agreements and agree to them, or "
        "record and amend them (facilitators)",
    },
    "agreements.modal.title": {"nl": "Afspraken", "en": "Agreements"},
    "agreements.modal.submit": {"nl": "Vastleggen", "en": "Save"},
    "agreements.modal.intro": {
        "nl": "Leg vast hoe *{name}* samenwerkt: hoe vaak jullie samenkomen, wat vertrouwelijk "
        "blijft, welke leervormen jullie gebruiken en wat je buiten de groep deelt. Ik zet ze "
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
        "nl": "{acked} van {total} akkoord · vastgelegd door {who}",
        "en": "{acked} of {total} agreed · recorded by {who}",
    },
    "agreements.ack_button": {"nl": "Ik ga akkoord", "en": "I agree"},
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
    "agreements.working": {
        "nl": "Even geduld: ik leg de afspraken vast en zet ze in het kanaal ...",
        "en": "One moment: saving the agreements and posting them in the channel ...",
    },
    "agreements.saved": {
        "nl": "Versie {version} van de afspraken staat in <#{channel}>; ik vraag iedereen "
        "akkoord te geven.",
        "en": "Version {version} of the agreements is in <#{channel}>; I am asking everyone "
        "to agree.",
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
}
