"""Inbox benchmark: cold start, search as you type, page loads and memory, on a big case log.

    PYTHONPATH=. python tests/benchmarks/bench_inbox.py --cases 100000 [--runs 7] [--keep DIR]

Prints one JSON line. What it measures, and how:

* startup: a case log of N generated cases (desktop.cases.demo.generate_cases) is written once
  into a temp --data-dir. Then, R times each, interleaved so both share the machine's noise,
  a fresh `python -c CHILD` starts either a bare PySide6 app (QApplication + QMainWindow + a
  QTableView on a 20-row QStandardItemModel, shown) or Balas through its real start path
  (desktop.ui.start.run(GuiOptions(data_dir), exec_=False), then app.exec()). An event filter
  on the table's viewport lets the first Paint with real rows (Balas: row 0 is no longer the
  "…" placeholder) paint, then prints time.time(). Start is the parent's clock just before
  the launch. startup_ratio = median(Balas) / median(bare). QT_QPA_PLATFORM and DISPLAY come
  from the environment (xcb under Xvfb, or offscreen), the same for both. Both children use
  a warm bytecode cache (PYTHONPYCACHEPREFIX in the data dir), as an installed app would.
* rss_mb_over_bare: peak RSS (VmHWM; ru_maxrss would report the parent's peak, since Linux
  keeps it across fork+exec) of the Balas child after it painted, ran one search from the
  search box and its worker lanes went idle (ORM warm-up and daily backup included), minus
  the bare child's peak RSS after its paint (medians over the runs).
* search: what the inbox worker does per search (InboxController.load): queries.search_hits +
  OrderedIds.narrow against the base id list of the default filter (open cases), which is
  computed once and kept, like the controller caches it. ~40 queries a shop owner types, each
  timed --repeat times on one warm connection (PRAGMA cache_size as the app). search_ratio
  compares each query's median with a bare `SELECT rowid FROM case_fts WHERE case_fts MATCH ?`
  (same quoted-words expression, rows fetched) on the same connection; queries whose words are
  all shorter than 3 letters cannot use FTS and are left out of the ratio only.
* scroll_ms_per_page: queries.load_rows for 200 ids (one model page) at spread-out offsets.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
mode, data_dir = sys.argv[1], sys.argv[2]

def say(*parts):
    print(*parts, flush=True)

def rss_mb():  # peak RSS; VmHWM because ru_maxrss keeps the parent's peak across fork+exec
    try:
        with open("/proc/self/status") as status:
            return int(status.read().split("VmHWM:")[1].split()[0]) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

if mode == "bare":
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(20, 7)
    for r in range(20):
        for c in range(7):
            model.setItem(r, c, QStandardItem(f"cell {r}:{c}"))
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 720)
    window.show()
    ready = lambda: True
    def after_paint():
        say("RSS", rss_mb())
        os._exit(0)
else:
    from pathlib import Path
    from desktop.app.session import GuiOptions
    from desktop.ui.start import run
    gui = run(GuiOptions(data_dir=Path(data_dir)), exec_=False)
    app, table, model = gui.app, gui.window.table, gui.model
    ready = lambda: model.rowCount() > 0 and model.data(model.index(0, 1)) != "\u2026"
    def after_paint():
        def on_ids(generation, ids, complete):
            if complete and gui.wiring.filter.search:
                QTimer.singleShot(300, finish)  # let the result's first page of rows arrive
        def finish():
            gui.runner.wait_idle()
            say("RSS", rss_mb())
            os._exit(0)
        gui.controller.ids_loaded.connect(on_ids)
        gui.window.filter_bar.search_edit.setText("kecewa")
        gui.window.filter_bar.search_edit.returnPressed.emit()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and ready():
            obj.removeEventFilter(self)
            obj.event(event)  # paint now, then stamp the moment
            say("PAINTED", repr(time.time()), rss_mb())
            QTimer.singleShot(0, after_paint)
            return True
        return False

first_paint = FirstPaint()
table.viewport().installEventFilter(first_paint)
QTimer.singleShot(60_000, lambda: os._exit(3))
app.exec()
"""

QUERIES = [
    # Malay
    "kek", "lambat", "lamb", "kece", "kecewa sgt", "tak sampai", "kaunter", "mesra",
    "harga naik", "bayaran", "potong", "tutup awal", "penyek", "camne", "tunggu", "harap cepat",
    # Indonesian
    "pesanan", "keras", "kurir telat", "banget", "transfer", "dikonfirmasi", "ramah", "aplikasi",
    "gimana nih", "mohon dibantu",
    # English
    "cake", "late", "icing melted", "rude", "charged twice", "checkout", "flavour",
    "disappointed", "three days",
    # names, case numbers, very short words, nothing found
    "Siti", "Siti Rahman", "Mei Ling", "Kumar Raj", "Ng", "Li", "Tan Ng", "Budi Santoso",
    "12345", "refund", "durian", "Jakarta",
]


def generate(folder: Path, cases: int) -> Path:
    from desktop.cases.db import open_database
    from desktop.cases.demo import generate_cases
    from desktop.paths import DB_FILENAME

    path = folder / DB_FILENAME
    if path.exists():
        import sqlite3
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM complaint_case").fetchone()[0] == cases:
                return path
        raise SystemExit(f"{path} exists with another number of cases; use another --keep")
    database = open_database(path)
    generate_cases(database, cases, datetime.now(timezone.utc))
    database.dispose()
    with database.connect() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def child_env(pycache: Path) -> dict:
    """The environment both children start in: same display, and a warm bytecode cache."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    # An installed app runs from .pyc files; with PYTHONDONTWRITEBYTECODE every start would
    # recompile desktop/ (~45 ms). A private cache keeps __pycache__ out of the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def launch(mode: str, data_dir: Path, env: dict) -> tuple[float, float, float]:
    """(seconds from launch to first painted rows, RSS MB at paint, final RSS MB)."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(data_dir)], env=env,
                         capture_output=True, text=True, timeout=120)
    lines = {line.split()[0]: line.split()[1:] for line in out.stdout.splitlines() if line.strip()}
    if out.returncode != 0 or "PAINTED" not in lines or "RSS" not in lines:
        raise SystemExit(f"{mode} child failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    painted, rss_paint = lines["PAINTED"]
    return float(painted) - start, float(rss_paint), float(lines["RSS"][0])


def bench_search(path: Path, repeat: int) -> dict:
    from desktop.cases import queries
    from desktop.cases.db import Database

    conn = Database(path).connect()
    conn.execute("PRAGMA cache_size = -32768")  # as InboxController._conn
    now = datetime.now(timezone.utc)
    base = queries.OrderedIds(queries.find_case_ids(conn, queries.CaseFilter(), now))
    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    raw: dict[str, list[float]] = {}
    for round_ in range(repeat + 1):  # round 0 warms the page cache and base._position
        for q in QUERIES:
            t = time.perf_counter()
            hits = queries.search_hits(conn, q)
            _ids = base.ids if hits is None else base.narrow(hits)
            ms = (time.perf_counter() - t) * 1000
            long_words = [w for w in q.split() if len(w) >= 3]
            if long_words:
                t = time.perf_counter()
                conn.execute("SELECT rowid FROM case_fts WHERE case_fts MATCH ?",
                             (queries._fts_query(long_words),)).fetchall()
                raw_ms = (time.perf_counter() - t) * 1000
            if round_:
                ours[q].append(ms)
                if long_words:
                    raw.setdefault(q, []).append(raw_ms)
    everything = sorted(ms for times in ours.values() for ms in times)
    med = {q: statistics.median(times) for q, times in ours.items()}
    raw_med = {q: statistics.median(times) for q, times in raw.items()}
    ratios = [med[q] / raw_med[q] for q in raw_med]
    slowest = sorted(med, key=med.get, reverse=True)[:5]

    rng = random.Random(1)
    pages = []
    for offset in [0] + [rng.randrange(0, max(1, len(base.ids) - 200)) for _ in range(20)]:
        t = time.perf_counter()
        queries.load_rows(conn, base.ids[offset:offset + 200])
        pages.append((time.perf_counter() - t) * 1000)
    conn.close()
    return {
        "search_median_ms": round(statistics.median(everything), 2),
        "search_p95_ms": round(everything[int(0.95 * (len(everything) - 1))], 2),
        "search_ratio": round(statistics.median(ratios), 2),
        "search_ratio_of_medians": round(statistics.median(med[q] for q in raw_med)
                                         / statistics.median(raw_med.values()), 2),
        "search_ratio_queries": len(raw_med),
        "search_queries": len(QUERIES),
        "search_slowest_ms": {q: round(med[q], 1) for q in slowest},
        "open_cases": len(base.ids),
        "scroll_ms_per_page": round(statistics.median(pages), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7, help="cold starts of each app")
    parser.add_argument("--repeat", type=int, default=7, help="timings of each search")
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this data dir")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    with tempfile.TemporaryDirectory(prefix="balas-bench-") as tmp:
        data_dir = args.keep or Path(tmp)
        path = generate(data_dir, args.cases)
        env = child_env(data_dir / "pycache")
        for mode in ("bare", "balas"):  # untimed: fills the bytecode cache, the OS file cache
            launch(mode, data_dir, env)  # and the day's backup
        bare, balas = [], []
        for _ in range(args.runs):
            bare.append(launch("bare", data_dir, env))
            balas.append(launch("balas", data_dir, env))
        result = {"cases": args.cases, "runs": args.runs, "platform": env["QT_QPA_PLATFORM"]}
        median = lambda runs, n: statistics.median(r[n] for r in runs)  # noqa: E731
        result["startup_bare_s"] = round(median(bare, 0), 3)
        result["startup_balas_s"] = round(median(balas, 0), 3)
        result["startup_ratio"] = round(median(balas, 0) / median(bare, 0), 2)
        result["rss_mb_bare"] = round(median(bare, 2), 1)
        result["rss_mb_balas_painted"] = round(median(balas, 1), 1)
        result["rss_mb_balas"] = round(median(balas, 2), 1)
        result["rss_mb_over_bare"] = round(median(balas, 2) - median(bare, 2), 1)
        result.update(bench_search(path, args.repeat))
    result["goals"] = {"startup_ratio": result["startup_ratio"] <= 1.3,
                       "search_ratio": result["search_ratio"] <= 1.5,
                       "search_p95_ms": result["search_p95_ms"] <= 50,
                       "rss_mb_over_bare": result["rss_mb_over_bare"] <= 150}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
