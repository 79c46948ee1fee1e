"""The catalog database: created from the seed on first use, loaded whole or not at all."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from recall_desk.catalog.db import default_db_path, resolve_db
from recall_desk.catalog.load import CatalogLoadError, parse_document, read_document, replace_catalog
from recall_desk.catalog.service import NAME_CANDIDATES, Catalog
from recall_desk.resources import resource


def seed_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    return data


def small_document(version: str = "test.1") -> dict[str, Any]:
    return {
        "format": "recall-desk-catalog",
        "format_version": 1,
        "version": version,
        "published": "2026-01-15",
        "recalls": [
            {
                "key": "cpsc-99-001",
                "agency": "CPSC",
                "number": "99-001",
                "date": "2026-01-10",
                "title": "Example Heaters Recalled",
                "products": [
                    {
                        "brand": "Example",
                        "name": "Space Heater",
                        "models": ["EH-100"],
                        "gtins": ["036000291452"],
                        "serial_rule": {"match": [{"kind": "mask", "patterns": ["60764XXXXXXXXX"]}]},
                    }
                ],
            }
        ],
    }


def test_first_use_creates_the_catalog_from_the_seed(db_path: Path) -> None:
    assert not db_path.exists()
    catalog = Catalog.open(db_path)
    try:
        assert db_path.exists()
        assert catalog.info().recalls == 9
        assert catalog.source() == "bundled seed"
    finally:
        catalog.close()


def test_reopening_keeps_what_is_stored(db_path: Path) -> None:
    catalog = Catalog.open(db_path)
    replace_catalog(catalog.engine, parse_document(small_document()), source="test")
    catalog.close()
    reopened = Catalog.open(db_path)
    try:
        assert reopened.info().version == "test.1"
        assert reopened.info().recalls == 1
    finally:
        reopened.close()


def test_a_loaded_catalog_is_searchable_by_gtin_and_mask(catalog: Catalog) -> None:
    replace_catalog(catalog.engine, parse_document(small_document()))
    by_upc = catalog.check("0 36000 29145 2")
    assert by_upc.outcome == "need_serial"
    assert by_upc.matches[0].via == "gtin"
    assert catalog.check("EH-100", serial="60764ABCDEFGHI").outcome == "affected"
    assert catalog.check("eh100", serial="60765ABCDEFGHI").outcome == "not_affected"
    assert catalog.check("A3102").outcome == "no_recall_found"  # the seed was replaced


def test_a_document_with_bad_records_is_refused_whole(catalog: Catalog) -> None:
    data = seed_data()
    broken = copy.deepcopy(data)
    broken["recalls"][1]["products"][0]["serial_rule"]["length"] = "sixteen"
    broken["recalls"][3]["products"][0]["models"] = "A1642"  # a list is expected (empty: none named)
    broken["recalls"][4]["key"] = broken["recalls"][0]["key"]
    before = catalog.info()
    with pytest.raises(CatalogLoadError) as exc:
        parse_document(broken, "broken.json")
    problems = exc.value.problems
    assert len(problems) == 3
    assert "recalls[1] (cpsc-25-056).products[0].serial_rule.length" in problems[0]
    assert "recalls[3]" in problems[1] and "models" in problems[1]
    assert "also used by recalls[0]" in problems[2]
    assert "nothing was changed" in str(exc.value)
    assert catalog.info() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not JSON"),
        (b"[1, 2", "not JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"[]", "expected a JSON object"),
        (b'{"format": "something-else"}', "format"),
    ],
)
def test_files_that_are_not_catalogs_are_named_and_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "upload.json"
    path.write_bytes(content)
    with pytest.raises(CatalogLoadError) as exc:
        read_document(path)
    assert message in str(exc.value)
    assert "upload.json" in str(exc.value)


def test_the_same_gtin_twice_in_a_product_is_refused() -> None:
    doc = small_document()
    doc["recalls"][0]["products"][0]["gtins"] = ["036000291452", "0036000291452"]
    with pytest.raises(CatalogLoadError, match="listed twice"):
        parse_document(doc)


def test_replace_is_one_transaction(catalog: Catalog) -> None:
    """A failure inside the load (here a real constraint violation) leaves the old catalog."""
    with catalog.engine.begin() as conn:
        # A trigger stands in for a failing disk: it aborts the load at the first product row.
        conn.execute(text(
            "CREATE TRIGGER fail_load BEFORE INSERT ON product "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
        ))  # fmt: skip
    with pytest.raises(Exception, match="simulated failure"):
        replace_catalog(catalog.engine, parse_document(small_document()))
    assert catalog.info().recalls == 9
    assert catalog.info().version == "2026.11.22-seed"
    assert catalog.check("A1112").outcome == "affected"


def test_default_location_is_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RECALL_DESK_DB", raising=False)
    assert resolve_db(None) == f"sqlite:///{default_db_path()}"
    assert "recall-desk" in str(default_db_path())
    monkeypatch.setenv("RECALL_DESK_DB", "postgresql://counter@db.example/recalls")
    assert resolve_db(None) == "postgresql://counter@db.example/recalls"


def test_an_old_catalog_warns_with_every_answer(catalog: Catalog) -> None:
    from datetime import date

    fresh = catalog.check("A1112", today=date(2026, 12, 1))
    assert not any("days ago" in w for w in fresh.warnings)
    stale = catalog.check("A1112", today=date(2027, 1, 15))
    assert any("published 2026-11-22, 54 days ago" in w for w in stale.warnings)
    assert stale.catalog.published == "2026-11-22"


def test_an_all_digit_model_with_a_valid_check_digit_is_still_found(catalog: Catalog) -> None:
    doc = small_document()
    doc["recalls"][0]["products"][0]["models"] = ["96385074"]  # a valid EAN-8 by chance
    replace_catalog(catalog.engine, parse_document(doc))
    result = catalog.check("96385074")
    assert result.query.kind == "gtin"
    assert [m.model for m in result.matches] == ["96385074"]


@pytest.mark.parametrize(("count", "more"), [(NAME_CANDIDATES, False), (NAME_CANDIDATES + 1, True)])
def test_a_check_by_name_lists_at_most_twenty_products_and_says_when_more_match(
    catalog: Catalog, count: int, more: bool
) -> None:
    doc = small_document()
    template = doc["recalls"][0]
    doc["recalls"] = [
        {
            **copy.deepcopy(template),
            "key": f"cpsc-99-{i:03d}",
            "number": f"99-{i:03d}",
            "products": [{"brand": "Example", "name": "Space Heater", "models": [f"EH-{i:03d}"]}],
        }
        for i in range(count)
    ]
    replace_catalog(catalog.engine, parse_document(doc))
    result = catalog.check("example heater")
    assert result.outcome == "need_answer"
    assert len(result.matches) == NAME_CANDIDATES
    assert result.reason.startswith(f"More than {NAME_CANDIDATES} recalled products") is more
    assert len(result.questions[0].choices) == NAME_CANDIDATES
