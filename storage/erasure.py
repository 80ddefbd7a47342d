"""Erasing a person: the rule for every column that can hold a Slack user id, and the one
function that applies them (`/leernet mijn-data`, retention).

Everything erased is gone from the database (DELETE, or the id overwritten), never flagged.
What the group made together stays, without the person: a report's author, an action item's
owner, whoever planned a session become FORMER_MEMBER ("a former member" on screen). What
only counts stays as a count: a vote and an attendance row keep their choice under a random
token; a membership becomes one more in `Network.former_members`.

tests/mydata/test_erasure_registry.py lists every column whose name says it may hold a person
and fails when one has no rule here: a new table with a user id cannot slip past the erasure.
"""

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, delete, func, or_, update
from sqlmodel import Session, SQLModel, col, select

from storage import external, intervision, knowledge
from storage.models import (
    ERASED_PREFIX,
    FORMER_MEMBER,
    ActionItem,
    AgendaContribution,
    Agreement,
    AgreementAck,
    ApplyCommitment,
    Attendance,
    Consent,
    Coordinator,
    Delivery,
    DeliveryReceipt,
    DigestOptOut,
    EvaluationAnswer,
    EvaluationPoll,
    EvaluationSubmission,
    ExternalInputAsk,
    FinalAnswer,
    FinalSubmission,
    Intervision,
    IntervisionEntry,
    KickoffResponse,
    KnowledgeItem,
    LanguageChoice,
    LearningQuestionAnswer,
    Meeting,
    Membership,
    MembershipStatus,
    Network,
    PairingMember,
    PairingPause,
    Poll,
    PollVote,
    Report,
    Rsvp,
    SessionGuest,
)

TOKEN_PREFIX = ERASED_PREFIX
# A facilitator's copy of a delivery's failures is receipted under this prefix + their id.
NOTICE_PREFIX = "!"


class Rule(StrEnum):
    DELETE = "delete"  # the row is the person's: deleted
    FORMER = "former"  # the row is the group's: the id becomes FORMER_MEMBER
    TOKEN = "token"  # the row only counts: the id becomes a random token per row
    SCRUB = "scrub"  # a text or JSON that may name the person: the id is overwritten in it
    WITH_ROW = "with_row"  # the person's workspace: deleted or blanked with the row's person
    NOT_A_PERSON = "not_a_person"  # the name looks like a person; it holds none


@dataclass(frozen=True)
class Erasure:
    rule: Rule
    why: str


E = Erasure
# "table.column" -> what erasing a person does to it. Add a rule when you add a column that can
# hold a user id (tests/mydata/test_erasure_registry.py fails until you do).
RULES: dict[str, Erasure] = {
    "membership.user_id": E(Rule.DELETE, "counted in network.former_members"),
    "membership.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "membership.invited_by": E(Rule.FORMER, "someone else's membership"),
    "network.created_by": E(Rule.FORMER, "the network stays"),
    "network.knowledge_chosen_by": E(Rule.FORMER, "the network's choice after its close stays"),
    "network.channel_chosen_by": E(Rule.FORMER, "the network's choice after its close stays"),
    "languagechoice.user_id": E(Rule.DELETE, "erased with everything (not per network)"),
    "meeting.created_by": E(Rule.FORMER, "the session stays"),
    "rsvp.user_id": E(Rule.DELETE, "an answer for one person"),
    "rsvp.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "delivery.target": E(Rule.DELETE, "a delivery for the person alone (with its receipts)"),
    "delivery.last_error": E(Rule.SCRUB, "names the people a delivery could not reach"),
    "delivery.key": E(Rule.WITH_ROW, "a personal delivery's key: deleted with it"),
    "delivery.claimed_by": E(Rule.NOT_A_PERSON, "a bot process"),
    "deliveryreceipt.user_id": E(Rule.DELETE, "the person's receipts, and their notices"),
    "deliveryreceipt.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "kickoffresponse.user_id": E(Rule.DELETE, "their introduction and answers"),
    "kickoffresponse.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "agreement.created_by": E(Rule.FORMER, "the group's agreements stay"),
    "agreementack.user_id": E(Rule.DELETE, "one person's acknowledgement"),
    "agreementack.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "poll.created_by": E(Rule.FORMER, "the group's vote stays"),
    "pollvote.user_id": E(Rule.TOKEN, "the vote still counts, for nobody"),
    "pollvote.user_team_id": E(Rule.WITH_ROW, "blanked with the token"),
    "agendacontribution.user_id": E(Rule.DELETE, "their agenda items and cases"),
    "agendacontribution.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "attendance.user_id": E(Rule.TOKEN, "the session keeps its head count"),
    "attendance.user_team_id": E(Rule.WITH_ROW, "blanked with the token"),
    "attendance.confirmed_by": E(Rule.FORMER, "someone else's attendance"),
    "evaluationanswer.named_user_id": E(Rule.FORMER, "a named evaluation's answer stays"),
    "consent.user_id": E(Rule.DELETE, "their consents, given and withdrawn"),
    "evaluationsubmission.user_id": E(Rule.DELETE, "who answered (never what)"),
    "evaluationsubmission.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "finalanswer.named_user_id": E(Rule.FORMER, "a named final evaluation's answer stays"),
    "finalsubmission.user_id": E(Rule.DELETE, "who answered the final evaluation (never what)"),
    "finalsubmission.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "learningquestionanswer.user_id": E(Rule.DELETE, "their own learning questions, answered"),
    "learningquestionanswer.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "applycommitment.user_id": E(Rule.DELETE, "their apply-at-work texts"),
    "applycommitment.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "knowledgeitem.author_id": E(Rule.DELETE, "their items, with their search entries"),
    "knowledgeitem.author_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "knowledgeitem.source_author_id": E(Rule.DELETE, "items saved from their messages"),
    "knowledgeitem.source_author_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "digestoptout.user_id": E(Rule.DELETE, "their unsubscriptions"),
    "pairingmember.user_id": E(Rule.DELETE, "whom they were paired with (the group's count "
                                            "of whether it met stays, for nobody)"),
    "pairingmember.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "pairingpause.user_id": E(Rule.DELETE, "their pause or opt-out of pairing"),
    "coordinator.user_id": E(Rule.DELETE, "their coordinator role in the network's workspace"),
    "coordinator.added_by": E(Rule.FORMER, "someone else's coordinator role"),
    "externalinputask.asked_by": E(Rule.FORMER, "the group's answer on external input stays"),
    "sessionguest.user_id": E(Rule.DELETE, "their invitations as a guest expert"),
    "sessionguest.user_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "sessionguest.invited_by": E(Rule.FORMER, "someone else's invitation as a guest"),
    "intervision.case_bringer_id": E(Rule.DELETE, "the run of their case, with its questions "
                                     "and advice (storage.intervision.remove_by_person)"),
    "intervision.process_lead_id": E(Rule.FORMER, "someone else's case: the run stays"),
    "intervision.timekeeper_id": E(Rule.FORMER, "someone else's case: the run stays"),
    "intervision.started_by": E(Rule.FORMER, "someone else's case: the run stays"),
    "intervisionentry.author_id": E(Rule.DELETE, "their questions and advice"),
    "intervisionentry.author_team_id": E(Rule.WITH_ROW, "the person's workspace"),
    "report.author": E(Rule.FORMER, "the report stays"),
    "actionitem.owner_id": E(Rule.FORMER, "the next step stays"),
    "actionitem.done_by": E(Rule.FORMER, "the next step stays"),
    # Slack's OAuth record of who installed the app in a workspace: slack_sdk needs it to
    # find the installation, and it goes when the workspace uninstalls (app_uninstalled).
    "slack_installations.user_id": E(Rule.NOT_A_PERSON, "the workspace's installation"),
    "slack_installations.user_token": E(Rule.NOT_A_PERSON, "the workspace's installation"),
    "slack_installations.user_scopes": E(Rule.NOT_A_PERSON, "the workspace's installation"),
    "slack_installations.user_refresh_token": E(Rule.NOT_A_PERSON, "the installation"),
    "slack_installations.bot_user_id": E(Rule.NOT_A_PERSON, "the bot"),
    "slack_bots.bot_user_id": E(Rule.NOT_A_PERSON, "the bot"),
}


def _meetings(network_ids: Sequence[int]) -> Any:
    return select(Meeting.id).where(col(Meeting.network_id).in_(network_ids))


def _polls(network_ids: Sequence[int]) -> Any:
    return select(Poll.id).where(col(Poll.network_id).in_(network_ids))


def _evaluations(network_ids: Sequence[int]) -> Any:
    return select(EvaluationPoll.id).where(col(EvaluationPoll.meeting_id).in_(
        _meetings(network_ids)))


def _agreements(network_ids: Sequence[int]) -> Any:
    return select(Agreement.id).where(col(Agreement.network_id).in_(network_ids))


def _teams(network_ids: Sequence[int]) -> Any:
    return select(Network.team_id).where(col(Network.id).in_(network_ids))


def _deliveries(network_ids: Sequence[int]) -> Any:
    return select(Delivery.id).where(col(Delivery.network_id).in_(network_ids))


Scope = Callable[[Sequence[int]], ColumnElement[bool]]
# Each table's rows that belong to the networks being erased.
SCOPES: dict[str, Scope] = {
    "network": lambda ids: col(Network.id).in_(ids),
    "membership": lambda ids: col(Membership.network_id).in_(ids),
    "meeting": lambda ids: col(Meeting.network_id).in_(ids),
    "rsvp": lambda ids: col(Rsvp.meeting_id).in_(_meetings(ids)),
    "delivery": lambda ids: col(Delivery.network_id).in_(ids),
    "deliveryreceipt": lambda ids: col(DeliveryReceipt.delivery_id).in_(_deliveries(ids)),
    "kickoffresponse": lambda ids: col(KickoffResponse.network_id).in_(ids),
    "agreement": lambda ids: col(Agreement.network_id).in_(ids),
    "agreementack": lambda ids: col(AgreementAck.agreement_id).in_(_agreements(ids)),
    "poll": lambda ids: col(Poll.network_id).in_(ids),
    "pollvote": lambda ids: col(PollVote.poll_id).in_(_polls(ids)),
    "agendacontribution": lambda ids: col(AgendaContribution.meeting_id).in_(_meetings(ids)),
    "attendance": lambda ids: col(Attendance.meeting_id).in_(_meetings(ids)),
    "evaluationpoll": lambda ids: col(EvaluationPoll.meeting_id).in_(_meetings(ids)),
    "evaluationanswer": lambda ids: col(EvaluationAnswer.poll_id).in_(_evaluations(ids)),
    "consent": lambda ids: col(Consent.network_id).in_(ids),
    "knowledgeitem": lambda ids: col(KnowledgeItem.network_id).in_(ids),
    "evaluationsubmission": lambda ids: col(EvaluationSubmission.poll_id).in_(
        _evaluations(ids)),
    "applycommitment": lambda ids: col(ApplyCommitment.meeting_id).in_(_meetings(ids)),
    "finalanswer": lambda ids: col(FinalAnswer.network_id).in_(ids),
    "finalsubmission": lambda ids: col(FinalSubmission.network_id).in_(ids),
    "learningquestionanswer": lambda ids: col(LearningQuestionAnswer.network_id).in_(ids),
    "report": lambda ids: col(Report.meeting_id).in_(_meetings(ids)),
    "externalinputask": lambda ids: col(ExternalInputAsk.network_id).in_(ids),
    "sessionguest": lambda ids: col(SessionGuest.network_id).in_(ids),
    "intervision": lambda ids: col(Intervision.network_id).in_(ids),
    "intervisionentry": lambda ids: col(IntervisionEntry.intervision_id).in_(
        select(Intervision.id).where(col(Intervision.network_id).in_(ids))),
    "actionitem": lambda ids: col(ActionItem.network_id).in_(ids),
    "pairingmember": lambda ids: col(PairingMember.network_id).in_(ids),
    "pairingpause": lambda ids: col(PairingPause.network_id).in_(ids),
    # A workspace-wide unsubscription (the coordinators' digest) or role goes with the
    # person's erasure from any network of that workspace.
    "digestoptout": lambda ids: or_(col(DigestOptOut.network_id).in_(ids), and_(
        col(DigestOptOut.network_id).is_(None), col(DigestOptOut.team_id).in_(_teams(ids)))),
    "coordinator": lambda ids: col(Coordinator.team_id).in_(_teams(ids)),
}


def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


@dataclass(frozen=True)
class Person:
    """Whom to erase: a user id, as seen in the networks being erased."""

    team_id: str
    user_id: str


def erase(session: Session, person: Person, network_ids: Sequence[int], *,
          everything: bool) -> None:
    """Apply every rule to the person's rows in these networks; `everything` also drops what
    belongs to no network (their language choice). Callers own the transaction."""
    user = person.user_id
    if network_ids:
        _count_former(session, network_ids, user)
        _drop_personal_deliveries(session, network_ids, user)
        knowledge.remove_by_person(session, user, network_ids)  # with their search entries
        # Before their cases go (the runs point at them), with the questions and advice.
        intervision.remove_by_person(session, user, network_ids)
        for name, column in _columns(Rule.DELETE):
            if name in ("delivery", "languagechoice", "knowledgeitem", "intervision",
                        "intervisionentry"):
                continue  # done above / below
            target = table(name)
            match = _matches(target.c[column], user)
            session.execute(delete(target).where(SCOPES[name](network_ids), match))
        for name, column in _columns(Rule.FORMER):
            target = table(name)
            session.execute(update(target)
                            .where(SCOPES[name](network_ids), target.c[column] == user)
                            .values({column: FORMER_MEMBER}))
        for name, column in _columns(Rule.TOKEN):
            _tokenise(session, table(name), column, SCOPES[name](network_ids), user)
        _scrub_errors(session, network_ids, user)
    if everything:
        # A guest expert is in no network: their invitations (and the slides they shared
        # as a guest) are found by their id.
        guest_of = [n for n in external.delete_guest_rows_of(session, user)
                    if n not in network_ids]
        if guest_of:
            knowledge.remove_by_person(session, user, guest_of)
            session.execute(delete(Consent).where(col(Consent.network_id).in_(guest_of),
                                                  col(Consent.user_id) == user))
        session.execute(delete(LanguageChoice).where(col(LanguageChoice.team_id) == person.team_id,
                                                     col(LanguageChoice.user_id) == user))
        # A coordinator follows every network of the workspace without being in one: their
        # role and unsubscriptions are found by workspace, not through a network.
        session.execute(delete(Coordinator).where(col(Coordinator.team_id) == person.team_id,
                                                  col(Coordinator.user_id) == user))
        session.execute(update(Coordinator)
                        .where(col(Coordinator.team_id) == person.team_id,
                               col(Coordinator.added_by) == user)
                        .values(added_by=FORMER_MEMBER))
        session.execute(delete(DigestOptOut).where(col(DigestOptOut.team_id) == person.team_id,
                                                   col(DigestOptOut.user_id) == user))
    session.flush()


def _columns(rule: Rule) -> list[tuple[str, str]]:
    return [(key.split(".", 1)[0], key.split(".", 1)[1]) for key, erasure in RULES.items()
            if erasure.rule == rule]


def _matches(column: object, user: str) -> ColumnElement[bool]:
    """The person's id, and a facilitator's notice receipt (NOTICE_PREFIX + id)."""
    return col(column).in_((user, NOTICE_PREFIX + user))


def _count_former(session: Session, network_ids: Sequence[int], user: str) -> None:
    """The network keeps counting the person: one more former member where they held a place
    (a request that was declined or still pending was never a place)."""
    counted = (MembershipStatus.ACTIVE, MembershipStatus.LEFT, MembershipStatus.REMOVED)
    rows = session.exec(select(Membership.network_id).where(
        col(Membership.network_id).in_(network_ids), Membership.user_id == user,
        col(Membership.status).in_(counted))).all()
    for network_id in rows:
        session.execute(update(Network).where(col(Network.id) == network_id)
                        .values(former_members=col(Network.former_members) + 1))


def _drop_personal_deliveries(session: Session, network_ids: Sequence[int], user: str) -> None:
    """A delivery for the person alone (their kickoff questionnaire, an item's reminder) goes,
    with its receipts: its key names them."""
    personal = select(Delivery.id).where(col(Delivery.network_id).in_(network_ids),
                                         Delivery.target == user)
    session.execute(delete(DeliveryReceipt).where(col(DeliveryReceipt.delivery_id).in_(personal)))
    session.execute(delete(Delivery).where(col(Delivery.network_id).in_(network_ids),
                                           col(Delivery.target) == user))


def _tokenise(session: Session, target: Table, column: str, scope: ColumnElement[bool],
              user: str) -> None:
    """Each row gets its own token: two of the person's votes cannot be linked either."""
    ids = session.execute(select(target.c.id).where(scope, target.c[column] == user)).scalars()
    for row_id in list(ids):
        session.execute(update(target).where(target.c.id == row_id).values(
            {column: TOKEN_PREFIX + secrets.token_hex(8), "user_team_id": ""}))


def _scrub_errors(session: Session, network_ids: Sequence[int], user: str) -> None:
    rows = session.exec(select(Delivery).where(col(Delivery.network_id).in_(network_ids),
                                               col(Delivery.last_error).contains(user))).all()
    for row in rows:
        row.last_error = (row.last_error or "").replace(user, FORMER_MEMBER)
        session.add(row)


def personal_rows(session: Session, user: str) -> dict[str, int]:
    """How many rows hold the person's id, per "table.column" (anywhere): for tests and the
    operator's check after an erasure."""
    found: dict[str, int] = {}
    for key, erasure in RULES.items():
        if erasure.rule == Rule.NOT_A_PERSON:
            continue
        name, column = key.split(".", 1)
        target = table(name)
        text = target.c[column]
        condition = or_(text == user, text == NOTICE_PREFIX + user, text.contains(user))
        count = session.execute(select(func.count()).select_from(target).where(
            and_(condition))).scalar_one()
        if count:
            found[key] = count
    return found
