import string

from bot.catalog import MESSAGES, t
from bot.text import escape, lang_for


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_dutch_and_english_with_the_same_placeholders():
    for key, entry in MESSAGES.items():
        assert set(entry) == {"nl", "en"}, key
        assert entry["nl"].strip() and entry["en"].strip(), key
        assert _placeholders(entry["nl"]) == _placeholders(entry["en"]), key


def test_no_handler_or_domain_module_holds_dutch_user_text():
    # A cheap tripwire for text written outside the catalog: common Dutch words in a string.
    from pathlib import Path

    root = Path(__file__).parents[1]
    for path in [*root.glob("handlers/**/*.py"), *root.glob("bot/domain/*.py")]:
        source = path.read_text()
        for word in ('"Je ', '"Dit ', '"Er ging', "'Je "):
            assert word not in source, f"{path.name} holds user text: {word}"


def test_dutch_is_default_and_english_follows_the_slack_locale():
    assert lang_for(None) == "nl"
    assert lang_for("nl-BE") == "nl"
    assert lang_for("fr-FR") == "nl"
    assert lang_for("en-US") == "en"
    assert t("rsvp.yes", "en") == "I'll be there"


def test_escape_defuses_mentions():
    assert escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"
