"""Shared fixtures of the case-log tests."""

import pytest


@pytest.fixture
def account(database):
    with database.connect() as conn:
        conn.execute("INSERT INTO account (platform, external_id, display_name, status, created_at)"
                     " VALUES ('facebook', '1001', 'Kedai', 'connected', '2026-11-01 00:00:00.000000')")
        conn.commit()
        return conn.execute("SELECT id FROM account").fetchone()[0]
