"""The one way work leaves the UI thread: a Job on a pool, its result or error back as a signal.

Four lanes: reads run on a small pool; writes to the case log run one at a time, in order;
network work (sync, sending) runs one job at a time on its own lane, so a slow platform never
holds up a read or a save; work that waits on the owner (a sign-in in the browser, the keyring)
has a lane of its own, so it never holds up a sync.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.cases.errors import CaseLogError

__all__ = ["Job", "TaskRunner"]

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object, object, object)
    """(callback, result, error) — delivered on the thread that owns the relay (the UI)."""


class Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable, args: tuple, callback: Callable | None):
        super().__init__()
        self._relay, self._fn, self._args, self._callback = relay, fn, args, callback

    def run(self) -> None:  # worker thread: never touch a widget here
        try:
            result, error = self._fn(*self._args), None
        except Exception as exc:  # handed back to the UI thread, never swallowed
            # explained to the owner (a case-log, platform, sign-in or keyring problem); a bug is logged in full
            expected = isinstance(exc, CaseLogError) or getattr(exc, "explained", False)
            log.log(logging.DEBUG if expected else logging.ERROR, "job %s failed",
                    getattr(self._fn, "__name__", self._fn), exc_info=True)
            result, error = None, exc
        self._relay.done.emit(self._callback, result, error)


class TaskRunner(QObject):
    """Runs plain-Python callables off the UI thread; `callback(result, error)` runs on the UI thread."""

    def __init__(self, parent: QObject | None = None, readers: int = 2):
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(readers)
        self.read_pool.setExpiryTimeout(-1)  # keep the threads, and so their warm connections
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.network_pool = QThreadPool(self)
        self.network_pool.setMaxThreadCount(1)
        self.interactive_pool = QThreadPool(self)
        self.interactive_pool.setMaxThreadCount(1)
        self._closed = False
        self._asked: dict[object, int] = {}

    def read(self, fn: Callable, *args: Any, callback: Callable | None = None) -> None:
        self.read_pool.start(Job(self._relay, fn, args, callback))

    def read_latest(self, key: object, fn: Callable, callback: Callable) -> None:
        """Like read, but only the newest read asked for under `key` is answered: reads run on
        two threads and may finish out of order (a newer case shown, another period chosen)."""
        ticket = self._asked[key] = self._asked.get(key, 0) + 1
        self.read(fn, callback=lambda result, error: callback(result, error) if self._asked[key] == ticket else None)

    def write(self, fn: Callable, *args: Any, callback: Callable | None = None) -> None:
        self.write_pool.start(Job(self._relay, fn, args, callback))

    def network(self, fn: Callable, *args: Any, callback: Callable | None = None) -> None:
        self.network_pool.start(Job(self._relay, fn, args, callback))

    def interactive(self, fn: Callable, *args: Any, callback: Callable | None = None) -> None:
        self.interactive_pool.start(Job(self._relay, fn, args, callback))

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until every lane is empty (shutdown and tests only)."""
        # every lane is waited for, even when one of them runs late
        done = [pool.waitForDone(msecs) for pool in (self.write_pool, self.read_pool, self.network_pool,
                                                     self.interactive_pool)]
        return all(done)

    def close(self) -> None:
        """Wait for the running jobs, then drop answers still on their way (the windows are gone)."""
        self.wait_idle()
        self._closed = True

    def _on_relay_done(self, callback, result, error) -> None:
        if callback is not None and not self._closed:
            callback(result, error)
