"""Search keys in byte order on PostgreSQL: the "C" collation for the prefix-searched columns.

Prefix search reads ``key >= 'A31' AND key < 'A31~'``.  Under a server's default collation
(en_US.UTF-8, ICU) punctuation such as "~" is all but ignored, so the range misses keys
('A3102016' sorts after 'A3102~') and the indexes cannot serve it.  With COLLATE "C" the range is
exact and indexed (PostgreSQL rebuilds the columns' indexes).  SQLite compares text byte by byte
already: nothing to do there.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None

COLUMNS = (
    ("model_number", "key", False),
    ("model_number", "base_key", True),
    ("model_number", "fold_key", False),
    ("search_term", "term", False),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, nullable in COLUMNS:
        op.alter_column(
            table,
            column,
            type_=sa.String(60, collation="C"),
            existing_type=sa.String(60),
            existing_nullable=nullable,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, nullable in COLUMNS:
        op.alter_column(
            table,
            column,
            type_=sa.String(60, collation="default"),
            existing_type=sa.String(60, collation="C"),
            existing_nullable=nullable,
        )
