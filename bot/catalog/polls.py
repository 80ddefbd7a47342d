"""Group votes (stemmingen)."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- group votes (stemmingen) ---------------------------------------------------------
    "help.stemming": {
        "nl": "`/leernet stemming`: leg de groep een vraag voor om over te stemmen; sluit ze "
        "vroeger met `/leernet stemming sluiten <nummer>` (alleen voor facilitators)",
        "en": "`/leernet vote`: put a question to the group to vote on; close it early with "
        "`/leernet vote close <number>` (facilitators only)",
    },
    "poll.modal.title": {"nl": "Stemming", "en": "Group vote"},
    "poll.modal.submit": {"nl": "Starten", "en": "Start"},
    "poll.modal.intro": {
        "nl": "Leg *{name}* een vraag voor. Elk lid stemt één keer en kan die stem wijzigen "
        "tot de stemming sluit; dan zet ik de uitslag in het kanaal. Tijden in {timezone}.",
        "en": "Put a question to *{name}*. Each member votes once and can change their vote "
        "until the vote closes; then I post the results. Times in {timezone}.",
    },
    "poll.field.question": {"nl": "Vraag", "en": "Question"},
    "poll.field.options": {"nl": "Keuzes, één per regel", "en": "Options, one per line"},
    "poll.field.options.hint": {
        "nl": "Van {low} tot {high} keuzes, elk hoogstens {limit} tekens.",
        "en": "From {low} to {high} options, each {limit} characters at most.",
    },
    "poll.field.closes_date": {"nl": "Sluit op", "en": "Closes on"},
    "poll.field.closes_time": {"nl": "Sluit om", "en": "Closes at"},
    "poll.error.option_count": {
        "nl": "Geef {low} tot {high} keuzes, één per regel (nu {count}).",
        "en": "Give {low} to {high} options, one per line (now {count}).",
    },
    "poll.error.option_long": {
        "nl": "Elke keuze mag hoogstens {limit} tekens lang zijn.",
        "en": "Each option can be {limit} characters long at most.",
    },
    "poll.error.option_twice": {
        "nl": "Elke keuze mag maar één keer voorkomen.",
        "en": "Each option may appear only once.",
    },
    "poll.error.too_far": {
        "nl": "Laat een stemming hoogstens {days} dagen openstaan.",
        "en": "Keep a vote open for {days} days at most.",
    },
    "poll.error.closed": {
        "nl": "Deze stemming is gesloten: stemmen of je stem wijzigen kan niet meer.",
        "en": "This vote is closed: you can no longer vote or change your vote.",
    },
    "poll.error.gone": {
        "nl": "Deze stemming of keuze bestaat niet in dit leernetwerk.",
        "en": "This vote or option does not exist in this learning network.",
    },
    "poll.error.usage": {
        "nl": "Gebruik `/leernet stemming` voor een nieuwe stemming, of "
        "`/leernet stemming sluiten <nummer>` om er een meteen te sluiten.",
        "en": "Use `/leernet vote` for a new vote, or `/leernet vote close <number>` to close "
        "one now.",
    },
    "poll.header": {"nl": "Stemming {id}", "en": "Vote {id}"},
    "poll.fallback": {"nl": "Stemming: {question}", "en": "Vote: {question}"},
    "poll.question": {"nl": "*{question}*", "en": "*{question}*"},
    "poll.how": {
        "nl": "Stem met een knop; je kunt je stem wijzigen tot {when}. Niemand ziet wie wat "
        "koos.",
        "en": "Vote with a button; you can change your vote until {when}. Nobody sees who "
        "chose what.",
    },
    "poll.count": {"nl": "Stemmen uitgebracht: {count}", "en": "Votes cast: {count}"},
    "poll.closed": {
        "nl": "Gesloten. Stemmen uitgebracht: {count}. De uitslag staat hieronder.",
        "en": "Closed. Votes cast: {count}. The results are below.",
    },
    "poll.voted": {
        "nl": "Je stem: *{option}*. Je kunt hem wijzigen tot {when}.",
        "en": "Your vote: *{option}*. You can change it until {when}.",
    },
    "poll.results.fallback": {
        "nl": "Uitslag van stemming {id}: {question}",
        "en": "Results of vote {id}: {question}",
    },
    "poll.results.title": {
        "nl": "*Uitslag van stemming {id}:* {question}",
        "en": "*Results of vote {id}:* {question}",
    },
    "poll.results.line": {"nl": "{rank}. {option}: {count}", "en": "{rank}. {option}: {count}"},
    "poll.results.winner": {"nl": "Meeste stemmen: *{option}*.",
                            "en": "Most votes: *{option}*."},
    "poll.results.tie": {"nl": "Gelijke stand tussen {options}.",
                         "en": "A tie between {options}."},
    "poll.results.none": {"nl": "Niemand heeft gestemd.", "en": "Nobody voted."},
    "poll.results.turnout": {
        "nl": "Opkomst: {voters} van {members} leden stemden.",
        "en": "Turnout: {voters} of {members} members voted.",
    },
    "poll.closed_now": {
        "nl": "Stemming {id} is gesloten; de uitslag staat in het kanaal.",
        "en": "Vote {id} is closed; the results are in the channel.",
    },
    "poll.working": {
        "nl": "Even geduld: ik zet de stemming in het kanaal ...",
        "en": "One moment: posting the vote in the channel ...",
    },
    "poll.started": {
        "nl": "Stemming {id} staat in <#{channel}>. Ze sluit op {when}; dan zet ik de uitslag "
        "in het kanaal.",
        "en": "Vote {id} is in <#{channel}>. It closes on {when}; then I post the results.",
    },
}
