"""Cases remember the abusive words triage found in them.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('complaint_case', sa.Column('abusive_terms', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('complaint_case') as batch_op:
        batch_op.drop_column('abusive_terms')
