"""When a case next needs the owner: first response, update while in progress, follow-up.

Targets count only the shop's opening hours (see `hours`); the owner sets them in Settings →
Reminders and they are kept in the case log itself, so the command line reads the same ones.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from desktop.cases.hours import WEEKDAYS, DayHours, OpeningHours, local_zone_name
from desktop.cases.vocab import Channel, State

__all__ = ["TARGETS_KEY", "Targets", "ReminderKind", "reminder_kind", "due_after", "DEFAULT_TARGETS",
           "TARGET_MINUTES_RANGE"]

log = logging.getLogger(__name__)

TARGET_MINUTES_RANGE = (15, 14 * 24 * 60)
TARGETS_KEY = "reminders.targets"  # where the case log keeps them (table app_setting)


class ReminderKind:
    FIRST_RESPONSE = "first_response"
    UPDATE = "update"
    FOLLOW_UP = "follow_up"


_KIND_OF_STATE = {State.NEW: ReminderKind.FIRST_RESPONSE, State.ACKNOWLEDGED: ReminderKind.UPDATE,
                  State.IN_PROGRESS: ReminderKind.UPDATE, State.RESOLVED: ReminderKind.FOLLOW_UP}


def reminder_kind(state: str) -> str | None:
    """What a case in `state` is waiting for from the owner; None when nothing is owed."""
    return _KIND_OF_STATE.get(state)


def _default_channel_minutes() -> dict[str, int]:
    # Someone at the counter, on the phone or writing a formal letter is waiting more keenly.
    return {Channel.WALK_IN.value: 60, Channel.PHONE.value: 60, Channel.LETTER.value: 60}


@dataclass(frozen=True)
class Targets:
    """The owner's response targets (minutes of opening time) and the hours they count in."""

    first_response: int = 2 * 60
    update: int = 24 * 60
    follow_up: int = 2 * 24 * 60
    channel_first_response: dict[str, int] = field(default_factory=_default_channel_minutes)
    hours: OpeningHours = field(default_factory=OpeningHours)

    def __hash__(self):
        return hash((self.first_response, self.update, self.follow_up,
                     tuple(sorted(self.channel_first_response.items())), self.hours))

    def first_response_for(self, channel: str) -> timedelta:
        return timedelta(minutes=self.channel_first_response.get(channel, self.first_response))

    def span(self, kind: str, channel: str) -> timedelta:
        if kind == ReminderKind.FIRST_RESPONSE:
            return self.first_response_for(channel)
        return timedelta(minutes=self.update if kind == ReminderKind.UPDATE else self.follow_up)

    # -- stored as JSON in the case log --------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({
            "first_response": self.first_response, "update": self.update, "follow_up": self.follow_up,
            "channel_first_response": self.channel_first_response,
            "week": [{"open": d.open, "opens": d.opens.strftime("%H:%M"), "closes": d.closes.strftime("%H:%M")}
                     for d in self.hours.week],
            "days_off": sorted(d.isoformat() for d in self.hours.days_off),
            "zone": self.hours.zone,
        })

    @classmethod
    def from_json(cls, text: str | None, zone: str) -> Targets:
        """Read stored targets; anything missing or malformed takes its default (never raises)."""
        default = cls(hours=OpeningHours(zone=zone))
        try:
            raw = json.loads(text) if text else {}
        except ValueError:
            log.warning("reminder settings unreadable; using the defaults")
            raw = {}
        if not isinstance(raw, dict):
            return default
        minutes = lambda key, fallback: _minutes(raw.get(key), fallback)  # noqa: E731
        channels = raw.get("channel_first_response")
        channel_minutes = ({str(k): _minutes(v, default.first_response) for k, v in channels.items()
                            if k in Channel.__members__.values()}
                           if isinstance(channels, dict) else default.channel_first_response)
        week = raw.get("week")
        days = (tuple(_day(entry, fallback) for entry, fallback in zip(week, default.hours.week))
                if isinstance(week, list) and len(week) == WEEKDAYS else default.hours.week)
        days_off = frozenset(filter(None, (_date(d) for d in raw.get("days_off") or [] if isinstance(d, str))))
        stored_zone = raw.get("zone") if isinstance(raw.get("zone"), str) else zone
        return cls(first_response=minutes("first_response", default.first_response),
                   update=minutes("update", default.update),
                   follow_up=minutes("follow_up", default.follow_up),
                   channel_first_response=channel_minutes,
                   hours=OpeningHours(week=days, days_off=days_off, zone=stored_zone or zone))

    @classmethod
    def stored(cls, text: str | None) -> Targets:
        """Targets as kept in the case log; the computer's time zone until the owner sets one."""
        return cls.from_json(text, zone=local_zone_name())

    def with_zone(self, zone: str) -> Targets:
        return replace(self, hours=replace(self.hours, zone=zone))


def _minutes(value, fallback: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return fallback
    low, high = TARGET_MINUTES_RANGE
    return int(min(max(value, low), high))


def _clock(text, fallback: time) -> time:
    try:
        return time.fromisoformat(text).replace(second=0, microsecond=0, tzinfo=None)
    except (TypeError, ValueError):
        return fallback


def _day(entry, fallback: DayHours) -> DayHours:
    if not isinstance(entry, dict):
        return fallback
    return DayHours(opens=_clock(entry.get("opens"), fallback.opens),
                    closes=_clock(entry.get("closes"), fallback.closes),
                    open=bool(entry.get("open", fallback.open)))


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


DEFAULT_TARGETS = Targets()


def due_after(state: str, channel: str, received_at: datetime, last_event_at: datetime,
              targets: Targets = DEFAULT_TARGETS) -> datetime | None:
    """The next due time for a case now in `state`; None when nothing more is owed.

    A new case counts from when it came in; an open one from its last event (a reply, a note,
    a move); a resolved one from its resolution.
    """
    kind = reminder_kind(state)
    if kind is None:
        return None
    start = received_at if kind == ReminderKind.FIRST_RESPONSE else last_event_at
    return targets.hours.add(start, targets.span(kind, channel))
