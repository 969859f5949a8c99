"""Sync against the fake platforms: a real case log, the real keyring, real HTTP."""

from datetime import datetime, timedelta, timezone

import pytest

from desktop.platforms import Credentials


class MovableClock:
    """Real time (the fakes stamp comments with it) that a test can move forward."""

    def __init__(self):
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset

    def advance(self, **delta) -> None:
        self.offset += timedelta(**delta)


@pytest.fixture
def moving_clock():
    return MovableClock()


@pytest.fixture
def accounts(database, keyring_service, moving_clock):
    from desktop.secrets import TokenVault
    from desktop.sync.accounts import AccountStore

    return AccountStore(database, TokenVault(keyring_service), clock=moving_clock)


@pytest.fixture
def sync(database, accounts, moving_clock):
    from desktop.sync.service import SyncService

    return SyncService(database, accounts, clock=moving_clock)


@pytest.fixture
def fb_account(fb, accounts):
    return accounts.add("facebook", fb.page_id, Credentials(fb.page_token), name=fb.page_name)
