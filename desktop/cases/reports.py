"""What the owner learns over a period: how many complaints came in and when, how fast they
were answered and within target, how many were solved and followed up, by customer type,
touchpoint and channel, who complained more than once, and which upset regulars came back.

Plain Python over the case log. A period is whole days in the shop's time zone (from the
reminder settings); cases count in the period they came in. Every figure is an SQL aggregate
or a single pass over one column: a year of 100,000 cases takes no longer than plain GROUP BY
queries for the same figures (about 2 s; the window reads it off the UI thread).
"""

from __future__ import annotations

import sqlite3
import statistics
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

from desktop.cases.errors import InvalidInput
from desktop.cases.queries import to_db_time
from desktop.cases.reminders import load_targets
from desktop.cases.vocab import OPEN_STATES, ComplainantType, State

__all__ = ["Period", "Report", "WeekCount", "PersonCount", "build_report", "report_case_ids", "FIGURES", "GROUPS",
           "MAX_PERIOD_DAYS"]

MAX_PERIOD_DAYS = 366 * 10
REPEAT_LIST = 20  # people named in a list of the report (its count covers them all)
_OPEN = tuple(s.value for s in OPEN_STATES)
_WAITING = (State.NEW, State.ACKNOWLEDGED, State.IN_PROGRESS, State.RESOLVED)
_FOLLOWED_UP = (State.FOLLOWED_UP, State.CLOSED)


def _marks(values) -> str:
    return ",".join("?" * len(values))


@dataclass(frozen=True)
class Period:
    """From `first` to `last`, both days included."""

    first: date
    last: date

    def __post_init__(self):
        if self.first > self.last:
            raise InvalidInput("period", "the first day comes after the last day")
        if (self.last - self.first).days >= MAX_PERIOD_DAYS:
            raise InvalidInput("period", "a report covers at most ten years")

    def bounds(self, tz: tzinfo) -> tuple[datetime, datetime]:
        """[start, end) in UTC: local midnight of the first day to local midnight after the last."""
        start = datetime.combine(self.first, time(0), tzinfo=tz).astimezone(timezone.utc)
        end = datetime.combine(self.last + timedelta(days=1), time(0), tzinfo=tz).astimezone(timezone.utc)
        return start, end

    def week_starts(self) -> list[date]:
        """The Monday of every week the period touches."""
        monday = self.first - timedelta(days=self.first.weekday())
        return [monday + timedelta(weeks=n) for n in range((self.last - monday).days // 7 + 1)]


class WeekCount(NamedTuple):
    week: date  # its Monday
    count: int


class PersonCount(NamedTuple):
    person_id: int
    name: str
    cases: int


class Recovered(NamedTuple):
    person_id: int
    name: str
    case_id: int


@dataclass
class Report:
    period: Period
    zone: str
    now: datetime
    received: int = 0
    weeks: list[WeekCount] = field(default_factory=list)
    answered: int = 0                # got a first reply
    within_target: int = 0           # answered by the time it was due
    missed_target: int = 0           # answered late, or still unanswered past its due time
    median_first_reply: timedelta | None = None
    open: int = 0                    # of the period's cases, as things stand now
    overdue: int = 0
    resolved: int = 0
    followed_up: int = 0
    ignored: int = 0
    by_type: dict[str, int] = field(default_factory=dict)       # "" = not known yet
    by_touchpoint: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    repeat_people: int = 0
    repeat_list: list[PersonCount] = field(default_factory=list)
    recovered_count: int = 0
    recovered: list[Recovered] = field(default_factory=list)    # the first REPEAT_LIST of them

    @property
    def share_within_target(self) -> float | None:
        judged = self.within_target + self.missed_target
        return self.within_target / judged if judged else None

    @property
    def resolution_rate(self) -> float | None:
        return self.resolved / self.received if self.received else None

    @property
    def follow_up_rate(self) -> float | None:
        return self.followed_up / self.resolved if self.resolved else None

    def to_json(self) -> dict:
        def share(value):
            return None if value is None else round(value, 4)

        median = self.median_first_reply
        return {
            "from": self.period.first.isoformat(), "to": self.period.last.isoformat(),
            "zone": self.zone, "generated_at": self.now.isoformat(),
            "received": self.received,
            "per_week": [{"week": w.week.isoformat(), "count": w.count} for w in self.weeks],
            "first_reply": {"answered": self.answered,
                            "median_minutes": None if median is None else round(median.total_seconds() / 60, 1),
                            "within_target": self.within_target, "missed_target": self.missed_target,
                            "share_within_target": share(self.share_within_target)},
            "open": self.open, "overdue": self.overdue, "ignored": self.ignored,
            "resolved": self.resolved, "resolution_rate": share(self.resolution_rate),
            "followed_up": self.followed_up, "follow_up_rate": share(self.follow_up_rate),
            "by_type": self.by_type, "by_touchpoint": self.by_touchpoint, "by_channel": self.by_channel,
            "repeat_complainants": {"people": self.repeat_people,
                                    "most": [p._asdict() for p in self.repeat_list]},
            "recovered": {"count": self.recovered_count, "first": [r._asdict() for r in self.recovered]},
        }


def build_report(conn: sqlite3.Connection, period: Period, now: datetime) -> Report:
    targets = load_targets(conn)
    start, end = (to_db_time(t) for t in period.bounds(targets.hours.tz))
    when = "received_at >= ? AND received_at < ?"
    report = Report(period, targets.hours.zone, now)
    at = to_db_time(now)
    conditions = _conditions(at, start, end)
    counts = conn.execute(
        "SELECT " + ", ".join(f"sum({conditions[name][0]})" for name in _COUNTED)
        + f" FROM complaint_case WHERE {when}",
        [value for name in _COUNTED for value in conditions[name][1]] + [start, end]).fetchone()
    for name, count in zip(_COUNTED, counts):
        setattr(report, name, count or 0)

    for kind, touchpoint, channel, count in conn.execute(
            "SELECT coalesce(complainant_type, ''), touchpoint, channel, count(*) FROM complaint_case"
            f" WHERE {when} GROUP BY 1, 2, 3", (start, end)):
        for tally, key in ((report.by_type, kind), (report.by_touchpoint, touchpoint), (report.by_channel, channel)):
            tally[key] = tally.get(key, 0) + count

    report.weeks = _weeks(conn, period, targets.hours.tz, start, end)
    waits = [row[0] for row in conn.execute(
        "SELECT strftime('%s', first_response_at) - strftime('%s', received_at) FROM complaint_case"
        f" WHERE {when} AND first_response_at IS NOT NULL", (start, end))]
    if waits:
        report.median_first_reply = timedelta(seconds=max(statistics.median(waits), 0))

    repeats = conn.execute(
        "SELECT c.person_id, p.name, count(*) AS n FROM complaint_case c JOIN person p ON p.id = c.person_id"
        f" WHERE c.{when} GROUP BY c.person_id HAVING n > 1 ORDER BY n DESC, p.name", (start, end)).fetchall()
    report.repeat_people = len(repeats)
    report.repeat_list = [PersonCount(*row) for row in repeats[:REPEAT_LIST]]
    recovered, values = conditions["recovered"]
    won_back = conn.execute(
        "SELECT c.person_id, p.name, c.id FROM complaint_case c JOIN person p ON p.id = c.person_id"
        f" WHERE c.{when} AND {recovered} ORDER BY c.received_at", (start, end, *values)).fetchall()
    report.recovered_count = len(won_back)
    report.recovered = [Recovered(*row) for row in won_back[:REPEAT_LIST]]
    return report


def _conditions(now: str, start: str, end: str) -> dict[str, tuple[str, list]]:
    """What each count of the report counts, as a condition on the period's cases (with its
    parameters): the report sums them, "show me these cases" lists them."""
    return {
        "received": ("1", []),
        "answered": ("first_response_at IS NOT NULL", []),
        "within_target": ("first_response_at <= first_due_at", []),
        # answered late, or still unanswered past its due time (an ignored case is not judged)
        "missed_target": ("(first_response_at > first_due_at OR (first_response_at IS NULL"
                          " AND first_due_at < ? AND state != 'ignored'))", [now]),
        "open": (f"state IN ({_marks(_OPEN)})", [*_OPEN]),
        "overdue": (f"state IN ({_marks(_WAITING)}) AND due_at < ?", [*_WAITING, now]),
        "resolved": ("resolved_at IS NOT NULL", []),
        "followed_up": (f"state IN ({_marks(_FOLLOWED_UP)})", [*_FOLLOWED_UP]),
        "ignored": ("state = 'ignored'", []),
        "repeat": ("person_id IN (SELECT person_id FROM complaint_case WHERE received_at >= ? AND received_at < ?"
                   " GROUP BY person_id HAVING count(*) > 1)", [start, end]),
        "recovered": (f"complainant_type = ? AND state IN ({_marks(_FOLLOWED_UP)})",
                      [ComplainantType.LAPSED_LOYAL, *_FOLLOWED_UP]),
    }


_COUNTED = ("received", "answered", "within_target", "missed_target", "open", "overdue", "resolved",
            "followed_up", "ignored")
GROUPS = {"type": "coalesce(complainant_type, '')", "touchpoint": "touchpoint", "channel": "channel"}
FIGURES = (*_COUNTED, "repeat", "recovered")


def report_case_ids(conn: sqlite3.Connection, period: Period, now: datetime, figure: str,
                    key: str | None = None) -> list[int]:
    """The cases behind one figure of the report, newest first: a count (`figure` in FIGURES),
    one bar of a breakdown (`figure` in GROUPS, with its `key`) or one week ("week", its Monday)."""
    tz = load_targets(conn).hours.tz
    start, end = period.bounds(tz)
    conditions = _conditions(to_db_time(now), to_db_time(start), to_db_time(end))
    if figure == "week":
        try:
            monday = date.fromisoformat(key or "")
        except ValueError:
            raise InvalidInput("figure", f"not a week: {key!r}") from None
        start = max(start, datetime.combine(monday, time(0), tzinfo=tz).astimezone(timezone.utc))
        end = min(end, datetime.combine(monday + timedelta(weeks=1), time(0), tzinfo=tz).astimezone(timezone.utc))
        condition, values = "1", []
    elif figure in GROUPS:
        condition, values = f"{GROUPS[figure]} = ?", [key or ""]
    elif figure in conditions:
        condition, values = conditions[figure]
    else:
        raise InvalidInput("figure", f"unknown report figure {figure!r}")
    return [row[0] for row in conn.execute(
        f"SELECT id FROM complaint_case WHERE received_at >= ? AND received_at < ? AND {condition}"
        " ORDER BY received_at DESC", [to_db_time(start), to_db_time(end), *values])]


def _weeks(conn, period: Period, tz: tzinfo, start: str, end: str) -> list[WeekCount]:
    """Complaints per week (Monday to Sunday in the shop's zone); the ends may be part weeks."""
    mondays = period.week_starts()
    edges = [to_db_time(datetime.combine(monday, time(0), tzinfo=tz)) for monday in mondays[1:]]
    counts = [0] * len(mondays)
    for (received,) in conn.execute(
            "SELECT received_at FROM complaint_case WHERE received_at >= ? AND received_at < ?",
            (start, end)):
        counts[bisect_right(edges, received)] += 1
    return [WeekCount(monday, count) for monday, count in zip(mondays, counts)]
