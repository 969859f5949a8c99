"""Cases out to CSV: read back with the csv module as a spreadsheet would see them."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.cases.export import CASE_COLUMNS, CELL_LIMIT, case_rows, period_case_rows, safe_cell, write_csv
from desktop.cases.reports import Period
from tests.fakes.seeds import odd_texts

NOW = datetime(2026, 11, 23, 6, tzinfo=timezone.utc)


def read_back(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    csv.field_size_limit(CELL_LIMIT + 10)
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_formulas_are_neutralised():
    for text in ("=HYPERLINK(\"http://x\")", "+60123", "-1+2", "@SUM(A1)", "\t=1", "＝1"):
        assert safe_cell(text) == "'" + text
    for text in ("Kek lambat", "RM35 = mahal", "", None, 42):
        assert safe_cell(text) == ("" if text is None else str(text))
    long = safe_cell("kek " * 20_000)
    assert len(long) == CELL_LIMIT and long.endswith("…")  # what one Excel cell holds


def test_period_cases_read_back_exactly(repo, database, clock):
    texts = [t for t in odd_texts() if t.strip()]  # an empty complaint cannot be logged
    ids = []
    for n, text in enumerate(["=1+1", "Kek\nsampai, \"lambat\"", *texts]):
        ids.append(repo.add_manual_case(channel="phone", text=text, person_name=f"Orang {n}", actor="ML",
                                        contact="+60 12-345 6789", received_at=NOW - timedelta(minutes=n)))
    repo.apply_action(ids[0], "acknowledge", "ML", at=NOW + timedelta(minutes=30))
    clock.now = NOW + timedelta(hours=1)
    early = repo.add_manual_case(channel="phone", text="outside", person_name="X", actor="ML",
                                 received_at=NOW - timedelta(days=40))
    path = database.path.parent / "cases.csv"
    with database.connect() as conn:
        written = write_csv(path, CASE_COLUMNS, period_case_rows(conn, Period(date(2026, 11, 1), date(2026, 11, 30))))
    rows = read_back(path)
    assert rows[0] == list(CASE_COLUMNS) and written == len(rows) - 1 == len(ids)
    by_id = {int(r[0]): r for r in rows[1:]}
    assert early not in by_id
    first = by_id[ids[0]]
    assert first[CASE_COLUMNS.index("complaint")] == "'=1+1"
    assert first[CASE_COLUMNS.index("contact")] == "'+60 12-345 6789"
    assert first[CASE_COLUMNS.index("received")] == "2026-11-23 14:00"  # the shop's zone
    assert first[CASE_COLUMNS.index("first_reply")] == "2026-11-23 14:30"
    assert first[CASE_COLUMNS.index("first_reply_in_time")] == "yes"
    assert by_id[ids[1]][CASE_COLUMNS.index("complaint")] == "Kek\nsampai, \"lambat\""
    for case_id, text in zip(ids[2:], texts):
        assert by_id[case_id][CASE_COLUMNS.index("complaint")] == safe_cell(text)
    # rows in the order asked for (an inbox as filtered)
    with database.connect() as conn:
        write_csv(path, CASE_COLUMNS, case_rows(conn, [ids[3], early, ids[0]]))
    assert [int(r[0]) for r in read_back(path)[1:]] == [ids[3], early, ids[0]]


def test_columns_split_on_a_semicolon_where_decimals_take_a_comma(tmp_path):
    path = tmp_path / "id.csv"
    write_csv(path, ["id", "text"], [[1, "Harga 12,50; mahal"]], delimiter=";")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        assert list(csv.reader(stream, delimiter=";")) == [["id", "text"], ["1", "Harga 12,50; mahal"]]


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "report.csv"
    target.write_text("the old export\n")

    def rows():
        yield ["1", "a"]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as failed:
        write_csv(target, ["id", "text"], rows())
    assert failed.value.filename == str(target)
    assert target.read_text() == "the old export\n"  # the earlier file is untouched
    assert [p.name for p in folder.iterdir()] == ["report.csv"]  # no half-written part file
    with pytest.raises(OSError) as missing:
        write_csv(tmp_path / "no such folder" / "x.csv", ["id"], [])
    assert missing.value.filename == str(tmp_path / "no such folder" / "x.csv")
    with pytest.raises(IsADirectoryError):
        write_csv(folder, ["id"], [])
