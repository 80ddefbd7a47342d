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


def test_the_texts_keep_clear_of_slips_found_when_trying_the_app():
    """One term per idea, one language per text, real plural forms (issue 9's list)."""
    import re

    dutch = {key: entry["nl"] for key, entry in MESSAGES.items()}
    english = {key: entry["en"] for key, entry in MESSAGES.items()}
    for key, text in dutch.items():
        assert not re.search(r"\bpost(en)?\b", text, re.IGNORECASE), key  # berichten plaatsen
        assert "(en)" not in text and "(s)" not in text, key  # a plural hack: use tn
        assert " / I " not in text and "Less is more" not in text, key
        assert "Face-to-face" not in text and "Fysiek" not in text, key  # "op locatie"
        assert "vragenlijst bij de start" not in text.lower(), key  # "startbevraging"
        assert "`/leernet sessies`" not in text, key  # the command is `bijeenkomsten`
        assert not re.search(r"\b(u|uw)\b", text), key  # the "je" voice
    for key, text in english.items():
        assert "intervision" not in text.lower(), key  # peer consultation
        assert "(s)" not in text and "lies in the past" not in text, key
        assert "place {place}" not in text, key  # "number 3 on the waitlist"
    helps = [text for key, text in dutch.items() if key.startswith("help.")]
    third_person = re.compile(r"^`[^`]+`: (toont|stuurt|facilitators sturen|wie er)")
    assert not [text for text in helps if third_person.search(text)]


def test_plural_forms_follow_the_count():
    from bot.catalog import tn

    assert tn("reschedule.done", 1, "nl", number=2, when="x").endswith("1 lid kreeg een bericht.")
    assert tn("reschedule.done", 3, "nl", number=2, when="x").endswith(
        "3 leden kregen een bericht.")
    assert tn("directory.open", 1, "en") == "*Open*: 1 place left"
    assert tn("directory.open", 0, "en") == "*Open*: 0 places left"
