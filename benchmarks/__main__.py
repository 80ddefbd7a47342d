"""Run the benchmarks: `python -m benchmarks [--quick] [--postgres URL] [--only P1,P3,P4]`.

Every figure is a ratio of two things measured side by side in this run (never an absolute
goal): see README "Benchmarks".
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path


def p3(database_url: str | None = None, **sizes: tuple[int, int]) -> str:
    """P3 on `database_url` (default: a throw-away SQLite file)."""
    from benchmarks import p3_queries

    if database_url is not None:
        return p3_queries.run(database_url, **sizes)
    with tempfile.TemporaryDirectory() as folder:
        return p3_queries.run(f"sqlite:///{Path(folder) / 'p3.db'}", **sizes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer requests and rows")
    parser.add_argument("--postgres", default=os.environ.get("LEERNET_BENCH_DATABASE_URL"),
                        help="PostgreSQL server URL for P4 (a throw-away database is made "
                             "there); default $LEERNET_BENCH_DATABASE_URL; P4 is skipped "
                             "without one")
    parser.add_argument("--only", default="P1,P3,P4", help="comma-separated: P1,P3,P4")
    args = parser.parse_args(argv)
    chosen = {part.strip().upper() for part in args.only.split(",")}
    if "P3" in chosen:
        print(p3(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
