"""Shared fixtures: a private data folder per test, real SQLite files, real display checks."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc)  # a Monday, 14:00 in Kuala Lumpur


def real_parts_required() -> bool:
    """In CI a missing display, tray or keyring is a failure, never a skip."""
    return bool(os.environ.get("CI") or os.environ.get("BALAS_REQUIRE_REAL_PARTS"))


def missing_part(reason: str) -> None:
    if real_parts_required():
        pytest.fail(f"required for the tests but not available: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Each test gets its own data and config folders; nothing touches the owner's files."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / "xdg" / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    # The shop's clock: opening hours are read in the computer's zone unless the owner set one.
    monkeypatch.setenv("TZ", "Asia/Kuala_Lumpur")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "balas.db"


@pytest.fixture
def database(db_path):
    from desktop.cases.db import open_database

    db = open_database(db_path, now=NOW)
    yield db
    db.dispose()


class Clock:
    """A clock tests move by hand instead of sleeping."""

    def __init__(self, now: datetime = NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def repo(database, clock):
    from desktop.cases.repository import CaseRepository

    return CaseRepository(database, clock=clock)


@pytest.fixture
def keyring_service():
    """A keyring service name of this test's own on the real Secret Service, emptied afterwards."""
    import uuid

    import keyring

    from desktop.secrets import TokenVault

    problem = TokenVault.problem()
    if problem:
        missing_part(f"no keyring: {problem} (CI runs gnome-keyring under dbus-run-session)")
    service = f"balas-test-{uuid.uuid4().hex[:12]}"
    used: list[str] = []
    original = keyring.set_password

    def remember(svc, name, secret):
        if svc == service:
            used.append(name)
        return original(svc, name, secret)

    keyring.set_password = remember
    try:
        yield service
    finally:
        keyring.set_password = original
        for name in set(used):
            try:
                keyring.delete_password(service, name)
            except keyring.errors.PasswordDeleteError:
                pass


def _serving(fake, env: str, monkeypatch):
    """Run a fake platform server with the connectors pointed at it; fail on a bug in the fake."""
    with fake as running:
        monkeypatch.setenv(env, running.url)
        yield running
        assert not running.errors, running.errors


@pytest.fixture
def fb(monkeypatch):
    from tests.fakes import FakeFacebook

    yield from _serving(FakeFacebook(), "BALAS_FACEBOOK_API", monkeypatch)


@pytest.fixture
def ig(monkeypatch):
    from tests.fakes import FakeInstagram

    yield from _serving(FakeInstagram(), "BALAS_INSTAGRAM_API", monkeypatch)


@pytest.fixture
def x(monkeypatch):
    from tests.fakes import FakeX

    yield from _serving(FakeX(), "BALAS_X_API", monkeypatch)
