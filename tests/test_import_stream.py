"""An import merges the records into the catalog as they are read, a batch at a time, in its one
transaction: what it stores is what merging the whole file at once stores, a file refused late is
still refused whole, and a cancel or a refusal while the workers are reading changes nothing."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recall_desk.catalog import importers
from recall_desk.catalog.importers import ImportRefused, ParsedFile, cpsc, parse_bytes, read_bytes, read_file
from recall_desk.catalog.importers.pool import RecordPool, read_records
from recall_desk.catalog.imports import Cancelled, apply_import, import_file, save_edit
from recall_desk.catalog.review import decide
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.tables import REVIEW_T
from recall_desk.core.model import Recall
from test_import import cpsc_record, snapshot, write

OLD = "2025-01-01T00:00:00"
NEW = "2025-06-01T00:00:00"
UNSURE = " Model numbers beginning with A31 are included."  # a finding for review


def _url(n: int) -> str:
    return f"https://www.cpsc.gov/Recalls/2025/example-25{n:03d}"


def _stored_catalog(path: Path) -> tuple[str, str]:
    """A catalog with the bundled seed, twenty older CPSC recalls (one edited by a manager, one with
    a confirmed review finding), as a store has it before the file of :func:`_newer_file`.  Returns
    the seed's Belkin notice address and key."""
    catalog = Catalog.open(path)
    records = [cpsc_record(f"25{n:03d}", OLD) for n in range(1, 21)]
    records[2]["Description"] += UNSURE
    import_file(catalog.engine, write(path.with_suffix(".old.json"), records))
    doc = cpsc.parse_record(cpsc_record("25005", OLD), "edit").recall.to_dict()
    doc["hazard"] = "Overheats (the store's note)."
    save_edit(catalog.engine, Recall.from_dict("edit", doc))
    with catalog.engine.connect() as conn:
        item = conn.execute(select(REVIEW_T.c.id).where(REVIEW_T.c.recall_key == "cpsc-25-003")).first()
    assert item is not None
    decide(catalog.engine, item.id, "confirmed", {"number": "A3100"})
    belkin = catalog.check("BPD005").matches[0].recall
    catalog.close()
    assert belkin.notice_url
    return belkin.notice_url, belkin.key


def _newer_file(path: Path, belkin_url: str) -> Path:
    """Newer records of the stored recalls, new recalls, and the awkward cases a batch boundary
    could change: a record matched to a stored recall by its notice address before (and after)
    another record with that recall's own key, a record of the seed's recall under another key, an
    older record, records for review, and a bad record."""
    records = [cpsc_record(f"25{n:03d}", NEW) for n in range(1, 11)]  # 25-005: edited; 25-003: decided
    records[2]["Description"] += UNSURE
    records += [cpsc_record(f"25{n:03d}", NEW) for n in range(100, 131)]
    records[-4]["Description"] += UNSURE
    records.append(cpsc_record("25200", NEW, URL=_url(15)))  # stored 25-015's notice, another key
    records += [cpsc_record(f"25{n:03d}", NEW) for n in range(131, 140)]
    records.append(cpsc_record("25015", NEW))  # then 25-015 itself
    records.append(cpsc_record("25016", NEW))  # 25-016 itself first ...
    records += [cpsc_record(f"25{n:03d}", NEW) for n in range(140, 150)]
    records.append(cpsc_record("25201", NEW, URL=_url(16)))  # ... then another key with its notice
    records.append(cpsc_record("25099", NEW, URL=belkin_url, Title="Belkin Recalls Chargers"))
    records.append(cpsc_record("25011", "2024-01-01T00:00:00"))  # older than the stored one
    records.append({"RecallNumber": 25300, "Title": 5})  # bad
    records += [cpsc_record(f"25{n:03d}", NEW) for n in range(150, 160)]
    return write(path, records)


def _rows(path: Path) -> dict[str, list[Any]]:
    """Every catalog table's rows without the ids an insert order gives (and the review list without
    its timestamps)."""
    con = sqlite3.connect(path)
    try:
        out: dict[str, list[Any]] = {}
        out["recall"] = con.execute(
            "SELECT key, agency, number, date, title, hazard, doc, notice_url, origin, source_updated, "
            "edited, upstream FROM recall ORDER BY key"
        ).fetchall()
        out["product"] = con.execute(
            "SELECT r.key, p.position, p.brand, p.name, p.models, p.doc FROM product p "
            "JOIN recall r ON r.id = p.recall_id ORDER BY r.key, p.position"
        ).fetchall()
        out["model_number"] = con.execute(
            "SELECT r.key, p.position, m.number, m.key, m.base_key, m.fold_key FROM model_number m "
            "JOIN product p ON p.id = m.product_id JOIN recall r ON r.id = p.recall_id ORDER BY 1, 2, 4"
        ).fetchall()
        out["search"] = sorted(
            con.execute(
                "SELECT r.key, p.position, f.terms FROM search_fts f JOIN product p ON p.id = f.rowid "
                "JOIN recall r ON r.id = p.recall_id"
            ).fetchall()
        )
        out["review_item"] = con.execute(
            "SELECT recall_key, product, kind, value, confidence, sentence, reason, status FROM review_item "
            "ORDER BY recall_key, product, kind, value, status"
        ).fetchall()
        out["catalog_meta"] = con.execute("SELECT key, value FROM catalog_meta ORDER BY key").fetchall()
        return out
    finally:
        con.close()


@pytest.mark.parametrize("batch", [1, 3, 7, 50])
def test_merging_in_batches_stores_what_merging_the_file_at_once_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    first = tmp_path / "whole.sqlite3"
    belkin_url, belkin_key = _stored_catalog(first)
    second = tmp_path / "batches.sqlite3"
    shutil.copy(first, second)
    file = _newer_file(tmp_path / "newer.json", belkin_url)

    whole = Catalog.open(first)  # the whole file read first, then merged in one go
    parsed = read_file(file)
    assert len(parsed.records) > 50 and not parsed.unchanged
    tag = hashlib.sha256(file.read_bytes()).hexdigest()[:8]  # as import_file names the version
    at_once = apply_import(whole.engine, parsed, skip_bad=True, tag=tag).to_json()
    whole.close()

    monkeypatch.setattr(importers, "SINK_BATCH", batch)
    batches: list[int] = []
    original = importers.ParsedFile.flush

    def flush(self: ParsedFile) -> None:
        batches.append(len(self._pending))
        original(self)

    monkeypatch.setattr(importers.ParsedFile, "flush", flush)
    streamed = Catalog.open(second)
    in_batches = import_file(streamed.engine, file, skip_bad=True).to_json()
    streamed.close()
    # Every record but the older one (import_file does not read it again), in batches of ``batch``.
    assert sum(batches) == len(parsed.records) - 1 and max(batches) == batch

    assert in_batches == at_once
    assert _rows(second) == _rows(first)
    # The awkward cases did what they should.
    assert at_once["recalls"]["kept_edits"] == ["cpsc-25-005", belkin_key]
    assert {"cpsc-25-015", "cpsc-25-016", "cpsc-25-200", "cpsc-25-201"} <= {
        *at_once["recalls"]["new"],
        *at_once["recalls"]["updated"],
    }
    bad = next(i for i, r in enumerate(json.loads(file.read_text())) if r.get("Title") == 5)
    assert [s["record"] for s in at_once["skipped"]] == [f"record {bad}"]
    rows = {r[0]: r for r in _rows(second)["recall"]}
    assert rows["cpsc-25-005"][5] == "Overheats (the store's note)." and rows["cpsc-25-005"][11]
    assert rows["cpsc-25-011"][9] == OLD  # the older record changed nothing
    product = next(p for p in _rows(second)["product"] if p[0] == "cpsc-25-003")
    assert {"number": "A3100"} in json.loads(product[5])["models"]  # the decision holds for the newer record


def test_the_records_reach_the_catalog_while_the_workers_read_the_rest(tmp_path: Path) -> None:
    file = write(tmp_path / "many.json", [cpsc_record(f"2{i:04d}") for i in range(1_400)])
    raw = read_bytes(file)
    seen: list[tuple[int, int, int]] = []

    def sink(parsed: ParsedFile, batch: list[Any]) -> None:
        seen.append((len(batch), len(parsed.records), parsed.to_read))

    with RecordPool(2) as pool:
        parsed = parse_bytes(file, raw, None, None, pool, sink)
    assert [b for b, _, _ in seen] == [500, 500, 400]
    assert [n for _, n, _ in seen] == [500, 1_000, 1_400]  # each batch given before the next was taken
    assert {t for _, _, t in seen} == {1_400}
    assert len(parsed.records) == 1_400


def _big_file(path: Path, records: int, bad_at: int | None = None) -> Path:
    """A file big enough to be read by worker processes."""
    data: list[Any] = [cpsc_record(f"2{i:04d}") for i in range(records)]
    if bad_at is not None:
        data[bad_at] = {**data[bad_at], "RecallNumber": ""}
    path = write(path, data)
    assert path.stat().st_size >= 1_000_000
    return path


def test_a_cancel_while_the_workers_read_changes_nothing(
    catalog: Catalog, db_path: Path, tmp_path: Path
) -> None:
    file = _big_file(tmp_path / "big.json", 1_300)
    before = snapshot(db_path)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(Cancelled):
        import_file(catalog.engine, file, progress=progress, workers=2)
    assert calls == [(200, 1_300)]  # while the rest were still being read
    assert snapshot(db_path) == before
    assert not multiprocessing.active_children()


def test_a_bad_record_met_after_batches_were_merged_refuses_the_file_whole(
    catalog: Catalog, db_path: Path, tmp_path: Path
) -> None:
    file = _big_file(tmp_path / "big.json", 1_300, bad_at=1_250)
    before = snapshot(db_path)
    calls: list[tuple[int, int]] = []
    with pytest.raises(ImportRefused) as refused:
        import_file(catalog.engine, file, progress=lambda d, t: calls.append((d, t)) is None, workers=2)
    assert "record 1250" in str(refused.value) and "RecallNumber" in str(refused.value)
    # The first two batches were merged before the bad record was met; nothing after it.
    assert calls == [(n, 1_300) for n in range(200, 1_001, 200)]
    assert snapshot(db_path) == before
    summary = import_file(catalog.engine, file, skip_bad=True, workers=2)
    assert len(summary.new) == 1_299 and [s for s, _ in summary.skipped] == ["record 1250 (CPSC 10250)"]


def test_progress_ends_with_every_record_read_before_saving(catalog: Catalog, tmp_path: Path) -> None:
    file = _big_file(tmp_path / "big.json", 1_300, bad_at=7)
    calls: list[tuple[int, int]] = []
    import_file(catalog.engine, file, skip_bad=True, progress=lambda d, t: calls.append((d, t)) is None)
    assert calls == [(n, 1_300) for n in range(200, 1_300, 200)] + [(1_299, 1_299)]


def test_records_left_when_a_worker_dies_mid_read_are_read_here() -> None:
    items = [(cpsc_record(f"2{i:04d}"), f"record {i}") for i in range(900)]
    with RecordPool(2) as pool:
        outcomes = pool.read("cpsc", items)
        first = next(outcomes)  # the workers are reading
        workers = multiprocessing.active_children()
        assert workers
        for worker in workers:
            worker.kill()
        rest = list(outcomes)
    assert [first, *rest] == read_records("cpsc", items)
    assert not multiprocessing.active_children()
