"""Translated names for the case log's fixed words (states, channels, types, touchpoints)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

__all__ = ["state_name", "channel_name", "type_name", "touchpoint_name", "action_name", "reminder_name",
           "STATE_NAMES", "CHANNEL_NAMES", "TYPE_NAMES", "ACTION_NAMES"]

STATE_NAMES = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "followed_up": QT_TRANSLATE_NOOP("Labels", "Followed up"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "ignored": QT_TRANSLATE_NOOP("Labels", "Ignored"),
}
CHANNEL_NAMES = {
    "facebook": QT_TRANSLATE_NOOP("Labels", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("Labels", "Instagram"),
    "x": QT_TRANSLATE_NOOP("Labels", "X"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "walk_in": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "whatsapp": QT_TRANSLATE_NOOP("Labels", "SMS / WhatsApp"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
TYPE_NAMES = {
    "active_hater": QT_TRANSLATE_NOOP("Labels", "Active hater"),
    "extreme_critic": QT_TRANSLATE_NOOP("Labels", "Harsh critic"),
    "lapsed_loyal": QT_TRANSLATE_NOOP("Labels", "Upset former regular"),
    "loyal_fan": QT_TRANSLATE_NOOP("Labels", "Loyal fan"),
    "newcomer": QT_TRANSLATE_NOOP("Labels", "Newcomer"),
}
TOUCHPOINT_NAMES = {
    "delivery": QT_TRANSLATE_NOOP("Labels", "Delivery"),
    "product_quality": QT_TRANSLATE_NOOP("Labels", "Product quality"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    "price": QT_TRANSLATE_NOOP("Labels", "Price"),
    "payment": QT_TRANSLATE_NOOP("Labels", "Payment"),
    "online_shop": QT_TRANSLATE_NOOP("Labels", "Online shop"),
    "store_visit": QT_TRANSLATE_NOOP("Labels", "Store visit"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
ACTION_NAMES = {
    "acknowledge": QT_TRANSLATE_NOOP("Labels", "Acknowledge"),
    "start": QT_TRANSLATE_NOOP("Labels", "Start work"),
    "resolve": QT_TRANSLATE_NOOP("Labels", "Mark resolved"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Followed up"),
    "close": QT_TRANSLATE_NOOP("Labels", "Close"),
    "ignore": QT_TRANSLATE_NOOP("Labels", "Ignore…"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Reopen"),
}

OUTBOX_ACTION_NAMES = {
    "reply": QT_TRANSLATE_NOOP("Labels", "reply"),
    "hide": QT_TRANSLATE_NOOP("Labels", "hide the comment"),
    "unhide": QT_TRANSLATE_NOOP("Labels", "show the comment again"),
    "delete": QT_TRANSLATE_NOOP("Labels", "delete the comment"),
}

REMINDER_NAMES = {
    "first_response": QT_TRANSLATE_NOOP("Labels", "First reply"),
    "update": QT_TRANSLATE_NOOP("Labels", "Update the customer"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow up"),
}


def _name(table: dict, key: str | None) -> str:
    if key is None:
        return ""
    source = table.get(key)
    return QCoreApplication.translate("Labels", source) if source else key


def state_name(key: str | None) -> str:
    return _name(STATE_NAMES, key)


def channel_name(key: str | None) -> str:
    return _name(CHANNEL_NAMES, key)


def type_name(key: str | None) -> str:
    return _name(TYPE_NAMES, key)


def action_name(key: str | None) -> str:
    return _name(ACTION_NAMES, key)


def reminder_name(key: str | None) -> str:
    """What a reminder asks for: first reply, update, follow-up."""
    return _name(REMINDER_NAMES, key)


def outbox_action_name(key: str | None) -> str:
    return _name(OUTBOX_ACTION_NAMES, key)


def touchpoint_name(key: str | None, custom_name: str | None = None) -> str:
    """The owner's own name wins; built-in keys are translated; unknown keys show as they are."""
    if custom_name:
        return custom_name
    if key and key.startswith("custom:"):
        return key[len("custom:"):].replace("_", " ")
    return _name(TOUCHPOINT_NAMES, key)
