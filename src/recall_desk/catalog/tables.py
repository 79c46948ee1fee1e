"""The catalog's tables (sqlmodel; SQLite by default, PostgreSQL for a chain).

A recall's and a product's facts are kept whole as the validated JSON document
of :mod:`recall_desk.core.model` (``doc``); the columns beside it are what the
counter searches and sorts on.  Lookup tables (model numbers, GTINs, search
terms) are derived from the documents on load and rebuilt with them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column, Index, String, Table
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 1

SEARCH_KEY = String(60).with_variant(String(60, collation="C"), "postgresql")
"""A search key (upper-case A-Z0-9) that prefix search reads as a range ``key >= p AND key < p || '~'``.
That range is right only in byte order: SQLite compares text that way; on PostgreSQL the column
takes the "C" collation (a server's default, en_US and the like, ignores punctuation such as "~"),
and its indexes then serve the range too (migration 0002 for databases made before)."""


class CatalogMeta(SQLModel, table=True):
    __tablename__ = "catalog_meta"

    key: str = Field(primary_key=True, max_length=64)
    value: str


class RecallRow(SQLModel, table=True):
    __tablename__ = "recall"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True, max_length=120)
    agency: str = Field(max_length=200)
    number: str | None = Field(default=None, index=True, max_length=60)
    date: str | None = Field(default=None, index=True, max_length=10)
    title: str
    hazard: str | None = None
    doc: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    """The recall document without its products."""
    notice_url: str | None = Field(default=None, index=True, max_length=2_000)
    """The notice's address: the same recall imported from another source is matched on it."""
    origin: str = Field(default="", max_length=40)
    """Where it came from: "seed", "document", "cpsc", "healthcanada", "bundle" or "manager"."""
    source_updated: str | None = Field(default=None, max_length=32)
    """The source's own last-published stamp (CPSC LastPublishDate): a newer one updates the recall."""
    edited: bool = False
    """A manager edited it: imports no longer change it (they keep the source's newer text aside)."""
    upstream: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    """For an edited recall, the latest record an import brought, kept for the manager to compare."""


class ProductRow(SQLModel, table=True):
    __tablename__ = "product"

    id: int | None = Field(default=None, primary_key=True)
    recall_id: int = Field(foreign_key="recall.id", index=True)
    position: int = 0
    brand: str = Field(max_length=200)
    name: str
    models: str = ""
    """The product's model numbers, for display in lists ("A3102016, A3302011")."""
    doc: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class ModelRow(SQLModel, table=True):
    __tablename__ = "model_number"
    __table_args__ = (Index("ix_model_number_key_product", "key", "product_id"),)

    id: int | None = Field(default=None, primary_key=True)
    product_id: int = Field(foreign_key="product.id", index=True)
    number: str = Field(max_length=60)
    key: str = Field(sa_column=Column(SEARCH_KEY, nullable=False))
    base_key: str | None = Field(default=None, sa_column=Column(SEARCH_KEY, nullable=True, index=True))
    fold_key: str = Field(sa_column=Column(SEARCH_KEY, nullable=False, index=True))


class GtinRow(SQLModel, table=True):
    __tablename__ = "product_gtin"

    gtin: str = Field(primary_key=True, max_length=14)
    product_id: int = Field(primary_key=True, foreign_key="product.id")


class TermRow(SQLModel, table=True):
    """One search word of a product; (term, product_id) is the covering index for prefix search."""

    __tablename__ = "search_term"
    __table_args__ = (Index("ix_search_term_product_term", "product_id", "term"),)

    term: str = Field(sa_column=Column(SEARCH_KEY, primary_key=True))
    product_id: int = Field(primary_key=True, foreign_key="product.id")


class CheckLogRow(SQLModel, table=True):
    """One check at a counter.  Not a catalog table: catalog loads never touch it."""

    __tablename__ = "check_log"

    id: int | None = Field(default=None, primary_key=True)
    time_utc: str = Field(index=True, max_length=32)
    time_local: str = Field(max_length=40)
    station: str = Field(default="", max_length=100)
    clerk: str = Field(default="", max_length=100)
    query: str = Field(max_length=200)
    query_kind: str = Field(max_length=20)
    serial: str = Field(default="", max_length=100)
    answers: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    outcome: str = Field(index=True, max_length=40)
    recalls: str = Field(default="", max_length=500)
    """The recalls the outcome names, as "CPSC 25-056; Anker Innovations (2024-06-06)"."""
    models: str = Field(default="", max_length=500)
    catalog_version: str = Field(default="", max_length=60)
    case_number: str | None = Field(default=None, unique=True, index=True, max_length=40)
    """The case number printed on the slip made from this check ("RD-20261122-000123"), if any."""
    slip: str = Field(default="", max_length=200)
    """On a "slip" row, what was made ("pdf:letter", "escpos:80mm"); on a check row, only in rows
    sealed from a log made before the chain (they kept it as "pdf:letter,escpos:80mm")."""
    kind: str = Field(default="check", index=True, max_length=10)
    """"check"; "case" (a case number given to an earlier check) or "slip" (a slip made for one)."""
    ref_id: int | None = Field(default=None, index=True)
    """On a "case" or "slip" row, the id of the check row it is about."""
    seq: int | None = Field(default=None, unique=True, index=True)
    """The row's position in the hash chain: 1, 2, 3, … with no gap."""
    prev_hash: str = Field(default="", max_length=64)
    """The row_hash of the row at position seq - 1 (64 zeros for the first)."""
    row_hash: str = Field(default="", max_length=64)
    """SHA-256 (hex) of this row's canonical form (:mod:`recall_desk.catalog.checklog`)."""


class LogHeadRow(SQLModel, table=True):
    """The check log chain's head: one row (id 1) holding the last position and hash.  Appending
    locks it (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` locks the file)."""

    __tablename__ = "log_head"

    id: int = Field(default=1, primary_key=True)
    seq: int = 0
    last_id: int = 0
    """The check_log id of the row at ``seq`` (0 when the chain is empty)."""
    hash: str = Field(max_length=64)
    updated: str = Field(default="", max_length=32)


class ClerkRow(SQLModel, table=True):
    """Someone who signs in at the counter: a clerk, or a manager (catalog edits, log export,
    settings).  Not a catalog table."""

    __tablename__ = "clerk"

    id: str = Field(primary_key=True, max_length=40)
    name: str = Field(default="", max_length=100)
    role: str = Field(default="clerk", max_length=10)
    """"clerk" or "manager"."""
    pin_hash: str = Field(default="", max_length=200)
    """"scrypt$16384$8$1$<salt base64>$<key base64>", or empty for a clerk with no PIN."""
    created: str = Field(max_length=32)
    active: bool = True
    failed_pins: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    """Wrong PINs in a row since the last good one (migration 0003)."""
    locked_until: str | None = Field(default=None, max_length=32)
    """UTC ISO time before which this clerk cannot sign in, after too many wrong PINs."""


class ReviewItemRow(SQLModel, table=True):
    """Something an import read from a notice's prose but could not be sure of (a model number,
    a serial rule): a manager confirms or rejects it; until then it is not part of the catalog."""

    __tablename__ = "review_item"

    id: int | None = Field(default=None, primary_key=True)
    recall_key: str = Field(index=True, max_length=120)
    product: int = 0
    """The product's position in its recall."""
    kind: str = Field(max_length=20)
    """"model", "serial_rule", "gtin" or "no_model"."""
    value: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    confidence: float = 0.0
    sentence: str = ""
    reason: str = ""
    status: str = Field(default="pending", index=True, max_length=20)
    """"pending", "confirmed" or "rejected"."""
    created: str = Field(max_length=32)


CATALOG_TABLES = (ReviewItemRow, TermRow, GtinRow, ModelRow, ProductRow, RecallRow)
"""Tables a catalog load replaces, children first."""


def table_of(model: type[SQLModel]) -> Table:
    """The Core table behind a sqlmodel class (for fast, typed Core statements)."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


META_T = table_of(CatalogMeta)
RECALL_T = table_of(RecallRow)
PRODUCT_T = table_of(ProductRow)
MODEL_T = table_of(ModelRow)
GTIN_T = table_of(GtinRow)
TERM_T = table_of(TermRow)
LOG_T = table_of(CheckLogRow)
LOG_HEAD_T = table_of(LogHeadRow)
CLERK_T = table_of(ClerkRow)
REVIEW_T = table_of(ReviewItemRow)
