"""Reminders: the owner's targets and opening hours kept in the case log, snoozes on cases
and their events, and an index for "what is due".

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_setting',
                    sa.Column('key', sa.String(), primary_key=True),
                    sa.Column('value', sa.String(), nullable=False))
    op.add_column('complaint_case', sa.Column('snoozed_until', sa.DateTime(), nullable=True))
    op.add_column('case_event', sa.Column('until', sa.DateTime(), nullable=True))
    op.create_index('ix_case_due', 'complaint_case', ['state', 'due_at'])


def downgrade() -> None:
    op.drop_index('ix_case_due', 'complaint_case')
    with op.batch_alter_table('case_event') as batch_op:
        batch_op.drop_column('until')
    with op.batch_alter_table('complaint_case') as batch_op:
        batch_op.drop_column('snoozed_until')
    op.drop_table('app_setting')
