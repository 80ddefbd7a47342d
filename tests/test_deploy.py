"""The deployment files, checked as far as this machine can without pulling images: the
Dockerfile and compose.yaml are read and held against the package and the settings, the
systemd unit goes through `systemd-analyze verify` where that exists. The image itself is
not built here (no registry to pull python:3.11-slim or postgres:15 from)."""

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from sqlalchemy.engine import make_url

from bot.config import load_settings

ROOT = Path(__file__).parents[1]


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) per Dockerfile instruction, continuation lines joined."""
    joined = re.sub(r"\\\n", " ", "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("#")))
    found = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            found.append((word.upper(), " ".join(rest.split())))
    return found


def _final_stage() -> list[tuple[str, str]]:
    steps = _instructions((ROOT / "Dockerfile").read_text())
    last_from = max(i for i, (word, _) in enumerate(steps) if word == "FROM")
    return steps[last_from:]


def _env_of(stage: list[tuple[str, str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for word, rest in stage:
        if word == "ENV":
            env.update(re.findall(r"(\w+)=(\S+)", rest))
    return env


def test_the_image_runs_leernet_serve_as_a_non_root_user_on_python_311_slim():
    steps = _instructions((ROOT / "Dockerfile").read_text())
    assert [rest.split()[0] for word, rest in steps if word == "FROM"] \
        and all(rest.split()[0] == "python:3.11-slim" for word, rest in steps if word == "FROM")
    final = _final_stage()
    words = [word for word, _ in final]
    assert "ENTRYPOINT" not in words
    cmd = [rest for word, rest in final if word == "CMD"]
    assert len(cmd) == 1 and json.loads(cmd[0]) == ["leernet", "serve"]
    users = [rest for word, rest in final if word == "USER"]
    assert users and users[-1] not in ("root", "0") and words.index("USER") < words.index("CMD")


def test_the_image_installs_the_package_without_dev_extras_and_copies_all_of_it():
    steps = _instructions((ROOT / "Dockerfile").read_text())
    installs = [rest for word, rest in steps if word == "RUN" and "pip install" in rest]
    assert len(installs) == 1 and re.search(r"pip install \.(\s|$)", installs[0])
    copied = {part.rstrip("/").removeprefix("./") for word, rest in steps
              if word == "COPY" and not rest.startswith("--from")
              for part in rest.split()[:-1]}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = {name.rstrip("*") for name in
                project["tool"]["setuptools"]["packages"]["find"]["include"]}
    assert packages | {"pyproject.toml", project["project"]["readme"]} <= copied
    assert all((ROOT / path).exists() for path in copied)
    ignored = _dockerignore()
    assert not copied & ignored, "the Dockerfile copies something .dockerignore leaves out"


def test_the_image_exposes_its_port_and_checks_healthz_on_it():
    final = _final_stage()
    env = _env_of(final)
    exposed = [rest for word, rest in final if word == "EXPOSE"]
    assert exposed == [env["PORT"]]
    health = [rest for word, rest in final if word == "HEALTHCHECK"]
    assert len(health) == 1 and "/healthz" in health[0] and "PORT" in health[0]
    # A container listens on every interface, or its published port reaches nothing.
    assert env.get("LEERNET_BIND") == "0.0.0.0"


def _dockerignore() -> set[str]:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    return {line.strip().rstrip("/") for line in lines if line.strip() and line[0] != "#"}


def test_dockerignore_keeps_the_venv_tests_git_caches_and_secrets_out():
    assert {".venv", "tests", ".git", ".env", "*.db", "**/__pycache__", ".pytest_cache",
            ".mypy_cache", ".ruff_cache"} <= _dockerignore()


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def _interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${NAME}, ${NAME:-default} and ${NAME:?error}, for the forms compose.yaml uses."""
    def one(match: re.Match) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3)
        if env.get(name):
            return env[name]
        if op == ":?":
            raise KeyError(f"{name}: {arg}")
        return arg if op == ":-" else ""
    return re.sub(r"\$\{(\w+)(?:(:-|:\?)([^}]*))?\}", one, value)


def _example_variables() -> dict[str, str]:
    text = (ROOT / ".env.example").read_text()
    return dict(re.findall(r"^(\w+)=(.*)$", text, re.M))


def test_compose_runs_postgres_15_with_a_named_volume_and_a_pg_isready_healthcheck():
    compose = _compose()
    db = compose["services"]["db"]
    assert db["image"] == "postgres:15"
    volume, _, target = db["volumes"][0].partition(":")
    assert volume in compose["volumes"] and target == "/var/lib/postgresql/data"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert "ports" not in db, "the database is reached only on the project's network"


def test_compose_starts_the_bot_once_the_database_is_healthy_and_points_it_there():
    compose = _compose()
    bot, db = compose["services"]["bot"], compose["services"]["db"]
    assert bot["build"] == "."
    assert bot["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert bot["env_file"] in (".env", [".env"])
    env = {"POSTGRES_PASSWORD": "s3cret"}
    url = make_url(_interpolate(bot["environment"]["DATABASE_URL"], env))
    db_env = {k: _interpolate(v, env) for k, v in db["environment"].items()}
    assert (url.drivername, url.host, url.port) == ("postgresql+psycopg", "db", 5432)
    assert (url.username, url.password, url.database) == (
        db_env["POSTGRES_USER"], db_env["POSTGRES_PASSWORD"], db_env["POSTGRES_DB"])
    with pytest.raises(KeyError, match="POSTGRES_PASSWORD"):  # no silent default password
        _interpolate(bot["environment"]["DATABASE_URL"], {})
    settings = load_settings({**bot["environment"], **{k: _interpolate(v, env)
                                                        for k, v in bot["environment"].items()}})
    assert settings.database_url.startswith("postgresql+psycopg://leernet:s3cret@db:5432/")
    host, container = _interpolate(bot["ports"][0], {}).split(":")
    assert int(container) == settings.port == int(_env_of(_final_stage())["PORT"])
    assert host == _example_variables()["LEERNET_PUBLISH_PORT"]


def test_compose_passes_every_variable_the_bot_reads():
    """The bot's settings come from .env (a copy of .env.example), except what compose.yaml
    sets itself; the Slack secrets must come from .env, never from compose.yaml."""
    source = (ROOT / "bot" / "config.py").read_text()
    read = set(re.findall(r'"((?:SLACK|LEERNET)_[A-Z_]+|DATABASE_URL|PORT)"', source))
    bot = _compose()["services"]["bot"]
    assert read <= set(_example_variables()) | set(bot["environment"])
    assert not {"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"} & set(bot["environment"])
    # What compose.yaml itself interpolates is explained in .env.example too.
    used = set(re.findall(r"\$\{(\w+)", (ROOT / "compose.yaml").read_text()))
    assert used and used <= set(_example_variables())


def _unit() -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line in (ROOT / "deploy" / "leernet.service").read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def test_the_systemd_unit_serves_from_the_venv_as_a_dedicated_hardened_user():
    unit = _unit()
    assert unit["ExecStart"] == ["/opt/leernet/bin/leernet serve"]
    assert unit["EnvironmentFile"] == ["/etc/leernet/leernet.env"]
    assert unit["Restart"] == ["on-failure"]
    assert unit["User"] == ["leernet"]
    assert unit["NoNewPrivileges"] == ["yes"] and unit["ProtectSystem"] == ["strict"]
    # ProtectSystem=strict leaves only the state directory writable: the working directory
    # (where the default SQLite file goes) must be it.
    assert unit["StateDirectory"] == ["leernet"]
    assert unit["WorkingDirectory"] == ["/var/lib/leernet"]
    assert unit["RestartPreventExitStatus"] == ["2"]  # a bad setting: restarting cannot help


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_analyze_verifies_the_unit(tmp_path):
    # verify also checks that ExecStart exists; /opt/leernet is not installed here.
    text = (ROOT / "deploy" / "leernet.service").read_text()
    copy = tmp_path / "leernet.service"
    copy.write_text(text.replace("/opt/leernet/bin/leernet", shutil.which("true") or "/bin/true"))
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True,
                            text=True, timeout=60)
    complaints = [line for line in (result.stdout + result.stderr).splitlines()
                  if "leernet.service" in line]
    assert result.returncode == 0 and complaints == [], result.stderr
