"""Sync speed and UI stalls: 10,000 comments from the fake Facebook Page.

    python tests/benchmarks/bench_sync.py [--comments 10000] [--latency 0.1]

Needs a keyring (the account's token lives there) and a display for the UI part.
Prints one JSON line:
- sync_ratio: the app's whole sync (fetch, store, triage, cases) over a bare requests loop
  fetching the same pages in the same run;
- max_ui_stall_ms: the longest gap between ticks of a 5 ms timer in the running app's event
  loop while it syncs the same 10,000 comments.
`--latency` is the fake's delay per answer (seconds); real Graph answers take 0.1–0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

import tests.fakes as fakes  # noqa: E402
from tests.fakes.seeds import odd_texts  # noqa: E402,F401  (seeded text is varied below)

TEXTS = ["Dah 3 hari order kek tak sampai lagi, kecewa betul!", "Sedap gila kek ni, terima kasih!",
         "Buka pukul berapa esok?", "Kuenya datang hancur, kecewa banget sama pengirimannya",
         "The cake was lovely but delivery was two hours late.", "Harga naik tapi saiz makin kecil",
         "Staff kat cawangan Bangi sangat sombong", "Mantap! Order lagi minggu depan",
         "Kenapa tak reply DM saya?", "Thank you for the quick refund!"]


def seed(fb, comments: int) -> None:
    now = datetime.now(timezone.utc)
    posts = [fb.add_post(f"Post {n}", now - timedelta(days=1, hours=n)) for n in range(20)]
    for n in range(comments):
        fb.add_comment(posts[n % len(posts)], f"{TEXTS[n % len(TEXTS)]} #{n}", (f"9{n % 1500}", f"Customer {n % 1500}"),
                       now - timedelta(hours=20, seconds=-n))


def bare_fetch(fb) -> tuple[float, int]:
    """The same pages with nothing but requests: the feed, then every post's comments."""
    session = requests.Session()
    auth = {"Authorization": f"Bearer {fb.page_token}"}
    start, count = time.perf_counter(), 0
    url = f"{fb.url}/v25.0/{fb.page_id}/feed?fields=id,message,from{{id,name}},created_time&limit=25"
    posts = []
    while url:
        body = session.get(url, headers=auth, timeout=30).json()
        posts += [p["id"] for p in body["data"]]
        url = body.get("paging", {}).get("next")
    for post in posts:
        url = (f"{fb.url}/v25.0/{post}/comments?fields=id,message,from{{id,name}},created_time,parent{{id}},"
               f"is_hidden&filter=stream&order=reverse_chronological&limit=100")
        while url:
            body = session.get(url, headers=auth, timeout=30).json()
            count += len(body["data"])
            url = body.get("paging", {}).get("next")
    return time.perf_counter() - start, count


def app_sync(fb, folder: Path) -> tuple[float, dict]:
    from desktop.cases.db import open_database
    from desktop.platforms import Credentials
    from desktop.secrets import TokenVault
    from desktop.sync.accounts import AccountStore
    from desktop.sync.service import SyncService
    from desktop.triage.engine import Triage

    database = open_database(folder / "balas.db")
    vault = TokenVault("balas-bench")
    accounts = AccountStore(database, vault)
    accounts.add("facebook", fb.page_id, Credentials(fb.page_token))
    service = SyncService(database, accounts, triage=Triage())  # loaded before the clock starts
    start = time.perf_counter()
    report = service.pull(accounts.list()[0])
    elapsed = time.perf_counter() - start
    vault.delete("facebook", fb.page_id)
    database.dispose()
    return elapsed, report.to_json()


def ui_stall(fb, folder: Path) -> float:
    """The longest event-loop gap while the window's SyncController syncs every comment."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.app.sync_controller import SyncController
    from desktop.app.tasks import TaskRunner
    from desktop.cases.db import open_database
    from desktop.paths import default_data_dir
    from desktop.platforms import Credentials
    from desktop.sync.accounts import AccountStore, vault_for

    app = QApplication.instance() or QApplication([])
    database = open_database(folder / "balas.db")
    vault = vault_for(folder, default_data_dir())
    AccountStore(database, vault).add("facebook", fb.page_id, Credentials(fb.page_token))
    runner = TaskRunner()
    sync = SyncController(database, runner, folder)
    label = QLabel("syncing")
    label.show()
    clock, gaps, last = QElapsedTimer(), [], [0]
    ticker = QTimer()
    ticker.setInterval(5)

    def tick():
        now = clock.elapsed()
        gaps.append((now - last[0], now))
        last[0] = now
    ticker.timeout.connect(tick)
    sync.sync_progress.connect(lambda name, n: label.setText(f"{name}: {n}"))
    sync.sync_finished.connect(lambda _s: app.quit())
    sync.sync_failed.connect(lambda _e: app.quit())
    clock.start()
    ticker.start()
    QTimer.singleShot(50, sync.sync_now)
    app.exec()
    ticker.stop()
    runner.close()
    vault.delete("facebook", fb.page_id)
    database.dispose()
    worst = sorted(gaps[3:], reverse=True)[:5]
    print("worst gaps (ms, at ms):", worst, "run took", last[0], file=sys.stderr)
    return worst[0][0] if worst else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.1)
    args = parser.parse_args()
    result = {"comments": args.comments, "latency_s": args.latency}
    with fakes.FakeFacebook() as fb, tempfile.TemporaryDirectory() as tmp:
        os.environ["BALAS_FACEBOOK_API"] = fb.url
        seed(fb, args.comments)
        fb.delay = args.latency
        bare_s, fetched = bare_fetch(fb)
        sync_s, report = app_sync(fb, Path(tmp) / "a")
        result.update(bare_s=round(bare_s, 2), sync_s=round(sync_s, 2), sync_ratio=round(sync_s / bare_s, 2),
                      fetched_bare=fetched, fetched_sync=report["fetched"], new=report["new"],
                      cases_opened=report["cases_opened"])
        result["max_ui_stall_ms"] = ui_stall(fb, Path(tmp) / "b")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
