"""Benchmark: the shelf sweep of a 100,000-row stock list on the national-scale catalog.

Writes a deterministic stock list drawn from the catalog made by ``generate_catalog.py`` and times
``sweep_file`` on it (the whole sweep: reading and decoding the file, finding the columns, the batch
look-ups, the verdicts and the description matching), for a comma-separated UTF-8 file and a
semicolon-separated Windows-1252 one with French headers.  The goal: under 5 s for 100,000 rows.

The list is an item master on the shelves: each item (SKU) is stocked in 1 to 3 places (store and
aisle), 1.6 on average (``--per-item``; 1 makes every row a different item, the worst case for the
sweep, which reads each distinct UPC, model and description once).  Descriptions are generic product
words with a colour and a size, 30 % with a vendor's style code.  The mix, per item (a store's real
list is mostly stock that is not recalled; this one has far more recalled stock than any store):

- 86 %: not recalled (a valid UPC-A that no recall lists, a made-up model number, a description
  of generic product words; a quarter of these without a UPC, a tenth with a description naming a
  real brand and a product noun);
- 4 %: a UPC of a recalled product (as UPC-A when it starts with 0, else EAN-13), with its model
  number half the time;
- 5 %: a recalled model number as printed (a quarter in lower case or behind "Model:");
- 1.5 %: a base model of a variant family ("A3102" for "A3102016");
- 1 %: a description naming a recalled product's brand and name, no UPC or model number;
- 2.5 %: rows with problems: a UPC that lost its leading zero (11 digits), a wrong check digit, in
  scientific notation, a quantity that is not a number, a row with fields missing, no UPC or model.

Run from the repository root::

    .venv/bin/python benchmarks/bench_sweep.py --db benchmarks/out/national.sqlite3 [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select

from recall_desk.catalog.db import open_engine
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.sweep import sweep_file
from recall_desk.catalog.tables import GTIN_T, MODEL_T, PRODUCT_T
from recall_desk.core.identifiers import gtin_check_digit

HEADERS = {
    ",": ["SKU", "UPC", "Model Number", "Item Description", "Qty On Hand", "Store", "Aisle"],
    ";": ["Référence", "Code-barres", "Modèle", "Désignation", "Qté", "Magasin", "Rayon"],
}
NOUNS = [
    "USB-C cable 2 m",
    "phone case",
    "screen protector",
    "HDMI cable",
    "LED bulb 60W",
    "extension cord",
    "AA batteries 8 pack",
    "desk lamp",
    "wireless mouse",
    "keyboard",
    "café mug",
    "water bottle",
    "kettle",
    "toaster",
    "garden hose",
    "bike light",
]
REAL_BRANDS = ["Anker", "Belkin", "Logitech", "Philips", "Sony", "Samsung", "Graco", "Ryobi"]
PRODUCT_NOUNS = ["power bank", "charger", "speaker", "earbuds", "heater", "helmet", "drill"]


def upc_a(rng: random.Random) -> str:
    body = "0" + "".join(rng.choice("0123456789") for _ in range(10))
    return body + str(gtin_check_digit(body))


def load_samples(db: Path, rng: random.Random) -> dict[str, list[tuple[str, ...]]]:
    engine = open_engine(db)
    m, g, p = MODEL_T.c, GTIN_T.c, PRODUCT_T.c
    with engine.connect() as conn:
        models = [tuple(r) for r in conn.execute(select(m.number, m.product_id))]
        bases = sorted({r[0] for r in conn.execute(select(m.base_key).where(m.base_key.is_not(None)))})
        gtins = [tuple(r) for r in conn.execute(select(g.gtin, g.product_id))]
        names = [tuple(r) for r in conn.execute(select(p.id, p.brand, p.name))]
    engine.dispose()
    by_product: dict[int, str] = {}
    for number, pid in models:
        by_product.setdefault(pid, number)
    return {
        "models": [(n,) for n, _ in models],
        "bases": [(b,) for b in bases],
        "gtins": [(gt, by_product.get(pid, "")) for gt, pid in gtins],
        "names": [(brand, name) for _, brand, name in names],
    }


COLOURS = ["black", "white", "blue", "red", "grey", "green", "pink", "silver", "navy", "clear"]
SIZES = [
    "small",
    "medium",
    "large",
    "XL",
    "1 m",
    "2 m",
    "3 m",
    "2-pack",
    "4-pack",
    "10 oz",
    "500 ml",
    "60 cm",
]


def make_item(samples: dict[str, list[tuple[str, ...]]], rng: random.Random) -> tuple[list[str], str]:
    """One item of the item master: [UPC, model, description, quantity] and "plain" or "short" (a
    row cut short, as a broken export leaves it)."""
    qty = str(rng.choice([0, 1, 1, 2, 2, 3, 4, 6, 12, 24]))
    desc = f"{rng.choice(NOUNS)} {rng.choice(COLOURS)} {rng.choice(SIZES)}"
    if rng.random() < 0.3:  # a vendor's style code: a letters-and-digits word that is no recalled model
        desc += f" ST{rng.randint(1000, 99999)}"
    upc, model = upc_a(rng), f"XQ-{rng.randint(10000, 99999)}"
    r = rng.random()
    kind = "plain"
    if r < 0.86:
        if rng.random() < 0.25:
            upc = ""
        if rng.random() < 0.10:
            desc = f"{rng.choice(REAL_BRANDS)} {rng.choice(PRODUCT_NOUNS)} {desc}"
    elif r < 0.90:
        gt, number = rng.choice(samples["gtins"])
        upc = gt[2:] if gt.startswith("00") else gt[1:]
        model = number if rng.random() < 0.5 else ""
    elif r < 0.95:
        (number,) = rng.choice(samples["models"])
        upc = "" if rng.random() < 0.5 else upc
        model = rng.choice([number, number, number.lower(), f"Model: {number}"])
    elif r < 0.965:
        (model,) = rng.choice(samples["bases"])
        upc = ""
    elif r < 0.975:
        brand, name = rng.choice(samples["names"])
        upc, model, desc = "", "", f"{brand} {name}"
    else:
        bad = rng.randrange(6)
        if bad == 0:
            upc = upc[1:]  # a spreadsheet dropped the leading zero
        elif bad == 1:
            upc = upc[:-1] + str((int(upc[-1]) + 1) % 10)
        elif bad == 2:
            upc = f"{int(upc) / 1e11:.5f}E+11"
        elif bad == 3:
            qty = rng.choice(["two", "1.5", "?"])
        elif bad == 4:
            kind = "short"
        else:
            upc, model = "", ""
    return [upc, model, desc, qty], kind


def make_rows(
    n: int, samples: dict[str, list[tuple[str, ...]]], rng: random.Random, per_item: float
) -> list[list[str]]:
    """``n`` rows: items of the item master, each on the shelf in 1 to 3 places (``per_item`` on
    average; 1.0: every row a different item)."""
    rows: list[list[str]] = []
    sku = 100000
    while len(rows) < n:
        (upc, model, desc, qty), kind = make_item(samples, rng)
        sku += 1
        extra = min(max(per_item - 1, 0.0), 2.0) / 2
        places = 1 + (rng.random() < extra) + (rng.random() < extra)
        for _ in range(min(places, n - len(rows))):
            store, aisle = str(rng.randint(1, 40)), f"{rng.choice('ABCDEFGH')}{rng.randint(1, 30)}"
            if kind == "short":
                rows.append([str(sku), upc, model])
            else:
                rows.append([str(sku), upc, model, desc, qty, store, aisle])
    rng.shuffle(rows)
    return rows


def write_stock_list(path: Path, rows: list[list[str]], delimiter: str) -> None:
    encoding = "utf-8" if delimiter == "," else "cp1252"
    with open(path, "w", encoding=encoding, newline="", errors="replace") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(HEADERS[delimiter])
        writer.writerows(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("benchmarks/out/national.sqlite3"))
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--per-item",
        type=float,
        default=1.6,
        help="places each item is stocked in, on average (1 to 3; 1: every row a different item)",
    )
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} does not exist: run benchmarks/generate_catalog.py first", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    samples = load_samples(args.db, rng)
    rows = make_rows(args.rows, samples, rng, args.per_item)
    args.out.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(open_engine(args.db))
    results = {}
    for delimiter, label in ((",", "comma, UTF-8"), (";", "semicolon, Windows-1252")):
        kind = "comma" if delimiter == "," else "semicolon"
        path = args.out / f"stock-{args.rows}-x{args.per_item:g}-{kind}.csv"
        write_stock_list(path, rows, delimiter)
        times, cpu = [], []
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            report = sweep_file(catalog, path)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        s = report.summary_json()
        results[label] = {
            "file": str(path),
            "bytes": path.stat().st_size,
            "encoding": s["encoding"],
            "seconds": [round(t, 3) for t in times],
            "median_s": round(statistics.median(times), 3),
            "cpu_seconds": [round(t, 3) for t in cpu],
            "median_cpu_s": round(statistics.median(cpu), 3),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "rows_read": s["rows_read"],
            "hits": s["hits"],
            "rows_with_hits": s["rows_with_hits"],
            "units_to_pull": s["units_to_pull"],
            "possible_hits": s["possible_hits"],
            "problems": len(s["problems"]),
            "unreadable_rows": s["unreadable_rows"],
        }
        print(
            f"{label}: {s['rows_read']:,} rows in {statistics.median(times):.2f} s (median of {args.runs}; "
            f"{', '.join(f'{t:.2f}' for t in times)}; CPU {statistics.median(cpu):.2f} s; load average "
            f"{os.getloadavg()[0]:.2f}): {s['hits']:,} hits in {s['rows_with_hits']:,} rows, "
            f"{s['units_to_pull']:,} units to pull, {s['possible_hits']:,} possible hits, "
            f"{len(s['problems']):,} rows with problems ({s['unreadable_rows']:,} not checked)"
        )
    catalog.close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    worst = max(r["median_s"] for r in results.values())
    return 0 if worst < 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
