"""Kill -9 a flushing `balas sync --once` at random moments, again and again: afterwards every
queued reply exists on the platform exactly once and none is lost."""

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import desktop
import tests.fakes as fakes
from desktop.cases.db import open_database
from desktop.cases.repository import CaseRepository
from desktop.paths import default_data_dir
from desktop.platforms import Credentials
from desktop.sync.accounts import AccountStore, vault_for
from desktop.sync.service import SyncService
from tests.conftest import missing_part

RUNS = 50
ROOT = Path(desktop.__file__).resolve().parent.parent


class LaggingFacebook(fakes.FakeFacebook):
    """A reply takes a moment to arrive, and is lost if its sender dies meanwhile (a kill
    before the platform has it); then it is posted at once but answered a moment later (a
    kill after: the reply is on the platform and the outbox does not know it yet)."""

    def _answer(self, request):
        if request.method == "POST":
            time.sleep(0.04)
            if request.client_gone():
                return None  # never arrived
        answer = super()._answer(request)
        if request.method == "POST":
            time.sleep(0.04)
        return answer


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_replies_survive_sigkill_at_random_moments_and_post_exactly_once(tmp_path):
    from desktop.secrets import TokenVault

    if TokenVault.problem():
        missing_part(f"no keyring: {TokenVault.problem()}")
    rng = random.Random(20261123)
    folder = tmp_path / "shop"
    database = open_database(folder / "balas.db")
    vault = vault_for(folder, default_data_dir())
    with LaggingFacebook() as fb:
        env = {**os.environ, "BALAS_FACEBOOK_API": fb.url}
        os.environ["BALAS_FACEBOOK_API"] = fb.url
        try:
            accounts = AccountStore(database, vault)
            accounts.add("facebook", fb.page_id, Credentials(fb.page_token), name=fb.page_name)
            post = fb.add_post("Kek hari jadi", datetime.now(timezone.utc) - timedelta(days=1))
            for n in range(60):
                fb.add_comment(post, f"Pesanan #{n} saya lambat sangat, kecewa betul!", (f"5{n}", f"Pelanggan {n}"),
                               datetime.now(timezone.utc) - timedelta(hours=3, minutes=n))
            SyncService(database, accounts).pull(accounts.list()[0])
            repo = CaseRepository(database)
            with database.connect() as conn:
                targets = conn.execute("SELECT case_id, id FROM comment WHERE case_id IS NOT NULL"
                                       " AND by_page = 0 ORDER BY id").fetchall()
            assert len(targets) == 60
            texts = []

            def queue(count):
                for _ in range(count):
                    case_id, comment_id = targets[len(texts) % len(targets)]
                    texts.append(f"Maaf, kami semak pesanan anda sekarang (rujukan {len(texts)}). –ML")
                    repo.record_reply(case_id, texts[-1], "ML", reply_to=comment_id)

            queue(40)
            mid_send: set[int] = set()
            for run in range(RUNS):
                queue(2)
                child = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(folder), "sync",
                                          "--once"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE)
                if run % 3:  # two runs in three die while sending, one at any moment at all
                    posts = len(fb.logged("POST"))
                    deadline = time.monotonic() + 10
                    while len(fb.logged("POST")) == posts and child.poll() is None and time.monotonic() < deadline:
                        time.sleep(0.005)
                    time.sleep(rng.uniform(0.0, 0.12))
                else:
                    time.sleep(rng.uniform(0.05, 1.2))
                if child.poll() is None:
                    child.send_signal(signal.SIGKILL)
                child.wait(timeout=30)
                with database.connect() as conn:
                    mid_send.update(i for (i,) in conn.execute(
                        "SELECT id FROM outbox_reply WHERE state = 'sending'"))
                posted = [r["message"] for r in fb.page_comments()]
                assert len(posted) == len(set(posted)), f"a reply was posted twice after run {run}"
            for _ in range(5):  # let the outbox finish in peace
                finished = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "sync",
                                           "--once"], cwd=ROOT, env=env, capture_output=True, text=True,
                                          timeout=300)
                assert finished.returncode == 0, finished.stderr
                if '"waiting": 0' in finished.stdout:
                    break
            posted = sorted(r["message"] for r in fb.page_comments())
            assert posted == sorted(texts)  # every reply, each exactly once
            with database.connect() as conn:
                states = conn.execute("SELECT state, count(*) FROM outbox_reply GROUP BY state").fetchall()
                attempts = dict(conn.execute("SELECT id, attempts FROM outbox_reply"))
            assert states == [("sent", len(texts))]
            found = sum(attempts[i] == 1 for i in mid_send)
            assert found > 0 and len(mid_send) > found  # both sides of the kill were hit
            print(f"crash test: {RUNS} kills, {len(texts)} replies, {len(mid_send)} killed mid-send:"
                  f" {found} found already posted, {len(mid_send) - found} posted again after a check")
        finally:
            del os.environ["BALAS_FACEBOOK_API"]
            vault.delete("facebook", fb.page_id)
            database.dispose()
