"""Settings → Accounts below the window: the connected accounts and how they stand, sign-in in
the system browser, pasted tokens, signing out, and the owner's app secrets in the keyring.
Everything that touches the network or the keyring runs off the UI thread."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable, NamedTuple

from PySide6.QtCore import QObject, Signal

from desktop.app.preferences import PlatformApps
from desktop.app.tasks import TaskRunner
from desktop.cases.db import Database

__all__ = ["AccountsController", "AccountsView", "SECRET_NAMES"]

log = logging.getLogger(__name__)

# keyring names of the secrets of the owner's own apps
SECRET_NAMES = ("facebook/secret", "facebook/client_token", "instagram/secret")


class AccountsView(NamedTuple):
    accounts: list            # AccountRow, one per account ever connected
    keyring_problem: str | None
    saved_secrets: frozenset  # which of SECRET_NAMES the keyring holds


class AccountsController(QObject):
    loaded = Signal(object)
    """An AccountsView."""
    browser_wanted = Signal(str)
    """Open this address in the owner's browser (emitted from the worker; delivered on the UI thread)."""
    device_code = Signal(object)
    """Facebook Login for Devices: show this DeviceCode until the owner has typed it."""
    choices = Signal(object)
    """The sign-in gives several accounts (Pages): the owner picks one (list of AccountChoice)."""
    connected = Signal(object)
    """An AccountRow is connected (new or signed in again)."""
    sign_in_ended = Signal()
    """The running sign-in is over, however it ended."""
    secrets_saved = Signal()
    failed = Signal(str, object)
    """(what, error): what is one of load, sign_in, connect, sign_out, secrets."""

    def __init__(self, database: Database, runner: TaskRunner, data_dir: Path,
                 apps: Callable[[], PlatformApps], parent: QObject | None = None,
                 session_factory: Callable | None = None):
        super().__init__(parent)
        self._db = database
        self._runner = runner
        self._data_dir = Path(data_dir)
        self._apps = apps
        self._session_factory = session_factory
        self._stop = threading.Event()
        self._store = None  # AccountStore, built on a worker (imports keyring)
        self.signing_in = False

    # -- UI thread -----------------------------------------------------------------------
    def load(self) -> None:
        self._runner.read(self._load, callback=self._answer("load", self.loaded.emit))

    def sign_in(self, platform: str, done_page: str) -> None:
        """Sign in to `platform` in the browser; `done_page` is what the browser shows after."""
        self._start(self._sign_in, platform, self._apps(), done_page)

    def paste(self, platform: str, token: str, refresh_token: str = "") -> None:
        """Check a token the owner pasted and connect the account it belongs to."""
        self._start(self._paste, platform, token, refresh_token, self._apps())

    def cancel(self) -> None:
        """Stop waiting for the browser (or the device code)."""
        if self.signing_in:
            self._stop.set()

    def connect_choice(self, choice) -> None:
        """The owner picked one of several accounts."""
        self._runner.interactive(self._connect, choice, callback=self._answer("connect", self._on_connected))

    def sign_out(self, account_id: int) -> None:
        self._runner.interactive(self._sign_out, account_id,
                                 callback=self._answer("sign_out", lambda _r: self.load()))

    def save_secrets(self, secrets: dict[str, str]) -> None:
        """Keep the given app secrets in the keyring ("" forgets one)."""
        if secrets:
            self._runner.interactive(self._save_secrets, dict(secrets),
                                     callback=self._answer("secrets", self._on_secrets_saved))

    def close(self) -> None:
        """Shutting down: a sign-in that waits for the browser gives up at once."""
        self._stop.set()

    def _start(self, job, *args) -> None:
        if self.signing_in:
            return
        self.signing_in = True
        self._stop.clear()
        self._runner.interactive(job, *args, callback=self._on_sign_in_done)

    def _on_sign_in_done(self, result, error) -> None:
        self.signing_in = False
        self.sign_in_ended.emit()
        if error is not None:
            self.failed.emit("sign_in", error)
        elif isinstance(result, list):
            self.choices.emit(result)
        else:
            self._on_connected(result)

    def _on_connected(self, row) -> None:
        self.connected.emit(row)
        self.load()

    def _on_secrets_saved(self, _result) -> None:
        self.secrets_saved.emit()
        self.load()

    def _answer(self, what: str, on_result: Callable):
        def done(result, error):
            if error is not None:
                self.failed.emit(what, error)
            else:
                on_result(result)
        return done

    # -- workers ---------------------------------------------------------------------------
    def _accounts(self):
        if self._store is None:
            from desktop.paths import default_data_dir
            from desktop.sync.accounts import AccountStore, vault_for

            self._store = AccountStore(self._db, vault_for(self._data_dir, default_data_dir()))
        return self._store

    def _load(self) -> AccountsView:
        from desktop.secrets import KeyringUnavailable

        store = self._accounts()
        problem = store.vault.problem()
        saved: frozenset = frozenset()
        if problem is None:
            try:
                saved = frozenset(n for n in SECRET_NAMES if store.vault.load_secret(n))
            except KeyringUnavailable as error:
                problem = error.reason
        return AccountsView(store.list(), problem, saved)

    def _flow(self, apps: PlatformApps, done_page: str = ""):
        from desktop.platforms.signin import AppKeys, SignIn

        vault = self._accounts().vault
        keys = AppKeys(apps.facebook_app_id, vault.load_secret("facebook/secret"),
                       vault.load_secret("facebook/client_token"), apps.instagram_app_id,
                       vault.load_secret("instagram/secret"), apps.x_client_id, apps.port)
        options = {"session_factory": self._session_factory} if self._session_factory else {}
        return SignIn(keys, self.browser_wanted.emit, self._stop.is_set, done_page or "Balas",
                      on_device_code=self.device_code.emit, **options)

    def _sign_in(self, platform: str, apps: PlatformApps, done_page: str):
        self._require_keyring()
        return self._one_or_many(self._flow(apps, done_page).run(platform))

    def _paste(self, platform: str, token: str, refresh_token: str, apps: PlatformApps):
        self._require_keyring()
        return self._one_or_many(self._flow(apps).pasted(platform, token, refresh_token or None))

    def _require_keyring(self) -> None:
        """Say at once, before the browser opens, that a sign-in could not be kept."""
        from desktop.secrets import KeyringUnavailable

        problem = self._accounts().vault.problem()
        if problem is not None:
            raise KeyringUnavailable(problem)

    def _one_or_many(self, choices: list):
        return self._connect(choices[0]) if len(choices) == 1 else choices

    def _connect(self, choice):
        store = self._accounts()
        account_id = store.add(choice.platform, choice.external_id, choice.credentials, name=choice.name,
                               handle=choice.handle, client_id=choice.client_id)
        log.info("account %s connected on %s", account_id, choice.platform)
        return store.get(account_id)

    def _sign_out(self, account_id: int) -> None:
        self._accounts().remove(account_id)

    def _save_secrets(self, secrets: dict[str, str]) -> None:
        vault = self._accounts().vault
        for name, value in secrets.items():
            if name in SECRET_NAMES:
                vault.save_secret(name, "".join(value.split()))
