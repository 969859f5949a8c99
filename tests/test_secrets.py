"""Tokens live in the real OS keyring (Secret Service here), one entry per token, per case log."""

import os
import subprocess
import sys
from datetime import datetime, timezone

import keyring
import pytest

from desktop.platforms import Credentials
from desktop.secrets import TokenVault
from desktop.sync.accounts import vault_for


def test_credentials_round_trip_and_forgetting(keyring_service):
    vault = TokenVault(keyring_service)
    expires = datetime(2026, 12, 1, tzinfo=timezone.utc)
    vault.save("x", "2244994945", Credentials("ACCESS-1", "REFRESH-1"))
    assert keyring.get_password(keyring_service, "x:2244994945") == "ACCESS-1"
    assert keyring.get_password(keyring_service, "x:2244994945/refresh") == "REFRESH-1"
    loaded = vault.load("x", "2244994945", expires)
    assert (loaded.access_token, loaded.refresh_token, loaded.expires_at) == ("ACCESS-1", "REFRESH-1", expires)

    vault.save("x", "2244994945", Credentials("ACCESS-2"))  # a token without refresh drops the old one
    assert keyring.get_password(keyring_service, "x:2244994945/refresh") is None
    vault.delete("x", "2244994945")
    vault.delete("x", "2244994945")  # forgetting twice is fine
    assert vault.load("x", "2244994945") is None


def test_app_secrets_live_apart_from_account_tokens(keyring_service):
    vault = TokenVault(keyring_service)
    assert vault.load_secret("facebook/secret") == ""
    vault.save_secret("facebook/secret", "APP-SECRET-1")
    vault.save("facebook", "secret", Credentials("PAGE-TOKEN"))  # an account id that looks alike
    assert keyring.get_password(keyring_service, "app:facebook/secret") == "APP-SECRET-1"
    assert vault.load_secret("facebook/secret") == "APP-SECRET-1"
    vault.save_secret("facebook/secret", "")
    vault.save_secret("facebook/secret", "")  # forgetting twice is fine
    assert vault.load_secret("facebook/secret") == "" and vault.load("facebook", "secret").access_token == "PAGE-TOKEN"


def test_credentials_never_show_their_tokens():
    shown = repr(Credentials("SECRET-ACCESS", "SECRET-REFRESH")) + str(Credentials("SECRET-ACCESS"))
    assert "SECRET" not in shown


def test_each_data_folder_has_its_own_keyring_entries(tmp_path):
    home = tmp_path / "home-data"
    assert vault_for(home, home).service == "balas"
    other = vault_for(tmp_path / "shop2", home).service
    assert other != "balas" and str(tmp_path / "shop2") in other


def test_no_keyring_is_said_in_plain_words_and_nothing_is_stored(tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "BALAS_X_API": "http://127.0.0.1:9"}  # nothing listens on the discard port
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "account", "add",
                          "x", "--id", "42", "--token-stdin"], input="TOKEN-NOT-KEPT\n", env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "keyring cannot be used" in run.stderr and "everything else works" in run.stderr
    assert "TOKEN-NOT-KEPT" not in run.stdout + run.stderr
    listed = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "account",
                             "list", "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"


def test_problem_names_a_missing_keyring(monkeypatch):
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    assert "no keyring" in TokenVault.problem()
