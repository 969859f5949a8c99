"""Opening hours: the reminder clock runs only while the shop is open."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from desktop.cases.hours import DayHours, OpeningHours

KL = ZoneInfo("Asia/Kuala_Lumpur")
CLOSED = DayHours(open=False)
NINE_TO_SIX = DayHours(time(9), time(18))


def kl(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A time in Kuala Lumpur in November 2026 (the 23rd is a Monday)."""
    return datetime(2026, month, day, hour, minute, tzinfo=KL)


def shop(**changes) -> OpeningHours:
    values = {"week": (NINE_TO_SIX,) * 6 + (CLOSED,), "zone": "Asia/Kuala_Lumpur"}
    values.update(changes)
    return OpeningHours(**values)


def test_hours_inside_one_day():
    assert shop().add(kl(23, 14), timedelta(hours=2)) == kl(23, 16)


def test_the_clock_stops_overnight():
    # 14:00 + 5 h: four hours today, the fifth on Tuesday morning
    assert shop().add(kl(23, 14), timedelta(hours=5)) == kl(24, 10)
    # came in at night: the two hours start at opening time
    assert shop().add(kl(23, 22), timedelta(hours=2)) == kl(24, 11)
    assert shop().add(kl(24, 3), timedelta(hours=2)) == kl(24, 11)


def test_the_weekend_and_days_off_are_skipped():
    # Saturday 17:00 + 2 h: one hour on Saturday, Sunday closed, one on Monday
    assert shop().add(kl(28, 17), timedelta(hours=2)) == kl(30, 10)
    merdeka = shop(days_off=frozenset({date(2026, 11, 30)}))
    assert merdeka.add(kl(28, 17), timedelta(hours=2)) == kl(12 - 11, 10, month=12)  # Tuesday 1 December


def test_a_whole_day_means_the_same_time_on_the_next_open_day():
    assert shop().add(kl(23, 15), timedelta(hours=24)) == kl(24, 15)
    assert shop().add(kl(28, 15), timedelta(hours=24)) == kl(30, 15)  # Saturday → Monday
    assert shop().add(kl(23, 15), timedelta(days=2)) == kl(25, 15)
    # Friday 17:30 with a short Saturday (9–13): the next day's 17:30 is after closing → Monday 9:00
    short_saturday = shop(week=(NINE_TO_SIX,) * 5 + (DayHours(time(9), time(13)), CLOSED))
    assert short_saturday.add(kl(27, 17, 30), timedelta(days=1)) == kl(30, 9)


def test_a_night_market_closes_after_midnight():
    night = shop(week=(DayHours(time(18), time(2)),) * 7)
    assert night.week[0].past_midnight and "past_midnight" in night.problems()
    assert night.is_open(kl(24, 1)) and not night.is_open(kl(24, 3))
    # 01:00 + 2 h: one hour before closing at 02:00, the other from 18:00
    assert night.add(kl(24, 1), timedelta(hours=2)) == kl(24, 19)
    assert night.open_between(kl(23, 17), kl(24, 3)) == timedelta(hours=8)


def test_round_the_clock_and_no_open_day():
    always = shop(week=(DayHours(time(0), time(0)),) * 7)
    assert always.add(kl(23, 23), timedelta(hours=5)) == kl(24, 4)
    never = shop(week=(CLOSED,) * 7)
    assert never.problems() == ["no_open_day"]
    # no open day reads as always open: reminders still fall due
    assert never.add(kl(23, 23), timedelta(hours=5)) == kl(24, 4)


def test_a_year_of_days_off_still_ends():
    every_day = frozenset(date(2026, 1, 1) + timedelta(days=i) for i in range(900))
    hours = shop(days_off=every_day)
    start = kl(23, 10)
    assert hours.add(start, timedelta(hours=2)) > start  # counted plainly, never stuck


def test_daylight_saving_time_is_followed():
    london = OpeningHours(week=(NINE_TO_SIX,) * 7, zone="Europe/London")
    lon = ZoneInfo("Europe/London")
    # the clocks go back on Sunday 25 October 2026: 9:00 is 08:00 UTC before, 09:00 UTC after
    saturday = datetime(2026, 10, 24, 17, tzinfo=lon)
    due = london.add(saturday, timedelta(hours=2))
    assert due == datetime(2026, 10, 25, 10, tzinfo=lon)
    assert due.astimezone(timezone.utc).hour == 10
    assert london.add(saturday, timedelta(days=1)) == datetime(2026, 10, 25, 17, tzinfo=lon)


def test_the_shops_zone_not_the_computers():
    jakarta = shop(zone="Asia/Jakarta")  # one hour behind Kuala Lumpur
    # 8:30 in KL is 7:30 in Jakarta: the hour starts at 9:00 there (10:00 in KL)
    assert jakarta.add(kl(23, 8, 30), timedelta(hours=1)) == kl(23, 11)
    unknown = shop(zone="Mars/Olympus_Mons")  # falls back to the computer's zone (KL in tests)
    assert unknown.add(kl(23, 14), timedelta(hours=2)) == kl(23, 16)


def test_next_opening_and_open_time_between():
    hours = shop()
    assert hours.next_opening(kl(23, 14)) == kl(24, 9)  # open now: the next opening
    assert hours.next_opening(kl(28, 19)) == kl(30, 9)
    assert hours.open_between(kl(28, 17), kl(30, 10)) == timedelta(hours=2)
    assert hours.open_between(kl(30, 10), kl(28, 17)) == timedelta(0)  # the wrong way round


def test_a_long_span_counts_the_same_as_day_by_day():
    hours = shop(days_off=frozenset({date(2026, 12, 25), date(2027, 1, 1), date(2026, 12, 27)}))
    start, end = kl(23, 14, 30), kl(23, 11) + timedelta(days=120)
    assert hours.open_between(start, end) == hours._open_between_days(start, end)
    night = shop(week=(DayHours(time(18), time(2)),) * 6 + (CLOSED,))
    assert night.open_between(start, end) == night._open_between_days(start, end)


def test_any_span_counts_exactly_with_days_off_and_clock_changes():
    # days off at the very edges of a span, a night market, and London's clock changes
    import random

    rng = random.Random(11)
    holidays = frozenset(date(2026, 11, 23) + timedelta(days=rng.randrange(0, 400)) for _ in range(40))
    week_days = (DayHours(time(9), time(18)),) * 6 + (CLOSED,)
    kinds = [shop(days_off=holidays),
             shop(week=(DayHours(time(20), time(1)),) * 5 + (CLOSED, DayHours(time(0), time(0)))),
             OpeningHours(week=week_days, days_off=holidays, zone="Europe/London"),
             OpeningHours(week=(DayHours(time(1, 30), time(1, 30)),) * 7, zone="Europe/London")]
    base = kl(23, 12)
    for hours in kinds:
        for _ in range(300):
            start = base + timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
            end = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 30))
            assert hours.open_between(start, end) == hours._open_between_days(start, end), (hours, start, end)
    for holiday in sorted(holidays)[:5]:  # a span starting or ending on a day off
        edge = datetime.combine(holiday, time(12), tzinfo=KL)
        hours = kinds[0]
        for start, end in ((edge, edge + timedelta(days=9)), (edge - timedelta(days=8), edge)):
            assert hours.open_between(start, end) == hours._open_between_days(start, end)
