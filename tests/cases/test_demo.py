"""The demo shop is a believable small shop and never touches the owner's own case log."""

from collections import Counter

from desktop.cases import queries
from desktop.cases.demo import build_demo_database, generate_cases
from desktop.cases.vocab import Channel, ComplainantType

from tests.conftest import NOW


def test_demo_shop_covers_every_type_channel_and_language(tmp_path):
    database = build_demo_database(tmp_path / "demo", NOW)
    with database.connect() as conn:
        cases = conn.execute("SELECT channel, complainant_type, language, state FROM complaint_case").fetchall()
        comments = conn.execute("SELECT count(*) FROM comment").fetchone()[0]
        summary = queries.summary(conn, NOW)
        threaded = conn.execute("SELECT count(*) FROM comment WHERE parent_id IS NOT NULL").fetchone()[0]
    assert 50 <= len(cases) + comments <= 100
    assert {c[0] for c in cases} == {c.value for c in Channel}
    assert {c[1] for c in cases} == {t.value for t in ComplainantType}
    languages = Counter(c[2] for c in cases)
    assert set(languages) == {"ms", "id", "en"} and min(languages.values()) >= 5
    assert len({c[3] for c in cases}) >= 6
    assert summary.overdue >= 3 and summary.new >= 3
    assert threaded >= 1
    database.dispose()


def test_demo_is_rebuilt_fresh_each_time(tmp_path):
    first = build_demo_database(tmp_path / "demo", NOW)
    with first.connect() as conn:
        conn.execute("DELETE FROM case_event")
        conn.commit()
    first.dispose()
    again = build_demo_database(tmp_path / "demo", NOW)
    with again.connect() as conn:
        assert conn.execute("SELECT count(*) FROM case_event").fetchone()[0] > 30
    again.dispose()
    assert sorted(p.name for p in (tmp_path / "demo").iterdir() if p.suffix == ".db") == ["balas.db"]


def test_generator_makes_searchable_cases(database):
    generate_cases(database, 500, NOW)
    with database.connect() as conn:
        assert conn.execute("SELECT count(*) FROM complaint_case").fetchone()[0] == 500
        ids = queries.find_case_ids(conn, queries.CaseFilter(states=None, search="lambat"), NOW)
        assert ids and all("lambat" in queries.case_detail(conn, i).text.lower() for i in ids[:20])
