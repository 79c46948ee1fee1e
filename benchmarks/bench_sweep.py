"""Benchmark: the shelf sweep of a 100,000-row stock list on the national-scale catalog.

Writes a deterministic stock list drawn from the catalog made by ``generate_catalog.py`` and times the
work of ``recall-desk sweep LIST --out HITS.csv`` on it: ``sweep_file`` (reading and decoding the file,
finding the columns, the batch look-ups, the verdicts and the description matching) and
``write_hits_csv``, for a comma-separated UTF-8 file and a semicolon-separated Windows-1252 one with
French headers.  The goal: under 5 s for 100,000 rows.

Each timed run is a fresh process (``--child``) that opens the catalog as the program does, then times
the sweep and the writing of the hits (wall and CPU time) and reports its peak RSS: one run's memory,
and no run warmed by the one before (the OS page cache aside).  ``--cli`` also times the command line
end to end (interpreter start, imports, the summary it prints).  ``--profile`` runs one more sweep
under cProfile and prints where the time goes.

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

    .venv/bin/python benchmarks/bench_sweep.py --db benchmarks/out/national.sqlite3 [--rows 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from recall_desk.catalog.db import open_engine
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.sweep import sweep_file, write_hits_csv
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


def child(db: Path, path: Path, hits: Path) -> int:
    """One timed sweep in this fresh process; prints its figures as JSON."""
    catalog = Catalog(open_engine(db))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, start_cpu = time.perf_counter(), time.process_time()
    report = sweep_file(catalog, path)
    written = write_hits_csv(report.hits, hits)
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    catalog.close()
    s = report.summary_json()
    figures = {
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_before_mb": round(rss_before / 1024, 1),
        "load_1min": round(os.getloadavg()[0], 2),
        "encoding": s["encoding"],
        "rows_read": s["rows_read"],
        "hits": s["hits"],
        "rows_with_hits": s["rows_with_hits"],
        "units_to_pull": s["units_to_pull"],
        "possible_hits": s["possible_hits"],
        "problems": len(s["problems"]),
        "unreadable_rows": s["unreadable_rows"],
        "written": written,
    }
    print(json.dumps(figures))
    return 0


def timed_child(db: Path, path: Path, hits: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", "--db", str(db), "--file", str(path), "--hits", str(hits)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def timed_cli(db: Path, path: Path, hits: Path) -> float:
    cli = Path(sys.executable).with_name("recall-desk")
    start = time.perf_counter()
    subprocess.run(
        [str(cli), "sweep", str(path), "--out", str(hits), "--db", str(db)], capture_output=True, check=True
    )
    return time.perf_counter() - start


def profile(db: Path, path: Path, hits: Path) -> None:
    import cProfile
    import pstats

    catalog = Catalog(open_engine(db))
    profiler = cProfile.Profile()
    profiler.enable()
    write_hits_csv(sweep_file(catalog, path).hits, hits)
    profiler.disable()
    catalog.close()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def spread(values: list[float]) -> str:
    each = ", ".join(f"{v:.2f}" for v in values)
    return f"best {min(values):.2f}, median {statistics.median(values):.2f} ({each})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("benchmarks/out/national.sqlite3"))
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per stock list, each a fresh process")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--per-item",
        type=float,
        default=1.6,
        help="places each item is stocked in, on average (1 to 3; 1: every row a different item)",
    )
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    parser.add_argument("--only", choices=["comma", "semicolon"], help="time one of the two stock lists")
    parser.add_argument("--cli", action="store_true", help="also time `recall-desk sweep` end to end")
    parser.add_argument("--profile", action="store_true", help="then one sweep under cProfile")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--hits", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.db, args.file, args.hits)
    if not args.db.exists():
        print(f"{args.db} does not exist: run benchmarks/generate_catalog.py first", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    samples = load_samples(args.db, rng)
    rows = make_rows(args.rows, samples, rng, args.per_item)
    args.out.mkdir(parents=True, exist_ok=True)
    print(
        f"{platform.python_implementation()} {platform.python_version()}, {platform.system()} "
        f"{platform.release()}, {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at the start"
    )
    results: dict[str, Any] = {}
    for delimiter, label in ((",", "comma, UTF-8"), (";", "semicolon, Windows-1252")):
        kind = "comma" if delimiter == "," else "semicolon"
        if args.only and args.only != kind:
            continue
        path = args.out / f"stock-{args.rows}-x{args.per_item:g}-{kind}.csv"
        hits = args.out / f"hits-{args.rows}-x{args.per_item:g}-{kind}.csv"
        write_stock_list(path, rows, delimiter)
        runs = [timed_child(args.db, path, hits) for _ in range(args.runs)]
        walls, cpus = [r["wall_s"] for r in runs], [r["cpu_s"] for r in runs]
        first = runs[0]
        results[label] = {
            "file": str(path),
            "bytes": path.stat().st_size,
            "runs": runs,
            "best_s": min(walls),
            "median_s": statistics.median(walls),
            "best_cpu_s": min(cpus),
            "median_cpu_s": statistics.median(cpus),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
            **{
                k: first[k]
                for k in ("encoding", "rows_read", "hits", "possible_hits", "problems", "unreadable_rows")
            },
        }
        print(
            f"{label}: {first['rows_read']:,} rows, sweep + hits file: wall {spread(walls)} s; "
            f"CPU {spread(cpus)} s; load average {', '.join(str(r['load_1min']) for r in runs)}; "
            f"peak RSS {results[label]['peak_rss_mb']:.0f} MB "
            f"({first['rss_before_mb']:.0f} MB before the sweep)"
        )
        print(
            f"  {first['hits']:,} hits in {first['rows_with_hits']:,} rows, "
            f"{first['units_to_pull']:,} units to pull, {first['possible_hits']:,} possible hits, "
            f"{first['problems']:,} rows with problems "
            f"({first['unreadable_rows']:,} not checked); {first['written']:,} rows written to {hits}"
        )
        if args.cli:
            cli = [timed_cli(args.db, path, hits) for _ in range(args.runs)]
            results[label]["cli_s"] = [round(t, 3) for t in cli]
            print(f"  recall-desk sweep {path.name} --out {hits.name}, end to end: {spread(cli)} s")
        if args.profile:
            profile(args.db, path, hits)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    worst = max(r["median_s"] for r in results.values())
    return 0 if worst < 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
