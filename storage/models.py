"""The tables. Every row carries the Slack team it belongs to; times are aware UTC."""

import secrets
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    func,
)
from sqlmodel import Field, SQLModel, UniqueConstraint

# Written where an erased person's id was (storage/erasure.py), shown as "a former member".
# No Slack id starts with '~' (they are capitals and digits): it mentions nobody.
FORMER_MEMBER = "~former"
ERASED_PREFIX = "~"


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored time as an aware UTC one: SQLite hands datetimes back naive (in UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# Enums are stored as plain strings: no database enum types to migrate when a value is added.
# Primary keys are typed `int`: the database assigns them at the first flush, and every row the
# code handles after that has one (SQLModel needs the `None` default to let it do so).


class MeetingFormat(StrEnum):
    FACE_TO_FACE = "face_to_face"
    ONLINE = "online"
    HYBRID = "hybrid"


class Role(StrEnum):
    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    PENDING = "pending"  # asked to join, waiting for a facilitator
    WAITLISTED = "waitlisted"  # approved, but the network is full
    LEFT = "left"
    REMOVED = "removed"
    DECLINED = "declined"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class DeliveryKind(StrEnum):
    KICKOFF = "kickoff"
    KICKOFF_REMINDER = "kickoff_reminder"
    POLL_CLOSE = "poll_close"
    REMINDER = "reminder"
    EVALUATION = "evaluation"
    EVALUATION_REMINDER = "eval_reminder"
    EVALUATION_CLOSE = "eval_close"
    REPORT_REMINDER = "report_reminder"
    ACTION_REMINDER = "action_reminder"
    APPLY_FOLLOWUP = "apply_followup"
    DIGEST = "digest"  # the channel digest of a network
    FACILITATOR_DIGEST = "digest_facil"  # a network's facilitators, each by DM
    COORDINATOR_DIGEST = "digest_coord"  # a workspace's coordinators, monthly, each by DM
    INTRO_DELETE = "intro_delete"  # take a withdrawn introduction card out of the channel
    # A network's retention check: warns its facilitators, then erases its personal data.
    RETENTION = "retention"
    # A closing network's final evaluation: to every active member, one reminder, the close.
    FINAL_EVALUATION = "final_eval"
    FINAL_EVALUATION_REMINDER = "final_eval_rem"
    FINAL_EVALUATION_CLOSE = "final_eval_close"
    # Pairing (informal contacts): a round's group DMs, and a week later the question whether
    # each group met.
    PAIRING = "pairing"
    PAIRING_FOLLOW_UP = "pairing_followup"
    # After a session: the text of its confidential intervision cases is erased.
    INTERVISION_ERASE = "interv_erase"
    # A closed network's closing report: published by a facilitator's modal (due at once) or
    # without closing words a week after the close; posted, uploaded and DMed once.
    CLOSING_REPORT = "closing_report"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    PARTIAL = "partial"  # sent, but some people could not be reached (see its receipts)
    SKIPPED = "skipped"
    FAILED = "failed"
    # Its workspace uninstalled the app (or revoked its token): kept, and resumed by a
    # reinstall with the rules of a restart (storage.deliveries.resume_team).
    PAUSED = "paused"


class PollStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class AgendaKind(StrEnum):
    ITEM = "item"  # a topic for the agenda
    CASE = "case"  # a case for intervision


class ApplyOutcome(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class RsvpAnswer(StrEnum):
    YES = "yes"
    NO = "no"


class Network(SQLModel, table=True):
    """A regional learning network, bound to one Slack channel."""

    __table_args__ = (UniqueConstraint("team_id", "channel_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    # Indexed on its own: a Slack Connect channel is found by its id from any of its teams.
    channel_id: str = Field(max_length=32, index=True)
    name: str = Field(max_length=80)
    theme: str = Field(max_length=200)
    region: str = Field(max_length=80)
    charter_what: str = Field(max_length=1000)
    charter_why: str = Field(max_length=1000)
    charter_how: str = Field(max_length=1000)
    charter_for_whom: str = Field(max_length=1000)
    format: MeetingFormat = Field(sa_type=String(16))
    max_participants: int = 12
    timezone: str = Field(max_length=64)
    reminder_offsets: str = Field(max_length=100, description="e.g. '7d,1d'")
    evaluation_delay_seconds: int
    created_by: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    # Bumped by every change to who is in the network: the UPDATE doubles as a row lock, so
    # two people joining at once cannot both take the last place.
    roster_version: int = 0
    kickoff_sent_at: datetime | None = None
    # When the kickoff questionnaire stops taking answers; None: at the first session's start.
    kickoff_closes_at: datetime | None = None
    # Evaluations are anonymous unless the group chose to answer with names.
    evaluation_named: bool = False
    # Whether people may ask to join (from `/leernet join` or the directory); when closed,
    # only a facilitator's invitation lets someone in.
    open_to_requests: bool = True
    # The other workspaces its channel is shared with over Slack Connect, comma-separated:
    # their people may act in the network (learned at creation, kept by channel_(un)shared).
    # Text: a Slack Connect channel may hold up to 250 organisations.
    shared_team_ids: str = Field(default="", sa_type=Text)

    @property
    def teams(self) -> frozenset[str]:
        """Every workspace whose people may act in this network."""
        return frozenset([self.team_id, *filter(None, self.shared_team_ids.split(","))])
    # What is posted in the channel, and what members read when they chose no language.
    language: str = Field(default="nl", max_length=8)
    # People whose data was erased (`/leernet mijn-data`, retention): the network keeps
    # counting them without keeping anything about them.
    former_members: int = 0
    # When the facilitators were warned that its personal data will be erased for
    # inactivity; a warning older than the network's last activity no longer counts.
    retention_warned_at: datetime | None = None
    # When the weekly digests go out, in the network's time zone (facilitators set it with
    # `/leernet digest`): ISO weekday 1-7, hour and minute; never between 02:00 and 03:00
    # (bot/domain/digests.py). Off: no channel or facilitator digest is planned.
    digest_weekday: int = 1
    digest_hour: int = 9
    digest_minute: int = 0
    digest_on: bool = True
    # The closing phase (`/leernet afsluiten`): started, then closed (read-only). Between the
    # two the final evaluation is open until `final_evaluation_closes_at`.
    closing_started_at: datetime | None = None
    final_evaluation_closes_at: datetime | None = None
    closed_at: datetime | None = None
    # After the close its facilitators choose (bot/domain/after_closing.py): whether the
    # network's knowledge items stay visible ("keep") or are withdrawn ("withdraw": hidden from
    # search, digests and the web page, kept for the export and retention); None = not chosen,
    # they stay as they are. The channel is archived only when they say so ("archive", once
    # Slack did it) or kept open ("open"). Who chose last, and when.
    knowledge_choice: str | None = Field(default=None, max_length=16)
    knowledge_chosen_by: str | None = Field(default=None, max_length=32)
    knowledge_chosen_at: datetime | None = None
    channel_choice: str | None = Field(default=None, max_length=16)
    channel_chosen_by: str | None = Field(default=None, max_length=32)
    channel_chosen_at: datetime | None = None
    # Pairing across organisations (`/leernet koppelen`): off until the facilitators switch it
    # on with the group; a round every `pairing_weeks` weeks on a weekday and hour in the
    # network's time zone (bot/domain/pairing.py).
    pairing_on: bool = False
    pairing_weeks: int = 2
    pairing_weekday: int = 2
    pairing_hour: int = 10


class Membership(SQLModel, table=True):
    """A person's place in a network: facilitator or participant."""

    __table_args__ = (UniqueConstraint("network_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    role: Role = Field(sa_type=String(16))
    status: MembershipStatus = Field(default=MembershipStatus.ACTIVE, sa_type=String(16))
    organisation: str | None = Field(default=None, max_length=120)
    joined_at: datetime = Field(default_factory=utcnow)
    # Since when the current status holds; the waitlist is served in this order.
    status_changed_at: datetime = Field(default_factory=utcnow)
    invited_by: str | None = Field(default=None, max_length=32)


class LanguageChoice(SQLModel, table=True):
    """The language a person chose for their DMs, modals and Home (`/leernet taal`)."""

    __table_args__ = (UniqueConstraint("team_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(max_length=32)
    user_id: str = Field(max_length=32)
    language: str = Field(max_length=8)
    chosen_at: datetime = Field(default_factory=utcnow)


class Meeting(SQLModel, table=True):
    """A session (bijeenkomst) of a network. Not named Session: that is the database's word."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    starts_at: datetime
    duration_minutes: int
    location: str = Field(max_length=500)
    learning_form: str = Field(max_length=32)
    agenda: str = Field(default="", max_length=3000)
    status: MeetingStatus = Field(default=MeetingStatus.PLANNED, sa_type=String(16))
    created_by: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    # The n-th session of the network, counted in start order when it was planned.
    number: int | None = None
    # Sessions planned together as a series share this key.
    series_key: str | None = Field(default=None, max_length=36, index=True)
    # Face-to-face sessions rotate between the members' organisations.
    host_organisation: str | None = Field(default=None, max_length=120)


class Rsvp(SQLModel, table=True):
    """A member's answer to 'are you coming?' for one meeting."""

    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    answer: RsvpAnswer = Field(sa_type=String(8))
    answered_at: datetime = Field(default_factory=utcnow)


class Delivery(SQLModel, table=True):
    """One scheduled message (kickoff, reminder, poll, digest): the schedule lives here."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    key: str = Field(unique=True, max_length=200)
    kind: DeliveryKind = Field(sa_type=String(16))
    run_at: datetime = Field(index=True)
    network_id: int = Field(foreign_key="network.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    poll_id: int | None = Field(default=None, foreign_key="poll.id", index=True)
    action_item_id: int | None = Field(default=None, foreign_key="actionitem.id", index=True)
    target: str = Field(max_length=32, description="'members' or a Slack user/channel id")
    status: DeliveryStatus = Field(default=DeliveryStatus.PENDING, sa_type=String(16), index=True)
    attempts: int = 0
    claimed_by: str | None = Field(default=None, max_length=64)
    claimed_at: datetime | None = None
    finished_at: datetime | None = None
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow)


class DeliveryReceipt(SQLModel, table=True):
    """That one delivery reached (or was tried for) one person: the per-person once-only guard."""

    __table_args__ = (UniqueConstraint("delivery_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    delivery_id: int = Field(foreign_key="delivery.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    channel_id: str | None = Field(default=None, max_length=32)
    message_ts: str | None = Field(default=None, max_length=32)
    error: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class KickoffResponse(SQLModel, table=True):
    """One member's answers to the kickoff questionnaire (introduction, questions, wishes)."""

    __table_args__ = (UniqueConstraint("network_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    organisation: str = Field(max_length=120)
    job_role: str = Field(default="", max_length=200)
    expertise: str = Field(default="", max_length=1000)
    brings: str = Field(default="", max_length=1000)
    learning_questions: str = Field(default="", max_length=2000)
    expectations: str = Field(default="", max_length=2000)
    experiences: str = Field(default="", max_length=2000)
    preferred_forms: str = Field(default="", max_length=200, description="comma-separated")
    consent_intro: bool = False
    intro_ts: str | None = Field(default=None, max_length=32)
    submitted_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ConsentKind(StrEnum):
    INTRO = "intro"  # the kickoff introduction card in the network's channel
    # A guest expert's slides, shared with the network as a knowledge item (handlers/external)
    GUEST_SLIDES = "guest_slides"


class Consent(SQLModel, table=True):
    """One consent a person gave, with the exact text they agreed to (in the language it was
    shown in) and when; withdrawn_at once they took it back. A new consent is a new row."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    user_id: str = Field(max_length=32, index=True)
    kind: ConsentKind = Field(sa_type=String(16))
    text: str = Field(max_length=1000)
    lang: str = Field(max_length=8)
    given_at: datetime
    withdrawn_at: datetime | None = None


class Agreement(SQLModel, table=True):
    """A version of the group's agreements (afspraken); the newest version is in force."""

    __table_args__ = (UniqueConstraint("network_id", "version"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    version: int
    text: str = Field(max_length=3000)
    created_by: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    channel_ts: str | None = Field(default=None, max_length=32)


class AgreementAck(SQLModel, table=True):
    """A member's acknowledgement of one version of the agreements."""

    __table_args__ = (UniqueConstraint("agreement_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    acked_at: datetime = Field(default_factory=utcnow)


class Poll(SQLModel, table=True):
    """A question the facilitator puts to the group; options are stored as JSON text.

    `number` counts a network's polls 1, 2, 3... (what people see and type), unlike the id."""

    __table_args__ = (UniqueConstraint("network_id", "number", name="uq_poll_network_number"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    number: int
    question: str = Field(max_length=300)
    options_json: str = Field(max_length=4000)
    closes_at: datetime
    status: PollStatus = Field(default=PollStatus.OPEN, sa_type=String(16))
    created_by: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    channel_ts: str | None = Field(default=None, max_length=32)


class PollVote(SQLModel, table=True):
    """One member's current vote in a poll (changeable until the poll closes)."""

    __table_args__ = (UniqueConstraint("poll_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    poll_id: int = Field(foreign_key="poll.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    option_index: int
    voted_at: datetime = Field(default_factory=utcnow)


class AgendaContribution(SQLModel, table=True):
    """An agenda item or an intervision case a member brings to a coming session."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    kind: AgendaKind = Field(sa_type=String(8))
    text: str = Field(max_length=1000)
    created_at: datetime = Field(default_factory=utcnow)
    # A case's title: what stays of a confidential case once its text is erased.
    title: str = Field(default="", max_length=150)
    # "Only in the session": never in digests, the library or exports, and its text (with
    # the questions, advice and takeaway of its intervision) is erased after the session.
    confidential: bool = False
    erased_at: datetime | None = None


class Attendance(SQLModel, table=True):
    """Who was there, as the facilitator confirmed it after the session."""

    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    present: bool
    confirmed_by: str = Field(max_length=32)
    confirmed_at: datetime = Field(default_factory=utcnow)


class EvaluationPoll(SQLModel, table=True):
    """The evaluation of one session. Its answers are `EvaluationAnswer` rows; the poll row
    itself never changes when someone answers (a PostgreSQL update would leave the old row
    behind as a dead tuple)."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    meeting_id: int = Field(foreign_key="meeting.id", unique=True)
    named: bool = False
    status: PollStatus = Field(default=PollStatus.OPEN, sa_type=String(16))
    opened_at: datetime = Field(default_factory=utcnow)
    closes_at: datetime
    summary_sent_at: datetime | None = None


def answer_key() -> str:
    """A random key: neither its value nor the table's order says when an answer came."""
    return secrets.token_hex(16)


class EvaluationAnswer(SQLModel, table=True):
    """One evaluation answer, inserted once and never updated: a random key, no time, no
    sequence, and no user id unless the poll is named. SQLite stores it WITHOUT ROWID (a rowid
    would count the answers in the order they came)."""

    __table_args__ = {"sqlite_with_rowid": False}

    key: str = Field(default_factory=answer_key, primary_key=True, max_length=32)
    poll_id: int = Field(foreign_key="evaluationpoll.id", index=True)
    relevance: int
    learning: int
    facilitation: int
    atmosphere: int
    keep: str = Field(default="", max_length=1000)
    change: str = Field(default="", max_length=1000)
    named_user_id: str | None = Field(default=None, max_length=32)  # a named poll only
    # The answer to the question whether the group wants external input (yes, no, maybe),
    # when the facilitator put it in this evaluation (bot/domain/external.py).
    external_input: str | None = Field(default=None, max_length=8)


class EvaluationSubmission(SQLModel, table=True):
    """That a person answered an evaluation (never what they answered, when anonymous), written
    in its own transaction, without a time."""

    __table_args__ = (UniqueConstraint("poll_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    poll_id: int = Field(foreign_key="evaluationpoll.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)


class ApplyCommitment(SQLModel, table=True):
    """What a participant will apply at work after a session, and later how it went.

    Kept with the person's id (the follow-up must reach them), apart from the anonymous
    evaluation answers; facilitators see it without names unless the network chose named.
    """

    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    user_id: str = Field(max_length=32)
    # The person's own workspace (a person is team + user): the network's, or another one
    # in a channel shared over Slack Connect.
    user_team_id: str = Field(default="", max_length=32)
    text: str = Field(max_length=1000)
    by_date: date | None = None
    outcome: ApplyOutcome | None = Field(default=None, sa_type=String(8))
    result: str | None = Field(default=None, max_length=1000)
    obstacle: str | None = Field(default=None, max_length=1000)
    answered_at: datetime | None = None


class Report(SQLModel, table=True):
    """The report (verslag) of a session, posted in the channel and kept up to date."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    meeting_id: int = Field(foreign_key="meeting.id", unique=True)
    summary: str = Field(max_length=3000)
    insights: str = Field(default="", max_length=3000)
    decisions: str = Field(default="", max_length=3000)
    links: str = Field(default="", max_length=2000)
    author: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    channel_ts: str | None = Field(default=None, max_length=32)


class ActionItem(SQLModel, table=True):
    """A next step from a report: what, who, by when; done with a button."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    text: str = Field(max_length=500)
    owner_id: str = Field(max_length=32)
    due_date: date | None = None
    done_at: datetime | None = None
    done_by: str | None = Field(default=None, max_length=32)


class KnowledgeKind(StrEnum):
    EXAMPLE = "example"
    BEST_PRACTICE = "best_practice"
    KNOWLEDGE = "knowledge"
    OBSTACLE = "obstacle"
    SUCCESS_STORY = "success_story"
    DOS_DONTS = "dos_donts"
    # Made by the bot when a network closes (bot.domain.closing_report), not shared by hand.
    CLOSING_REPORT = "closing_report"


# The kinds a member chooses from when sharing (the closing report is the bot's own).
SHARED_KINDS = tuple(k for k in KnowledgeKind if k != KnowledgeKind.CLOSING_REPORT)


class Visibility(StrEnum):
    NETWORK = "network"  # the network's active members
    WORKSPACE = "workspace"  # everyone of the network's workspace
    PUBLIC = "public"  # anyone, on the web page without signing in too


class KnowledgeItem(SQLModel, table=True):
    """What a network learned, kept in its library (`/leernet deel`, found with `kennis`).

    Full-text search is not in these columns: on PostgreSQL a generated `tsvector` column
    (`search`), on SQLite an FTS5 table (`knowledge_fts`); both are made by migration 0013 and
    described in storage/knowledge_search.py, which keeps them out of the model comparison.
    Ids are never reused (AUTOINCREMENT on SQLite), so no stale index entry meets a new item."""

    __table_args__ = {"sqlite_autoincrement": True}

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    kind: KnowledgeKind = Field(sa_type=String(16))
    title: str = Field(max_length=150)
    text: str = Field(sa_type=Text)  # mrkdwn as typed, at most MAX_TEXT characters
    link: str | None = Field(default=None, max_length=500)
    # The themes (tags) as typed, one per line, in the author's order.
    themes: str = Field(default="", sa_type=Text)
    author_id: str = Field(max_length=32)
    # The author's own workspace (a person is team + user), as in the other tables.
    author_team_id: str = Field(default="", max_length=32)
    show_organisation: bool = False
    organisation: str | None = Field(default=None, max_length=120)
    visibility: Visibility = Field(default=Visibility.NETWORK, sa_type=String(16))
    language: str = Field(default="nl", max_length=8)  # which stemming its search uses
    # Saved from a Slack message ("Bewaar in leernetwerk"): who wrote that message. While
    # they have not agreed, the item stays within the network and the visibility the saver
    # asked for waits here (None: nothing waits).
    source_author_id: str | None = Field(default=None, max_length=32)
    source_author_team_id: str | None = Field(default=None, max_length=32)
    pending_visibility: Visibility | None = Field(default=None, sa_type=String(16))
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)


class KnowledgeFile(SQLModel, table=True):
    """The file shared with a knowledge item (one at most): what Slack told of it, and its
    bytes, copied once after the share so the web page can serve it to readers who are not
    in Slack (None: not copied, the item keeps the Slack link). Deleted with its item
    (storage.knowledge.remove), so an erasure or a removal takes it at once."""

    id: int = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="knowledgeitem.id", unique=True)
    slack_file_id: str = Field(max_length=32)
    name: str = Field(max_length=255)
    mimetype: str = Field(max_length=100)  # ours, from the name's extension (allow-list)
    size: int
    permalink: str | None = Field(default=None, max_length=1000)
    content: bytes | None = Field(default=None, sa_type=LargeBinary)
    created_at: datetime = Field(default_factory=utcnow)


class DigestOptOut(SQLModel, table=True):
    """Someone who unsubscribed from a digest ("afmelden"): of one network (channel and
    facilitator digests), or of the workspace (network_id None: the coordinator digest)."""

    __table_args__ = (UniqueConstraint("team_id", "user_id", "kind", "network_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    user_id: str = Field(max_length=32)
    kind: DeliveryKind = Field(sa_type=String(16))
    network_id: int | None = Field(default=None, foreign_key="network.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)


class Coordinator(SQLModel, table=True):
    """A person who follows every network of a workspace (`leernet coordinator add`, or a
    workspace admin with `/leernet coordinator @user`) and gets the monthly digest."""

    __table_args__ = (UniqueConstraint("team_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    user_id: str = Field(max_length=32)
    added_by: str = Field(max_length=32)  # a user id, or "cli"
    created_at: datetime = Field(default_factory=utcnow)


class HandledRequest(SQLModel, table=True):
    """A request from Slack that was handled: a modal submission (its view id and hash) or an
    event (its event_id). A replayed or double-clicked one finds its key here and changes
    nothing."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    key: str = Field(unique=True, max_length=200)
    handled_at: datetime = Field(default_factory=utcnow, index=True)



# Slack's OAuth tables (distributed mode), column for column as slack_sdk's SQLAlchemy stores
# define them (SQLAlchemyInstallationStore.build_installations_table / build_bots_table,
# SQLAlchemyOAuthStateStore.build_oauth_states_table; tests/installations/test_tables.py holds
# them to that), on our metadata: our migrations create them (0007) and the migration test
# compares them like ours. slack_sdk's stores read and write them (bot/installations.py).
# Their times are naive UTC, as slack_sdk writes them.
SLACK_INSTALLATIONS = Table(
    "slack_installations", SQLModel.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_id", String(32), nullable=False),
    Column("app_id", String(32), nullable=False),
    Column("enterprise_id", String(32)),
    Column("enterprise_name", String(200)),
    Column("enterprise_url", String(200)),
    Column("team_id", String(32)),
    Column("team_name", String(200)),
    Column("bot_token", String(200)),
    Column("bot_id", String(32)),
    Column("bot_user_id", String(32)),
    Column("bot_scopes", String(1000)),
    Column("bot_refresh_token", String(200)),
    Column("bot_token_expires_at", DateTime),
    Column("user_id", String(32), nullable=False),
    Column("user_token", String(200)),
    Column("user_scopes", String(1000)),
    Column("user_refresh_token", String(200)),
    Column("user_token_expires_at", DateTime),
    Column("incoming_webhook_url", String(200)),
    Column("incoming_webhook_channel", String(200)),
    Column("incoming_webhook_channel_id", String(200)),
    Column("incoming_webhook_configuration_url", String(200)),
    Column("is_enterprise_install", Boolean, default=False, nullable=False),
    Column("token_type", String(32)),
    Column("installed_at", DateTime, nullable=False, default=func.now()),
    Index("slack_installations_idx", "client_id", "enterprise_id", "team_id", "user_id",
          "installed_at"),
)
SLACK_BOTS = Table(
    "slack_bots", SQLModel.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_id", String(32), nullable=False),
    Column("app_id", String(32), nullable=False),
    Column("enterprise_id", String(32)),
    Column("enterprise_name", String(200)),
    Column("team_id", String(32)),
    Column("team_name", String(200)),
    Column("bot_token", String(200)),
    Column("bot_id", String(32)),
    Column("bot_user_id", String(32)),
    Column("bot_scopes", String(1000)),
    Column("bot_refresh_token", String(200)),
    Column("bot_token_expires_at", DateTime),
    Column("is_enterprise_install", Boolean, default=False, nullable=False),
    Column("installed_at", DateTime, nullable=False, default=func.now()),
    Index("slack_bots_idx", "client_id", "enterprise_id", "team_id", "installed_at"),
)
SLACK_OAUTH_STATES = Table(
    "slack_oauth_states", SQLModel.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("state", String(200), nullable=False),
    Column("expire_at", DateTime, nullable=False),
)


class FinalAnswer(SQLModel, table=True):
    """One final evaluation answer (the closing phase), inserted once and never updated: as an
    `EvaluationAnswer`, a random key, no time, no sequence, no user id unless the network is
    named. The learning-question part is personal and kept apart (`LearningQuestionAnswer`)."""

    __table_args__ = {"sqlite_with_rowid": False}

    key: str = Field(default_factory=answer_key, primary_key=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    went_well: str = Field(default="", max_length=1000)
    repeat: str = Field(default="", max_length=1000)
    # Each learning form the network used, as "form=more|same|less", comma-separated.
    forms: str = Field(default="", max_length=400)
    applied: str = Field(default="", max_length=1000)
    obstacles: str = Field(default="", max_length=1000)
    suggestions: str = Field(default="", max_length=1000)
    join_again: str = Field(default="", max_length=8)  # yes, maybe, no (or "" unanswered)
    named_user_id: str | None = Field(default=None, max_length=32)  # a named network only


class FinalSubmission(SQLModel, table=True):
    """That a person answered a network's final evaluation (never what), in its own
    transaction, without a time."""

    __table_args__ = (UniqueConstraint("network_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    user_id: str = Field(max_length=32)
    user_team_id: str = Field(default="", max_length=32)


class LearningQuestionAnswer(SQLModel, table=True):
    """Whether the network answered one of a person's own kickoff learning questions: kept
    with the person (shown to them), given to facilitators only counted unless named."""

    __table_args__ = (UniqueConstraint("network_id", "user_id", "position"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    user_id: str = Field(max_length=32)
    user_team_id: str = Field(default="", max_length=32)
    position: int  # the question's line in the person's kickoff answer, from 0
    question: str = Field(max_length=2000)
    answered: str = Field(max_length=8)  # fully, partly, not
    comment: str = Field(default="", max_length=1000)


class PairingRound(SQLModel, table=True):
    """One pairing round of a network: drawn once, before any group DM is sent, so a retried
    or restarted send reaches the same groups. `unmatched` counts who could be placed with
    nobody (only colleagues of their own organisation were left)."""

    __table_args__ = (UniqueConstraint("network_id", "number"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    delivery_id: int = Field(foreign_key="delivery.id", unique=True)
    number: int
    slot: datetime
    unmatched: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class PairingGroup(SQLModel, table=True):
    """Two (or three) people of a round. `met`: None until one of them answered the follow-up;
    facilitators see only how many groups met, never which."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    round_id: int = Field(foreign_key="pairinground.id", index=True)
    network_id: int = Field(foreign_key="network.id", index=True)
    met: bool | None = None


class PairingMember(SQLModel, table=True):
    """One person of a pairing group."""

    __table_args__ = (UniqueConstraint("group_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    group_id: int = Field(foreign_key="pairinggroup.id", index=True)
    network_id: int = Field(foreign_key="network.id", index=True)
    user_id: str = Field(max_length=32)
    user_team_id: str = Field(default="", max_length=32)


class PairingPause(SQLModel, table=True):
    """A member who takes no part in the network's pairing: until round `until_round` (a
    pause), or until they join again (`until_round` None: opted out)."""

    __table_args__ = (UniqueConstraint("network_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    user_id: str = Field(max_length=32)
    until_round: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ExternalInputMethod(StrEnum):
    VOTE = "vote"  # a group vote with the standard question
    EVALUATION = "evaluation"  # a question in the next session's evaluation


class ExternalInputOutcome(StrEnum):
    WANTED = "wanted"
    NOT_WANTED = "not_wanted"
    UNDECIDED = "undecided"  # as many yes as no, or nobody answered
    TOO_FEW = "too_few"  # an evaluation question with too few answers to show (anonymity)


class ExternalInputAsk(SQLModel, table=True):
    """The facilitator asked the group whether it wants external input on a theme, by a group
    vote (`poll_id`) or as a question in a session's evaluation (`meeting_id`). The outcome and
    the counts are recorded here when the vote or the evaluation closes; an evaluation's
    answers to it live in its anonymous answer rows (`EvaluationAnswer.external_input`)."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    theme: str = Field(max_length=150)
    method: ExternalInputMethod = Field(sa_type=String(16))
    poll_id: int | None = Field(default=None, foreign_key="poll.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", unique=True)
    asked_by: str = Field(max_length=32)
    asked_at: datetime = Field(default_factory=utcnow)
    yes: int = 0
    no: int = 0
    maybe: int = 0
    outcome: ExternalInputOutcome | None = Field(default=None, sa_type=String(16))
    decided_at: datetime | None = None


class SessionGuest(SQLModel, table=True):
    """A guest expert invited to one session: a Slack user (`user_id`) or someone outside
    Slack (`name` and `email`; the bot never writes to them). Not a member: no place in the
    network, no questionnaire, no evaluation. Deleted when uninvited, when they erase their
    data, and with the network's personal data at retention."""

    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    user_id: str | None = Field(default=None, max_length=32, index=True)
    user_team_id: str = Field(default="", max_length=32)
    name: str | None = Field(default=None, max_length=120)
    email: str | None = Field(default=None, max_length=254)
    invited_by: str = Field(max_length=32)
    invited_at: datetime = Field(default_factory=utcnow)
    thanked_at: datetime | None = None


class IntervisionMethod(StrEnum):
    INCIDENT = "incident"  # the incident method (Hendriksen)
    BALINT = "balint"  # the Balint method, with its "roddel" phase


class Intervision(SQLModel, table=True):
    """A case run as intervision (`/leernet intervisie`): its method, roles, time boxes and
    the phase it is in, its thread in the channel, and what the case-bringer takes away."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id", index=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    contribution_id: int = Field(foreign_key="agendacontribution.id", unique=True)
    method: IntervisionMethod = Field(sa_type=String(16))
    phase: int = 0  # index into the method's phases
    minutes: str = Field(max_length=100)  # each phase's time box, comma-separated
    case_bringer_id: str = Field(max_length=32)
    process_lead_id: str = Field(max_length=32)
    timekeeper_id: str | None = Field(default=None, max_length=32)
    started_by: str = Field(max_length=32)
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    channel_id: str = Field(max_length=32)
    root_ts: str | None = Field(default=None, max_length=32)  # the case's message
    phase_ts: str | None = Field(default=None, max_length=32)  # the current phase's message
    takeaway: str = Field(default="", max_length=2000)
    takeaway_at: datetime | None = None
    takeaway_ts: str | None = Field(default=None, max_length=32)  # shared in the thread


class IntervisionEntry(SQLModel, table=True):
    """A clarifying question or an advice gathered in an intervision's thread."""

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    intervision_id: int = Field(foreign_key="intervision.id", index=True)
    kind: str = Field(max_length=16)  # question, advice
    text: str = Field(max_length=1000)
    author_id: str = Field(max_length=32)
    author_team_id: str = Field(default="", max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    message_ts: str | None = Field(default=None, max_length=32)  # its post in the thread


class ClosingReport(SQLModel, table=True):
    """A closed network's closing report, published once (the unique network is the claim):
    by a facilitator's modal with closing words, or without them a week after the close. It
    holds aggregates only (bot.domain.closing_report) and no person: who wrote the words is
    not kept. `knowledge_item_id` is the library item it was kept as (no foreign key: a
    facilitator may remove that item; the report and its charts stay)."""

    __table_args__ = (UniqueConstraint("network_id"),)

    id: int = Field(default=None, primary_key=True)
    team_id: str = Field(index=True, max_length=32)
    network_id: int = Field(foreign_key="network.id")
    words: str = Field(default="", sa_type=Text)  # the facilitators' closing words, as typed
    automatic: bool = False  # published by the week's wait, without closing words
    # The released aggregates as published (JSON, bot.domain.closing_report.Figures): the
    # messages are drawn from them, so a later erasure or change does not rewrite the report.
    figures: str = Field(default="{}", sa_type=Text)
    knowledge_item_id: int | None = Field(default=None, index=True)
    published_at: datetime = Field(default_factory=utcnow)


class ReportChart(SQLModel, table=True):
    """A chart of a closing report, as the PNG posted in Slack (shown on the web page at
    /kennis/<item>/grafiek/<position>.png, to those who may see the item)."""

    __table_args__ = (UniqueConstraint("report_id", "position"),)

    id: int = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="closingreport.id", index=True)
    position: int
    name: str = Field(max_length=32)  # attendance, evaluations, forms, questions
    title: str = Field(max_length=150)  # in the network's language
    png: bytes = Field(sa_type=LargeBinary)
