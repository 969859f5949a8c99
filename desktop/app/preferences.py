"""The owner's preferences (QSettings): how replies are signed and checked, intake rules, how
often to sync, and the IDs of the owner's own platform apps (their secrets are in the keyring)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSettings

from desktop import APP_NAME, REDIRECT_PORT

if TYPE_CHECKING:
    from desktop.sync.intake import IntakeRules

__all__ = ["ReplySettings", "PlatformApps", "Preferences", "SYNC_MINUTES", "SYNC_MINUTES_RANGE"]

SYNC_MINUTES = 5
SYNC_MINUTES_RANGE = (1, 240)


class ReplySettings(NamedTuple):
    signature: str = ""          # how replies end, e.g. "— Limah (ML)"
    shop_name: str = ""
    prefer: str = "ms"           # Malay or Indonesian when a comment could be either
    require_name: bool = True    # warn when a reply does not greet the customer by name
    require_signature: bool = True
    auto_hide_abuse: bool = False


class PlatformApps(NamedTuple):
    """The owner's registered apps: IDs only, never a secret."""

    facebook_app_id: str = ""
    instagram_app_id: str = ""
    x_client_id: str = ""
    port: int = REDIRECT_PORT


def _int(value, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


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

    def reply_playbooks(self) -> dict:
        """The owner's own wordings of the suggested replies ({lang: {section: [text, …]}})."""
        import json

        from desktop.triage.playbooks import clean_custom

        try:
            return clean_custom(json.loads(str(self._settings.value("replies/playbooks", "") or "{}")))
        except ValueError:
            return {}  # a damaged entry: Balas's own wordings until the owner saves again

    def save_reply_playbooks(self, custom: dict) -> None:
        import json

        from desktop.triage.playbooks import clean_custom

        self._settings.setValue("replies/playbooks", json.dumps(clean_custom(custom), ensure_ascii=False))
        self._settings.sync()

    def intake_rules(self) -> IntakeRules:
        values = self.replies()
        from desktop.sync.intake import IntakeRules  # the triage's rules load with the first case

        return IntakeRules(prefer=values.prefer, auto_hide_abuse=values.auto_hide_abuse)

    def sync_minutes(self) -> int:
        return _int(self._settings.value("sync/every_minutes"), SYNC_MINUTES, *SYNC_MINUTES_RANGE)

    def save_sync_minutes(self, minutes: int) -> None:
        self._settings.setValue("sync/every_minutes", _int(minutes, SYNC_MINUTES, *SYNC_MINUTES_RANGE))
        self._settings.sync()

    def platform_apps(self) -> PlatformApps:
        s = self._settings
        text = (lambda key: "".join(str(s.value(key, "") or "").split())[:200])
        return PlatformApps(text("apps/facebook_app_id"), text("apps/instagram_app_id"),
                            text("apps/x_client_id"), _int(s.value("apps/redirect_port"), REDIRECT_PORT, 1024, 65535))

    def save_platform_apps(self, apps: PlatformApps) -> None:
        s = self._settings
        s.setValue("apps/facebook_app_id", "".join(apps.facebook_app_id.split()))
        s.setValue("apps/instagram_app_id", "".join(apps.instagram_app_id.split()))
        s.setValue("apps/x_client_id", "".join(apps.x_client_id.split()))
        s.setValue("apps/redirect_port", _int(apps.port, REDIRECT_PORT, 1024, 65535))
        s.sync()

    def saved_secrets(self) -> frozenset[str]:
        """Which app secrets the keyring holds (a note only: the secrets themselves stay there)."""
        value = self._settings.value("apps/saved_secrets", "")
        names = value if isinstance(value, list) else str(value or "").split(",")
        return frozenset(n for n in names if n)

    def mark_secret_saved(self, name: str, saved: bool) -> None:
        names = (self.saved_secrets() | {name}) if saved else (self.saved_secrets() - {name})
        self._settings.setValue("apps/saved_secrets", ",".join(sorted(names)))
        self._settings.sync()

    def told(self, what: str) -> bool:
        """Whether the owner was already told something said only once (e.g. "still in the tray")."""
        return _bool(self._settings.value(f"told/{what}"), False)

    def mark_told(self, what: str) -> None:
        self._settings.setValue(f"told/{what}", True)
        self._settings.sync()
