from datetime import timedelta

import pytest

from bot.config import ConfigError, load_settings
from bot.durations import format_duration, parse_duration, parse_durations


def test_defaults_when_environment_is_empty(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings({})
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.database_url == f"sqlite:///{tmp_path / 'leernet.db'}"
    assert settings.timezone == "Europe/Brussels"
    assert settings.reminder_offsets == (timedelta(days=7), timedelta(days=1))
    assert settings.evaluation_delay == timedelta(hours=1)
    assert settings.port == 3000
    assert settings.bind == "0.0.0.0"
    assert settings.log_format == "text"
    assert settings.language == "nl"


def test_values_are_read_and_normalised():
    settings = load_settings({
        "SLACK_API_URL": "http://127.0.0.1:9/api",
        "LEERNET_REMINDER_OFFSETS": "1d, 2h,1d",
        "LEERNET_EVALUATION_DELAY": "30m",
        "PORT": "8080",
        "LEERNET_TIMEZONE": "America/New_York",
        "LEERNET_BIND": "[::1]",
        "LEERNET_LOG_FORMAT": "JSON",
        "LEERNET_LANGUAGE": "EN",
    })
    assert settings.language == "en"
    assert settings.bind == "::1"
    assert settings.log_format == "json"
    assert load_settings({"LEERNET_BIND": "leernet.internal"}).bind == "leernet.internal"
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"
    assert settings.reminder_offsets == (timedelta(days=1), timedelta(hours=2))
    assert settings.evaluation_delay == timedelta(minutes=30)
    assert settings.port == 8080
    assert settings.timezone == "America/New_York"


@pytest.mark.parametrize("name,value", [
    ("LEERNET_REMINDER_OFFSETS", "7 days"),
    ("LEERNET_EVALUATION_DELAY", "1y"),
    ("PORT", "70000"),
    ("LEERNET_TIMEZONE", "Europe/Nowhere"),
    ("SLACK_API_URL", "slack.com/api"),
    ("LEERNET_BIND", "0.0.0.0:3000"),
    ("LEERNET_BIND", "not an address"),
    ("LEERNET_BIND", "-bad-.example"),
    ("LEERNET_LOG_FORMAT", "xml"),
    ("LEERNET_LANGUAGE", "fr"),
    ("LEERNET_PUBLIC_URL", "leernet.example.org"),
    ("LEERNET_PUBLIC_URL", "https://leernet.example.org/?x=1"),
    ("SLACK_SIGNIN_AUTHORIZE_URL", "slack.com/openid"),
    ("LEERNET_WEB_SESSION", "forever"),
])
def test_bad_values_are_refused_naming_the_variable(name, value):
    with pytest.raises(ConfigError) as error:
        load_settings({name: value})
    assert name in str(error.value)


def test_sign_in_with_slack_needs_a_public_url_and_the_app_s_credentials():
    assert not load_settings({}).signin
    distributed = load_settings({"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "s",
                                 "LEERNET_PUBLIC_URL": "https://leernet.example.org/"})
    assert distributed.public_url == "https://leernet.example.org"
    assert (distributed.signin_client_id, distributed.signin_client_secret) == ("1.2", "s")
    assert distributed.signin
    one_workspace = load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNIN_CLIENT_ID": "3.4",
                                   "SLACK_SIGNIN_CLIENT_SECRET": "t",
                                   "LEERNET_WEB_SESSION": "2h"})
    assert not one_workspace.distributed and not one_workspace.signin  # no public URL
    assert one_workspace.signin_client_id == "3.4"
    assert one_workspace.web_session == timedelta(hours=2)


def test_require_names_the_missing_variable():
    settings = load_settings({"SLACK_BOT_TOKEN": "xoxb-1"})
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        settings.require("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")


def test_durations_round_trip():
    assert parse_duration("45s") == timedelta(seconds=45)
    assert parse_durations("1h,7d") == (timedelta(days=7), timedelta(hours=1))
    assert format_duration(timedelta(days=7)) == "7d"
    assert format_duration(timedelta(seconds=90)) == "90s"
    with pytest.raises(ValueError):
        parse_durations(" , ")


def test_every_variable_the_bot_reads_is_documented():
    import re
    from pathlib import Path

    root = Path(__file__).parents[1]
    source = (root / "bot" / "config.py").read_text()
    read = set(re.findall(r'"((?:SLACK|LEERNET)_[A-Z_]+|DATABASE_URL|PORT)"', source))
    assert {"SLACK_BOT_TOKEN", "DATABASE_URL", "LEERNET_EVALUATION_OPEN"} <= read
    example = (root / ".env.example").read_text()
    readme = (root / "README.md").read_text()
    for name in read:
        assert re.search(rf"^{name}=", example, re.M), f"{name} missing from .env.example"
        assert f"`{name}`" in readme, f"{name} missing from the README's table"
