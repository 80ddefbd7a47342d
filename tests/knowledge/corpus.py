"""A small library to search: Dutch and English items, word forms, accents, stop words."""

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from storage import knowledge as store
from storage.models import KnowledgeItem, KnowledgeKind, Network, Visibility

# (title, text, themes, language)
CORPUS = [
    ("Stagiairs begeleiden", "Eén mentor per stagiair werkt beter dan een groep.",
     "stage\nbegeleiding", "nl"),
    ("Mentoren opleiden", "Onze mentoren volgen eerst een korte training over feedback geven.",
     "mentoring", "nl"),
    ("Wachtlijsten in de zorg", "De wachtlijsten voor thuiszorg blijven groeien; we missen "
     "personeel.", "zorg", "nl"),
    ("Onboarding new colleagues", "Pair every new colleague with a buddy during the first "
     "weeks. Mentors help too, and the café is where they meet.", "onboarding", "en"),
    ("Café-gesprekken met ouders", "In het café van de school praten leerkrachten informeel "
     "met ouders over hun kinderen.", "ouders", "nl"),
    ("Do's en don'ts bij intervisie", "Doe: laat iedereen uitspreken. Niet doen: meteen "
     "oplossingen geven. Werkt ook voor stagiairs.", "intervisie", "nl"),
]

# query -> titles found (the same on SQLite and PostgreSQL)
EXPECTED = {
    "stagiairs": {"Stagiairs begeleiden", "Do's en don'ts bij intervisie"},
    "stagiair": {"Stagiairs begeleiden", "Do's en don'ts bij intervisie"},
    "mentoren": {"Stagiairs begeleiden", "Mentoren opleiden"},
    "mentor": {"Stagiairs begeleiden", "Mentoren opleiden"},
    "mentors": {"Stagiairs begeleiden", "Mentoren opleiden", "Onboarding new colleagues"},
    "wachtlijst zorg": {"Wachtlijsten in de zorg"},
    "cafe": {"Café-gesprekken met ouders", "Onboarding new colleagues"},
    "café ouders": {"Café-gesprekken met ouders"},
    "buddy": {"Onboarding new colleagues"},
    "de": set(),
    "oplossing": {"Do's en don'ts bij intervisie"},
    "STAGIAIRS   begeleiding": {"Stagiairs begeleiden"},
    "nothing-here": set(),
}


def network_row(session: Session, team_id: str = "T0TWIN", channel: str = "CLIB0001") -> Network:
    network = Network(team_id=team_id, channel_id=channel, name="Bib", theme="t", region="r",
                      charter_what="a", charter_why="b", charter_how="c", charter_for_whom="d",
                      format="online", timezone="Europe/Brussels", reminder_offsets="1d",
                      evaluation_delay_seconds=3600, created_by="UFACIL01")
    session.add(network)
    session.flush()
    return network


def fill(session: Session, network: Network) -> list[KnowledgeItem]:
    start = datetime(2026, 11, 1, tzinfo=UTC)
    items = []
    for index, (title, text, themes, language) in enumerate(CORPUS):
        items.append(store.add(session, KnowledgeItem(
            team_id=network.team_id, network_id=network.id, kind=KnowledgeKind.KNOWLEDGE,
            title=title, text=text, themes=themes, author_id="UFACIL01",
            author_team_id=network.team_id, visibility=Visibility.NETWORK, language=language,
            created_at=start + timedelta(hours=index),
            updated_at=start + timedelta(hours=index))))
    return items
