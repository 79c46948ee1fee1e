"""The hot queries written once as SQL: the same rows whatever the driver's parameter style."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.dialects import postgresql

from recall_desk.catalog import plainsql
from recall_desk.catalog.service import Catalog

SQL = (
    "SELECT {model.number}, {product.brand} FROM {model} JOIN {product} ON {product.id} = {model.product_id} "
    "WHERE {model.key} >= ? AND {model.key} < ? AND {product.id} IN (??) ORDER BY {model.key}"
)


def test_names_and_markers_are_filled_for_the_dialect() -> None:
    class PgConn:
        dialect = postgresql.psycopg.dialect()

    rendered = plainsql._render(PgConn(), SQL, 3)
    assert "%s" in rendered and "?" not in rendered and "{" not in rendered
    assert rendered.count("%s") == 5
    assert "model_number.key >= %s" in rendered and "IN (%s, %s, %s)" in rendered


@pytest.mark.parametrize("style", ["qmark", "named"])
def test_the_same_rows_with_positional_or_named_parameters(
    catalog: Catalog, db_path: Path, style: str
) -> None:
    engine = create_engine(f"sqlite:///{db_path}", paramstyle=style)
    try:
        with engine.connect() as conn:
            ids = [r[0] for r in plainsql.rows(conn, "SELECT {product.id} FROM {product}")]
            found = plainsql.rows(conn, SQL, ("A3", "A3~", *ids), many=len(ids))
    finally:
        engine.dispose()
    assert ("A3102016", "Anker") in found
    assert [n for n, _ in found] == sorted(n for n, _ in found)
    assert all(n.startswith("A3") for n, _ in found)
