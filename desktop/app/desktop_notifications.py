"""Notifications with buttons on Linux desktops (the freedesktop.org D-Bus service).

Qt's tray sends its messages there without any action, so a click on one is lost; this sends
them with a default action ("open") and a snooze button, and reports the click. One thread
owns the D-Bus connection: it sends what is queued and listens for clicks, so the UI thread
never waits on the notification daemon. Plain Python (jeepney); no Qt.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Callable

__all__ = ["DesktopNotifications"]

log = logging.getLogger(__name__)

_PATH = "/org/freedesktop/Notifications"
_NAME = "org.freedesktop.Notifications"


class DesktopNotifications:
    """`on_action(tag, action_key)` runs on the notifier's thread when the owner clicks (`tag`
    is what `notify` was given); `on_undelivered(title, body, tag)` when no service took it,
    so the caller can show it another way."""

    def __init__(self, app_name: str, icon_path: str, on_action: Callable[[object, str], None],
                 on_undelivered: Callable[[str, str, object], None]):
        self._app_name, self._icon_path = app_name, icon_path
        self._on_action, self._on_undelivered = on_action, on_undelivered
        self._outgoing: queue.Queue = queue.Queue()
        self._tags: dict[int, object] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notifications", daemon=True)
        self.sent = 0

    def start(self) -> None:
        self._thread.start()

    def notify(self, title: str, body: str, actions: list[tuple[str, str]], timeout_ms: int,
               tag: object = None) -> None:
        """Queue a notification; `actions` are (key, label) pairs, "default" being a click on it."""
        self._outgoing.put((title, body, actions, timeout_ms, tag))

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=3)

    # -- the notifier's thread -------------------------------------------------------------
    def _run(self) -> None:
        from jeepney import DBusAddress, HeaderFields, MatchRule, new_method_call
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        address = DBusAddress(_PATH, bus_name=_NAME, interface=_NAME)
        try:
            conn = open_dbus_connection(bus="SESSION")
        except Exception:
            log.warning("cannot reach the session bus for notifications", exc_info=True)
            self._give_back()
            return
        rule = MatchRule(type="signal", interface=_NAME, path=_PATH, member="ActionInvoked")
        with conn, conn.filter(rule) as clicks:
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
            while not self._stop.is_set():
                self._send_queued(conn, address, new_method_call)
                try:
                    message = conn.recv_until_filtered(clicks, timeout=0.2)
                except TimeoutError:
                    continue
                except Exception:
                    log.warning("notification listener stopped", exc_info=True)
                    self._give_back()
                    return
                if message.header.fields.get(HeaderFields.member) == "ActionInvoked":
                    notification_id, key = message.body
                    if notification_id in self._tags:
                        try:
                            self._on_action(self._tags[notification_id], key)
                        except Exception:
                            log.exception("notification click failed")

    def _send_queued(self, conn, address, new_method_call) -> None:
        while True:
            try:
                title, body, actions, timeout_ms, tag = self._outgoing.get_nowait()
            except queue.Empty:
                return
            flat = [part for key, label in actions for part in (key, label)]
            message = new_method_call(address, "Notify", "susssasa{sv}i",
                                      (self._app_name, 0, self._icon_path, title, body, flat,
                                       {"urgency": ("y", 1)}, timeout_ms))
            try:
                reply = conn.send_and_get_reply(message, timeout=5)
                if reply.header.message_type.name == "error":
                    raise RuntimeError(reply.body[0] if reply.body else "error reply")
                self._tags[reply.body[0]] = tag
                self.sent += 1
                if len(self._tags) > 200:  # old ones can no longer be clicked
                    for old in sorted(self._tags)[:100]:
                        del self._tags[old]
            except Exception as error:
                log.warning("no notification service took a notification: %s", error)
                self._on_undelivered(title, body, tag)

    def _give_back(self) -> None:
        """This notifier cannot work: whatever is queued, and anything later, goes back."""
        self._stop.set()
        while True:
            try:
                title, body, _actions, _timeout, tag = self._outgoing.get_nowait()
            except queue.Empty:
                return
            self._on_undelivered(title, body, tag)

    @property
    def working(self) -> bool:
        return not self._stop.is_set()
