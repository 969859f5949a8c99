"""Reminders over a long backlog: a case log with N generated cases, most of them overdue.

    python tests/benchmarks/bench_reminders.py [--cases 100000]

Plain Python (no display, no keyring). Prints one JSON line:
- due_full_ms: every reminder with its details and overdue time (`balas due --json`);
- check_ms: the tray's half-minute check (ReminderEngine.check), median of 5: ids and
  snoozes of every due case, the notification gate, details for the few it shows;
- check_peak_kib: memory the check allocates at its peak;
- save_targets_s: new targets saved, every open case given a new due time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.cases.db import open_database  # noqa: E402
from desktop.cases.demo import generate_cases  # noqa: E402
from desktop.cases.reminders import NotificationGate, ReminderEngine  # noqa: E402

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    now = datetime(2026, 11, 23, 6, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.db", now=now)
        generate_cases(database, args.cases, now)
        engine = ReminderEngine(database, clock=lambda: now)

        start = time.perf_counter()
        due = engine.due(now)
        due_full_ms = (time.perf_counter() - start) * 1000

        gate = NotificationGate()
        times, waiting = [], 0
        for tick in range(5):
            start = time.perf_counter()
            waiting = len(engine.check(gate, now + timedelta(seconds=30 * tick)).snapshot.waiting)
            times.append((time.perf_counter() - start) * 1000)
        tracemalloc.start()
        engine.check(NotificationGate(), now)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

        start = time.perf_counter()
        moved = engine.save_targets(engine.targets())
        save_s = time.perf_counter() - start
    print(json.dumps({"cases": args.cases, "due": len(due), "waiting": waiting,
                      "due_full_ms": round(due_full_ms), "check_ms": round(statistics.median(times)),
                      "check_peak_kib": peak // 1024, "open_cases_moved": moved,
                      "save_targets_s": round(save_s, 2)}))


if __name__ == "__main__":
    main()
