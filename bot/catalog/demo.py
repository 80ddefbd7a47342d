"""`leernet demo`: the narration between what each person sees."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- `leernet demo`: the narration between what each person sees ----------------------
    "demo.intro": {
        "nl": "Leernet-demo: de echte bot (SQLite in {folder}, HTTP op {url}, de echte "
        "planner) tegen een lokale Slack-tweeling. Geen Slack-werkruimte nodig.",
        "en": "Leernet demo: the real bot (SQLite in {folder}, HTTP on {url}, the real "
        "scheduler) against a local Slack twin. No Slack workspace needed.",
    },
    "demo.step.help": {"nl": "Fien typt `/leernet help`", "en": "Fien types `/leernet help`"},
    "demo.step.new": {"nl": "Fien typt `/leernet nieuw` in #leernet-gent",
                      "en": "Fien types `/leernet nieuw` in #leernet-gent"},
    "demo.step.submit": {"nl": "Fien vult het formulier in en klikt op Aanmaken",
                         "en": "Fien fills in the form and clicks Create"},
    "demo.step.members": {
        "nl": "Fien typt `/leernet uitnodigen @ann @bob @carla`",
        "en": "Fien types `/leernet uitnodigen @ann @bob @carla`",
    },
    "demo.step.plan": {"nl": "Fien typt `/leernet plan`", "en": "Fien types `/leernet plan`"},
    "demo.step.kickoff": {
        "nl": "Bob krijgt de startbevraging, vult ze in en deelt zijn voorstelling",
        "en": "Bob gets the kickoff questionnaire, answers it and shares his introduction",
    },
    "demo.step.sessions": {"nl": "Fien typt `/leernet bijeenkomsten`",
                           "en": "Fien types `/leernet bijeenkomsten`"},
    "demo.step.plan_submit": {
        "nl": "Fien plant een bijeenkomst om {time}; de herinnering staat op {reminder}",
        "en": "Fien plans a session at {time}; its reminder is due at {reminder}",
    },
    "demo.step.wait": {"nl": "Wachten op de planner (±{seconds} s) ...",
                       "en": "Waiting for the scheduler (about {seconds} s) ..."},
    "demo.step.answer": {
        "nl": "Ann klikt op \"I'll be there\", Bob op \"Ik kom niet\" en Carla, vanuit haar "
        "eigen werkruimte, op \"Ik kom\"",
        "en": "Ann clicks \"I'll be there\", Bob clicks \"Ik kom niet\" and Carla, from her "
        "own workspace, clicks \"Ik kom\"",
    },
    "demo.step.connect": {
        "nl": "Carla werkt bij {organisation}, een andere organisatie: hun eigen "
        "Slack-werkruimte is via Slack Connect verbonden met #{channel}. Leernet is daar "
        "niet geïnstalleerd; Carla krijgt alles via privéberichten en knoppen.",
        "en": "Carla works at {organisation}, another organisation: their own Slack workspace "
        "is connected to #{channel} over Slack Connect. Leernet is not installed there; "
        "Carla gets everything through direct messages and buttons.",
    },
    "demo.network_language": {
        "nl": "  De taal van het netwerk is Nederlands. Carla's Slack staat in het Engels "
        "({locale}), toch krijgt ze Leernet in het Nederlands: de taal van het netwerk "
        "beslist, niet die van Slack.",
        "en": "  The network's language is Dutch. Carla's Slack runs in English ({locale}), "
        "yet she gets Leernet in Dutch: the network's language decides, not Slack's.",
    },
    "demo.step.home": {"nl": "Ann opent het tabblad Home van Leernet",
                       "en": "Ann opens Leernet's Home tab"},
    "demo.step.share": {
        "nl": "Bob typt `/leernet deel` en bewaart wat werkte in de bibliotheek",
        "en": "Bob types `/leernet deel` and keeps what worked in the library",
    },
    "demo.step.search": {
        "nl": "Fien zoekt met `/leernet kennis mentoren` (\"mentoren\" vindt \"mentor\")",
        "en": "Fien searches with `/leernet kennis mentoren` (\"mentoren\" finds \"mentor\")",
    },
    "demo.step.digest": {
        "nl": "Het is maandag 09:00 (de demo loopt vooruit): het weekoverzicht komt in het "
        "kanaal",
        "en": "It is Monday 09:00 (the demo skips ahead): the weekly digest reaches the "
        "channel",
    },
    "demo.sees": {"nl": "{who} ziet", "en": "{who} sees"},
    "demo.everyone": {"nl": "Iedereen", "en": "Everyone"},
    "demo.channel": {"nl": "in #{channel}", "en": "in #{channel}"},
    "demo.dm": {"nl": "in een privébericht van Leernet", "en": "in a direct message from Leernet"},
    "demo.done": {
        "nl": "Klaar. Zo ziet het eruit in Slack; `leernet serve` doet hetzelfde in je "
        "eigen werkruimte (zie README).",
        "en": "Done. That is how it looks in Slack; `leernet serve` does the same in your "
        "own workspace (see README).",
    },
}
