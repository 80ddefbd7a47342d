"""Starting a network: the network modal and the charter card."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- /leernet nieuw: the network modal ------------------------------------------------
    "network.modal.title": {"nl": "Nieuw leernetwerk", "en": "New learning network"},
    "network.modal.submit": {"nl": "Aanmaken", "en": "Create"},
    "modal.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "network.modal.intro": {
        "nl": "Zeg vooraf wat, waarom, hoe en voor wie: dat is het halve werk. "
        "Het netwerk hoort bij dit kanaal en jij wordt de facilitator.",
        "en": "Say up front what, why, how and for whom: that is half the work. "
        "The network belongs to this channel and you become its facilitator.",
    },
    "network.field.name": {"nl": "Naam", "en": "Name"},
    "network.field.theme": {"nl": "Thema", "en": "Theme"},
    "network.field.region": {"nl": "Regio", "en": "Region"},
    "network.field.what": {"nl": "Wat gaan we doen?", "en": "What will we do?"},
    "network.field.why": {"nl": "Waarom?", "en": "Why?"},
    "network.field.how": {"nl": "Hoe werken we?", "en": "How will we work?"},
    "network.field.for_whom": {"nl": "Voor wie?", "en": "For whom?"},
    "network.field.format": {"nl": "Vorm", "en": "Format"},
    "network.field.max": {"nl": "Maximum aantal deelnemers", "en": "Maximum participants"},
    "network.field.max.hint": {
        "nl": "Minder is meer: hoogstens 12, facilitators niet meegeteld.",
        "en": "Less is more: 12 at most, facilitators not counted.",
    },
    "network.field.requests": {"nl": "Aanvragen om aan te sluiten", "en": "Requests to join"},
    "network.field.requests.hint": {
        "nl": "Een open netwerk staat in /leernet netwerken. Je kunt dit later wijzigen met "
        "/leernet aanvragen.",
        "en": "An open network is listed in /leernet networks. You can change this later with "
        "/leernet requests.",
    },
    "requests.option.open": {
        "nl": "Open: wie wil, vraagt om aan te sluiten",
        "en": "Open: anyone can ask to join",
    },
    "requests.option.closed": {
        "nl": "Gesloten: alleen op uitnodiging van een facilitator",
        "en": "Closed: by a facilitator's invitation only",
    },
    "format.face_to_face": {"nl": "Op locatie", "en": "Face to face"},
    "format.online": {"nl": "Online", "en": "Online"},
    "format.hybrid": {"nl": "Hybride", "en": "Hybrid"},
    "network.error.max": {
        "nl": "Kies een getal van {low} tot {high}.",
        "en": "Choose a number from {low} to {high}.",
    },
    "network.error.blank": {
        "nl": "Vul dit veld in.",
        "en": "Please fill in this field.",
    },
    "network.error.channel_taken": {
        "nl": "Dit kanaal heeft intussen al een leernetwerk.",
        "en": "This channel meanwhile has a learning network.",
    },
    # --- the charter message in the channel -----------------------------------------------
    "charter.header": {"nl": "Leernetwerk {name}", "en": "Learning network {name}"},
    "charter.theme": {"nl": "*Thema*\n{value}", "en": "*Theme*\n{value}"},
    "charter.region": {"nl": "*Regio*\n{value}", "en": "*Region*\n{value}"},
    "charter.format": {"nl": "*Vorm*\n{value}", "en": "*Format*\n{value}"},
    "charter.max": {
        "nl": "*Deelnemers*\nhoogstens {value}",
        "en": "*Participants*\n{value} at most",
    },
    "charter.requests.open": {
        "nl": "*Aansluiten*\nVraag het met `/leernet join` in dit kanaal",
        "en": "*Joining*\nAsk with `/leernet join` in this channel",
    },
    "charter.requests.closed": {
        "nl": "*Aansluiten*\nOp uitnodiging van een facilitator",
        "en": "*Joining*\nBy a facilitator's invitation",
    },
    "charter.what": {"nl": "*Wat*\n{value}", "en": "*What*\n{value}"},
    "charter.why": {"nl": "*Waarom*\n{value}", "en": "*Why*\n{value}"},
    "charter.how": {"nl": "*Hoe*\n{value}", "en": "*How*\n{value}"},
    "charter.for_whom": {"nl": "*Voor wie*\n{value}", "en": "*For whom*\n{value}"},
    "charter.facilitator": {
        "nl": "Facilitator: {who}",
        "en": "Facilitator: {who}",
    },
    "charter.join": {"nl": "Aansluiten", "en": "Join"},
    "charter.fallback": {
        "nl": "Nieuw leernetwerk: {name}",
        "en": "New learning network: {name}",
    },
    "network.working": {
        "nl": "Even geduld: ik start het leernetwerk en zet het charter in het kanaal ...",
        "en": "One moment: starting the learning network and posting its charter in the "
        "channel ...",
    },
    "network.started": {
        "nl": "Het leernetwerk *{name}* is gestart. Het charter staat in <#{channel}>; nodig "
        "deelnemers uit met `/leernet uitnodigen @naam`.",
        "en": "The learning network *{name}* has started. Its charter is in <#{channel}>; "
        "invite participants with `/leernet invite @name`.",
    },
    "network.error.not_in_channel": {
        "nl": "Je kunt alleen een leernetwerk starten in een kanaal waar je zelf lid van bent.",
        "en": "You can only start a learning network in a channel you are a member of.",
    },
    # --- /leernet aanvragen: open or close the network to join requests --------------------
    "help.aanvragen": {
        "nl": "`/leernet aanvragen open|dicht`: laat mensen wel of niet vragen om aan te "
        "sluiten (alleen voor facilitators)",
        "en": "`/leernet requests open|closed`: let people ask to join, or not "
        "(facilitators only)",
    },
    "requests.now.open": {
        "nl": "*{name}* neemt aanvragen aan en staat in `/leernet netwerken`. Sluit het met "
        "`/leernet aanvragen dicht`.",
        "en": "*{name}* takes requests to join and is listed in `/leernet networks`. Close it "
        "with `/leernet requests closed`.",
    },
    "requests.now.closed": {
        "nl": "*{name}* neemt geen aanvragen aan: nodig mensen uit met "
        "`/leernet uitnodigen @naam`. Open het met `/leernet aanvragen open`.",
        "en": "*{name}* takes no requests to join: invite people with "
        "`/leernet invite @name`. Open it with `/leernet requests open`.",
    },
    "requests.changed.open": {
        "nl": "Vanaf nu kan iedereen vragen om aan te sluiten bij *{name}*, ook vanuit "
        "`/leernet netwerken`.",
        "en": "From now on anyone can ask to join *{name}*, also from `/leernet networks`.",
    },
    "requests.changed.closed": {
        "nl": "Vanaf nu neemt *{name}* geen aanvragen meer aan. Aanvragen die al binnen zijn, "
        "kun je nog goedkeuren of afwijzen.",
        "en": "From now on *{name}* takes no more requests to join. Requests already in can "
        "still be approved or declined.",
    },
    "requests.usage": {
        "nl": "Gebruik `/leernet aanvragen open` of `/leernet aanvragen dicht`.",
        "en": "Use `/leernet requests open` or `/leernet requests closed`.",
    },
}
