"""Accounts remember where their sync stands and why it last failed; comments remember the
platform id of the comment they answer until that one arrives.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_ACCOUNT_COLUMNS = (
    sa.Column('handle', sa.String(), nullable=False, server_default=''),
    sa.Column('sync_cursor', sa.String(), nullable=True),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('error_kind', sa.String(), nullable=True),
    sa.Column('last_error', sa.String(), nullable=True),
    sa.Column('retry_at', sa.DateTime(), nullable=True),
    sa.Column('auth_expires_at', sa.DateTime(), nullable=True),
    sa.Column('client_id', sa.String(), nullable=True),
)


def upgrade() -> None:
    for column in _ACCOUNT_COLUMNS:
        op.add_column('account', column)
    op.add_column('comment', sa.Column('parent_external_id', sa.String(), nullable=True))
    op.create_index('ix_comment_post', 'comment', ['platform', 'post_external_id', 'created_at'])
    op.create_index('ix_comment_waiting_parent', 'comment', ['platform', 'parent_external_id'],
                    sqlite_where=sa.text('parent_id IS NULL AND parent_external_id IS NOT NULL'))
    op.create_index('ix_outbox_due', 'outbox_reply', ['state', 'next_attempt_at'])


def downgrade() -> None:
    op.drop_index('ix_outbox_due', 'outbox_reply')
    op.drop_index('ix_comment_waiting_parent', 'comment')
    op.drop_index('ix_comment_post', 'comment')
    with op.batch_alter_table('comment') as batch_op:
        batch_op.drop_column('parent_external_id')
    with op.batch_alter_table('account') as batch_op:
        for column in _ACCOUNT_COLUMNS:
            batch_op.drop_column(column.name)
