"""The fixed words of the case log: states, channels, complainant types, built-in touchpoints."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["State", "Channel", "ComplainantType", "BUILTIN_TOUCHPOINTS", "OPEN_STATES",
           "SOCIAL_CHANNELS", "OFFLINE_CHANNELS", "EventKind", "AccountStatus", "OutboxState", "OutboxAction"]


class State(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"
    IGNORED = "ignored"


OPEN_STATES = (State.NEW, State.ACKNOWLEDGED, State.IN_PROGRESS, State.RESOLVED, State.FOLLOWED_UP)


class Channel(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    X = "x"
    PHONE = "phone"
    LETTER = "letter"
    WALK_IN = "walk_in"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    OTHER = "other"


SOCIAL_CHANNELS = (Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X)
OFFLINE_CHANNELS = (Channel.PHONE, Channel.LETTER, Channel.WALK_IN, Channel.EMAIL,
                    Channel.WHATSAPP, Channel.OTHER)


class ComplainantType(StrEnum):
    ACTIVE_HATER = "active_hater"
    EXTREME_CRITIC = "extreme_critic"
    LAPSED_LOYAL = "lapsed_loyal"
    LOYAL_FAN = "loyal_fan"
    NEWCOMER = "newcomer"


class EventKind(StrEnum):
    CREATED = "created"
    STATE = "state"
    NOTE = "note"
    REPLY = "reply"
    SNOOZE = "snooze"
    DONE = "done"  # the owner did what a reminder asked, outside Balas (text: which reminder)
    TYPE_SET = "type_set"
    HIDE = "hide"  # the owner (or the auto-hide rule) asked to hide the comment
    COMMENT = "comment"  # the customer wrote again on the platform, in the case's thread
    SENT = "sent"  # the outbox delivered a reply, hide or delete to the platform
    SEND_FAILED = "send_failed"  # the platform refused it; the owner decides what next


class AccountStatus(StrEnum):
    CONNECTED = "connected"
    NEEDS_RELOGIN = "needs_relogin"
    OFFLINE = "offline"
    SIGNED_OUT = "signed_out"   # the owner signed it out; its comments and cases stay


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class OutboxAction(StrEnum):
    REPLY = "reply"
    HIDE = "hide"
    UNHIDE = "unhide"
    DELETE = "delete"


# Keys are stable; names are shown through the UI's translations. The owner can add more.
BUILTIN_TOUCHPOINTS = ("delivery", "product_quality", "staff", "price", "payment",
                       "online_shop", "store_visit", "other")
