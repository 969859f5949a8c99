"""The outbox against the fault matrix: every failure ends in the right state, nothing is lost,
no reply is posted twice."""

from datetime import timedelta

import pytest

from desktop.cases.vocab import AccountStatus, OutboxState
from desktop.platforms import Credentials
from desktop.sync.outbox import backoff


def rows(database, sql, *args):
    with database.connect() as conn:
        return conn.execute(sql, args).fetchall()


@pytest.fixture
def queued(sync, fb_account, fb, database, repo, moving_clock):
    """A synced complaint with a reply waiting in the outbox; returns (outbox id, comment id on FB)."""
    post = fb.add_post("Kek pandan", moving_clock() - timedelta(days=1))
    external = fb.add_comment(post, "Pesanan saya tak sampai lagi, sangat kecewa!", ("41", "Rina"),
                              moving_clock() - timedelta(hours=2))
    sync.sync_once()
    case_id, comment_id = rows(database, "SELECT case_id, id FROM comment WHERE external_id = ?", external)[0]
    assert case_id is not None
    outbox = repo.record_reply(case_id, "Maaf Rina, kami semak sekarang. –ML", "ML", reply_to=comment_id)
    return outbox, external


def outbox_row(database, outbox):
    return rows(database, "SELECT state, attempts, error_kind, last_error, next_attempt_at FROM outbox_reply"
                          " WHERE id = ?", outbox)[0]


def replies(fb, external):
    return [r["message"] for r in fb.replies_by_page(external)]


def test_an_expired_token_keeps_the_reply_until_the_owner_signs_in_again(sync, queued, fb, database,
                                                                         accounts, fb_account):
    outbox, external = queued
    fb.expire_token(fb.page_token)
    summary = sync.sync_once().to_json()
    assert summary["errors"].get("needs_relogin") and summary["sent"] == 0 and summary["waiting"] == 1
    assert accounts.get(fb_account).status == AccountStatus.NEEDS_RELOGIN
    assert outbox_row(database, outbox)[0] == OutboxState.QUEUED
    calls = len(fb.requests)
    sync.sync_once()
    assert len(fb.requests) == calls  # nothing is tried with a dead token
    fb.tokens["NEW-PAGE-TOKEN"] = fb.tokens[fb.page_token].__class__("page", long_lived=True)
    accounts.add("facebook", fb.page_id, Credentials("NEW-PAGE-TOKEN"))
    assert sync.sync_once().to_json()["sent"] == 1
    assert replies(fb, external) == ["Maaf Rina, kami semak sekarang. –ML"]


def test_a_signed_out_account_keeps_its_replies_quietly_until_it_is_signed_in_again(
        sync, queued, fb, database, accounts, fb_account):
    outbox, external = queued
    accounts.remove(fb_account)
    assert accounts.get(fb_account).status == AccountStatus.SIGNED_OUT
    assert accounts.credentials(accounts.get(fb_account)) is None  # gone from the keyring
    calls = len(fb.requests)
    summary = sync.sync_once()
    assert len(fb.requests) == calls and summary.accounts == [] and summary.outbox.waiting == 1
    assert outbox_row(database, outbox)[0] == OutboxState.QUEUED
    accounts.add("facebook", fb.page_id, Credentials(fb.page_token))
    assert sync.sync_once().to_json()["sent"] == 1
    assert replies(fb, external) == ["Maaf Rina, kami semak sekarang. –ML"]


def test_a_rate_limit_waits_until_the_reset_then_sends(sync, queued, fb, database, moving_clock, accounts,
                                                       fb_account):
    outbox, external = queued
    fb.fail("rate_limit", method="POST", minutes=3)
    summary = sync.sync_once().to_json()
    assert summary["errors"] == {"rate_limited": 1} and summary["waiting"] == 1
    state, _, kind, _, next_at = outbox_row(database, outbox)
    assert (state, kind) == (OutboxState.QUEUED, "rate_limited")
    assert accounts.get(fb_account).retry_at > moving_clock() + timedelta(minutes=2)
    calls = len(fb.requests)
    sync.sync_once()
    assert len(fb.requests) == calls  # still waiting: not a single call
    moving_clock.advance(minutes=4)
    assert sync.sync_once().to_json()["sent"] == 1
    assert replies(fb, external) == ["Maaf Rina, kami semak sekarang. –ML"]


@pytest.mark.parametrize("fault", ["server_error", "unavailable", "malformed", "html", "reset"])
def test_a_lost_answer_is_checked_on_the_platform_before_sending_again(sync, queued, fb, database,
                                                                      moving_clock, fault):
    outbox, external = queued
    fb.fail(fault, method="POST", applied=True)  # the reply is posted, but its answer is lost
    summary = sync.sync_once().to_json()
    assert summary["errors"] == {"temporary": 1} and summary["sent"] == 0
    state, attempts, kind, _, next_at = outbox_row(database, outbox)
    assert (state, attempts, kind) == (OutboxState.QUEUED, 1, "temporary") and next_at
    moving_clock.advance(minutes=2)
    assert sync.sync_once().to_json()["sent"] == 1
    assert replies(fb, external) == ["Maaf Rina, kami semak sekarang. –ML"]  # exactly once
    assert len(fb.logged("POST", f"/{external}/comments")) == 1


def test_a_server_error_then_success_sends_after_the_backoff(sync, queued, fb, database, moving_clock):
    outbox, external = queued
    fb.fail("server_error", method="POST")
    sync.sync_once()
    next_at = outbox_row(database, outbox)[4]
    assert next_at  # waits with backoff, not at once
    sync.sync_once()
    assert replies(fb, external) == []
    moving_clock.advance(minutes=2)
    assert sync.sync_once().to_json()["sent"] == 1
    assert replies(fb, external) == ["Maaf Rina, kami semak sekarang. –ML"]


def test_a_timeout_is_temporary_and_nothing_is_doubled(database, accounts, fb_account, queued, fb, moving_clock):
    from desktop.sync.service import SyncService

    outbox, external = queued
    impatient = SyncService(database, accounts, clock=moving_clock, timeout=(2.0, 0.5))
    fb.fail("slow", method="POST", seconds=1.5)
    assert impatient.sync_once().to_json()["errors"] == {"temporary": 1}
    moving_clock.advance(minutes=2)
    assert impatient.sync_once().to_json()["sent"] == 1
    assert replies(fb, external) == ["Maaf Rina, kami semak sekarang. –ML"]


def test_no_connection_keeps_everything_and_says_offline(sync, queued, fb, database, accounts, fb_account,
                                                        monkeypatch, repo):
    outbox, external = queued
    monkeypatch.setenv("BALAS_FACEBOOK_API", "http://127.0.0.1:9")
    summary = sync.sync_once().to_json()
    assert summary["offline"] and summary["waiting"] == 1 and summary["sent"] == 0
    assert accounts.get(fb_account).status == AccountStatus.OFFLINE
    assert outbox_row(database, outbox)[:2] == (OutboxState.QUEUED, 0)  # never left the laptop
    monkeypatch.setenv("BALAS_FACEBOOK_API", fb.url)
    summary = sync.sync_once().to_json()
    assert summary["sent"] == 1 and not summary["offline"]
    assert accounts.get(fb_account).status == AccountStatus.CONNECTED


def test_a_refused_reply_is_marked_failed_with_the_platforms_words(sync, queued, fb, database):
    outbox, external = queued
    fb.fail("policy", method="POST")
    summary = sync.sync_once().to_json()
    assert summary["failed"] == 1 and summary["waiting"] == 0
    state, _, kind, message, _ = outbox_row(database, outbox)
    assert (state, kind) == (OutboxState.FAILED, "rejected") and message
    assert rows(database, "SELECT text FROM case_event WHERE kind = 'send_failed'")[0][0] == message
    sync.sync_once()
    assert replies(fb, external) == []  # a refused reply is not retried behind the owner's back


def test_hide_and_delete_are_sent_and_recorded(sync, queued, fb, database, repo):
    outbox, external = queued
    comment_id = rows(database, "SELECT id FROM comment WHERE external_id = ?", external)[0][0]
    repo.queue_hide(comment_id, "ML")
    assert sync.sync_once().to_json()["sent"] == 2
    assert fb.comment(external)["is_hidden"] is True
    assert rows(database, "SELECT hidden FROM comment WHERE id = ?", comment_id)[0][0] == 1


def test_backoff_grows_spreads_and_stops_growing():
    assert backoff(1, lambda: 0.5) == timedelta(seconds=30)
    assert backoff(3, lambda: 0.5) == timedelta(minutes=2)
    assert backoff(30, lambda: 0.5) == timedelta(hours=1)
    assert backoff(2, lambda: 0.0) == timedelta(seconds=30) and backoff(2, lambda: 1.0) == timedelta(seconds=90)
