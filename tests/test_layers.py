"""The house rules that keep the code findable, checked on the source itself.

- Slack glue (`handlers/`) reaches the database only through the domain services: it opens no
  database session and imports no query module (the table types in `storage.models` are the
  data the services hand out, so those may be named).
- Listeners do not catch domain or field errors themselves: `handlers.slack.errors` answers
  them, once for every surface.
- The domain and its services never talk to Slack, and neither they nor the glue query the
  database: every query lives in `storage/`.
- Serving the bot never loads the Slack twin or the demo.
"""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]



def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def _glue_breaks(path: Path) -> list[str]:
    source = path.read_text()
    tree = ast.parse(source)
    found = [name for name in _imports(tree)
             if name.startswith("storage") and not name.startswith("storage.models")]
    found += [f"opens a session: {line.strip()}" for line in source.splitlines()
              if ".db.session(" in line or "deps.db" in line]
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught = ast.unparse(node.type)
            if any(name in caught for name in ("DomainError", "FieldErrors")):
                found.append(f"catches {caught}")
    return found


def test_slack_glue_goes_through_the_services():
    breaking = {}
    for path in _modules("handlers"):
        name = str(path.relative_to(ROOT))
        if name.startswith("handlers/slack/errors.py"):
            continue  # the one error mapper
        breaks = _glue_breaks(path)
        if breaks:
            breaking[name] = breaks
    assert breaking == {}


def test_the_domain_and_the_services_never_talk_to_slack():
    for folder in ("bot/domain", "bot/services", "storage"):
        for path in _modules(folder):
            slack = {name for name in _imports(ast.parse(path.read_text()))
                     if name.startswith(("slack_sdk", "slack_bolt", "handlers", "slack_twin"))}
            assert slack == set(), f"{path.relative_to(ROOT)} imports {slack}"


def _queries(tree: ast.AST) -> list[str]:
    """Calls that read or write rows: session.exec/execute/get/merge/delete, and SQL
    statements built with select/update/delete."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id == "session"
                and func.attr in ("exec", "execute", "get", "merge", "delete", "scalar")):
            found.append(f"session.{func.attr}")
        elif isinstance(func, ast.Name) and func.id in ("select", "update", "delete"):
            found.append(func.id)
    return found


def test_every_query_lives_in_storage():
    """The domain decides and the services hold the transaction; reading and writing rows is
    storage's (so a query is found, and changed, in one place)."""
    for folder in ("bot/domain", "bot/services", "handlers"):
        for path in _modules(folder):
            found = _queries(ast.parse(path.read_text()))
            assert found == [], f"{path.relative_to(ROOT)} queries the database: {found}"


def test_serving_never_loads_the_twin_or_the_demo():
    probe = ("import sys, bot.cli, bot.app, bot.web, handlers.registry;"
             "print(sorted(m for m in sys.modules if m.startswith('slack_twin')))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[]"
