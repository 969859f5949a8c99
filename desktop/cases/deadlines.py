"""When a case next needs the owner: first response, update while in progress, follow-up.

Plain wall-clock targets; opening hours and the owner's own targets come with the reminders.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.cases.vocab import Channel, State

__all__ = ["first_response_target", "due_after", "UPDATE_TARGET", "FOLLOW_UP_TARGET"]

FIRST_RESPONSE_TARGET = timedelta(hours=2)
UPDATE_TARGET = timedelta(hours=24)
FOLLOW_UP_TARGET = timedelta(days=2)
# Someone at the counter, on the phone or writing a formal letter is waiting more keenly.
_URGENT_CHANNELS = {Channel.WALK_IN: timedelta(hours=1), Channel.PHONE: timedelta(hours=1),
                    Channel.LETTER: timedelta(hours=1)}


def first_response_target(channel: str) -> timedelta:
    return _URGENT_CHANNELS.get(channel, FIRST_RESPONSE_TARGET)


def due_after(state: str, channel: str, received_at: datetime, last_event_at: datetime) -> datetime | None:
    """The next due time for a case now in `state`; None when nothing more is owed."""
    if state == State.NEW:
        return received_at + first_response_target(channel)
    if state in (State.ACKNOWLEDGED, State.IN_PROGRESS):
        return last_event_at + UPDATE_TARGET
    if state == State.RESOLVED:
        return last_event_at + FOLLOW_UP_TARGET
    return None
