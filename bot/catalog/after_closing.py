"""After the close: the facilitators' choices on the network's knowledge and channel; the
closing phase in `/leernet status`, the digests and `/leernet mijn-data`."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "after.title": {"nl": "*Na de afsluiting van {name}*",
                    "en": "*After the close of {name}*"},
    "after.explain": {
        "nl": "Kies wat er nu met de kennis en het kanaal gebeurt. Zolang niemand kiest, blijven "
        "de kennisitems zichtbaar zoals ze zijn en blijft het kanaal open. Ingetrokken kennis "
        "ziet niemand nog (zoeken, overzichten, webpagina); ze blijft bewaard voor de export en "
        "tot de bewaartermijn afloopt, en je kunt ze later weer zichtbaar maken. Een "
        "gearchiveerd kanaal kan Leernet niet terug openen.",
        "en": "Choose what happens to the knowledge and the channel now. Until someone "
        "chooses, the knowledge items stay visible as they are and the channel stays open. "
        "Withdrawn knowledge is seen by nobody (search, digests, web page); it is kept for the "
        "export and until the retention period ends, and you can make it visible again later. "
        "Leernet cannot reopen an archived channel.",
    },
    "after.knowledge.none": {
        "nl": "• Kennis: nog niet gekozen (de items blijven zichtbaar zoals ze zijn)",
        "en": "• Knowledge: not chosen yet (the items stay visible as they are)"},
    "after.knowledge.keep": {
        "nl": "• Kennis: blijft zichtbaar, met het bereik van elk item (gekozen door {who} "
        "op {when})",
        "en": "• Knowledge: stays visible, each item with its reach (chosen by {who} on "
        "{when})"},
    "after.knowledge.withdraw": {
        "nl": "• Kennis: ingetrokken, niemand ziet ze nog (gekozen door {who} op {when})",
        "en": "• Knowledge: withdrawn, nobody sees it any more (chosen by {who} on {when})"},
    "after.channel.none": {"nl": "• Kanaal: nog niet gekozen (het blijft open)",
                           "en": "• Channel: not chosen yet (it stays open)"},
    "after.channel.open": {"nl": "• Kanaal: blijft open (gekozen door {who} op {when})",
                           "en": "• Channel: stays open (chosen by {who} on {when})"},
    "after.channel.archive": {"nl": "• Kanaal: gearchiveerd door {who} op {when}",
                              "en": "• Channel: archived by {who} on {when}"},
    "after.button.keep": {"nl": "Kennis zichtbaar houden", "en": "Keep knowledge visible"},
    "after.button.withdraw": {"nl": "Kennis intrekken", "en": "Withdraw knowledge"},
    "after.button.archive": {"nl": "Kanaal archiveren", "en": "Archive the channel"},
    "after.button.open": {"nl": "Kanaal open laten", "en": "Keep the channel open"},
    "after.confirm.title": {"nl": "Kanaal archiveren?", "en": "Archive the channel?"},
    "after.confirm.text": {
        "nl": "Het kanaal van {name} wordt gearchiveerd: niemand kan er nog in schrijven en "
        "Leernet kan het niet terug openen.",
        "en": "The channel of {name} will be archived: nobody can write in it any more and "
        "Leernet cannot reopen it."},
    "after.confirm.yes": {"nl": "Ja, archiveren", "en": "Yes, archive"},
    "after.done.keep": {
        "nl": "De kennis van *{name}* blijft zichtbaar, elk item met zijn bereik.",
        "en": "The knowledge of *{name}* stays visible, each item with its reach."},
    "after.done.withdraw": {
        "nl": "De kennis van *{name}* is ingetrokken: niemand ziet ze nog. Ze blijft bewaard "
        "voor de export en de bewaartermijn.",
        "en": "The knowledge of *{name}* is withdrawn: nobody sees it any more. It is kept for "
        "the export and the retention period."},
    "after.done.open": {"nl": "Het kanaal van *{name}* blijft open.",
                        "en": "The channel of *{name}* stays open."},
    "after.done.archive": {"nl": "Het kanaal van *{name}* is gearchiveerd.",
                           "en": "The channel of *{name}* is archived."},
    "after.archive.error.not_in_channel": {
        "nl": "Slack weigert: Leernet is geen lid meer van het kanaal van *{name}* en kan het "
        "dus niet archiveren. Voeg Leernet opnieuw toe of archiveer het kanaal zelf in Slack.",
        "en": "Slack refused: Leernet is no longer in the channel of *{name}*, so it cannot "
        "archive it. Add Leernet again or archive the channel yourself in Slack."},
    "after.archive.error.cant_archive_general": {
        "nl": "Slack weigert: het kanaal van *{name}* is het algemene kanaal van de workspace, "
        "en dat kan niemand archiveren.",
        "en": "Slack refused: the channel of *{name}* is the workspace's general channel, "
        "which nobody can archive."},
    "after.archive.error.cant_archive_required": {
        "nl": "Slack weigert: het kanaal van *{name}* is een verplicht kanaal van de "
        "workspace, en dat kan niet gearchiveerd worden.",
        "en": "Slack refused: the channel of *{name}* is one the workspace requires, and it "
        "cannot be archived."},
    "after.archive.error.restricted_action": {
        "nl": "Slack weigert het kanaal van *{name}* te archiveren: een instelling van de "
        "workspace laat het niet toe, of het kanaal is gedeeld met een andere organisatie en "
        "alleen de workspace die het beheert (de host) kan het archiveren. Vraag een "
        "beheerder van de workspace het te doen.",
        "en": "Slack refused to archive the channel of *{name}*: a workspace setting does not "
        "allow it, or the channel is shared with another organisation and only the workspace "
        "that hosts it can archive it. Ask a workspace admin to do it."},
    "after.archive.error.missing_scope": {
        "nl": "Slack weigert: Leernet heeft de toestemming niet om kanalen te archiveren "
        "(`channels:manage`, `groups:write`). Een beheerder installeert de app opnieuw met het "
        "manifest; het kanaal van *{name}* blijft intussen open.",
        "en": "Slack refused: Leernet lacks the permission to archive channels "
        "(`channels:manage`, `groups:write`). An admin reinstalls the app from the manifest; "
        "the channel of *{name}* stays open meanwhile."},
    "after.archive.error.channel_not_found": {
        "nl": "Slack vindt het kanaal van *{name}* niet meer (verwijderd?).",
        "en": "Slack cannot find the channel of *{name}* any more (deleted?)."},
    "after.archive.error.method_not_supported_for_channel_type": {
        "nl": "Slack weigert: dit soort gesprek kan niet gearchiveerd worden.",
        "en": "Slack refused: this kind of conversation cannot be archived."},
    "after.archive.error.other": {
        "nl": "Slack archiveerde het kanaal van *{name}* niet (`{code}`). Het blijft open; "
        "probeer het later opnieuw.",
        "en": "Slack did not archive the channel of *{name}* (`{code}`). It stays open; try "
        "again later."},
    "after.error.not_closed": {
        "nl": "Dat kies je pas als het netwerk afgerond is.",
        "en": "You choose that once the network is closed."},
    "after.error.archived": {"nl": "Het kanaal is al gearchiveerd.",
                             "en": "The channel is archived already."},
    # /leernet status and the digests in the closing phase
    "netstatus.phase.closing": {
        "nl": "afsluitfase: de eindevaluatie loopt tot {until} ({answered} van {asked} "
        "antwoorden)",
        "en": "closing phase: the final evaluation is open until {until} ({answered} of "
        "{asked} answered)"},
    "netstatus.phase.closed": {"nl": "afgerond op {when}", "en": "closed on {when}"},
    "digest.channel.final": {
        "nl": "*Eindevaluatie:* het netwerk wordt afgesloten. De eindevaluatie loopt tot "
        "{until}: heb je ze nog niet ingevuld, doe het via de knop in je DM van Leernet.",
        "en": "*Final evaluation:* the network is closing. The final evaluation is open until "
        "{until}: if you have not answered it yet, use the button in your DM from Leernet."},
    "digest.facil.final": {
        "nl": "• Eindevaluatie (loopt tot {until}): {answered} van {asked}",
        "en": "• Final evaluation (open until {until}): {answered} of {asked}"},
    # /leernet mijn-data: the person's own learning questions, as answered at the close
    "mydata.learning": {"nl": "*Je leervragen in de eindevaluatie:*",
                        "en": "*Your learning questions in the final evaluation:*"},
    "mydata.md.learning": {"nl": "### Leervragen (eindevaluatie)",
                           "en": "### Learning questions (final evaluation)"},
}
