"""The alembic environment: run on the connection :mod:`recall_desk.catalog.migrate` hands over.

Online only (there is no SQL-script mode).  ``render_as_batch`` lets a revision alter SQLite
tables (alembic copies and renames the table, as SQLite needs).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from recall_desk.catalog import tables  # noqa: F401  (puts the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("recall-desk migrations run from recall_desk.catalog.migrate, on an open connection")
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
