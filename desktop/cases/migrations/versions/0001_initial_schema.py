"""Initial schema: the case log tables, full-text search and its triggers.

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# Trigram: substring search that suits Malay and Indonesian affixes (kecewa in mengecewakan).
# case_fts keeps its own copy of the case text and the person's name, so the inbox search
# is a single MATCH. comment_fts indexes the comment table in place.
_SEARCH_SCHEMA = (
    "CREATE VIRTUAL TABLE case_fts USING fts5(text, who, tokenize='trigram')",
    "CREATE VIRTUAL TABLE comment_fts USING fts5(text, content='comment', content_rowid='id',"
    " tokenize='trigram')",
    """CREATE TRIGGER case_fts_insert AFTER INSERT ON complaint_case BEGIN
         INSERT INTO case_fts(rowid, text, who)
         VALUES (new.id, new.text, (SELECT name FROM person WHERE id = new.person_id));
       END""",
    """CREATE TRIGGER case_fts_update AFTER UPDATE OF text, person_id ON complaint_case BEGIN
         UPDATE case_fts SET text = new.text,
                who = (SELECT name FROM person WHERE id = new.person_id)
         WHERE rowid = new.id;
       END""",
    """CREATE TRIGGER case_fts_delete AFTER DELETE ON complaint_case BEGIN
         DELETE FROM case_fts WHERE rowid = old.id;
       END""",
    """CREATE TRIGGER person_name_fts AFTER UPDATE OF name ON person BEGIN
         UPDATE case_fts SET who = new.name
         WHERE rowid IN (SELECT id FROM complaint_case WHERE person_id = new.id);
       END""",
    """CREATE TRIGGER comment_fts_insert AFTER INSERT ON comment BEGIN
         INSERT INTO comment_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    """CREATE TRIGGER comment_fts_update AFTER UPDATE OF text ON comment BEGIN
         INSERT INTO comment_fts(comment_fts, rowid, text) VALUES ('delete', old.id, old.text);
         INSERT INTO comment_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    """CREATE TRIGGER comment_fts_delete AFTER DELETE ON comment BEGIN
         INSERT INTO comment_fts(comment_fts, rowid, text) VALUES ('delete', old.id, old.text);
       END""",
    """CREATE TRIGGER case_event_append_only BEFORE UPDATE ON case_event BEGIN
         SELECT RAISE(ABORT, 'case events are append-only');
       END""",
)
_SEARCH_TRIGGERS = ("case_fts_insert", "case_fts_update", "case_fts_delete", "person_name_fts",
                    "comment_fts_insert", "comment_fts_update", "comment_fts_delete",
                    "case_event_append_only")


def upgrade() -> None:
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('external_id', sa.String(), nullable=False),
    sa.Column('display_name', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'external_id')
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('external_id', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('profile_url', sa.String(), nullable=True),
    sa.Column('contact', sa.String(), nullable=True),
    sa.Column('manual_type', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)
        batch_op.create_index('ix_person_platform_external', ['platform', 'external_id'], unique=True, sqlite_where=sa.text('external_id IS NOT NULL'))

    op.create_table('touchpoint',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('complaint_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(), nullable=False),
    sa.Column('touchpoint', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(), nullable=False),
    sa.Column('complainant_type', sa.String(), nullable=True),
    sa.Column('type_reasons', sa.String(), nullable=True),
    sa.Column('language', sa.String(), nullable=True),
    sa.Column('ignore_reason', sa.String(), nullable=True),
    sa.Column('assignee', sa.String(), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('first_response_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('complaint_case', schema=None) as batch_op:
        batch_op.create_index('ix_case_inbox', ['received_at', 'state', 'channel', 'complainant_type', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_case_channel'), ['channel'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_case_complainant_type'), ['complainant_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_case_person_id'), ['person_id'], unique=False)

    op.create_table('case_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('from_state', sa.String(), nullable=True),
    sa.Column('to_state', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['complaint_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_case_id'), ['case_id'], unique=False)

    op.create_table('comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('external_id', sa.String(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('post_external_id', sa.String(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('by_page', sa.Boolean(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('fetched_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['complaint_case.id'], ),
    sa.ForeignKeyConstraint(['parent_id'], ['comment.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'external_id')
    )
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comment_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_person_id'), ['person_id'], unique=False)

    op.create_table('outbox_reply',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('comment_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=True),
    sa.Column('state', sa.String(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('error_kind', sa.String(), nullable=True),
    sa.Column('last_error', sa.String(), nullable=True),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('platform_id', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['complaint_case.id'], ),
    sa.ForeignKeyConstraint(['comment_id'], ['comment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outbox_reply', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_reply_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_reply_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_reply_state'), ['state'], unique=False)


    for statement in _SEARCH_SCHEMA:
        op.execute(statement)
    touchpoint = sa.table("touchpoint", sa.column("key", sa.String), sa.column("builtin", sa.Boolean),
                          sa.column("position", sa.Integer), sa.column("archived", sa.Boolean))
    op.bulk_insert(touchpoint, [
        {"key": key, "builtin": True, "position": i, "archived": False}
        for i, key in enumerate(("delivery", "product_quality", "staff", "price", "payment",
                                 "online_shop", "store_visit", "other"))
    ])


def downgrade() -> None:
    for name in _SEARCH_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS case_fts")
    op.execute("DROP TABLE IF EXISTS comment_fts")
    with op.batch_alter_table('outbox_reply', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_reply_state'))
        batch_op.drop_index(batch_op.f('ix_outbox_reply_case_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_reply_account_id'))

    op.drop_table('outbox_reply')
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comment_person_id'))
        batch_op.drop_index(batch_op.f('ix_comment_parent_id'))
        batch_op.drop_index(batch_op.f('ix_comment_case_id'))
        batch_op.drop_index(batch_op.f('ix_comment_account_id'))

    op.drop_table('comment')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_case_id'))

    op.drop_table('case_event')
    with op.batch_alter_table('complaint_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_case_person_id'))
        batch_op.drop_index(batch_op.f('ix_complaint_case_complainant_type'))
        batch_op.drop_index(batch_op.f('ix_complaint_case_channel'))
        batch_op.drop_index('ix_case_inbox')

    op.drop_table('complaint_case')
    op.drop_table('touchpoint')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_platform_external', sqlite_where=sa.text('external_id IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_person_name'))

    op.drop_table('person')
    op.drop_table('account')
