"""The catalog's tables (sqlmodel; SQLite by default, PostgreSQL for a chain).

A recall's and a product's facts are kept whole as the validated JSON document
of :mod:`recall_desk.core.model` (``doc``); the columns beside it are what the
counter searches and sorts on.  Lookup tables (model numbers, GTINs, search
terms) are derived from the documents on load and rebuilt with them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column, Index, Table
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 1


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
    key: str = Field(max_length=60)
    base_key: str | None = Field(default=None, index=True, max_length=60)
    fold_key: str = Field(index=True, max_length=60)


class GtinRow(SQLModel, table=True):
    __tablename__ = "product_gtin"

    gtin: str = Field(primary_key=True, max_length=14)
    product_id: int = Field(primary_key=True, foreign_key="product.id")


class TermRow(SQLModel, table=True):
    """One search word of a product; (term, product_id) is the covering index for prefix search."""

    __tablename__ = "search_term"
    __table_args__ = (Index("ix_search_term_product_term", "product_id", "term"),)

    term: str = Field(primary_key=True, max_length=60)
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


CATALOG_TABLES = (TermRow, GtinRow, ModelRow, ProductRow, RecallRow)
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
