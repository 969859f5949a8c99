"""The command line's record keeping: `balas report` (a period's figures, its cases as CSV, the
report as PDF) and `balas person export|erase` (one person's data on request)."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone

__all__ = ["run"]


def run(args, database) -> int:
    if args.command == "report":
        return _report(args, database)
    return (_person_export if args.person_command == "export" else _person_erase)(args, database)


def _report(args, database) -> int:
    import json
    from desktop.cases.export import CASE_COLUMNS, period_case_rows, write_csv
    from desktop.cases.reports import Period, build_report

    period = Period(args.first, args.last)
    now = datetime.now(timezone.utc)
    with database.connect() as conn:
        report = build_report(conn, period, now)
        written = write_csv(args.csv, CASE_COLUMNS, period_case_rows(conn, period)) if args.csv else None
        if args.pdf:
            _report_pdf(args, report, conn)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        share = report.share_within_target
        median = report.median_first_reply
        print(f"{period.first} to {period.last} ({report.zone}): {report.received} complaints, "
              f"{report.answered} answered"
              + (f", median first reply {median.total_seconds() / 3600:.1f} h" if median is not None else "")
              + (f", {share:.0%} within target" if share is not None else "")
              + f"; {report.resolved} resolved, {report.followed_up} followed up, {report.open} open"
              f" ({report.overdue} overdue)")
    if written is not None:
        print(f"{written} cases written to {args.csv}", file=sys.stderr)
    return 0


def _person_export(args, database) -> int:
    import json
    from desktop.cases.export import write_csv
    from desktop.cases.people import PERSON_CSV_COLUMNS, export_person, find_person, person_csv_rows

    with database.connect() as conn:
        data = export_person(conn, find_person(conn, args.who))
    if args.csv:
        write_csv(args.csv, PERSON_CSV_COLUMNS, person_csv_rows(data))
    print(json.dumps(data, ensure_ascii=False))
    return 0


def _person_erase(args, database) -> int:
    import json
    from desktop.cases.backups import KEEP_BACKUPS, backup_dir, list_backups
    from desktop.cases.people import erase_person, find_person

    with database.connect() as conn:
        person_id = find_person(conn, args.who)
        if not args.yes:
            print(f"balas: error: this erases person {person_id} for good; add --yes to go ahead", file=sys.stderr)
            return 1
        erased = erase_person(conn, person_id, datetime.now(timezone.utc))
    print(json.dumps(erased._asdict()))
    if not erased.compacted:
        print("balas: erased; another program was reading the case log, so its free space is cleaned"
              " the next time Balas opens it", file=sys.stderr)
    older = list_backups(database.path)
    if older:
        print(f"balas: {len(older)} backups made before now, in {backup_dir(database.path)}, still hold this"
              f" person's data; only the newest {KEEP_BACKUPS} backups are kept, so they are gone after"
              f" {KEEP_BACKUPS} more (a week of daily use). Delete them there now if the person asked you to.",
              file=sys.stderr)
    return 0


def _report_pdf(args, report, conn) -> None:
    """Charts are drawn by Qt: an off-screen application when there is no display."""
    from desktop.cli import no_display

    if no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.cases.queries import touchpoints
    from desktop.ui.report_pdf import write_report_pdf_headless

    write_report_pdf_headless(report, args.pdf, {tp.key: tp.name for tp in touchpoints(conn)}, args.lang)
