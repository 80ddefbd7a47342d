"""Planning sessions: the plan modal, series and the announcement."""

from bot.catalog.lang import Messages

MESSAGES: Messages = {
    # --- /leernet plan: the session modal -------------------------------------------------
    "plan.modal.title": {"nl": "Bijeenkomst plannen", "en": "Plan a session"},
    "plan.modal.submit": {"nl": "Plannen", "en": "Plan"},
    "plan.modal.intro": {
        "nl": "Bijeenkomst van *{name}*. Tijden in {timezone}.",
        "en": "Session of *{name}*. Times in {timezone}.",
    },
    "plan.field.date": {"nl": "Datum", "en": "Date"},
    "plan.field.time": {"nl": "Starttijd", "en": "Start time"},
    "plan.field.duration": {"nl": "Duur (minuten)", "en": "Duration (minutes)"},
    "plan.field.location": {"nl": "Locatie of link", "en": "Location or meeting link"},
    "plan.field.form": {"nl": "Leervorm", "en": "Learning form"},
    "plan.field.agenda": {"nl": "Agenda", "en": "Agenda"},
    "plan.error.past": {
        "nl": "Dit tijdstip ligt in het verleden.",
        "en": "That time is in the past.",
    },
    "plan.error.duration": {
        "nl": "Geef een duur van {low} tot {high} minuten.",
        "en": "Give a duration of {low} to {high} minutes.",
    },
    "plan.error.nonexistent_time": {
        "nl": "Dit uur bestaat niet op die dag (zomertijd): kies een ander uur.",
        "en": "This time does not exist that day (daylight saving): choose another.",
    },
    "plan.announce": {
        "nl": "Nieuwe bijeenkomst van *{name}*: {when} ({duration} min.)",
        "en": "New session of *{name}*: {when} ({duration} min.)",
    },
    "plan.reminders": {
        "nl": "Herinneringen gaan uit op: {times}",
        "en": "Reminders go out on: {times}",
    },
    "plan.no_reminders": {
        "nl": "De bijeenkomst begint te snel voor een herinnering.",
        "en": "The session starts too soon for a reminder.",
    },
    "form.intervision": {"nl": "Intervisie", "en": "Peer consultation"},
    "form.success_stories": {"nl": "Succesverhalen", "en": "Success stories"},
    "form.dos_and_donts": {"nl": "Do's en don'ts", "en": "Do's and don'ts"},
    "form.external_input": {"nl": "Externe spreker", "en": "External speaker"},
    "form.company_visit": {"nl": "Bedrijfsbezoek", "en": "Company visit"},
    "form.free_exchange": {"nl": "Vrije uitwisseling", "en": "Free exchange"},
}
