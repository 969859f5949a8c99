"""The headless commands end to end, as a script would run them: account add|list, sync --once,
reply — against all three fake platforms, seeded with real-looking and awkward comments."""

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

import tests.fakes as fakes
from tests.fakes.seeds import odd_texts, seed_facebook, seed_instagram, seed_x

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def platforms(monkeypatch):
    with fakes.FakeFacebook() as fb, fakes.FakeInstagram() as ig, fakes.FakeX() as x:
        yield fb, ig, x
        assert not (fb.errors or ig.errors or x.errors)


@pytest.fixture
def folder(tmp_path, keyring_service):
    """A data folder whose keyring entries are removed afterwards."""
    from desktop.paths import default_data_dir
    from desktop.sync.accounts import vault_for

    path = tmp_path / "shop"
    yield path
    vault = vault_for(path, default_data_dir())
    for platform, external_id in (("facebook", "1001"), ("instagram", "17841400000000001"), ("x", "2244994945")):
        vault.delete(platform, external_id)


def balas(folder, platforms, *args, stdin=None):
    fb, ig, x = platforms
    env = {**os.environ, "BALAS_FACEBOOK_API": fb.url, "BALAS_INSTAGRAM_API": ig.url, "BALAS_X_API": x.url}
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


def test_connect_sync_and_reply_from_the_command_line(folder, platforms):
    fb, ig, x = platforms
    seed_facebook(fb, posts=2, comments_per_post=25)
    seed_instagram(ig, media=2, comments_per_media=20)
    seed_x(x, mentions=30, now=datetime.now(timezone.utc))   # `balas sync` reads the real clock
    for platform, external_id, token in (("facebook", fb.page_id, fb.page_token),
                                         ("instagram", ig.ig_user_id, ig.token),
                                         ("x", x.user_id, f"{x.token}\n{x.refresh_token}")):
        extra = ["--client-id", x.client_id] if platform == "x" else []
        added = balas(folder, platforms, "account", "add", platform, "--id", external_id, "--token-stdin",
                      *extra, stdin=token + "\n")
        assert added.returncode == 0, added.stderr
        assert json.loads(added.stdout)["status"] == "connected"
    listed = balas(folder, platforms, "account", "list", "--json")
    accounts = json.loads(listed.stdout)
    assert [(a["platform"], a["name"]) for a in accounts] == [
        ("facebook", fb.page_name), ("instagram", ig.username), ("x", x.name)]
    for secret in (fb.page_token, ig.token, x.token, x.refresh_token):
        assert secret not in listed.stdout

    first = balas(folder, platforms, "sync", "--once")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["errors"] == {} and summary["fetched"] >= 100 and summary["cases_opened"] > 5
    assert {a["platform"]: a["status"] for a in summary["accounts"]} == {
        "facebook": "connected", "instagram": "connected", "x": "connected"}
    again = json.loads(balas(folder, platforms, "sync", "--once").stdout)
    assert (again["new"], again["updated"], again["cases_opened"]) == (0, 0, 0)

    cases = json.loads(balas(folder, platforms, "cases", "list", "--json", "--channel", "x").stdout)
    assert cases
    case = cases[0]
    queued = balas(folder, platforms, "reply", str(case["id"]), "--text", "Maaf atas kesulitan, kami DM ya. –ML")
    assert json.loads(queued.stdout)["state"] == "queued"
    sent = json.loads(balas(folder, platforms, "sync", "--once").stdout)
    assert sent["sent"] == 1 and sent["waiting"] == 0
    assert [p["text"] for p in x.posts_by_owner() if p["text"].startswith("Maaf atas")] == [
        "Maaf atas kesulitan, kami DM ya. –ML"]


def test_awkward_comments_are_stored_byte_exact(folder, platforms):
    fb, ig, x = platforms
    fb.extra_fields = ig.extra_fields = x.extra_fields = True   # fields a newer API added
    fb.omit_authors = True                                      # `from` missing, as without the permission
    post = fb.add_post("Kek", None)
    media = ig.add_media("Kek", None)
    texts = odd_texts()
    for n, text in enumerate(texts):
        fb.add_comment(post, text, (f"70{n}", f"Odd {n}"))
        ig.add_comment(media, text, (f"80{n}", f"odd_{n}"))
    for platform, external_id, token in (("facebook", fb.page_id, fb.page_token), ("instagram", ig.ig_user_id, ig.token)):
        assert balas(folder, platforms, "account", "add", platform, "--id", external_id, "--token-stdin",
                     stdin=token).returncode == 0
    run = balas(folder, platforms, "sync", "--once")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["errors"] == {}
    from desktop.cases.db import open_database

    database = open_database(folder / "balas.db")
    with database.connect() as conn:
        stored = [t for (t,) in conn.execute("SELECT text FROM comment WHERE platform = 'facebook' ORDER BY id")]
        people = {n for (n,) in conn.execute("SELECT name FROM person WHERE platform = 'facebook'")}
        ig_stored = {t for (t,) in conn.execute("SELECT text FROM comment WHERE platform = 'instagram'")}
    database.dispose()
    assert sorted(stored) == sorted(texts) and ig_stored == set(texts)
    assert people == {"Facebook user"}  # no names to show, no crash
