"""Alembic environment: migrations run on a connection handed in by desktop.cases.db."""

from alembic import context

from desktop.cases.models import SQLModel

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata,
                  render_as_batch=True, transaction_per_migration=True)
with context.begin_transaction():
    context.run_migrations()
