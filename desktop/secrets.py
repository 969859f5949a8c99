"""Tokens in the OS keyring (Windows Credential Locker, macOS Keychain, Secret Service), and
nowhere else. Each account keeps its access token and its refresh token as separate entries,
so each stays small enough for every keyring."""

from __future__ import annotations

import logging
from datetime import datetime

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.platforms.base import Credentials

__all__ = ["TokenVault", "KeyringUnavailable", "SERVICE"]

log = logging.getLogger(__name__)

SERVICE = "balas"


class KeyringUnavailable(Exception):
    """No working keyring on this computer, or it refused; accounts cannot be signed in."""

    explained = True

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class TokenVault:
    """Stores and reads an account's credentials; `service` differs for the demo and tests."""

    def __init__(self, service: str = SERVICE):
        self.service = service

    @staticmethod
    def problem() -> str | None:
        """Why no keyring works here, in plain words, or None when one does."""
        module = type(keyring.get_keyring()).__module__
        if module.endswith((".fail", ".null")):
            return "no keyring service is running on this computer"
        return None

    def save(self, platform: str, external_id: str, credentials: Credentials) -> None:
        name = _entry(platform, external_id)
        try:
            keyring.set_password(self.service, name, credentials.access_token)
            if credentials.refresh_token:
                keyring.set_password(self.service, name + "/refresh", credentials.refresh_token)
            else:
                self._forget(name + "/refresh")
        except (KeyringError, OSError, RuntimeError) as error:
            raise KeyringUnavailable(_reason(error)) from None

    def load(self, platform: str, external_id: str, expires_at: datetime | None = None) -> Credentials | None:
        name = _entry(platform, external_id)
        try:
            access = keyring.get_password(self.service, name)
            refresh = keyring.get_password(self.service, name + "/refresh") if access else None
        except (KeyringError, OSError, RuntimeError) as error:
            raise KeyringUnavailable(_reason(error)) from None
        return Credentials(access, refresh, expires_at) if access else None

    def delete(self, platform: str, external_id: str) -> None:
        name = _entry(platform, external_id)
        try:
            self._forget(name)
            self._forget(name + "/refresh")
        except (KeyringError, OSError, RuntimeError) as error:
            raise KeyringUnavailable(_reason(error)) from None

    def save_secret(self, name: str, value: str) -> None:
        """An app secret or client token the owner registered (`name` like "facebook/secret");
        an empty value forgets it."""
        try:
            if value:
                keyring.set_password(self.service, _APP + name, value)
            else:
                self._forget(_APP + name)
        except (KeyringError, OSError, RuntimeError) as error:
            raise KeyringUnavailable(_reason(error)) from None

    def load_secret(self, name: str) -> str:
        try:
            return keyring.get_password(self.service, _APP + name) or ""
        except (KeyringError, OSError, RuntimeError) as error:
            raise KeyringUnavailable(_reason(error)) from None

    def _forget(self, name: str) -> None:
        try:
            keyring.delete_password(self.service, name)
        except PasswordDeleteError:
            pass  # nothing stored: nothing to forget


_APP = "app:"


def _entry(platform: str, external_id: str) -> str:
    return f"{platform}:{external_id}"


def _reason(error: BaseException) -> str:
    # Keyring messages name the backend and the failure, never the secret.
    text = str(error).strip() or type(error).__name__
    log.warning("keyring failed: %s", type(error).__name__)
    return text[:300]
