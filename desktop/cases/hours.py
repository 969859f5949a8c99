"""The shop's opening hours: when the reminder clock runs and when it stands still.

Hours are given per weekday in the shop's own time zone, with days off (public holidays)
on top. A day whose closing time is at or before its opening time closes after midnight
(a night market, a late café); equal times mean open round the clock. With no open day at
all the clock runs all the time, so nothing is ever held back for ever.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cached_property
from typing import Callable, Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["DayHours", "OpeningHours", "local_zone_name", "zone_or_local", "WEEKDAYS"]

log = logging.getLogger(__name__)

WEEKDAYS = 7
_DAY = timedelta(days=1)
_KNOWN_DAYS = 4000  # days whose open period is remembered (about ten years)
_LOOKAHEAD_DAYS = 800  # a long run of days off still ends; past this the clock runs regardless


@dataclass(frozen=True)
class DayHours:
    """One weekday: open from `opens` to `closes` (local times), or closed."""

    opens: time = time(9, 0)
    closes: time = time(18, 0)
    open: bool = True

    @property
    def past_midnight(self) -> bool:
        return self.open and self.closes < self.opens

    @property
    def round_the_clock(self) -> bool:
        return self.open and self.closes == self.opens

    def length(self) -> timedelta:
        if not self.open:
            return timedelta(0)
        start = timedelta(hours=self.opens.hour, minutes=self.opens.minute)
        end = timedelta(hours=self.closes.hour, minutes=self.closes.minute)
        return end - start if end > start else end - start + _DAY


def local_zone_name() -> str:
    """The computer's IANA time zone (e.g. Asia/Kuala_Lumpur); UTC when it cannot be told."""
    try:
        from tzlocal import get_localzone_name

        return get_localzone_name() or "UTC"
    except Exception:  # an odd system setting must not stop the reminders
        log.warning("cannot tell the computer's time zone; using UTC", exc_info=True)
        return "UTC"


def zone_or_local(name: str | None) -> tzinfo:
    """The named zone, or the computer's own when the name is unknown or missing."""
    for candidate in (name, local_zone_name()):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                log.warning("unknown time zone %r", candidate)
    return timezone.utc


def _default_week() -> tuple[DayHours, ...]:
    # Monday to Saturday 9:00–18:00, Sunday closed: a common small-shop week.
    return tuple(DayHours(open=(day != 6)) for day in range(WEEKDAYS))


class _RunningTotal:
    """Opening time summed day by day from the first day asked about: `before(day)` is the time
    in the periods of the days from there up to `day` (negative for earlier days). Each day is
    counted once; a day further than _KNOWN_DAYS from the others gives None."""

    def __init__(self, open_on: Callable[[date], timedelta]):
        self._open_on = open_on
        self._totals: dict[date, timedelta] = {}
        self._low: date | None = None
        self._high: date | None = None

    def before(self, day: date) -> timedelta | None:
        if self._low is None:
            self._low = self._high = day
            self._totals[day] = timedelta(0)
        if max(day, self._high) - min(day, self._low) > timedelta(days=_KNOWN_DAYS):
            return None
        while self._high < day:
            self._totals[self._high + _DAY] = self._totals[self._high] + self._open_on(self._high)
            self._high += _DAY
        while self._low > day:
            self._totals[self._low - _DAY] = self._totals[self._low] - self._open_on(self._low - _DAY)
            self._low -= _DAY
        return self._totals[day]


@dataclass(frozen=True)
class OpeningHours:
    week: tuple[DayHours, ...] = field(default_factory=_default_week)  # Monday first
    days_off: frozenset[date] = frozenset()
    zone: str = "UTC"

    def __post_init__(self):
        if len(self.week) != WEEKDAYS:
            raise ValueError("opening hours need one entry per weekday")

    @cached_property
    def tz(self) -> tzinfo:
        return zone_or_local(self.zone)

    @cached_property
    def always_open(self) -> bool:
        """No open day at all reads as open all the time (the clock must run somewhere)."""
        return not any(day.open for day in self.week)

    def problems(self) -> list[str]:
        """What the owner should know about these hours (codes; the UI words them)."""
        found = []
        if self.always_open:
            found.append("no_open_day")
        if any(day.past_midnight for day in self.week):
            found.append("past_midnight")
        return found

    # -- the periods the shop is open ------------------------------------------------------
    @cached_property
    def _totals(self) -> _RunningTotal:
        return _RunningTotal(self._open_on)

    def _open_on(self, day: date) -> timedelta:
        period = self._period(day)
        return period[1] - period[0] if period is not None else timedelta(0)

    @cached_property
    def _known_periods(self) -> dict[date, tuple[datetime, datetime] | None]:
        return {}  # the hours never change, so each day's period is worked out once

    def _period(self, day: date) -> tuple[datetime, datetime] | None:
        known = self._known_periods
        if day in known:
            return known[day]
        hours = self.week[day.weekday()]
        period = None
        if hours.open and day not in self.days_off:
            start = datetime.combine(day, hours.opens, tzinfo=self.tz).astimezone(timezone.utc)
            end_day = day if hours.closes > hours.opens else day + _DAY
            end = datetime.combine(end_day, hours.closes, tzinfo=self.tz).astimezone(timezone.utc)
            period = start, end
        if len(known) < _KNOWN_DAYS:
            known[day] = period
        return period

    def periods(self, after: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Open periods (UTC) that end after `after`, in order; endless when always open."""
        if self.always_open:
            yield after, datetime.max.replace(tzinfo=timezone.utc)
            return
        day = after.astimezone(self.tz).date() - _DAY  # yesterday's night may still be open
        for _ in range(_LOOKAHEAD_DAYS):
            period = self._period(day)
            day += _DAY
            if period is not None and period[1] > after:
                yield period

    def is_open(self, at: datetime) -> bool:
        for start, end in self.periods(at):
            return start <= at < end
        return True

    def next_opening(self, after: datetime) -> datetime:
        """The first time the shop opens strictly after `after` (not the period it is in now)."""
        for start, _end in self.periods(after):
            if start > after:
                return start
        return after + _DAY

    def open_between(self, start: datetime, end: datetime) -> timedelta:
        """How much opening time lies between two moments (zero when end comes first).

        The days wholly inside a long span are read from a running total kept per day, so a
        case months overdue costs no more than one a day late, and stays exact across days
        off and clock changes.
        """
        if end <= start:
            return timedelta(0)
        if self.always_open:
            return end - start
        first, last = start.astimezone(self.tz).date(), end.astimezone(self.tz).date()
        if (last - first).days < 4:
            return self._open_between_days(start, end)
        # days first+1 … last-2 open and close inside the span (a period ends by the next midnight)
        inner_to, inner_from = self._totals.before(last - _DAY), self._totals.before(first + _DAY)
        if inner_to is None or inner_from is None:
            return self._open_between_days(start, end)
        total = inner_to - inner_from
        for day in (first - _DAY, first, last - _DAY, last):
            period = self._period(day)
            if period is not None:
                total += max(min(period[1], end) - max(period[0], start), timedelta(0))
        return total

    def _open_between_days(self, start: datetime, end: datetime) -> timedelta:
        total = timedelta(0)
        if end <= start:
            return total
        for p_start, p_end in self.periods(start):
            if p_start >= end:
                break
            total += min(p_end, end) - max(p_start, start)
        else:
            return end - start  # ran out of days to look at: count plainly
        return total

    def add(self, start: datetime, span: timedelta) -> datetime:
        """When `span` of opening time has passed after `start`.

        Whole days count as opening days: 24 hours is the same time on the next day the shop
        opens, not 24 open hours (which would be three working days). The rest counts open hours.
        """
        if self.always_open:
            return start + span
        days, rest = divmod(span, _DAY)
        moment = start if self.is_open(start) else self.next_opening(start)
        for _ in range(days):
            moment = self._same_time_next_open_day(moment)
        return self._add_open_time(moment, rest)

    def _same_time_next_open_day(self, moment: datetime) -> datetime:
        periods = self.periods(moment)
        current = next(periods, None)
        if current is None:
            return moment + _DAY
        into = max(moment - current[0], timedelta(0))
        following = next(periods, None)
        if following is None:
            return moment + _DAY
        candidate = following[0] + into
        return candidate if candidate < following[1] else self.next_opening(candidate)

    def _add_open_time(self, start: datetime, span: timedelta) -> datetime:
        remaining = span
        for p_start, p_end in self.periods(start):
            begin = max(p_start, start)
            if remaining <= p_end - begin:
                return begin + remaining
            remaining -= p_end - begin
        return start + span
