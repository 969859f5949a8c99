"""Pattern alerts over a big case log: similar cases, the inbox's groups, possible attacks.

    python tests/benchmarks/bench_patterns.py [--cases 100000] [--runs 5]

Plain Python (no display). A log of N generated cases (desktop.cases.demo.generate_cases, a year
of them, a third from social channels with their source comments) is written once. Prints one
JSON line, times in milliseconds, each the median of --runs on one warm connection:
- window_cases: how many cases the 7-day window holds; window_uses_index: the planner reads
  that window as a range of ix_case_inbox (not the whole table);
- groups_ms: pattern_groups for the last 7 days; groups: how many it announces;
- similar_ms: similar_to for one of the newest cases (median over 20 different cases);
- attacks_ms: possible_attacks for the last 2 hours of ordinary traffic;
- flood_ms: possible_attacks after 3,000 extra complaints in those 2 hours (one template
  pasted by 1,000 accounts with small changes, plus 2 accounts posting 1,000 each);
  flood_signals: the reasons it reported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.cases.db import open_database  # noqa: E402
from desktop.cases.demo import generate_cases  # noqa: E402
from desktop.cases.patterns import pattern_groups, possible_attacks, similar_to  # noqa: E402
from desktop.cases.queries import to_db_time  # noqa: E402


def median_ms(fn, runs: int):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def uses_index(conn, now: datetime) -> bool:
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM complaint_case WHERE received_at >= ?"
                        " AND received_at <= ? AND +state != 'ignored'",
                        (to_db_time(now - timedelta(days=7)), to_db_time(now))).fetchall()
    return any("ix_case_inbox" in row[-1] and "received_at>" in row[-1].replace(" ", "") for row in plan)


def add_flood(conn, now: datetime) -> None:
    """3,000 complaints in the last two hours: a pasted template and two very busy accounts."""
    base = conn.execute("SELECT max(id) FROM person").fetchone()[0]
    people = [(base + n + 1, "offline", f"Flood {n}", to_db_time(now)) for n in range(1002)]
    conn.executemany("INSERT INTO person (id, platform, name, created_at) VALUES (?,?,?,?)", people)
    rows = []
    for n in range(3000):
        at = to_db_time(now - timedelta(seconds=n * 2))
        if n < 1000:
            person = base + 1 + n
            text = f"Kedai ni penipu!!! jangan beli, duit saya tak pulang #{n} 😡" + "!" * (n % 4)
        else:
            person, text = base + 1001 + n % 2, f"Aduan ke-{n}: {'roti kopi kek teh'.split()[n % 4]} tak sedap"
        rows.append((person, "facebook", "other", text, at, "new", at))
    conn.executemany("INSERT INTO complaint_case (person_id, channel, touchpoint, text, received_at, state,"
                     " updated_at) VALUES (?,?,?,?,?,?,?)", rows)
    conn.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    now = datetime(2026, 11, 23, 6, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.db", now=now)
        generate_cases(database, args.cases, now)
        with database.connect() as conn:
            window = conn.execute("SELECT count(*) FROM complaint_case WHERE received_at >= ?",
                                  (to_db_time(now - timedelta(days=7)),)).fetchone()[0]
            groups_ms, groups = median_ms(lambda: pattern_groups(conn, now), args.runs)
            newest = [r[0] for r in conn.execute(
                "SELECT id FROM complaint_case ORDER BY received_at DESC LIMIT 20")]
            similar_times = [median_ms(lambda: similar_to(conn, case_id, now), 1)[0] for case_id in newest]
            attacks_ms, attacks = median_ms(lambda: possible_attacks(conn, now), args.runs)
            index = uses_index(conn, now)
            add_flood(conn, now)
            flood_ms, flood = median_ms(lambda: possible_attacks(conn, now), args.runs)
        database.dispose()
    print(json.dumps({
        "cases": args.cases, "window_cases": window, "window_uses_index": index,
        "groups_ms": round(groups_ms, 1), "groups": len(groups),
        "similar_ms": round(statistics.median(similar_times), 1), "attacks_ms": round(attacks_ms, 1),
        "attacks": len(attacks), "flood_ms": round(flood_ms, 1),
        "flood_signals": sorted(f"{s.reason}:{s.items}" for s in flood)}))


if __name__ == "__main__":
    main()
