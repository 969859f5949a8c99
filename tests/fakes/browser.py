"""Stands in for the system browser in sign-in tests: it opens what Balas asks it to open,
follows the platform's redirects back to Balas's listener on 127.0.0.1, and keeps the page it
ended on. Addresses off this machine (facebook.com/device) are only noted, never visited."""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

import requests

__all__ = ["Browser"]


class Browser:
    def __init__(self, visits: bool = True):
        self.visits = visits          # False: the owner closed the tab without doing anything
        self.opened: list[str] = []
        self.pages: list[tuple[int, str, str]] = []   # (status, text, final url)
        self._threads: list[threading.Thread] = []

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        if self.visits and urlsplit(url).hostname == "127.0.0.1":
            thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _visit(self, url: str) -> None:
        answer = requests.get(url, timeout=10)
        self.pages.append((answer.status_code, answer.text, answer.url))

    def wait(self) -> None:
        for thread in self._threads:
            thread.join(10)
