"""Run the benchmarks: `python -m benchmarks [--quick] [--postgres URL] [--only P1,P2,P3,P4]`.

Every figure is a ratio of two things measured side by side in this run (never an absolute
goal): see README "Benchmarks".
"""

import argparse
import logging
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


def p1(*, quick: bool) -> str:
    from benchmarks import p1_ack

    rounds, concurrency = (3, 50) if quick else (10, 50)
    with tempfile.TemporaryDirectory() as folder:
        result = p1_ack.measure(f"sqlite:///{Path(folder) / 'p1.db'}", rounds=rounds,
                                concurrency=concurrency)
    return p1_ack.report(result, "SQLite", concurrency)


def p2(people: int | None = None, *, quick: bool = False) -> str:
    """P2 on a throw-away SQLite file: 1,200 reminder DMs (--quick: 120)."""
    from benchmarks import p2_dms

    people = people if people is not None else (120 if quick else 1200)
    with tempfile.TemporaryDirectory() as folder:
        return p2_dms.report(p2_dms.measure(f"sqlite:///{Path(folder) / 'p2.db'}", people))


def p4(server_url: str | None, *, quick: bool) -> str:
    if not server_url:
        return "P4 skipped: no PostgreSQL URL (give --postgres URL)"
    from benchmarks import p4_due

    large = 100_000 if quick else 1_000_000
    return p4_due.report(p4_due.measure(server_url, large=large, repeats=50 if quick else 200))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer requests and rows")
    parser.add_argument("--postgres", default=None,
                        help="PostgreSQL server URL for P4 (a throw-away database is made "
                             "there and dropped); P4 is skipped without one")
    parser.add_argument("--only", default="P1,P2,P3,P4",
                        help="comma-separated: P1,P2,P3,P4")
    args = parser.parse_args(argv)
    # waitress warns of every queued request in a burst; that is what the burst is for.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    chosen = {part.strip().upper() for part in args.only.split(",")}
    if "P1" in chosen:
        print(p1(quick=args.quick), flush=True)
    if "P2" in chosen:
        print(p2(quick=args.quick), flush=True)
    if "P3" in chosen:
        print(p3(), flush=True)
    if "P4" in chosen:
        print(p4(args.postgres, quick=args.quick), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
