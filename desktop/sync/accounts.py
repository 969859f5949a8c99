"""Connected accounts: a row in the case log (no token) plus credentials in the keyring."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, NamedTuple

from desktop.cases.db import Database
from desktop.cases.errors import InvalidInput, NotFound
from desktop.cases.queries import from_db_time, to_db_time
from desktop.cases.vocab import AccountStatus
from desktop.platforms import PLATFORMS, Credentials, ErrorKind, PlatformError
from desktop.secrets import SERVICE, TokenVault

__all__ = ["AccountRow", "AccountStore", "vault_for"]


def vault_for(data_dir: Path, default_dir: Path) -> TokenVault:
    """The keyring entries of one case log: another data folder (a test, a second shop) never
    reads or overwrites the tokens of the owner's own."""
    same = Path(data_dir).expanduser().resolve() == Path(default_dir).expanduser().resolve()
    return TokenVault(SERVICE if same else f"{SERVICE} ({Path(data_dir).expanduser().resolve()})")


class AccountRow(NamedTuple):
    id: int
    platform: str
    external_id: str
    display_name: str
    handle: str
    status: str
    last_sync_at: datetime | None
    error_kind: str | None
    last_error: str | None
    retry_at: datetime | None
    auth_expires_at: datetime | None
    cursor: dict
    client_id: str | None = None

    def to_json(self) -> dict:
        """For `balas account list --json`: everything but secrets (there are none here)."""
        when = (lambda t: t.isoformat() if t else None)
        return {"id": self.id, "platform": self.platform, "external_id": self.external_id,
                "name": self.display_name, "handle": self.handle, "status": self.status,
                "last_sync_at": when(self.last_sync_at), "error_kind": self.error_kind,
                "last_error": self.last_error, "retry_at": when(self.retry_at)}


_COLUMNS = ("id, platform, external_id, display_name, handle, status, last_sync_at, error_kind,"
            " last_error, retry_at, auth_expires_at, sync_cursor, client_id")


def _row(r) -> AccountRow:
    try:
        cursor = json.loads(r[11]) if r[11] else {}
    except ValueError:
        cursor = {}  # a damaged cursor means one full read, nothing worse
    return AccountRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], from_db_time(r[6]), r[7], r[8],
                      from_db_time(r[9]), from_db_time(r[10]), cursor if isinstance(cursor, dict) else {},
                      r[12])


class AccountStore:
    def __init__(self, database: Database, vault: TokenVault,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self._db = database
        self.vault = vault
        self._clock = clock

    def list(self) -> list[AccountRow]:
        with self._db.connect() as conn:
            return [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM account ORDER BY platform, id")]

    def get(self, account_id: int) -> AccountRow:
        with self._db.connect() as conn:
            r = conn.execute(f"SELECT {_COLUMNS} FROM account WHERE id = ?", (account_id,)).fetchone()
        if r is None:
            raise NotFound("account", account_id)
        return _row(r)

    def add(self, platform: str, external_id: str, credentials: Credentials, *, name: str = "",
            handle: str = "", client_id: str | None = None) -> int:
        """Keep the credentials in the keyring first, then record the account (or sign it in
        again). Raises KeyringUnavailable and stores nothing when the keyring refuses."""
        if platform not in PLATFORMS:
            raise InvalidInput("platform", f"unknown platform {platform!r}")
        external_id = (external_id or "").strip()
        if not external_id or len(external_id) > 100 or any(ch.isspace() for ch in external_id):
            raise InvalidInput("id", "must be the account's id, without spaces")
        self.vault.save(platform, external_id, credentials)
        name = " ".join((name or "").split())[:200]
        expires = to_db_time(credentials.expires_at) if credentials.expires_at else None
        with self._db.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO account (platform, external_id, display_name, handle, status, auth_expires_at,"
                " client_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (platform, external_id) DO UPDATE SET status = excluded.status,"
                " display_name = CASE WHEN excluded.display_name != '' THEN excluded.display_name"
                "  ELSE account.display_name END,"
                " handle = CASE WHEN excluded.handle != '' THEN excluded.handle ELSE account.handle END,"
                " auth_expires_at = excluded.auth_expires_at, client_id = excluded.client_id,"
                " error_kind = NULL, last_error = NULL,"
                " retry_at = NULL",
                (platform, external_id, name, handle or "", AccountStatus.CONNECTED, expires,
                 (client_id or "").strip() or None, to_db_time(self._clock())))
            account_id = conn.execute("SELECT id FROM account WHERE platform = ? AND external_id = ?",
                                      (platform, external_id)).fetchone()[0]
            conn.commit()
        return account_id

    def credentials(self, account: AccountRow) -> Credentials | None:
        """The account's credentials from the keyring; raises KeyringUnavailable."""
        return self.vault.load(account.platform, account.external_id, account.auth_expires_at)

    def save_credentials(self, account: AccountRow, credentials: Credentials) -> None:
        """A renewed sign-in (a new refresh token is single-use: keep it at once)."""
        self.vault.save(account.platform, account.external_id, credentials)
        with self._db.connect() as conn:
            conn.execute("UPDATE account SET auth_expires_at = ? WHERE id = ?",
                         (to_db_time(credentials.expires_at) if credentials.expires_at else None, account.id))
            conn.commit()

    def remove(self, account_id: int) -> None:
        """Forget an account's sign-in. Its comments, cases and waiting replies stay in the log."""
        account = self.get(account_id)
        self.vault.delete(account.platform, account.external_id)
        with self._db.connect() as conn:
            conn.execute("UPDATE account SET status = ?, error_kind = NULL, last_error = NULL,"
                         " retry_at = NULL WHERE id = ?", (AccountStatus.SIGNED_OUT, account_id))
            conn.commit()

    def synced(self, account_id: int, cursor: dict | None, at: datetime) -> None:
        with self._db.connect() as conn:
            conn.execute("UPDATE account SET status = ?, last_sync_at = ?, error_kind = NULL,"
                         " last_error = NULL, retry_at = NULL" + (", sync_cursor = ?" if cursor is not None else "")
                         + " WHERE id = ? AND status != ?",
                         (AccountStatus.CONNECTED, to_db_time(at),
                          *([json.dumps(cursor)] if cursor is not None else []), account_id,
                          AccountStatus.SIGNED_OUT))
            conn.commit()

    def failed(self, account_id: int, error: PlatformError) -> str:
        """Record why the account's last call failed; returns the account's new status."""
        status = (AccountStatus.NEEDS_RELOGIN if error.kind == ErrorKind.NEEDS_RELOGIN
                  else AccountStatus.OFFLINE if error.offline else AccountStatus.CONNECTED)
        with self._db.connect() as conn:
            conn.execute("UPDATE account SET status = ?, error_kind = ?, last_error = ?, retry_at = ?"
                         " WHERE id = ? AND status != ?", (status, error.kind, error.message[:500] or None,
                                                           to_db_time(error.retry_at) if error.retry_at else None,
                                                           account_id, AccountStatus.SIGNED_OUT))
            conn.commit()
        return status
