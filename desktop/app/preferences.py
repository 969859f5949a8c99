"""The owner's preferences (QSettings): how replies are signed and checked, and intake rules."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QSettings

from desktop import APP_NAME
from desktop.sync.intake import IntakeRules

__all__ = ["ReplySettings", "Preferences"]


class ReplySettings(NamedTuple):
    signature: str = ""          # how replies end, e.g. "— Limah (ML)"
    shop_name: str = ""
    prefer: str = "ms"           # Malay or Indonesian when a comment could be either
    require_name: bool = True    # warn when a reply does not greet the customer by name
    require_signature: bool = True
    auto_hide_abuse: bool = False


def _bool(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class Preferences:
    """Reads and writes ReplySettings; the demo shop keeps its own file, never the owner's."""

    def __init__(self, demo: bool = False, defaults: ReplySettings = ReplySettings()):
        self._settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                   APP_NAME, "demo-preferences" if demo else "preferences")
        self._defaults = defaults

    def replies(self) -> ReplySettings:
        s, d = self._settings, self._defaults
        prefer = str(s.value("replies/prefer", d.prefer))
        return ReplySettings(
            signature=str(s.value("replies/signature", d.signature))[:80],
            shop_name=str(s.value("replies/shop_name", d.shop_name))[:80],
            prefer=prefer if prefer in ("ms", "id") else "ms",
            require_name=_bool(s.value("replies/require_name"), d.require_name),
            require_signature=_bool(s.value("replies/require_signature"), d.require_signature),
            auto_hide_abuse=_bool(s.value("rules/auto_hide_abuse"), d.auto_hide_abuse))

    def save_replies(self, values: ReplySettings) -> None:
        s = self._settings
        s.setValue("replies/signature", values.signature.strip())
        s.setValue("replies/shop_name", values.shop_name.strip())
        s.setValue("replies/prefer", values.prefer)
        s.setValue("replies/require_name", values.require_name)
        s.setValue("replies/require_signature", values.require_signature)
        s.setValue("rules/auto_hide_abuse", values.auto_hide_abuse)
        s.sync()

    def intake_rules(self) -> IntakeRules:
        values = self.replies()
        return IntakeRules(prefer=values.prefer, auto_hide_abuse=values.auto_hide_abuse)
