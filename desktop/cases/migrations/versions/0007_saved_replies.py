"""The owner's own reply templates, per language, kept in the case log. Also: a case's
first-reply due time is no longer rewritten when the targets change (a trigger of 0005's
first form did that, so a report of last month could change).

Revision ID: 0007
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('saved_reply',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('lang', sa.String(), nullable=False),
                    sa.Column('title', sa.String(), nullable=False),
                    sa.Column('text', sa.String(), nullable=False),
                    sa.Column('updated_at', sa.DateTime(), nullable=False))
    op.create_index('ix_saved_reply_lang', 'saved_reply', ['lang', 'title'])
    op.execute("DROP TRIGGER IF EXISTS case_first_due_update")


def downgrade() -> None:
    op.drop_index('ix_saved_reply_lang', 'saved_reply')
    op.drop_table('saved_reply')
