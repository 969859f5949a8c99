"""A whole sync: fetch, store, triage, cases, outbox — against the fake Facebook over HTTP."""

from datetime import timedelta

import pytest

from desktop.cases import queries
from desktop.cases.vocab import AccountStatus, OutboxState, State
from desktop.platforms import Credentials


def ago(clock, **delta):
    return clock() - timedelta(**delta)


def rows(database, sql, *args):
    with database.connect() as conn:
        return conn.execute(sql, args).fetchall()


@pytest.fixture
def shop(fb, moving_clock):
    """A small page: a complaint, praise, a question, an insult and the page's own reply."""
    post = fb.add_post("Kek lapis baru minggu ni!", ago(moving_clock, days=2))
    ids = {
        "late": fb.add_comment(post, "Dah 3 hari order kek tak sampai lagi. Sangat kecewa, tolong check!",
                               ("31", "Nur Aisyah"), ago(moving_clock, hours=5)),
        "praise": fb.add_comment(post, "Sedap gila kek ni, terima kasih!", ("32", "Budi Santoso"),
                                 ago(moving_clock, hours=4)),
        "question": fb.add_comment(post, "Buka pukul berapa esok?", ("33", "Chong Wei"),
                                   ago(moving_clock, hours=3)),
        "abuse": fb.add_comment(post, "Kedai bodoh, penipu semua!", ("34", "Troll 99"),
                                ago(moving_clock, hours=2)),
    }
    ids["answered"] = fb.add_comment(post, "Kek saya hancur masa sampai, kotak pun remuk.",
                                     ("35", "Dewi Lestari"), ago(moving_clock, hours=6))
    ids["page_reply"] = fb.add_comment(post, "Maaf Dewi, kami hantar ganti hari ini. –ML",
                                       (fb.page_id, fb.page_name), ago(moving_clock, hours=1),
                                       parent=ids["answered"])
    return post, ids


def test_sync_files_complaints_and_a_second_run_adds_nothing(sync, fb_account, shop, database, accounts):
    post, ids = shop
    summary = sync.sync_once().to_json()
    assert summary["fetched"] == 6 and summary["new"] == 5 and summary["errors"] == {}
    cases = dict(rows(database, "SELECT c.external_id, k.state FROM comment c"
                                " JOIN complaint_case k ON k.id = c.case_id WHERE c.by_page = 0"))
    assert cases.get(ids["late"]) == State.NEW
    assert cases.get(ids["answered"]) == State.ACKNOWLEDGED  # the page already answered on Facebook
    assert ids["praise"] not in cases and ids["question"] not in cases
    assert ids["abuse"] in cases  # an insult is for the owner to see (and hide if they choose)
    assert summary["cases_opened"] == len(cases)
    account = accounts.get(fb_account)
    assert account.status == AccountStatus.CONNECTED and account.last_sync_at and account.cursor["since"]

    again = sync.sync_once().to_json()
    assert (again["new"], again["updated"], again["cases_opened"]) == (0, 0, 0)
    assert rows(database, "SELECT count(*) FROM comment")[0][0] == 6


def test_edits_hides_and_deletions_are_picked_up(sync, fb_account, shop, fb, database):
    post, ids = shop
    sync.sync_once()
    fb.edit_comment(ids["praise"], "Sedap, tapi mahal sikit.")
    fb.set_hidden(ids["abuse"], True)
    fb.delete_comment(ids["question"])
    summary = sync.sync_once().to_json()
    assert summary["updated"] == 2 and summary["deleted"] == 1
    kept = {r[0]: r[1:] for r in rows(database, "SELECT external_id, text, hidden, deleted FROM comment")}
    assert kept[ids["praise"]] == ("Sedap, tapi mahal sikit.", 0, 0)
    assert kept[ids["abuse"]][1] == 1 and kept[ids["question"]][2] == 1


def test_a_reply_goes_out_once_and_the_case_moves_on(sync, fb_account, shop, fb, database, repo):
    post, ids = shop
    sync.sync_once()
    case_id, comment_id = rows(database, "SELECT case_id, id FROM comment WHERE external_id = ?", ids["late"])[0]
    with database.connect() as conn:
        assert queries.reply_target(conn, case_id) == comment_id
    outbox = repo.record_reply(case_id, "Maaf Aisyah, kami semak pesanan anda sekarang. –ML", "ML",
                               reply_to=comment_id)
    summary = sync.sync_once().to_json()
    assert summary["sent"] == 1 and summary["waiting"] == 0
    assert [r["message"] for r in fb.replies_by_page(ids["late"])] == [
        "Maaf Aisyah, kami semak pesanan anda sekarang. –ML"]
    state, platform_id = rows(database, "SELECT state, platform_id FROM outbox_reply WHERE id = ?", outbox)[0]
    assert state == OutboxState.SENT and platform_id == fb.replies_by_page(ids["late"])[0]["id"]
    # The reply comes back in the next sync: stored under its parent, not logged a second time.
    sync.sync_once()
    assert len(fb.replies_by_page(ids["late"])) == 1
    events = [k for (k,) in rows(database, "SELECT kind FROM case_event WHERE case_id = ?", case_id)]
    assert events.count("reply") == 1 and events.count("sent") == 1


def test_tokens_are_nowhere_but_the_keyring(tmp_path, database, accounts, fb, shop, capsys, caplog, repo,
                                            moving_clock, monkeypatch):
    import logging
    import subprocess
    import sys

    from desktop.logs import setup_logging
    from desktop.sync.service import SyncService

    caplog.set_level(logging.DEBUG)
    log_file = setup_logging(database.path.parent, level=logging.DEBUG)
    try:
        account = accounts.add("facebook", fb.page_id, Credentials(fb.page_token), name=fb.page_name)
        sync = SyncService(database, accounts, clock=moving_clock)
        sync.sync_once()
        case_id, comment_id = rows(database, "SELECT case_id, id FROM comment WHERE case_id IS NOT NULL LIMIT 1")[0]
        repo.record_reply(case_id, "Maaf, kami semak. –ML", "ML", reply_to=comment_id)
        fb.fail("expired", method="POST")
        sync.sync_once()
        assert accounts.get(account).error_kind == "needs_relogin"
        print(accounts.list())  # whatever a developer might print
        listed = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(database.path.parent),
                                 "account", "list", "--json"], capture_output=True, text=True, timeout=60)
    finally:
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", None) == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert fb.logged("GET")[0].token == fb.page_token  # it was really used
    secret = fb.page_token.encode()
    files = [p for p in database.path.parent.rglob("*") if p.is_file()]
    assert database.path in files and log_file in files and log_file.stat().st_size > 0
    for path in files:
        assert secret not in path.read_bytes(), path
    out, err = capsys.readouterr()
    assert fb.page_token not in out + err + listed.stdout + listed.stderr + caplog.text
    assert '"platform": "facebook"' in listed.stdout
