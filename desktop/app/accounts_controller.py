"""Settings → Accounts below the window: the connected accounts and how they stand, sign-in in
the system browser, pasted tokens, signing out, and the owner's app secrets in the keyring.
Everything that touches the network or the keyring runs off the UI thread: the sign-in on its
own lane (it waits for the owner), storing or forgetting an account on the network lane, in
turn with sync, so a sync never writes over a sign-in or a sign-out."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable, NamedTuple

from PySide6.QtCore import QObject, Signal

from desktop.app.preferences import PlatformApps, Preferences
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

    def __init__(self, database: Database, runner: TaskRunner, data_dir: Path, preferences: Preferences,
                 parent: QObject | None = None, session_factory: Callable | None = None):
        super().__init__(parent)
        self._db = database
        self._runner = runner
        self._data_dir = Path(data_dir)
        self._preferences = preferences
        self._session_factory = session_factory
        self._stop = threading.Event()
        self._store = None  # AccountStore, built on first use (imports keyring)
        self._store_lock = threading.Lock()
        self.signing_in = False

    # -- UI thread -----------------------------------------------------------------------
    def load(self) -> None:
        """The accounts and whether the keyring works (no keyring read that could prompt)."""
        saved = self._preferences.saved_secrets()
        self._runner.read(self._load, callback=self._answer(
            "load", lambda found: self.loaded.emit(AccountsView(found[0], found[1], saved))))

    def sign_in(self, platform: str, done_page: str) -> None:
        """Sign in to `platform` in the browser; `done_page` is what the browser shows after."""
        self._start(self._sign_in, platform, self._preferences.platform_apps(), done_page)

    def paste(self, platform: str, token: str, refresh_token: str = "") -> None:
        """Check a token the owner pasted and connect the account it belongs to."""
        self._start(self._paste, platform, token, refresh_token, self._preferences.platform_apps())

    def cancel(self) -> None:
        """Stop the running sign-in; whatever it still brings back is not used."""
        if self.signing_in:
            self._stop.set()

    def connect_choice(self, choice) -> None:
        """Store an account the sign-in gave (the owner's pick of several)."""
        self._runner.network(self._connect, choice, callback=self._answer("connect", self._on_connected))

    def sign_out(self, account_id: int) -> None:
        self._runner.network(self._sign_out, account_id,
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

    def _on_sign_in_done(self, choices, error) -> None:
        self.signing_in = False
        cancelled = self._stop.is_set()
        self.sign_in_ended.emit()
        if cancelled:
            return  # the owner cancelled or closed Settings: nothing is connected behind their back
        if error is not None:
            self.failed.emit("sign_in", error)
        elif len(choices) == 1:
            self.connect_choice(choices[0])
        else:
            self.choices.emit(choices)

    def _on_connected(self, row) -> None:
        self.connected.emit(row)
        self.load()

    def _on_secrets_saved(self, secrets: dict[str, str]) -> None:
        for name, value in secrets.items():
            self._preferences.mark_secret_saved(name, bool(value))
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
        with self._store_lock:
            if self._store is None:
                from desktop.paths import default_data_dir
                from desktop.sync.accounts import AccountStore, vault_for

                self._store = AccountStore(self._db, vault_for(self._data_dir, default_data_dir()))
            return self._store

    def _load(self) -> tuple[list, str | None]:
        store = self._accounts()
        return store.list(), store.vault.problem()

    def _flow(self, apps: PlatformApps, done_page: str = ""):
        from desktop.platforms.signin import AppKeys, SignIn

        vault = self._accounts().vault
        keys = AppKeys(apps.facebook_app_id, vault.load_secret("facebook/secret"),
                       vault.load_secret("facebook/client_token"), apps.instagram_app_id,
                       vault.load_secret("instagram/secret"), apps.x_client_id, apps.port)
        options = {"session_factory": self._session_factory} if self._session_factory else {}
        return SignIn(keys, self.browser_wanted.emit, self._stop.is_set, done_page or "Balas",
                      on_device_code=self.device_code.emit, **options)

    def _sign_in(self, platform: str, apps: PlatformApps, done_page: str) -> list:
        self._require_keyring()
        return self._flow(apps, done_page).run(platform)

    def _paste(self, platform: str, token: str, refresh_token: str, apps: PlatformApps) -> list:
        self._require_keyring()
        return self._flow(apps).pasted(platform, token, refresh_token or None)

    def _require_keyring(self) -> None:
        """Say at once, before the browser opens, that a sign-in could not be kept."""
        from desktop.secrets import KeyringUnavailable

        problem = self._accounts().vault.problem()
        if problem is not None:
            raise KeyringUnavailable(problem)

    def _connect(self, choice):
        store = self._accounts()
        account_id = store.add(choice.platform, choice.external_id, choice.credentials, name=choice.name,
                               handle=choice.handle, client_id=choice.client_id)
        log.info("account %s connected on %s", account_id, choice.platform)
        return store.get(account_id)

    def _sign_out(self, account_id: int) -> None:
        self._accounts().remove(account_id)

    def _save_secrets(self, secrets: dict[str, str]) -> dict[str, str]:
        vault = self._accounts().vault
        kept = {name: "".join(value.split()) for name, value in secrets.items() if name in SECRET_NAMES}
        for name, value in kept.items():
            vault.save_secret(name, value)
        return kept
