"""One person's data can be erased (Malaysia's PDPA, Indonesia's UU PDP): the person keeps
when it was erased, and their comments stay as empty markers so a later sync does not
bring the text back.

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('person', sa.Column('erased_at', sa.DateTime(), nullable=True))
    op.add_column('comment', sa.Column('erased', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('comment') as batch_op:
        batch_op.drop_column('erased')
    with op.batch_alter_table('person') as batch_op:
        batch_op.drop_column('erased_at')
