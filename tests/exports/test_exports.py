"""`/leernet export` and `leernet export`: a network's record as a Markdown report and CSV
files, through signed HTTP and the twin; every CSV read back with the csv module."""

import csv
import io

from bot.cli import main as leernet
from tests.conftest import ANN, BOB, CHANNEL, FACILITATOR
from tests.exports.helpers import CARL, HOSTILE, HOSTILE_NAME, seed

FILES = {"verslag.md", "bijeenkomsten.csv", "aanwezigheid.csv", "verslagen.csv",
         "actiepunten.csv", "kennis.csv", "stemmingen.csv", "evaluaties.csv",
         "evaluatie-antwoorden.csv", "intervisie.csv"}


def _export(stack, user: str):
    return stack.driver.command(user, "export", CHANNEL)


def _dm_files(stack, user: str) -> dict[str, bytes]:
    dm = stack.twin.dm_channel(user)
    return {f["name"]: f["content"] for f in stack.twin.files(dm)} if dm else {}


def _table(content: bytes) -> list[list[str]]:
    """A CSV as a spreadsheet reads it: UTF-8 with its byte order mark, comma separated."""
    assert content.startswith(b"\xef\xbb\xbf"), content[:10]
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def _received(stack) -> dict[str, bytes]:
    response = _export(stack, FACILITATOR)
    assert response.status == 200 and "privéberichten" in response.body, response.body
    assert "<!channel>" not in response.body  # the network's name escaped
    stack.twin.wait_for("files.completeUploadExternal")
    files = _dm_files(stack, FACILITATOR)
    assert set(files) == FILES, set(files)
    return files


def test_a_facilitator_gets_the_whole_record_in_her_dm(network):
    seed(network, hostile=False)
    files = _received(network)
    sessions = _table(files["bijeenkomsten.csv"])
    assert sessions[0] == ["bijeenkomst", "begint", "minuten", "plaats", "leervorm", "status",
                           "gastorganisatie", "agenda"]
    assert [row[0] for row in sessions[1:]] == ["1", "2", "3"]
    assert sessions[1][3:6] == ["Gent 1", "Intervisie", "gepland"]
    # Attendance as the facilitator confirmed it; the erased person as a former member.
    assert _table(files["aanwezigheid.csv"]) == [
        ["bijeenkomst", "persoon", "aanwezig", "bevestigd door"],
        ["1", ANN, "ja", FACILITATOR], ["1", BOB, "nee", FACILITATOR],
        ["1", "een oud-lid", "ja", FACILITATOR]]
    reports = _table(files["verslagen.csv"])
    assert reports[1][:5] == ["1", FACILITATOR, "Samenvatting", "'-2 is een inzicht",
                              "'@iedereen, doe mee"]
    items = _table(files["actiepunten.csv"])
    assert items[0] == ["bijeenkomst", "actiepunt", "eigenaar", "tegen", "afgewerkt"]
    assert [r[1:3] + r[4:] for r in items[1:]] == [["'+ Bel de gemeente", ANN, "nee"],
                                                   ["Stap, met komma", "een oud-lid", "ja"]]
    knowledge = _table(files["kennis.csv"])
    assert knowledge[1][:5] == ["Buurtzorg", "Voorbeeld", 'Zo "werkt" het,\nin Gent', "",
                                "zorg; buurt"]
    assert BOB not in files["kennis.csv"].decode()  # an item's author is not exported
    # Votes as counts per option, only the closed vote, never who voted.
    assert _table(files["stemmingen.csv"]) == [
        ["stemming", "vraag", "keuze", "stemmen"], ["1", "Welk thema?", "Dementie", "2"],
        ["1", "Welk thema?", "Mantelzorg", "1"], ["1", "Welk thema?", "Armoede", "0"]]
    # Only the released evaluation: session 2 is open, session 3 had too few answers.
    evaluations = _table(files["evaluaties.csv"])
    assert evaluations[0] == ["bijeenkomst", "antwoorden", "gevraagd",
                              "relevantie (gemiddelde)", "geleerd (gemiddelde)",
                              "begeleiding (gemiddelde)", "sfeer (gemiddelde)"]
    assert [row[:2] + row[3:] for row in evaluations[1:]] == [["1", "3", *["4.0"] * 4]]
    comments = _table(files["evaluatie-antwoorden.csv"])
    assert sorted(row[2] for row in comments[1:]) == ["'=1+1", "De casus", "Koffie"]
    assert {row[0] for row in comments[1:]} == {"1"}
    everything = b"".join(files.values()).decode()
    assert "Nog open" not in everything and "Te weinig" not in everything
    assert CARL not in everything and "~erased" not in everything
    report = files["verslag.md"].decode()
    assert report.startswith("# Leernetwerk ") and "Bijeenkomst 1" in report
    assert "De casus" in report and "Dementie: 2" in report and "Nog open" not in report


def test_a_participant_is_refused_and_gets_nothing(network):
    seed(network, hostile=False)
    response = _export(network, ANN)
    assert response.status == 200 and "Only a facilitator" in response.body, response.body
    assert _dm_files(network, ANN) == {}
    assert not network.twin.calls_to("files.completeUploadExternal")


def test_hostile_names_and_texts_stay_data(network):
    seed(network, hostile=True)
    files = _received(network)
    (comment,) = [c.args for c in network.twin.calls_to("files.completeUploadExternal")]
    assert "<!channel>" not in str(comment)  # the message names the network escaped
    (header, row) = _table(files["verslagen.csv"])
    assert row[2] == "'" + HOSTILE  # whole, in one cell, and no formula
    for name, content in files.items():
        if name.endswith(".csv"):
            for line in _table(content):
                assert not any(cell.startswith(("=", "+", "-", "@")) for cell in line), line
    assert HOSTILE_NAME in files["verslag.md"].decode()  # a file: Slack renders none of it


def test_the_command_line_writes_the_same_files(network, tmp_path, monkeypatch):
    nid = seed(network, hostile=True)
    files = _received(network)
    monkeypatch.setenv("DATABASE_URL", network.settings.database_url)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "export"
    assert leernet(["export", str(nid), "--out", str(out)]) == 0
    written = {path.name: path.read_bytes() for path in out.iterdir()}
    assert set(written) == FILES
    for name in FILES - {"verslag.md"}:
        assert written[name] == files[name], name

    def without_time(report: bytes) -> list[str]:
        return [line for line in report.decode().splitlines()
                if not line.startswith("Export van")]

    assert without_time(written["verslag.md"]) == without_time(files["verslag.md"])
    assert leernet(["export", "999999", "--out", str(out)]) == 1
