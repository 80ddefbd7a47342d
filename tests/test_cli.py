"""The `leernet` command line as an operator runs it: real subprocesses, real ports."""

import json
import os
import signal
import socket
import string
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from bot.catalog import MESSAGES, t
from slack_twin import SlackDriver, SlackTwin
from slack_twin.local_stack import BOT_TOKEN, SIGNING_SECRET, TEAM_ID
from storage.migrate import alembic_config, current_revision

ROOT = Path(__file__).parents[1]
HEAD = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def _env(**values: str) -> dict[str, str]:
    """The parent environment without any Leernet or Slack setting, plus `values`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SLACK_", "LEERNET_", "DATABASE_URL", "PORT"))}
    env.update(values)
    return env


def _leernet(*args: str, env: dict[str, str], cwd: Path, timeout: float = 60):
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("env,missing", [
    ({}, "SLACK_BOT_TOKEN"),
    ({"SLACK_BOT_TOKEN": "xoxb-test"}, "SLACK_SIGNING_SECRET"),
])
def test_serve_without_a_token_or_secret_names_it_and_exits_2(tmp_path, env, missing):
    result = _leernet("serve", env=_env(**env), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"leernet: {missing} is not set: add it to the environment or to .env"]
    assert not (tmp_path / "leernet.db").exists()


def test_socket_mode_needs_the_app_token(tmp_path):
    env = _env(SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s")
    result = _leernet("serve", "--socket", env=env, cwd=tmp_path)
    assert result.returncode == 2 and "SLACK_APP_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_setting_is_refused_at_start(tmp_path):
    result = _leernet("serve", env=_env(LEERNET_REMINDER_OFFSETS="next week"), cwd=tmp_path)
    assert result.returncode == 2
    assert "LEERNET_REMINDER_OFFSETS='next week' is not valid" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name,value", [("LEERNET_BIND", "0.0.0.0:8080"),
                                        ("LEERNET_LOG_FORMAT", "yaml")])
def test_a_bad_bind_address_or_log_format_stops_serve_with_one_line(tmp_path, name, value):
    env = _env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, **{name: value})
    result = _leernet("serve", env=env, cwd=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"leernet: {name}={value!r} is not valid: expected ")
    assert not (tmp_path / "leernet.db").exists()


def test_settings_come_from_a_dot_env_file(tmp_path):
    (tmp_path / ".env").write_text("SLACK_BOT_TOKEN=xoxb-from-file\nPORT=abc\n")
    result = _leernet("serve", env=_env(), cwd=tmp_path)
    assert result.returncode == 2 and "PORT='abc'" in result.stderr


def test_migrate_brings_an_empty_database_to_the_latest_schema(tmp_path, database_url):
    if database_url.startswith("sqlite"):
        database_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = _leernet("migrate", env=_env(DATABASE_URL=database_url), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert current_revision(database_url) == HEAD


def test_migrate_to_steps_the_schema_down_and_up_again(tmp_path, database_url):
    if database_url.startswith("sqlite"):
        database_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    env = _env(DATABASE_URL=database_url)
    try:
        assert _leernet("migrate", env=env, cwd=tmp_path).returncode == 0
        down = _leernet("migrate", "--to", "0004", env=env, cwd=tmp_path)
        assert down.returncode == 0, down.stderr
        assert f"schema {HEAD} -> 0004" in down.stdout
        assert current_revision(database_url) == "0004"
        again = _leernet("migrate", "--to", "0004", env=env, cwd=tmp_path)
        assert again.returncode == 0 and current_revision(database_url) == "0004"
        up = _leernet("migrate", "--to", "head", env=env, cwd=tmp_path)
        assert up.returncode == 0 and current_revision(database_url) == HEAD
    finally:
        _leernet("migrate", env=env, cwd=tmp_path)  # leave the shared PostgreSQL migrated


def test_migrate_to_an_unknown_revision_names_it_and_changes_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    env = _env(DATABASE_URL=url)
    assert _leernet("migrate", env=env, cwd=tmp_path).returncode == 0
    result = _leernet("migrate", "--to", "9999", env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown revision '9999'" in result.stderr and "Traceback" not in result.stderr
    assert current_revision(url) == HEAD


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_migrates_answers_healthz_and_slack_and_stops_on_sigterm(tmp_path):
    port = _free_port()
    with SlackTwin(bot_token=BOT_TOKEN, team_id=TEAM_ID) as twin:
        twin.add_user("UFIEN001", "fien")
        env = _env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                   SLACK_API_URL=twin.api_url, PORT=str(port))
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], env=env,
                                   cwd=tmp_path, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz",
                                                timeout=1) as response:
                        assert response.status == 200
                        break
                except OSError:
                    assert process.poll() is None, process.stdout.read()
                    assert time.monotonic() < deadline, "serve did not come up"
                    time.sleep(0.2)
            assert current_revision(f"sqlite:///{tmp_path / 'leernet.db'}") == HEAD
            driver = SlackDriver(app_url=f"http://127.0.0.1:{port}/slack/events",
                                 signing_secret=SIGNING_SECRET, twin=twin, team_id=TEAM_ID)
            answer = driver.command("UFIEN001", "help", "CGENT001")
            assert answer.status == 200 and "/leernet plan" in answer.body
        finally:
            process.send_signal(signal.SIGTERM)
            output, _ = process.communicate(timeout=20)
        assert process.returncode == 0, output
        assert "Traceback" not in output


def _narration(key: str, lang: str = "nl") -> list[str]:
    """The fixed parts of a demo text (what lies between its placeholders)."""
    return [literal.strip() for literal, *_ in string.Formatter().parse(MESSAGES[key][lang])
            if len(literal.strip()) > 3]


def _heading(phase: str, lang: str = "nl") -> str:
    return f"{t(f'demo.phase.{phase}', lang).upper()}: {t(f'demo.phase.{phase}.what', lang)}"


STEPS = sorted(key for key in MESSAGES if key.startswith("demo.step."))
CLOSING_STEPS = ("demo.step.close", "demo.step.close_confirm", "demo.step.final",
                 "demo.step.final_answers", "demo.step.final_status", "demo.step.final_close",
                 "demo.step.closing_report")


def test_demo_plays_a_network_from_nieuw_to_afsluiten_without_a_workspace(tmp_path):
    result = _leernet("demo", "--fast", env=_env(), cwd=tmp_path, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    # The three phases of the method, in order, each heading its steps; every step of the
    # script is told (the catalog's narration, its placeholders filled in).
    headings = [out.index(_heading(phase)) for phase in ("initiation", "middle", "closing")]
    assert headings == sorted(headings)
    for key in STEPS:
        for fragment in _narration(key):
            assert fragment in out, (key, fragment)
    assert out.index(t("demo.step.new", "nl")) < headings[1] < out.index(
        t("demo.step.plan", "nl")) < headings[2] < out.index(t("demo.step.close", "nl"))
    for expected in ("LEERNETWERK ZORG & WELZIJN GENT",        # the charter in the channel
                     "@dirk staat op de wachtlijst (plaats 1): het netwerk is vol.",
                     "Je staat op de wachtlijst op plaats 1",  # Dirk's DM
                     "*Respons*: 3 van 13 leden (23%)",        # the kickoff's synthesis
                     "ONZE AFSPRAKEN (VERSIE 1)",
                     "Nieuwe reeks van 2 bijeenkomsten van *Zorg & Welzijn Gent*",
                     "HERINNERING: ZORG & WELZIJN GENT",       # Bob's reminder, in Dutch
                     "REMINDER: ZORG & WELZIJN GENT",          # Ann's, in English
                     "Your answer: you're coming.",
                     "Je antwoord: je komt niet.",             # Eva
                     "You're coming.",                         # Ann's Home tab
                     "*Kennismaking* met @bob",                # Bob's introduction card
                     # Carla, of another organisation's workspace over Slack Connect, with
                     # Slack in English, reads the Dutch network in Dutch and answers
                     "De taal van het netwerk is Nederlands. Carla's Slack staat in het Engels",
                     "Je antwoord: je komt. Dank je!",
                     "Aanwezigheid van bijeenkomst 1 opgeslagen: 4 van 13 aanwezig.",
                     "*Respons:* 4 van 4 (100%)",              # the evaluation's results
                     "VERSLAG: ZORG & WELZIJN GENT",
                     "Draaiboek mantelzorggesprek delen · @bob",  # its action item
                     "Afgevinkt: Draaiboek mantelzorggesprek delen.",
                     "Stagiairs met één vaste **mentor**",     # kennis mentoren finds it
                     "WEEKOVERZICHT: ZORG & WELZIJN GENT",     # the channel digest
                     "• Eén mentor per stagiair (Goede praktijk)",
                     "*Toegepast:* Gedeeltelijk",              # apply at work, to Fien
                     "Bijeenkomst 2 is geannuleerd",           # /leernet afsluiten
                     "4 van 13 leden antwoordden.",            # the final evaluation's results
                     "• Intervisie: meer 3 · evenveel 1 · minder 0",
                     "`/leernet status`"):                     # in /leernet help
        assert expected in out, expected
    carla = out.split("Carla (Thuiszorg Oost) ziet in een privébericht van Leernet")
    assert "HERINNERING: ZORG & WELZIJN GENT" in carla[1][:200]
    # An intervision case goes through the incident method's five phases in its thread.
    for phase in ("*Fase 1 van 5: Inbreng van het incident*", "*Vraag* van @ann",
                  "*Advies* van @carla", "*Fase 5 van 5: Reflectie van de inbrenger*",
                  "*@bob neemt mee:*"):
        assert phase in out, phase
    # The closing report ends the script: the results to the facilitators, then the report
    # in the channel with its charts (saved as PNG files) and in Bob's DM.
    report = out.split(t("demo.step.closing_report", "nl"))[1]
    assert "EINDEVALUATIE: ZORG & WELZIJN GENT" in report
    assert report.count("SLOTRAPPORT VAN ZORG & WELZIJN GENT") == 2
    charts = [line.rsplit(": ", 1)[1].strip() for line in report.splitlines()
              if line.strip().endswith(".png")]
    # Three people assessed their learning questions: too few to show everyone that chart.
    assert [Path(path).name for path in charts] == [
        "attendance.png", "evaluations.png", "forms.png"]
    assert all(Path(path).read_bytes()[:4] == b"\x89PNG" for path in charts)
    assert out.rstrip().endswith(t("demo.done", "nl"))
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "leernet.db").exists()  # the demo keeps its database to itself


def test_demo_phase_closing_starts_at_the_closing_phase(tmp_path):
    result = _leernet("demo", "--fast", "--phase", "closing", "--lang", "en", env=_env(),
                      cwd=tmp_path, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert t("demo.skipping", "en", phase=t("demo.phase.closing", "en")) in out
    for quiet in ("initiation", "middle"):
        assert t("demo.quietly", "en", phase=t(f"demo.phase.{quiet}", "en")) in out
        assert _heading(quiet, "en") not in out
    assert _heading("closing", "en") in out
    for key in CLOSING_STEPS:
        for fragment in _narration(key, "en"):
            assert fragment in out, (key, fragment)
    # Nothing of the earlier phases is told, yet the closing finds what they left: the
    # session still to come, the learning questions of the kickoff, the results.
    assert t("demo.step.new", "en") not in out and t("demo.step.plan", "en") not in out
    assert "Bijeenkomst 2 is geannuleerd" in out
    assert "> Hoe betrekken we mantelzorgers vroeger?" in out
    assert "4 van 13 leden antwoordden." in out
    assert out.rstrip().endswith(t("demo.done", "en"))


def test_demo_phases_go_by_the_method_s_names_too(tmp_path):
    from bot.cli import _parser
    from slack_twin.demo import PHASE_ALIASES, PHASES

    for name in (*PHASES, *PHASE_ALIASES):
        assert _parser().parse_args(["demo", "--phase", name]).phase == name
    assert set(PHASE_ALIASES.values()) == set(PHASES)
    result = _leernet("demo", "--phase", "nergens", env=_env(), cwd=tmp_path)
    assert result.returncode == 2 and "invalid choice: 'nergens'" in result.stderr
    assert "eindfase" in result.stderr  # the choices it names


def _wait_ready(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                assert response.status == 200
                return
        except OSError:
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "serve did not come up"
            time.sleep(0.2)


def test_serve_listens_on_leernet_bind_and_logs_json_lines(tmp_path):
    """127.0.0.2 is loopback too, but a server bound to it is not reachable on 127.0.0.1."""
    port = _free_port()
    with SlackTwin(bot_token=BOT_TOKEN, team_id=TEAM_ID) as twin:
        twin.add_user("UFIEN001", "fien")
        env = _env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                   SLACK_API_URL=twin.api_url, PORT=str(port), LEERNET_BIND="127.0.0.2",
                   LEERNET_LOG_FORMAT="json")
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], env=env,
                                   cwd=tmp_path, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        try:
            _wait_ready(f"http://127.0.0.2:{port}/readyz", process)
            with pytest.raises(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            driver = SlackDriver(app_url=f"http://127.0.0.2:{port}/slack/events",
                                 signing_secret=SIGNING_SECRET, twin=twin, team_id=TEAM_ID)
            assert driver.command("UFIEN001", "help", "CGENT001").status == 200
            with urllib.request.urlopen(f"http://127.0.0.2:{port}/metrics",
                                        timeout=5) as response:
                metrics = response.read().decode()
            assert 'leernet_ack_seconds_count{surface="command"} 1.0' in metrics
        finally:
            process.send_signal(signal.SIGTERM)
            output, _ = process.communicate(timeout=20)
        assert process.returncode == 0, output
        lines = [json.loads(line) for line in output.splitlines()]
        assert any(e["message"] == f"listening on 127.0.0.2 port {port}" for e in lines), output
        assert all(e["level"] in ("INFO", "WARNING") for e in lines), output
        assert BOT_TOKEN not in output
        # Neither APScheduler's line per sweep nor Bolt's warning that the token (which it
        # reads from the environment itself) is unused: only lines an operator needs.
        noise = [e for e in lines if e["logger"].startswith("apscheduler")
                 or "will be unused" in e["message"]]
        assert noise == [], noise


def test_jobs_against_a_database_that_refuses_says_so_in_one_line(tmp_path):
    unreachable = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"
    result = _leernet("jobs", env=_env(DATABASE_URL=unreachable), cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        "leernet: the database does not answer (OperationalError)"]


def test_jobs_against_a_database_that_never_answers_gives_up_in_one_line(tmp_path):
    """A server that accepts the connection and then says nothing (a hung database, a
    firewall that drops): the connection attempt times out instead of hanging the shell."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        hung = f"postgresql+psycopg://postgres@127.0.0.1:{silent.getsockname()[1]}/hung"
        result = _leernet("jobs", env=_env(DATABASE_URL=hung), cwd=tmp_path, timeout=60)
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        "leernet: the database does not answer (ConnectionTimeout)"]
