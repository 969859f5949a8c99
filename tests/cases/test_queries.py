"""Reading the inbox: filters, search as the owner types it, ordering, snapshots."""

from datetime import timedelta

import pytest

from desktop.cases import queries
from desktop.cases.queries import CaseFilter


@pytest.fixture
def shop(repo, clock):
    """A handful of cases at known times and states."""
    made = {}
    for key, channel, name, text, hours in [
        ("late", "facebook", "Aisyah Rahman", "Kek sampai lambat, mengecewakan sungguh", 30),
        ("rude", "walk_in", "Budi Santoso", "Pelayannya kurang ramah dan jutek", 20),
        ("price", "phone", "Mei Ling Ng", "Why did the price go up again?", 10),
        ("quote", "email", "O'Brien \"Bob\"", 'He wrote "100%" (yes) * and - NEAR', 5),
        ("fresh", "whatsapp", "Yu", "Kuih tak sedap", 1),
    ]:
        made[key] = repo.add_manual_case(channel=channel, text=text, person_name=name, actor="ML",
                                         received_at=clock.now - timedelta(hours=hours))
    repo.apply_action(made["price"], "acknowledge", "ML")
    repo.apply_action(made["rude"], "ignore", "ML", reason="spam")
    return made


def ids(database, clock, **kw):
    with database.connect() as conn:
        return queries.find_case_ids(conn, CaseFilter(**kw), clock.now)


def test_default_shows_open_cases_newest_first(shop, database, clock):
    assert ids(database, clock) == [shop[k] for k in ("fresh", "quote", "price", "late")]
    assert len(ids(database, clock, states=None)) == 5


def test_filters_by_state_channel_type_and_overdue(shop, database, clock):
    assert ids(database, clock, states=("ignored",)) == [shop["rude"]]
    assert ids(database, clock, channel="phone") == [shop["price"]]
    assert ids(database, clock, complainant_type="loyal_fan") == []
    # first reply due 2 h after receipt (1 h for phone/walk-in); "fresh" is 1 h old
    assert set(ids(database, clock, overdue_only=True)) == {shop["late"], shop["quote"]}


@pytest.mark.parametrize("typed, expected", [
    ("lambat", ["late"]), ("SAMPAI", ["late"]), ("ngecewa sungguh", ["late"]),
    ("aisyah", ["late"]), ("Ng", ["price"]), ("yu", ["fresh"]), ("mei ling", ["price"]),
    ("price again", ["price"]), ("lambat ramah", []), ("zzz", []),
    ('"100%"', ["quote"]), ("* NEAR", ["quote"]), ("o'brien", ["quote"]), ("(yes)", ["quote"]),
    ("  ", ["fresh", "quote", "price", "late"]),
])
def test_search_as_typed(shop, database, clock, typed, expected):
    assert ids(database, clock, search=typed) == [shop[k] for k in expected]


def test_search_respects_the_other_filters(shop, database, clock):
    assert ids(database, clock, search="ramah") == []  # ignored, so not among open cases
    assert ids(database, clock, search="ramah", states=None) == [shop["rude"]]


def test_ordered_ids_narrowing_keeps_order():
    base = queries.OrderedIds([9, 3, 7, 1, 5] + list(range(100, 200)))
    assert base.narrow({1, 9, 42}) == [9, 1]
    assert base.narrow([42, 1, 9]) == [9, 1]  # the index's hits come as a list
    assert base.narrow(set(range(0, 300))) == base.ids
    assert base.narrow(list(range(299, -1, -1))) == base.ids
    assert base.narrow([10_000, 0, 5, 150]) == [5, 150]  # beyond the list's largest id, or absent
    assert base.narrow([-1, 1, -300]) == [1]
    assert queries.OrderedIds([]).narrow([1, 2]) == []
    sparse = queries.OrderedIds([7, 500_000_000, 3] + list(range(10, 30)))  # too sparse for an array
    assert sparse.narrow([3, 500_000_000, -1]) == [500_000_000, 3]
    assert isinstance(sparse._position, dict) and not isinstance(base._position, dict)


def test_rows_and_summary(shop, database, clock):
    with database.connect() as conn:
        rows = queries.load_rows(conn, [shop["late"], shop["price"], 999])
        summary = queries.summary(conn, clock.now)
    assert set(rows) == {shop["late"], shop["price"]}
    late = rows[shop["late"]]
    assert late.person_name == "Aisyah Rahman" and late.overdue(clock.now)
    assert not rows[shop["price"]].overdue(clock.now)
    assert (summary.open, summary.overdue, summary.new) == (4, 2, 3)


def test_snippet_of_a_huge_case_is_short(repo, database):
    case_id = repo.add_manual_case(channel="letter", text="panjang " * 200_000, person_name="A", actor="ML")
    with database.connect() as conn:
        row = queries.load_rows(conn, [case_id])[case_id]
    assert len(row.snippet) == queries.SNIPPET_CHARS


def test_find_people_by_part_of_the_name(shop, database):
    with database.connect() as conn:
        assert [p.name for p in queries.find_people(conn, "ling")] == ["Mei Ling Ng"]
        assert queries.find_people(conn, "%") == []
