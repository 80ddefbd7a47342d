"""Pairing (informal contacts across organisations): `/leernet koppelen`, its settings modal,
the group DM of a round, the follow-up and the buttons."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.koppelen": {
        "nl": "`/leernet koppelen`: koppel leden van verschillende organisaties om de paar "
        "weken voor een informeel gesprek (facilitators zetten het aan, samen met de groep); "
        "leden pauzeren of stoppen er hier mee",
        "en": "`/leernet pairing`: pair members of different organisations every few weeks "
        "for an informal talk (facilitators switch it on, together with the group); members "
        "pause or stop here",
    },
    "delivery.what.pairing": {"nl": "de koppeling", "en": "the pairing"},
    "delivery.what.pairing_followup": {"nl": "de vraag of de koppels afspraken",
                                       "en": "the question whether the pairs met"},
    # --- the setting ------------------------------------------------------------------------
    "pairing.modal.title": {"nl": "Koppelen", "en": "Pairing"},
    "pairing.modal.submit": {"nl": "Bewaren", "en": "Save"},
    "pairing.modal.consent": {
        "nl": "Koppelen gebeurt alleen als de groep ermee instemt: bespreek het eerst samen "
        "(bijvoorbeeld op een bijeenkomst of met een stemming). Daarna doet elk lid mee, "
        "tenzij die pauzeert of stopt met een knop op elk koppelbericht of met "
        "`/leernet koppelen`.",
        "en": "Pairing happens only when the group agrees: discuss it together first (at a "
        "session, say, or with a vote). Then every member takes part unless they pause or "
        "stop with a button on every pairing message or with `/leernet pairing`.",
    },
    "pairing.field.on": {"nl": "Koppelen", "en": "Pairing"},
    "pairing.field.on.yes": {"nl": "Aan: de groep stemde in", "en": "On: the group agreed"},
    "pairing.field.on.no": {"nl": "Uit", "en": "Off"},
    "pairing.field.weeks": {"nl": "Om de hoeveel weken", "en": "Every how many weeks"},
    "pairing.weeks.one": {"nl": "elke week", "en": "every week"},
    "pairing.weeks.other": {"nl": "om de {count} weken", "en": "every {count} weeks"},
    "pairing.field.day": {"nl": "Dag", "en": "Day"},
    "pairing.field.hour": {"nl": "Uur", "en": "Time"},
    "pairing.setting.off": {
        "nl": "Koppelen staat uit in *{name}*.",
        "en": "Pairing is off in *{name}*.",
    },
    "pairing.setting.on": {
        "nl": "Koppelen staat aan in *{name}*: {every}, op {day} om {time} ({timezone}). "
        "Volgende ronde: {next}.",
        "en": "Pairing is on in *{name}*: {every}, on {day} at {time} ({timezone}). Next "
        "round: {next}.",
    },
    "pairing.setting.on.unplanned": {
        "nl": "Koppelen staat aan in *{name}*: {every}, op {day} om {time} ({timezone}).",
        "en": "Pairing is on in *{name}*: {every}, on {day} at {time} ({timezone}).",
    },
    "pairing.rate": {
        "nl": "Ronde {number}: {met} van {groups} koppels spraken af ({answered} antwoordden).",
        "en": "Round {number}: {met} of {groups} pairs met ({answered} answered).",
    },
    "pairing.rate.unmatched.one": {
        "nl": "1 lid kon niet gekoppeld worden: alleen collega's van de eigen organisatie "
        "bleven over.",
        "en": "1 member could not be paired: only colleagues of their own organisation were "
        "left.",
    },
    "pairing.rate.unmatched.other": {
        "nl": "{count} leden konden niet gekoppeld worden: alleen collega's van de eigen "
        "organisatie bleven over.",
        "en": "{count} members could not be paired: only colleagues of their own "
        "organisation were left.",
    },
    "pairing.rate.privacy": {
        "nl": "Je ziet alleen hoeveel koppels afspraken, nooit wie met wie.",
        "en": "You see only how many pairs met, never who met whom.",
    },
    "pairing.error.weeks": {
        "nl": "Kies om de {low} tot {high} weken.",
        "en": "Choose every {low} to {high} weeks.",
    },
    "pairing.error.setting": {
        "nl": "Die instelling begrijp ik niet.",
        "en": "I don't understand that setting.",
    },
    "pairing.announce": {
        "nl": "*Koppelen* is aangezet, zoals de groep besliste. {setting}\nOm de paar weken "
        "koppel ik telkens twee leden van verschillende organisaties in een groepsgesprek, "
        "met een vraag over ons thema; een week later vraag ik of ze afspraken (de "
        "facilitators zien alleen hoeveel koppels afspraken). Iedereen doet mee, tenzij je "
        "hieronder of met `/leernet koppelen` pauzeert of stopt.",
        "en": "*Pairing* is switched on, as the group decided. {setting}\nEvery few weeks I "
        "put two members of different organisations together in a group DM, with a question "
        "on our theme; a week later I ask whether they met (the facilitators see only how "
        "many pairs met). Everyone takes part unless you pause or stop below or with "
        "`/leernet pairing`.",
    },
    "pairing.error.gone": {
        "nl": "Dit koppel bestaat niet meer, of je hoort er niet bij.",
        "en": "This pair no longer exists, or you are not part of it.",
    },
    # --- a member's own part ----------------------------------------------------------------
    "pairing.me.in": {
        "nl": "Je doet mee aan het koppelen.",
        "en": "You take part in the pairing.",
    },
    "pairing.me.paused": {
        "nl": "Je slaat ronde {number} over; daarna doe je weer mee.",
        "en": "You skip round {number}; after that you take part again.",
    },
    "pairing.me.out": {
        "nl": "Je doet niet mee aan het koppelen.",
        "en": "You don't take part in the pairing.",
    },
    "pairing.button.pause": {"nl": "Volgende ronde overslaan", "en": "Skip the next round"},
    "pairing.button.opt_out": {"nl": "Niet meer koppelen", "en": "Stop pairing me"},
    "pairing.button.rejoin": {"nl": "Weer meedoen", "en": "Take part again"},
    # --- the round --------------------------------------------------------------------------
    "pairing.round.header": {"nl": "Even kennismaken", "en": "Time to meet"},
    "pairing.round.text": {
        "nl": "{people}: deze keer koppelt *{name}* jullie. Spreek de komende weken af voor "
        "een koffie of een online babbel van een halfuur.",
        "en": "{people}: this time *{name}* pairs you up. Meet in the coming weeks for a "
        "coffee or a half-hour call.",
    },
    "pairing.round.direct": {
        "nl": "Deze keer koppelt *{name}* je aan {people}. Stuur een bericht om af te spreken "
        "voor een koffie of een online babbel van een halfuur.",
        "en": "This time *{name}* pairs you with {people}. Send them a message to meet for a "
        "coffee or a half-hour call.",
    },
    "pairing.round.prompt": {
        "nl": "Het thema van het netwerk: *{theme}*. Om mee te beginnen: wat werkt er bij "
        "jullie rond dit thema, en waar lopen jullie op vast?",
        "en": "The network's theme: *{theme}*. To start with: what works for you around this "
        "theme, and where do you get stuck?",
    },
    "pairing.round.note": {
        "nl": "Over een week vraag ik of jullie afspraken. De facilitators zien alleen "
        "hoeveel koppels afspraken, nooit wie.",
        "en": "In a week I'll ask whether you met. The facilitators see only how many pairs "
        "met, never who.",
    },
    "pairing.and": {"nl": " en ", "en": " and "},
    # --- the follow-up ----------------------------------------------------------------------
    "pairing.followup.text": {
        "nl": "Hebben jullie elkaar al gesproken (koppeling van *{name}*)? Eén klik volstaat, "
        "voor jullie allebei.",
        "en": "Have you met yet (pairing of *{name}*)? One click is enough, for both of you.",
    },
    "pairing.followup.direct": {
        "nl": "Heb je {people} al gesproken (koppeling van *{name}*)? Eén klik volstaat.",
        "en": "Have you met {people} yet (pairing of *{name}*)? One click is enough.",
    },
    "pairing.button.met": {"nl": "We hebben afgesproken", "en": "We met"},
    "pairing.button.not_yet": {"nl": "Nog niet", "en": "Not yet"},
    "pairing.answered.met": {
        "nl": "Genoteerd: jullie hebben afgesproken. Fijn!",
        "en": "Noted: you met. Nice!",
    },
    "pairing.answered.not_yet": {
        "nl": "Genoteerd: nog niet. Het kan nog altijd; laat het weten met de knop als het "
        "zover is.",
        "en": "Noted: not yet. There is still time; tell me with the button when you did.",
    },
    "pairing.answered.already": {
        "nl": "Dat was al genoteerd.",
        "en": "That was noted already.",
    },
    "pairing.paused": {
        "nl": "Je slaat de volgende koppelronde van *{name}* over.",
        "en": "You skip the next pairing round of *{name}*.",
    },
    "pairing.opted_out": {
        "nl": "Je wordt niet meer gekoppeld in *{name}*. Met `/leernet koppelen` doe je "
        "weer mee.",
        "en": "You will not be paired in *{name}* any more. `/leernet pairing` lets you take "
        "part again.",
    },
    "pairing.rejoined": {
        "nl": "Je doet weer mee aan het koppelen in *{name}*.",
        "en": "You take part in the pairing of *{name}* again.",
    },
}
