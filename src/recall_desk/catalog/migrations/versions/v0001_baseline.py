"""Baseline: the tables of schema version 1 (``catalog_meta.schema_version`` = 1).

A new database is made whole by ``SQLModel.metadata.create_all`` and stamped at the newest
revision; a database made before migrations (version 1, no ``alembic_version`` table) is first
brought to the baseline as earlier versions did (missing tables and columns added, the full-text
index and the check log chain made) and stamped here.  So this revision itself changes nothing.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing: see the module docstring."""


def downgrade() -> None:
    """Nothing before the baseline."""
