"""Triage on arrival against a real case log: history, the owner's type, abuse and auto-hide."""

import json
from datetime import timedelta

import pytest

from desktop.cases import queries
from desktop.cases.models import Comment
from desktop.sync.intake import IntakeRules, triage_all, triage_case
from desktop.triage.engine import Triage


@pytest.fixture(scope="module")
def triage():
    return Triage()


def _comment(database, person_id, text, at, case_id=None, platform="facebook", key=None):
    with database.session() as session:
        row = Comment(platform=platform, external_id=key or f"c-{at.timestamp()}-{len(text)}",
                      person_id=person_id, case_id=case_id, text=text, created_at=at)
        session.add(row)
        session.commit()
        return row.id


def _social_case(repo, database, clock, name, text, history=()):
    """A Facebook case opened from a comment, with the person's earlier comments."""
    person = repo.add_person(name, platform="facebook", external_id=f"fb-{name}")
    for days, old in history:
        _comment(database, person, old, clock.now - timedelta(days=days))
    case_id = repo.add_manual_case(channel="facebook", text=text, person_id=person, actor="ML")
    comment = _comment(database, person, text, clock.now, case_id=case_id)
    return person, case_id, comment


def _stored(database, case_id):
    with database.connect() as conn:
        return conn.execute("SELECT complainant_type, type_reasons, language, abusive_terms,"
                            " touchpoint FROM complaint_case WHERE id = ?", (case_id,)).fetchone()


def _outbox(database):
    with database.connect() as conn:
        return conn.execute("SELECT action, comment_id, state, text FROM outbox_reply").fetchall()


def test_history_makes_a_regular_and_is_stored_with_reasons(repo, database, clock, triage):
    history = [(400, "Kek coklat korang memang terbaik, anak-anak suka sangat!"),
               (300, "Red velvet sedap gila, terima kasih kak"),
               (200, "Best sangat, order lagi bulan depan")]
    _, case_id, _ = _social_case(repo, database, clock, "Ros", "Kek sampai lambat 2 jam, kecewa",
                                 history)
    result = triage_case(database, repo, triage, case_id)
    kind, reasons, lang, abusive, touchpoint = _stored(database, case_id)
    assert result.verdict.type == kind == "lapsed_loyal"
    assert ["happy_history", 3] == json.loads(reasons)[0][:2]
    assert (lang, abusive, touchpoint) == ("ms", None, "delivery")


def test_without_history_the_same_words_read_as_a_newcomer(repo, database, clock, triage):
    _, case_id, _ = _social_case(repo, database, clock, "Baru", "Kek sampai lambat 2 jam, kecewa")
    triage_case(database, repo, triage, case_id)
    assert _stored(database, case_id)[0] == "newcomer"


def test_history_counts_only_what_came_before_the_case(repo, database, clock, triage):
    person, case_id, _ = _social_case(repo, database, clock, "Later", "Kek sampai lambat, kecewa")
    for n in range(3):  # written after the complaint: not history for it
        _comment(database, person, "Sedap sangat, terbaik!", clock.now + timedelta(days=n + 1))
    with database.connect() as conn:
        assert queries.triage_input(conn, case_id).history == []


def test_the_owners_type_always_wins(repo, database, clock, triage):
    person, case_id, _ = _social_case(repo, database, clock, "Amirul", "Sedap, terima kasih!")
    repo.set_person_type(person, "active_hater", "ML")
    triage_case(database, repo, triage, case_id)
    kind, reasons, *_ = _stored(database, case_id)
    assert kind == "active_hater" and json.loads(reasons)[0][0] == "manual"


def test_touchpoint_guess_never_overrides_the_owners_choice(repo, database, triage):
    case_id = repo.add_manual_case(channel="phone", text="Kurier lambat 3 jam, kek cair",
                                   person_name="Pak Ali", touchpoint="staff", actor="ML")
    triage_case(database, repo, triage, case_id)
    assert _stored(database, case_id)[4] == "staff"


@pytest.mark.parametrize("auto_hide", [False, True])
def test_abuse_is_marked_and_hidden_only_under_the_owners_rule(repo, database, clock, triage,
                                                               auto_hide):
    _, case_id, comment = _social_case(repo, database, clock, "yanti", "Kue kalian kayak sampah, anjing")
    rules = IntakeRules(auto_hide_abuse=auto_hide)
    first = triage_case(database, repo, triage, case_id, rules)
    again = triage_case(database, repo, triage, case_id, rules)
    assert json.loads(_stored(database, case_id)[3]) == ["anjing"]
    assert first.hide_queued is auto_hide
    expected = [("hide", comment, "queued", None)] if auto_hide else []
    assert _outbox(database) == expected  # asked twice, queued once
    assert again.verdict.abusive


def test_an_offline_case_is_never_auto_hidden(repo, database, triage):
    case_id = repo.add_manual_case(channel="whatsapp", text="Kedai bodoh, penipu!",
                                   person_name="Anon", actor="ML")
    result = triage_case(database, repo, triage, case_id, IntakeRules(auto_hide_abuse=True))
    assert result.verdict.abusive and not result.hide_queued and _outbox(database) == []


def test_a_case_that_is_gone_is_skipped(repo, database, triage):
    assert triage_case(database, repo, triage, 999) is None


@pytest.mark.parametrize("text", ["", "😀😀😀", "<b>kek</b> &amp; <script>x</script>",
                                  "ok " * 400_000, "\u202eكعكة\x00\x07"])
def test_odd_text_is_triaged_without_fuss(repo, database, triage, text):
    case_id = repo.add_manual_case(channel="letter", text=text or " x", person_name="Odd", actor="ML")
    result = triage_case(database, repo, triage, case_id)
    assert result.verdict.type in ("newcomer", "extreme_critic", "active_hater", "loyal_fan",
                                   "lapsed_loyal")
    assert _stored(database, case_id)[2] in ("ms", "id", "en", "other")


def test_demo_shop_is_triaged_into_all_five_types(tmp_path, triage):
    from desktop.cases.demo import build_demo_database
    from tests.conftest import NOW

    database = build_demo_database(tmp_path / "demo", NOW,
                                   prepare=lambda db: triage_all(db, triage))
    with database.connect() as conn:
        rows = conn.execute("SELECT complainant_type, type_reasons, abusive_terms"
                            " FROM complaint_case").fetchall()
    database.dispose()
    assert {r[0] for r in rows} == {"active_hater", "extreme_critic", "lapsed_loyal", "loyal_fan",
                                    "newcomer"}
    assert all(json.loads(r[1]) for r in rows)  # every type comes with its reasons
    assert any(r[2] for r in rows)
