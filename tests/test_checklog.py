"""The check log: every check recorded, and catalog loads never touch it."""

from __future__ import annotations

from datetime import UTC, datetime

from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.load import read_document, replace_catalog
from recall_desk.catalog.service import Catalog
from recall_desk.resources import resource


def test_checks_are_recorded_with_outcome_and_recall(catalog: Catalog) -> None:
    log = CheckLog(catalog.engine)
    assert log.count() == 0
    result = catalog.check("BPD005", serial="57V123456789AB")
    when = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
    row_id = log.record(result, serial="57V123456789AB", station="Counter 2", when=when)
    a3102 = catalog.check("A3102", answers={"colour": "red"})
    log.record(a3102, answers={"colour": "red"}, station="Counter 2")
    newest, oldest = log.entries()
    assert oldest.id == row_id
    assert oldest.outcome == "affected"
    assert oldest.query == "BPD005" and oldest.serial == "57V123456789AB"
    assert oldest.recalls == "CPSC (2024-12-05)"
    assert oldest.time_utc == when
    assert oldest.station == "Counter 2"
    assert oldest.catalog_version == "2026.11.22-seed"
    assert newest.outcome == "not_affected"
    assert newest.answers == {"colour": "red"}
    assert newest.recalls == "CPSC 25-056"


def test_a_catalog_load_leaves_the_log_alone(catalog: Catalog) -> None:
    log = CheckLog(catalog.engine)
    for q in ("A1112", "A1647", "nothing-like-this"):
        log.record(catalog.check(q))
    before = log.entries()
    replace_catalog(catalog.engine, read_document(resource("catalog", "seed.json")))
    assert log.entries() == before
