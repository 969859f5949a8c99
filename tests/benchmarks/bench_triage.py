"""Triage speed: loading the word lists and playbooks, and comments per second on one core.

    python tests/benchmarks/bench_triage.py [--runs 5]

Prints one JSON line: load_ms (fresh process, import + load), comments_per_s (full triage:
language, complaint, abuse, type with history, reasons, suggestion; earlier comments already
read once, as when the same people comment again), comments_per_s_cold (every earlier comment
read for the first time), lint_per_s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

LOAD = ("import time; t = time.perf_counter(); "
        "from desktop.triage.service import TriageService; TriageService(); "
        "print((time.perf_counter() - t) * 1000)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    loads = [float(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True,
                                  cwd=ROOT, check=True).stdout) for _ in range(args.runs)]

    from desktop.triage.engine import Past
    from desktop.triage.service import TriageService

    service = TriageService()
    items = []
    for path in sorted((ROOT / "tests/data/triage").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            items.append((item["text"], item.get("author", ""),
                          [Past(h["text"], h["days_ago"]) for h in item.get("history") or ()]))
    rates, cold_rates, lint_rates = [], [], []
    for _ in range(args.runs):
        # Cold: no earlier comment read before. Warm (the figure that counts, as in the app,
        # where a person's history is read again with each new comment): readings kept.
        service.triage.forget_history()
        start = time.perf_counter()
        for n, (text, author, history) in enumerate(items):
            service.run(text, author=author, history=history, seed=str(n))
        cold_rates.append(len(items) / (time.perf_counter() - start))
        start = time.perf_counter()
        for n, (text, author, history) in enumerate(items):
            service.run(text, author=author, history=history, seed=str(n))
        rates.append(len(items) / (time.perf_counter() - start))
        replies = [service.run(t, author=a).suggestion.text or t for t, a, _ in items[:200]]
        start = time.perf_counter()
        for reply in replies:
            service.lint(reply, "ms")
        lint_rates.append(len(replies) / (time.perf_counter() - start))
    print(json.dumps({
        "comments": len(items),
        "load_ms": round(statistics.median(loads), 1),
        "comments_per_s": round(statistics.median(rates)),
        "comments_per_s_cold": round(statistics.median(cold_rates)),
        "lint_per_s": round(statistics.median(lint_rates)),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
