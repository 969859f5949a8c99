"""The report for a year over a big case log, against the same figures from plain SQL.

    python tests/benchmarks/bench_report.py [--cases 100000] [--ui]

Plain Python (no display) unless --ui. Prints one JSON line:
- report_ms: build_report for the last 365 days (median of 5);
- sql_ms: the same figures by straightforward GROUP BY queries on the same file (median of 5);
- ratio: report_ms / sql_ms (the target is 1.5 or less);
- csv_ms: the year's cases written to CSV; same: whether both ways agree;
- with --ui (needs a display): window_report_ms, the reports window reading the year, and
  max_ui_stall_ms, the longest gap between ticks of a 5 ms timer meanwhile; pdf_ms, the PDF
  written from the window (on the UI thread).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.cases.db import open_database  # noqa: E402
from desktop.cases.demo import generate_cases  # noqa: E402
from desktop.cases.export import CASE_COLUMNS, period_case_rows, write_csv  # noqa: E402
from desktop.cases.queries import to_db_time  # noqa: E402
from desktop.cases.reports import Period, build_report  # noqa: E402


def plain_sql(conn, start: str, end: str, now: str, offset_hours: float) -> dict:
    """The report's figures the obvious way: one GROUP BY per figure, weeks by a fixed offset."""
    where = "received_at >= ? AND received_at < ?"
    shift = f"{offset_hours:+g} hours"
    figures = {
        "received": conn.execute(f"SELECT count(*) FROM complaint_case WHERE {where}", (start, end)).fetchone()[0],
        "weeks": conn.execute(
            f"SELECT date(received_at, '{shift}', 'weekday 0', '-6 days') AS week, count(*)"
            f" FROM complaint_case WHERE {where} GROUP BY week ORDER BY week", (start, end)).fetchall(),
        "answered": conn.execute(f"SELECT count(*) FROM complaint_case WHERE {where} AND first_response_at IS NOT NULL",
                                 (start, end)).fetchone()[0],
        "within": conn.execute(f"SELECT count(*) FROM complaint_case WHERE {where} AND first_response_at <= first_due_at",
                               (start, end)).fetchone()[0],
        "missed": conn.execute(
            f"SELECT count(*) FROM complaint_case WHERE {where} AND (first_response_at > first_due_at OR"
            " (first_response_at IS NULL AND first_due_at < ? AND state != 'ignored'))", (start, end, now)).fetchone()[0],
        "by_state": conn.execute(f"SELECT state, count(*) FROM complaint_case WHERE {where} GROUP BY state",
                                 (start, end)).fetchall(),
        "overdue": conn.execute(
            f"SELECT count(*) FROM complaint_case WHERE {where} AND state IN ('new','acknowledged','in_progress',"
            "'resolved') AND due_at < ?", (start, end, now)).fetchone()[0],
        "resolved": conn.execute(f"SELECT count(*) FROM complaint_case WHERE {where} AND resolved_at IS NOT NULL",
                                 (start, end)).fetchone()[0],
        "by_type": conn.execute(f"SELECT complainant_type, count(*) FROM complaint_case WHERE {where} GROUP BY 1",
                                (start, end)).fetchall(),
        "by_touchpoint": conn.execute(f"SELECT touchpoint, count(*) FROM complaint_case WHERE {where} GROUP BY 1",
                                      (start, end)).fetchall(),
        "by_channel": conn.execute(f"SELECT channel, count(*) FROM complaint_case WHERE {where} GROUP BY 1",
                                   (start, end)).fetchall(),
        "waits": sorted(r[0] for r in conn.execute(
            "SELECT strftime('%s', first_response_at) - strftime('%s', received_at) FROM complaint_case"
            f" WHERE {where} AND first_response_at IS NOT NULL", (start, end))),
        "repeat": conn.execute(
            "SELECT c.person_id, p.name, count(*) AS n FROM complaint_case c JOIN person p ON p.id = c.person_id"
            f" WHERE c.{where} GROUP BY c.person_id HAVING n > 1 ORDER BY n DESC, p.name", (start, end)).fetchall(),
        "recovered": conn.execute(
            "SELECT c.person_id, p.name, c.id FROM complaint_case c JOIN person p ON p.id = c.person_id"
            f" WHERE c.{where} AND c.complainant_type = 'lapsed_loyal' AND c.state IN ('followed_up', 'closed')",
            (start, end)).fetchall(),
    }
    waits = figures["waits"]
    figures["median"] = statistics.median(waits) if waits else None
    return figures


def agree(report, figures) -> bool:
    states = dict(figures["by_state"])
    return (report.received == figures["received"]
            and [w.count for w in report.weeks if w.count] == [n for _week, n in figures["weeks"]]
            and (report.answered, report.within_target, report.missed_target, report.overdue, report.resolved)
            == (figures["answered"], figures["within"], figures["missed"], figures["overdue"], figures["resolved"])
            and report.followed_up == states.get("followed_up", 0) + states.get("closed", 0)
            and report.by_channel == dict(figures["by_channel"])
            and report.by_touchpoint == dict(figures["by_touchpoint"])
            and report.repeat_people == len(figures["repeat"])
            and report.recovered_count == len(figures["recovered"])
            and report.median_first_reply == (timedelta(seconds=figures["median"]) if figures["median"] is not None
                                              else None))


def median_ms(fn, runs: int = 5):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def window_timings(database, period: Period, now: datetime, folder: Path) -> dict:
    """The reports window on the same file: how long the year takes and how long the UI waits."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app.reports_controller import ReportsController
    from desktop.app.tasks import TaskRunner
    from desktop.ui.reports_window import ReportsWindow

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    controller = ReportsController(database, runner, clock=lambda: now)
    window = ReportsWindow(controller, dict, today=lambda: period.last)
    window.show()
    ticks, last, clock = [], [0], QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick():
        ticks.append(clock.elapsed() - last[0])
        last[0] = clock.elapsed()

    ticker.timeout.connect(tick)
    done = []
    controller.report_ready.connect(lambda report: (done.append(clock.elapsed()), QTimer.singleShot(200, app.quit)))
    clock.start()
    ticker.start()
    QTimer.singleShot(50, lambda: (window.from_edit.setDate(period.first), window.to_edit.setDate(period.last)))
    app.exec()
    ticker.stop()
    start = time.perf_counter()
    window.export_pdf_to(folder / "year.pdf")
    pdf_ms = (time.perf_counter() - start) * 1000
    runner.close()
    return {"window_report_ms": round(done[-1] - 50) if done else None, "max_ui_stall_ms": max(ticks or [0]),
            "pdf_ms": round(pdf_ms)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--ui", action="store_true", help="also time the reports window (needs a display)")
    args = parser.parse_args()
    now = datetime(2026, 11, 23, 6, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.db", now=now)
        generate_cases(database, args.cases, now)
        with database.connect() as conn:
            period = Period(date(2025, 11, 24), date(2026, 11, 23))
            from desktop.cases.reminders import load_targets

            tz = load_targets(conn).hours.tz
            start, end = (to_db_time(t) for t in period.bounds(tz))
            offset = tz.utcoffset(now).total_seconds() / 3600
            report_ms, report = median_ms(lambda: build_report(conn, period, now))
            sql_ms, figures = median_ms(lambda: plain_sql(conn, start, end, to_db_time(now), offset))
            csv_ms, written = median_ms(lambda: write_csv(Path(folder) / "year.csv", CASE_COLUMNS,
                                                          period_case_rows(conn, period)), runs=1)
        result = {"cases": args.cases, "received": report.received, "report_ms": round(report_ms),
                  "sql_ms": round(sql_ms), "ratio": round(report_ms / sql_ms, 2),
                  "csv_ms": round(csv_ms), "csv_rows": written, "same": agree(report, figures)}
        if args.ui:
            result.update(window_timings(database, period, now, Path(folder)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
