"""External input: asking the group whether it wants input from outside on a theme (a vote or
an evaluation question, with the outcome recorded), and guest experts invited to one session
(invited, uninvited, thanked, and their slides shared with their consent)."""

from dataclasses import dataclass
from datetime import datetime

from bot.catalog import t
from bot.domain import external, knowledge, networks, sessions
from bot.domain.errors import DomainError, FieldErrors
from bot.domain.external import CleanGuest, GuestDraft
from bot.domain.identity import Actor
from bot.domain.languages import of_network
from bot.domain.polls import PollDraft
from bot.domain.sessions import ReminderDetails
from bot.services.core import Service
from bot.services.polls import Started
from storage import external as store
from storage import networks as network_store
from storage import polls as poll_store
from storage import sessions as session_store
from storage.models import (
    Consent,
    ConsentKind,
    ExternalInputAsk,
    KnowledgeItem,
    KnowledgeKind,
    Meeting,
    Network,
    Role,
    SessionGuest,
    Visibility,
)

ANSWER_KEYS = ("external.answer.yes", "external.answer.no", "external.answer.maybe")


@dataclass(frozen=True)
class AskForm:
    network: Network
    now: datetime
    next_session: Meeting | None


@dataclass(frozen=True)
class AskedByVote:
    ask: ExternalInputAsk
    started: Started


@dataclass(frozen=True)
class AskedInEvaluation:
    network: Network
    ask: ExternalInputAsk
    meeting: Meeting


@dataclass(frozen=True)
class GuestForm:
    network: Network
    upcoming: list[Meeting]


@dataclass(frozen=True)
class Invited:
    network: Network
    meeting: Meeting
    guest: SessionGuest
    details: ReminderDetails


@dataclass(frozen=True)
class GuestChange:
    network: Network
    meeting: Meeting
    guest: SessionGuest


@dataclass(frozen=True)
class Overview:
    """`/leernet extern`: the asks and their outcomes, and the sessions with guests."""

    network: Network
    asks: list[ExternalInputAsk]
    sessions: list[tuple[Meeting, list[SessionGuest]]]
    facilitator: bool
    now: datetime


@dataclass(frozen=True)
class SlidesDraft:
    title: str | None
    link: str | None
    consent: bool


class ExternalService(Service):
    # --- asking the group ---------------------------------------------------------------------

    def ask_form(self, team_id: str, channel_id: str, user_id: str) -> AskForm:
        now = self.now()
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            external.ensure_may_ask(session, network, user_id)
            return AskForm(network, now, external.next_session(session, network, now))

    def ask(self, network_id: int, user_id: str, theme: str | None, method: str | None,
            closes_date: str | None, closes_time: str | None
            ) -> AskedByVote | AskedInEvaluation:
        """Store the ask: a vote (shown nowhere until `published`) or the question in the
        next evaluation. FieldErrors when the form is wrong; nothing stored then."""
        now = self.now()
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            external.ensure_may_ask(session, network, user_id)
            errors: dict[str, DomainError] = {}
            try:
                clean = external.clean_theme(theme)
            except FieldErrors as exc:
                errors.update(exc.errors)
                clean = ""
            if method == "evaluation":
                if errors:
                    raise FieldErrors(errors)
                ask, meeting = external.ask_in_evaluation(session, network, user_id, clean,
                                                          now=now)
                return AskedInEvaluation(network, ask, meeting)
            if method != "vote":
                errors["method"] = DomainError("network.error.blank")
            lang = of_network(network)
            draft = PollDraft(t("external.question", lang, theme=clean or "?"),
                              "\n".join(t(key, lang) for key in ANSWER_KEYS),
                              closes_date, closes_time)
            try:
                draft.validated(network.timezone, now)
            except FieldErrors as exc:
                errors.update(exc.errors)
            if errors:
                raise FieldErrors(errors)
            ask, poll, delivery = external.ask_by_vote(session, network, user_id, clean, draft,
                                                       now=now)
        return AskedByVote(ask, Started(network, poll, delivery))

    def discard_vote(self, ask_id: int, poll_id: int) -> None:
        """Undo a vote nobody could see (its message was never posted), with its ask."""
        with self.unit() as session:
            store.delete_ask(session, ask_id)
            poll_store.delete_new_poll(session, poll_id)

    def evaluation_question(self, meeting_id: int) -> str | None:
        """The theme the session's evaluation asks about, while it takes answers."""
        with self.read() as session:
            return external.evaluation_question(session, meeting_id)

    def overview(self, team_id: str, channel_id: str, user_id: str) -> Overview:
        now = self.now()
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            member = networks.ensure_member(session, network, user_id)
            meetings = list(store.meetings_with_guests(session, network.id))
            guests = store.guests_of_meetings(session, [m.id for m in meetings])
            return Overview(network, list(store.asks_of_network(session, network.id)),
                            [(m, guests.get(m.id, [])) for m in meetings],
                            member.role == Role.FACILITATOR, now)

    # --- guests -------------------------------------------------------------------------------

    def guest_form(self, team_id: str, channel_id: str, user_id: str) -> GuestForm:
        now = self.now()
        with self.read() as session:
            network = network_store.network_in_channel(session, team_id, channel_id)
            external.ensure_may_ask(session, network, user_id)
            return GuestForm(network, list(store.upcoming_meetings(session, network.id, now)))

    def check_guest(self, network_id: int, user_id: str, draft: GuestDraft) -> CleanGuest:
        """The form's rules, before Slack is asked about the person (FieldErrors)."""
        with self.read() as session:
            network = network_store.get_network(session, network_id)
            clean = external.clean_guest(draft)
            external.check_guest(session, network, user_id, clean, self.now())
            return clean

    def invite(self, network_id: int, user_id: str, guest: CleanGuest,
               user_team_id: str) -> Invited:
        with self.unit() as session:
            network = network_store.get_network(session, network_id)
            meeting, row = external.invite(session, network, user_id, guest, user_team_id,
                                           self.now())
            return Invited(network, meeting, row, sessions.reminder_details(session, meeting))

    def uninvite(self, guest_id: int, user_id: str) -> GuestChange:
        with self.unit() as session:
            return GuestChange(*external.uninvite(session, guest_id, user_id, self.now()))

    def thank(self, guest_id: int, user_id: str) -> GuestChange:
        with self.unit() as session:
            return GuestChange(*external.thank(session, guest_id, user_id, self.now()))

    def unthank(self, guest_id: int) -> None:
        """The thank-you could not be sent: the facilitator may try again."""
        with self.unit() as session:
            guest = store.find_guest(session, guest_id)
            if guest is not None:
                guest.thanked_at = None
                session.add(guest)

    def slides_form(self, guest_id: int, user_id: str) -> tuple[Network, SessionGuest]:
        with self.read() as session:
            return external.own_guest(session, guest_id, user_id)

    def share_slides(self, guest_id: int, actor: Actor, draft: SlidesDraft,
                     consent_text: str, lang: str) -> tuple[Network, KnowledgeItem | None]:
        """The guest's slides as a knowledge item of the network, with the consent they gave
        (its exact text); without the consent nothing is stored."""
        now = self.now()
        with self.unit() as session:
            network, guest = external.own_guest(session, guest_id, actor.user_id)
            errors: dict[str, DomainError] = {}
            title = " ".join((draft.title or "").split())
            if not title:
                errors["title"] = DomainError("network.error.blank")
            elif len(title) > knowledge.MAX_TITLE:
                errors["title"] = DomainError("agreements.error.too_long",
                                              limit=knowledge.MAX_TITLE)
            try:
                link = knowledge.clean_link(draft.link)
            except ValueError:
                link = None
                errors["link"] = DomainError("knowledge.error.link")
            if link is None and "link" not in errors:
                errors["link"] = DomainError("network.error.blank")
            if errors:
                raise FieldErrors(errors)
            if not draft.consent:
                return network, None
            session.add(Consent(team_id=network.team_id, network_id=network.id,
                                user_id=actor.user_id, kind=ConsentKind.GUEST_SLIDES,
                                text=consent_text[:1000], lang=lang, given_at=now))
            meeting = session_store.get_meeting(session, guest.meeting_id)
            text = t("external.slides.text", of_network(network),
                     number=meeting.number or "?")
            item = knowledge.store_new(session, network, knowledge.Cleaned(
                kind=KnowledgeKind.KNOWLEDGE, title=title, text=text, link=link,
                themes=[], show_organisation=False, organisation=None,
                visibility=Visibility.NETWORK, language=network.language), actor, now)
            return network, item

    def guests_to_list(self, meeting_id: int) -> list[SessionGuest]:
        with self.read() as session:
            return list(store.guests_of_meeting(session, meeting_id))
