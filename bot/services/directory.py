"""The network directory: which networks a person may find and ask to join."""

from bot.domain.directory import Directory, directory_for, search_word
from bot.services.core import Service


class DirectoryService(Service):
    def listing(self, team_id: str, user_id: str, raw_word: str = "") -> Directory:
        with self.read() as session:
            return directory_for(session, team_id, user_id, search_word(raw_word), self.now())
