"""Every column that can hold a person has an erasure rule (storage/erasure.py): a new table
or column with a user id fails here until someone decides what erasing a person does to it."""

import re

from sqlalchemy import String, Text
from sqlmodel import SQLModel

import storage.models  # noqa: F401 (the tables, on the metadata)
from storage.erasure import RULES, SCOPES, Rule

# A column whose name says it holds a person: user ids, who did something (created_by,
# confirmed_by, done_by, invited_by...), authors, owners, targets, members, voters.
PERSON = re.compile(r"user|_by$|^by_|author|owner|target|member|person|facilitator|voter"
                    r"|submitter|answerer|respondent|(^|_)who(_|$)", re.IGNORECASE)
# Columns that hold people inside a text (JSON, a message), named for something else.
INSIDE_TEXT = {"delivery.last_error", "delivery.key"}


def _is_text(kind) -> bool:
    """Strings and text, SQLModel's AutoString (a TypeDecorator over String) included."""
    return isinstance(getattr(kind, "impl", kind), (String, Text))


def _candidates() -> set[str]:
    found = set()
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if _is_text(column.type) and PERSON.search(column.name):
                found.add(f"{table.name}.{column.name}")
    return found


def test_every_column_that_can_hold_a_person_has_an_erasure_rule():
    missing = sorted(_candidates() - set(RULES))
    assert not missing, (
        f"no erasure rule for {missing}: add one to storage/erasure.py RULES (delete, former, "
        "token, scrub, with_row, or not_a_person with the reason)")


def test_every_rule_names_a_real_column_and_every_erased_table_has_a_scope():
    tables = SQLModel.metadata.tables
    for key, erasure in RULES.items():
        name, column = key.split(".", 1)
        assert name in tables and column in tables[name].c, key
        if erasure.rule in (Rule.DELETE, Rule.FORMER, Rule.TOKEN) and name != "languagechoice":
            assert name in SCOPES, f"{key}: erased, but which rows belong to a network?"
        assert erasure.why, key
    assert INSIDE_TEXT <= set(RULES)


def test_the_detection_sees_the_columns_it_is_meant_for():
    candidates = _candidates()
    for key in ("membership.user_id", "report.author", "actionitem.owner_id",
                "attendance.confirmed_by", "meeting.created_by", "membership.invited_by",
                "delivery.target", "actionitem.done_by"):
        assert key in candidates, key
    assert "network.name" not in candidates and "report.summary" not in candidates


def test_every_delivery_kind_can_be_named_to_facilitators():
    """A delivery that misses someone is reported by its kind's name (FailureNotice)."""
    from bot.catalog import MESSAGES
    from storage.models import DeliveryKind

    for kind in DeliveryKind:
        assert f"delivery.what.{kind}" in MESSAGES, kind
