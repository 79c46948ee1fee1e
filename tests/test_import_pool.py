"""A big agency file's records read in worker processes give exactly what reading them here gives."""

from __future__ import annotations

import importlib.util
import json
import pickle
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from recall_desk.catalog.importers import ParsedFile, cpsc, healthcanada
from recall_desk.catalog.importers.pool import PARALLEL_MIN, RecordPool, read_records
from recall_desk.catalog.imports import import_file
from recall_desk.catalog.prepared import prepare
from recall_desk.catalog.service import Catalog

ROOT = Path(__file__).resolve().parent.parent


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("generate_cpsc", ROOT / "benchmarks" / "generate_cpsc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cpsc_records(n: int, seed: int = 3) -> list[Any]:
    """``n`` records of the CPSC API's shape (the benchmark's generator), with what a real file can
    hold between them: a record that is not an object, one without a number, an API error record,
    a recall given twice."""
    gen = _generator()
    rng = random.Random(seed)
    records: list[Any] = []
    numbers: set[str] = set()
    for i in range(n):
        rec = gen.record(rng, i)
        while rec["RecallNumber"] in numbers:
            rec["RecallNumber"] = f"{int(rec['RecallNumber']) + 1:05d}"
        numbers.add(rec["RecallNumber"])
        records.append(rec)
    records[5] = "not a record"
    records[17] = {**records[17], "RecallNumber": ""}
    records[40] = {"RecallID": 0, "Title": "Error retrieving recalls"}
    records.append(dict(records[100]))  # the same recall twice
    for i in range(60, n, 97):  # words a manager must review: a code not called a model, a prefix
        records[i] = {**records[i], "Description": records[i]["Description"] + " The base carries ZX4402B."}
        records[i + 1] = {
            **records[i + 1],
            "Description": records[i + 1]["Description"] + " Model numbers beginning with A31 are included.",
        }
    return records


def same(a: ParsedFile, b: ParsedFile) -> None:
    assert [(r.label, r.prepared, r.updated, r.review) for r in a.records] == [
        (r.label, r.prepared, r.updated, r.review) for r in b.records
    ]
    assert (a.bad, a.ignored, a.unchanged) == (b.bad, b.ignored, b.unchanged)


@pytest.fixture(scope="module")
def records() -> list[Any]:
    return cpsc_records(PARALLEL_MIN + 200)


def test_cpsc_records_read_by_workers_are_those_read_here(records: list[Any]) -> None:
    here = cpsc.parse(records, "test")
    with RecordPool(2) as pool:
        there = cpsc.parse(records, "test", pool=pool)
    same(here, there)
    assert len(here.records) == len(records) - 4
    assert [label for label, _ in here.bad] == [
        "record 5",
        f"record 17 (CPSC {records[17]['RecallID']})",
        f"record {len(records) - 1} (CPSC {records[100]['RecallNumber']})",
    ]
    assert here.ignored and here.ignored[0][0] == "record 40"
    assert sum(1 for r in here.records if r.review) > 0  # some go to review: compared above too


def test_records_already_stored_are_not_read_and_a_repeat_of_one_is_still_named(records: list[Any]) -> None:
    known = {
        f"cpsc-{r['RecallNumber'][:2]}-{r['RecallNumber'][2:]}": r["LastPublishDate"]
        for r in records[200:400]
        if isinstance(r, dict) and r.get("RecallNumber")
    }
    doubled = [*records, dict(records[250])]
    here = cpsc.parse(doubled, "test", known)
    with RecordPool(2) as pool:
        there = cpsc.parse(doubled, "test", known, pool)
    same(here, there)
    assert len(here.unchanged) == 200
    assert here.bad[-1][0].startswith(f"record {len(doubled) - 1} ")


def test_a_record_read_elsewhere_gives_back_the_same_recall(records: list[Any]) -> None:
    kind, item = read_records("cpsc", [(records[0], "record 0")])[0]
    assert kind == "ok"
    shipped = pickle.loads(pickle.dumps(item))  # as a worker sends it
    assert shipped == item and shipped.recall == item.recall
    assert item.recall.to_dict() == item.prepared.document()
    assert prepare(item.recall) == item.prepared  # the same rows made again from the recall
    assert (
        item.recall.key
        == item.key
        == f"cpsc-{records[0]['RecallNumber'][:2]}-{records[0]['RecallNumber'][2:]}"
    )


def _catalog_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table, order in (
            ("recall", "key"),
            ("product", "recall_id, position"),
            ("model_number", "product_id, key"),
            ("product_gtin", "gtin"),
            ("review_item", "recall_key, product, kind, sentence"),
        ):
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in columns if c not in ("id", "created", "edited_at")]
            out[table] = con.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY {order}").fetchall()
        out["meta"] = con.execute("SELECT key, value FROM catalog_meta ORDER BY key").fetchall()
        return out
    finally:
        con.close()


def test_an_import_with_workers_stores_what_one_without_them_stores(
    tmp_path: Path, records: list[Any]
) -> None:
    good = [r for i, r in enumerate(records[:-1]) if i not in (5, 17)]
    file = tmp_path / "cpsc.json"
    file.write_text(json.dumps(good), encoding="utf-8")
    dbs = []
    summaries = []
    for workers in (0, 2):
        db = tmp_path / f"catalog-{workers}.sqlite3"
        Catalog.open(db).close()
        catalog = Catalog.open(db)
        summaries.append(import_file(catalog.engine, file, workers=workers).to_json())
        catalog.close()
        dbs.append(_catalog_rows(db))
    assert summaries[0] == summaries[1]
    assert summaries[0]["new"] == len(good) - 1  # less the API error record
    assert dbs[0] == dbs[1]
    assert len(dbs[0]["model_number"]) > len(good)


def test_health_canada_rows_read_by_workers_are_those_read_here() -> None:
    rows: list[Any] = []
    for i in range(PARALLEL_MIN + 50):
        rows.append(
            {
                "NID": str(80000 + i),
                "Title": f"Brand{i % 37} Power Bank {i} recalled due to fire hazard",
                "URL": f"https://recalls-rappels.canada.ca/en/alert-recall/example-{i}",
                "Product": f"Brand{i % 37} power bank, model PB{1000 + i}",
                "Issue": "The power bank can overheat, posing a fire hazard.",
                "What you should do": "Stop using the power bank. Do not put it in the garbage.",
                "Organization": "Health Canada",
                "Recall class": "Type II",
                "Category": "Food" if i % 50 == 7 else "Consumer products",
                "Last updated": "2025-06-27",
                "Archived": "0",
            }
        )
    rows[3] = ["not", "a", "record"]
    rows[9] = {**rows[9], "NID": ""}
    here = healthcanada.parse_records(rows, "test")
    with RecordPool(2) as pool:
        there = healthcanada.parse_records(rows, "test", pool)
    same(here, there)
    assert here.ignored and len(here.bad) == 2 and len(here.records) > PARALLEL_MIN


def test_a_small_file_is_read_here_without_starting_workers(records: list[Any]) -> None:
    pool = RecordPool(2)
    parsed = cpsc.parse(records[:50], "test", pool=pool)
    assert not pool.running  # never started
    same(parsed, cpsc.parse(records[:50], "test"))


def test_the_command_line_takes_a_number_of_workers(
    tmp_path: Path, records: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from recall_desk.cli import main

    good = [r for i, r in enumerate(records[:-1]) if i not in (5, 17, 40)]
    file = tmp_path / "cpsc.json"
    file.write_text(json.dumps(good), encoding="utf-8")
    printed = []
    for workers in ("2", "0"):
        out, err = io.StringIO(), io.StringIO()
        db = tmp_path / f"catalog-{workers}.sqlite3"
        assert main(["import", str(file), "--workers", workers, "--json", "--db", str(db)], out, err) == 0
        printed.append(json.loads(out.getvalue()))
        assert printed[-1]["new"] == len(good)
    assert {k: v for k, v in printed[0].items() if k != "source"} == {
        k: v for k, v in printed[1].items() if k != "source"
    }
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(["import", str(file), "--workers", "many"], io.StringIO(), io.StringIO())
    assert stop.value.code == 2
    assert "'many' is not a number of processes" in capsys.readouterr().err
