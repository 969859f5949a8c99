"""Opening the case log: schema, migrations, pragmas, and files that cannot be used as they are."""

import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.cases import backups
from desktop.cases.db import MIGRATIONS_DIR, SCHEMA_HEAD, open_database
from desktop.cases.errors import (DatabaseCorrupt, DatabaseLocked, DatabaseReadOnly,
                                  DatabaseTooNew, DatabaseUpgradeFailed)
from desktop.cases.repository import CaseRepository
from desktop.cases.models import SQLModel

from tests.conftest import NOW, missing_part


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_new_database_is_at_head_with_wal_and_foreign_keys(database):
    assert database.schema_version() == SCHEMA_HEAD == _script().get_current_head()
    with database.connect() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"account", "person", "comment", "complaint_case", "case_event", "outbox_reply",
            "touchpoint", "case_fts", "comment_fts"} <= tables


def test_account_table_has_no_place_for_a_token(database):
    with database.connect() as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(account)")]
    assert not [c for c in columns if "token" in c or "secret" in c]


def test_migrations_build_exactly_the_models(database):
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    # FTS5 tables and their shadow tables live only in the migration, not in the models.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.split("_")[0] in ("case", "comment")
                                    and "_fts" in d[1].name)]
    assert diff == []


@pytest.mark.parametrize("revision", [r.revision for r in _script().walk_revisions()])
def test_upgrade_from_each_earlier_schema_keeps_the_data(tmp_path, revision):
    """Build the database at `revision`, add a case, then open it with this version."""
    from alembic import command
    import sqlalchemy as sa

    path = tmp_path / "old.db"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.exec_driver_sql("INSERT INTO person (name, platform, created_at) VALUES ('Siti', 'offline', '2026-01-01 00:00:00.000000')")
        conn.exec_driver_sql("INSERT INTO complaint_case (person_id, channel, touchpoint, text, received_at, state, updated_at)"
                             " VALUES (1, 'phone', 'delivery', 'kek lambat sampai', '2026-01-01 00:00:00.000000', 'new', '2026-01-01 00:00:00.000000')")
    engine.dispose()
    database = open_database(path, now=NOW)
    assert database.schema_version() == SCHEMA_HEAD
    with database.connect() as conn:
        assert conn.execute("SELECT text FROM complaint_case").fetchone()[0] == "kek lambat sampai"
        assert conn.execute("SELECT rowid FROM case_fts WHERE case_fts MATCH 'lambat'").fetchall() == [(1,)]
        if revision < "0005":  # the first-reply due time is worked out for cases logged before
            # a phone call at 8:00 on a Thursday in Kuala Lumpur: due an hour after the 9:00 opening
            assert conn.execute("SELECT first_due_at FROM complaint_case").fetchone()[0] == "2026-01-01 02:00:00.000000"
    database.dispose()


def _future_migrations(tmp_path, monkeypatch, body: str):
    """A copy of our migrations plus a revision 9000 with `body` as its upgrade()."""
    import desktop.cases.db as db

    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_future.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9000'\ndown_revision = {SCHEMA_HEAD!r}\nbranch_labels = None\ndepends_on = None\n"
        f"def upgrade():\n{body}\n")
    monkeypatch.setattr(db, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(db, "SCHEMA_HEAD", "9000")


def test_upgrade_takes_a_backup_first_and_keeps_the_data(database, db_path, repo, tmp_path, monkeypatch):
    repo.add_manual_case(channel="phone", text="sebelum upgrade", person_name="A", actor="ML")
    database.dispose()
    _future_migrations(tmp_path, monkeypatch, "    op.add_column('complaint_case', sa.Column('mood', sa.String()))")
    upgraded = open_database(db_path, now=NOW)
    assert upgraded.schema_version() == "9000"
    with upgraded.connect() as conn:
        assert conn.execute("SELECT text, mood FROM complaint_case").fetchone() == ("sebelum upgrade", None)
    [backup] = backups.list_backups(db_path)
    assert "before-9000" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert copy.execute("SELECT text FROM complaint_case").fetchone()[0] == "sebelum upgrade"
    upgraded.dispose()


def test_failed_upgrade_leaves_the_file_as_it_was(database, db_path, repo, tmp_path, monkeypatch):
    repo.add_manual_case(channel="phone", text="jangan hilang", person_name="A", actor="ML")
    database.dispose()
    _future_migrations(tmp_path, monkeypatch, "    op.create_table('half_done', sa.Column('id', sa.Integer))\n"
                                              "    op.execute(\"UPDATE complaint_case SET text = 'changed'\")\n"
                                              "    raise RuntimeError('bug in a migration')")
    with pytest.raises(DatabaseUpgradeFailed):
        open_database(db_path, now=NOW)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert conn.execute("SELECT text FROM complaint_case").fetchone()[0] == "jangan hilang"
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
    monkeypatch.undo()
    open_database(db_path, now=NOW).dispose()  # this version still opens it


@pytest.mark.parametrize("folder", ["Kedai #1", "100%25 kek", "ruang kosong", "kédai ø"])
def test_odd_folder_names_work_for_the_log_and_its_backups(tmp_path, folder):
    path = tmp_path / folder / "balas.db"
    database = open_database(path, now=NOW)
    CaseRepository(database).add_manual_case(channel="phone", text="ok", person_name="A", actor="ML")
    backup = backups.make_backup(path, NOW, reason="daily")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT text FROM complaint_case").fetchone()[0] == "ok"
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "balas.db", "balas.db-shm", "balas.db-wal"]
    database.dispose()


def test_two_restores_in_one_second_keep_both_originals(database, db_path):
    backup = backups.make_backup(db_path, NOW, reason="daily")
    database.dispose()
    db_path.write_bytes(b"first broken file")
    first = backups.restore_backup(db_path, backup, NOW)
    db_path.write_bytes(b"second broken file")
    second = backups.restore_backup(db_path, backup, NOW)
    assert first != second
    assert first.read_bytes() == b"first broken file" and second.read_bytes() == b"second broken file"


def test_reopening_a_current_database_does_not_touch_alembic(db_path):
    open_database(db_path, now=NOW).dispose()
    code = ("import sys; from desktop.cases.db import open_database; "
            f"open_database({str(db_path)!r}); "
            "assert 'alembic' not in sys.modules and 'sqlalchemy' not in sys.modules, 'slow imports'")
    subprocess.run([shutil.which("python") or "python", "-c", code], check=True)


def test_search_index_follows_cases_and_people(database, repo):
    case_id = repo.add_manual_case(channel="phone", text="Kek coklat hangus", person_name="Nurul Aina", actor="ML")
    with database.connect() as conn:
        match = lambda q: [r[0] for r in conn.execute("SELECT rowid FROM case_fts WHERE case_fts MATCH ?", (q,))]  # noqa: E731
        assert match('"hangus"') == [case_id]
        assert match('"nurul"') == [case_id]
        conn.execute("UPDATE complaint_case SET text = 'Kek lapis basi' WHERE id = ?", (case_id,))
        conn.execute("UPDATE person SET name = 'Nurul Izzati' WHERE id = 1")
        conn.commit()
        assert match('"hangus"') == [] and match('"basi"') == [case_id]
        assert match('"izzati"') == [case_id]
        conn.execute("DELETE FROM case_event WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM complaint_case WHERE id = ?", (case_id,))
        conn.commit()
        assert match('"basi"') == []


def test_case_events_cannot_be_rewritten(database, repo):
    repo.add_manual_case(channel="phone", text="x", person_name="A", actor="ML")
    with database.connect() as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE case_event SET actor = 'someone else'")


# -- files that cannot be used ---------------------------------------------------------------

def _bytes(path):
    return path.read_bytes() if path.exists() else None


def test_corrupt_file_is_reported_and_left_alone(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = _bytes(db_path)
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path, now=NOW)
    assert _bytes(db_path) == before


def test_damaged_database_pages_are_reported(db_path, repo, database):
    repo.add_manual_case(channel="phone", text="x" * 20000, person_name="A", actor="ML")
    database.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path, now=NOW)
    assert db_path.read_bytes() == bytes(data)


def test_other_programs_database_is_not_taken_over(db_path):
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseCorrupt, match="another program"):
        open_database(db_path, now=NOW)
    with sqlite3.connect(db_path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["recipes"]


def test_database_from_a_newer_balas_is_refused_untouched(database, db_path):
    database.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _bytes(db_path)
    with pytest.raises(DatabaseTooNew):
        open_database(db_path, now=NOW)
    assert _bytes(db_path) == before


def test_locked_database_is_reported(database, db_path):
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked):
            open_database(db_path, now=NOW)
    finally:
        holder.rollback()
        holder.close()


@contextmanager
def _read_only(path):
    """Make `path` unwritable even for root (immutable flag), or by mode for a normal user."""
    import os

    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if done.returncode != 0:
            missing_part(f"cannot make a read-only file here (chattr): {done.stderr.decode().strip()}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def test_read_only_database_is_reported(database, db_path):
    database.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with _read_only(db_path):
        with pytest.raises(DatabaseReadOnly):
            open_database(db_path, now=NOW)


# -- backups ---------------------------------------------------------------------------------

def test_backups_rotate_to_the_last_seven(database, db_path, repo):
    repo.add_manual_case(channel="letter", text="Surat aduan", person_name="Encik Tan", actor="ML")
    made = [backups.make_backup(db_path, NOW + timedelta(days=i), reason="daily") for i in range(10)]
    kept = backups.list_backups(db_path)
    assert kept == list(reversed(made[-7:]))
    with sqlite3.connect(kept[0]) as copy:
        assert copy.execute("SELECT text FROM complaint_case").fetchone()[0] == "Surat aduan"


def test_daily_backup_is_due_once_a_day(database, db_path):
    assert backups.daily_backup_due(db_path, NOW)
    backups.make_backup(db_path, NOW, reason="daily")
    assert not backups.daily_backup_due(db_path, NOW + timedelta(hours=23))
    assert backups.daily_backup_due(db_path, NOW + timedelta(hours=24))
    assert backups.daily_backup_due(db_path, NOW - timedelta(hours=1))  # clock went backwards


def test_restore_moves_the_original_aside_and_never_overwrites_it(database, db_path, repo):
    repo.add_manual_case(channel="phone", text="before backup", person_name="A", actor="ML")
    backup = backups.make_backup(db_path, NOW, reason="daily")
    database.dispose()
    db_path.write_bytes(b"garbage" * 1000)
    aside = backups.restore_backup(db_path, backup, NOW + timedelta(hours=1))
    assert aside.read_bytes() == b"garbage" * 1000
    restored = open_database(db_path, now=NOW)
    with restored.connect() as conn:
        assert conn.execute("SELECT text FROM complaint_case").fetchone()[0] == "before backup"
    restored.dispose()
