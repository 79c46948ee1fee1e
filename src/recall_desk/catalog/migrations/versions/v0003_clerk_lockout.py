"""Clerks locked out after wrong PINs: ``clerk.failed_pins`` and ``clerk.locked_until``.

A 4-digit PIN tried without limit falls in minutes; after ``clerks.MAX_FAILED_PINS`` wrong PINs in a
row the clerk cannot sign in for ``clerks.LOCK_MINUTES``.  The columns are added where missing (a
database brought to the baseline by this program's own tables may have them already).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None


def _columns() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("clerk")}


def upgrade() -> None:
    have = _columns()
    with op.batch_alter_table("clerk") as batch:
        if "failed_pins" not in have:
            batch.add_column(sa.Column("failed_pins", sa.Integer(), nullable=False, server_default="0"))
        if "locked_until" not in have:
            batch.add_column(sa.Column("locked_until", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clerk") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_pins")
