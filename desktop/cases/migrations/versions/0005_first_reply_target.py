"""Reports: each case keeps the time its first reply was due, so "answered within target"
reads straight from the table. Set by a trigger when a case comes in (the target of that
day: new targets later never rewrite past results); filled once for the cases already there.

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_TRIGGERS = (
    """CREATE TRIGGER case_first_due_insert AFTER INSERT ON complaint_case WHEN NEW.state = 'new' BEGIN
        UPDATE complaint_case SET first_due_at = NEW.due_at WHERE id = NEW.id; END""",
)


def upgrade() -> None:
    op.add_column('complaint_case', sa.Column('first_due_at', sa.DateTime(), nullable=True))
    for trigger in _TRIGGERS:
        op.execute(trigger)
    _fill_first_due(op.get_bind())


def _fill_first_due(bind) -> None:
    """The first-reply due time of every case already logged, from the owner's targets."""
    from desktop.cases.deadlines import ReminderKind
    from desktop.cases.reminders import load_targets
    from desktop.cases.queries import from_db_time, to_db_time

    conn = bind.connection.driver_connection
    targets = load_targets(conn)
    rows = conn.execute("SELECT id, channel, received_at FROM complaint_case").fetchall()
    conn.executemany("UPDATE complaint_case SET first_due_at = ? WHERE id = ?", [
        (to_db_time(targets.hours.add(from_db_time(received),
                                      targets.span(ReminderKind.FIRST_RESPONSE, channel))), case_id)
        for case_id, channel, received in rows])


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS case_first_due_insert")
    with op.batch_alter_table('complaint_case') as batch_op:
        batch_op.drop_column('first_due_at')
