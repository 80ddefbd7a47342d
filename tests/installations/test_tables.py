"""Our copies of slack_sdk's OAuth tables (storage.models, created by migration 0007) are
column for column the tables slack_sdk's SQLAlchemy stores read and write."""

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import MetaData, Table

from storage.models import SLACK_BOTS, SLACK_INSTALLATIONS, SLACK_OAUTH_STATES


def _shape(table: Table) -> tuple:
    columns = [(c.name, repr(c.type), c.nullable, c.primary_key) for c in table.columns]
    indexes = sorted((i.name, tuple(c.name for c in i.columns)) for i in table.indexes)
    return table.name, columns, indexes


def test_our_oauth_tables_are_slack_sdks():
    theirs = MetaData()
    store = SQLAlchemyInstallationStore
    assert _shape(SLACK_INSTALLATIONS) == _shape(store.build_installations_table(
        theirs, store.default_installations_table_name))
    assert _shape(SLACK_BOTS) == _shape(store.build_bots_table(
        theirs, store.default_bots_table_name))
    states = SQLAlchemyOAuthStateStore
    assert _shape(SLACK_OAUTH_STATES) == _shape(states.build_oauth_states_table(
        theirs, states.default_table_name))
