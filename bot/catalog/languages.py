"""Languages: a person's own choice (`/leernet taal`, Home) and a network's language."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    "help.taal": {
        "nl": "`/leernet taal nl|en|auto`: kies in welke taal je zelf Leernet leest; "
        "`taal netwerk nl|en` in het kanaal: de taal van het netwerk (facilitators)",
        "en": "`/leernet language nl|en|auto`: choose the language you read Leernet in; "
        "`language network nl|en` in the channel: the network's language (facilitators)",
    },
    # Each language is named in itself, so a person finds their own whatever they read now.
    "language.name.nl": {"nl": "Nederlands", "en": "Nederlands"},
    "language.name.en": {"nl": "English", "en": "English"},
    "language.name.auto": {"nl": "Automatisch", "en": "Automatic"},
    # ... and named in the reader's language inside a sentence.
    "language.in.nl": {"nl": "Nederlands", "en": "Dutch"},
    "language.in.en": {"nl": "Engels", "en": "English"},
    "language.current.chosen": {
        "nl": "Je leest Leernet in het {language}: dat heb je zelf gekozen.",
        "en": "You read Leernet in {language}: you chose it yourself.",
    },
    "language.current.network": {
        "nl": "Je leest Leernet in het {language}, de taal van het leernetwerk. Je hebt zelf "
        "geen taal gekozen.",
        "en": "You read Leernet in {language}, the language of the learning network. You "
        "have not chosen a language yourself.",
    },
    "language.current.default": {
        "nl": "Je leest Leernet in het {language}. Je hebt zelf geen taal gekozen en zit "
        "nog in geen leernetwerk.",
        "en": "You read Leernet in {language}. You have not chosen a language yourself and "
        "are in no learning network yet.",
    },
    "language.how": {
        "nl": "Kies je eigen taal met `/leernet taal nl` of `/leernet taal en` (of op je "
        "Home-tab); `/leernet taal auto` laat je keuze weer los.",
        "en": "Choose your own language with `/leernet language en` or `/leernet language "
        "nl` (or on your Home tab); `/leernet language auto` drops your choice again.",
    },
    "language.network.current": {
        "nl": "Dit leernetwerk, *{name}*, spreekt {language}: alles in het kanaal staat in "
        "die taal. Facilitators wijzigen ze met `/leernet taal netwerk nl` of "
        "`/leernet taal netwerk en`.",
        "en": "This learning network, *{name}*, speaks {language}: everything in the channel "
        "is in that language. Facilitators change it with `/leernet language network en` "
        "or `/leernet language network nl`.",
    },
    "language.chosen": {
        "nl": "Vanaf nu lees je Leernet in het {language}: je berichten, formulieren en je "
        "Home-tab.",
        "en": "From now on you read Leernet in {language}: your messages, forms and your Home "
        "tab.",
    },
    "language.reset": {
        "nl": "Je keuze is losgelaten: je leest Leernet nu in het {language}, de taal van je "
        "leernetwerk (of de standaardtaal).",
        "en": "Your choice is dropped: you now read Leernet in {language}, the language of "
        "your learning network (or the default language).",
    },
    "language.network.set": {
        "nl": "Het leernetwerk *{name}* spreekt voortaan {language}: wat in dit kanaal "
        "verschijnt en de berichten aan leden die zelf geen taal kozen.",
        "en": "The learning network *{name}* now speaks {language}: what is posted in this "
        "channel, and the messages to members who chose no language themselves.",
    },
    "language.error.unknown": {
        "nl": "Ik ken de taal `{typed}` niet. Kies `nl` (Nederlands) of `en` (English), of "
        "`auto` om je keuze los te laten.",
        "en": "I do not know the language `{typed}`. Choose `nl` (Nederlands) or `en` "
        "(English), or `auto` to drop your choice.",
    },
    "language.error.network_unknown": {
        "nl": "Een leernetwerk spreekt `nl` (Nederlands) of `en` (English): bijvoorbeeld "
        "`/leernet taal netwerk en`.",
        "en": "A learning network speaks `nl` (Nederlands) or `en` (English): for example "
        "`/leernet language network nl`.",
    },
    "language.field": {"nl": "Taal van het netwerk", "en": "Language of the network"},
    "language.field.hint": {
        "nl": "Alles in het kanaal staat in deze taal, net als de berichten aan leden die "
        "zelf geen taal kozen. Facilitators kunnen ze later wijzigen.",
        "en": "Everything in the channel is in this language, as are the messages to members "
        "who chose no language themselves. Facilitators can change it later.",
    },
    "demo.step.language": {
        "nl": "Ann leest liever Engels en typt `/leernet language en`; het netwerk zelf "
        "spreekt Nederlands, zoals gekozen in `/leernet nieuw`",
        "en": "Ann prefers English and types `/leernet language en`; the network itself "
        "speaks Dutch, as chosen in `/leernet new`",
    },
    "home.language": {
        "nl": "*Taal*: waarin je Leernet leest",
        "en": "*Language*: what you read Leernet in",
    },
}
