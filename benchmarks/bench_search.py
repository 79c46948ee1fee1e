"""Latency of as-you-type search and of a full check, on a national-scale catalog.

    .venv/bin/python benchmarks/bench_search.py --db benchmarks/out/national.sqlite3 [--json FILE]

Opens the catalog the way the program does (``Catalog(open_engine(path))``; it is
never re-seeded), builds a realistic query mix from what is in it, warms up, then
times every call with ``time.perf_counter_ns``:

(a) keystroke search by model number: real model numbers typed one character at a
    time, each prefix from 2 characters on, ``catalog.search(prefix, limit=100)``;
(b) keystroke search by name words: "anker power bank" and the like, typed one
    character at a time (so "an", "ank", ..., "anker p", ... "anker power bank");
(c) a full check, ``catalog.check(...)``: exact model numbers (as printed, in lower
    case, behind "Model:"), base models of variant families, models with a serial
    (in and out of the rule), UPC/EAN scans, unknown models (a typo of a real one, or
    an invented one: the misses that compute "did you mean"), and free text.

The query mix is deterministic for a given ``--seed``.  The goal is a p99 of at most
8 ms for keystroke search and for a full check.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import math
import os
import platform
import pstats
import random
import re
import sqlite3
import string
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import text

from recall_desk.catalog.db import open_engine
from recall_desk.catalog.service import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_catalog import CATEGORIES

GOAL_MS = 8.0
DEFAULT_DB = Path(__file__).resolve().parent / "out" / "national.sqlite3"
NOUNS = sorted({n for c in CATEGORIES.values() for n in c["nouns"]}, key=len, reverse=True)
CONFUSABLE = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8", "8": "B", "Z": "2"}


# --- building the query mix from the catalog --------------------------------------------------------


class Material:
    """What the benchmark types, drawn from the catalog itself."""

    def __init__(self, catalog: Catalog, rng: random.Random) -> None:
        self.rng = rng
        with catalog.engine.connect() as conn:
            self.models = conn.execute(
                text("SELECT number, key, base_key, product_id FROM model_number")
            ).all()
            self.n_products = conn.execute(text("SELECT max(id) FROM product")).scalar_one()
            self.gtins = [r[0] for r in conn.execute(text("SELECT gtin FROM product_gtin"))]
            self.keys = {r.key for r in self.models}
            # A sample of products with their documents, for names, bases and serial rules.
            ids = sorted(rng.sample(range(1, self.n_products + 1), min(6000, self.n_products)))
            rows = conn.execute(
                text(f"SELECT id, brand, name, doc FROM product WHERE id IN ({','.join(map(str, ids))})")
            ).all()
        self.products = [(r.id, r.brand, r.name, json.loads(r.doc)) for r in rows]
        self.bases = [
            (m["base"], p[0]) for p in self.products for m in p[3]["models"] if m.get("base")
        ]  # printed base numbers, as on a label
        self.ruled = [p for p in self.products if _decides_by_serial(p[3]["serial_rule"])]

    def model(self) -> str:
        number = self.rng.choice(self.models).number
        return number.lower() if self.rng.random() < 0.5 else number

    def phrase(self) -> str:
        """What a clerk types to find a product by name."""
        rng = self.rng
        _, brand, name, _ = rng.choice(self.products)
        noun = next((n for n in NOUNS if n in name), None) or re.sub(r"\(.*?\)|,.*", "", name).strip()
        noun = re.sub(r"\(.*?\)", "", noun).strip()
        r = rng.random()
        if r < 0.55:
            words = f"{brand} {noun}"
        elif r < 0.70:
            words = f"{brand} {' '.join(name.split()[:2])}"
        elif r < 0.80:
            words = noun
        elif r < 0.88:
            words = brand
        else:  # a brand with a product it did not necessarily make
            words = f"{brand} {rng.choice(NOUNS)}"
        return words.lower()

    def typo(self) -> str:
        """A real model number with one slip: a wrong, missing, extra, swapped or confusable character."""
        rng = self.rng
        for _ in range(20):
            number = rng.choice(self.models).number
            chars = list(number)
            i = rng.randrange(len(chars))
            how = rng.choice(["sub", "del", "ins", "swap", "confuse"])
            if how == "sub":
                chars[i] = rng.choice(string.digits if chars[i].isdigit() else string.ascii_uppercase)
            elif how == "del" and len(chars) > 4:
                del chars[i]
            elif how == "ins":
                chars.insert(i, rng.choice(string.digits))
            elif how == "swap" and i + 1 < len(chars):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            elif how == "confuse":
                spots = [j for j, c in enumerate(chars) if c in CONFUSABLE]
                if spots:
                    j = rng.choice(spots)
                    chars[j] = CONFUSABLE[chars[j]]
            typed = "".join(chars)
            if re.sub(r"[^A-Z0-9]", "", typed.upper()) not in self.keys:
                return typed
        return number + "Q"

    def invented(self) -> str:
        """A model number of a realistic shape that is not in the catalog."""
        rng = self.rng
        for _ in range(50):
            shape = rng.choice(
                [
                    lambda: rng.choice("ABCKMX") + "".join(rng.choices(string.digits, k=4)),
                    lambda: (
                        "".join(rng.choices(string.ascii_uppercase, k=3))
                        + "-"
                        + "".join(rng.choices(string.ascii_uppercase + string.digits, k=5))
                    ),
                    lambda: (
                        "".join(rng.choices(string.ascii_uppercase, k=2))
                        + "".join(rng.choices(string.digits, k=rng.choice([3, 4, 5])))
                    ),
                    lambda: "QW" + "".join(rng.choices(string.digits, k=4)) + "Z",
                ]
            )()
            if shape.replace("-", "") not in self.keys:
                return shape
        return "QQ0000Q"

    def serial_case(self) -> tuple[str, str, dict[str, str]]:
        """(model, serial, answers) for a product whose rule looks at the serial."""
        rng = self.rng
        _, _, _, doc = rng.choice(self.ruled)
        model = rng.choice(doc["models"])
        answers: dict[str, str] = {}
        for q in doc.get("questions", []):
            if not model.get("answers", {}).get(q["key"]):
                answers[q["key"]] = rng.choice(q["choices"])["value"]
        serial = serial_for(doc["serial_rule"], rng, inside=rng.random() < 0.6)
        return model["number"], serial, answers


def _decides_by_serial(rule: dict[str, Any]) -> bool:
    return bool(rule.get("match") or rule.get("exclude") or rule.get("length") or rule.get("min_length"))


CHARSETS = {
    "digits": string.digits,
    "alnum": string.digits + string.ascii_uppercase,
    "hex": "0123456789ABCDEF",
    "letters": string.ascii_uppercase,
}


def serial_for(rule: dict[str, Any], rng: random.Random, *, inside: bool) -> str:
    """A serial as a clerk would read it off a unit: one the rule covers (``inside``), or any."""
    length = rule.get("length") or rng.randint(rule.get("min_length") or 8, rule.get("max_length") or 14)
    alphabet = CHARSETS.get(rule.get("charset") or "alnum", CHARSETS["alnum"])
    anything = "".join(rng.choices(alphabet, k=length))
    if not inside or not rule.get("match"):
        return anything
    clause = rng.choice(rule["match"])
    kind = clause["kind"]
    if kind == "prefix":
        p = rng.choice(clause["values"])
        return p + anything[len(p) :]
    if kind == "list":
        return rng.choice(clause["values"])
    if kind == "mask":
        return "".join(rng.choice(string.digits) if c == "X" else c for c in rng.choice(clause["patterns"]))
    if kind == "range":
        start, end = clause["start"], clause["end"]
        if start.isdigit() and end.isdigit():
            return str(rng.randint(int(start), int(end))).zfill(len(start))
        return start  # an alphanumeric window's first serial
    if kind == "date_code":
        first, last = date.fromisoformat(clause["start"]), date.fromisoformat(clause["end"])
        when = first + timedelta(days=rng.randint(0, (last - first).days))
        iso = when.isocalendar()
        out = clause["format"]
        for token, value in (
            ("YYYY", f"{when.year:04d}"),
            ("YY", f"{when.year % 100:02d}"),
            ("MM", f"{when.month:02d}"),
            ("DD", f"{when.day:02d}"),
            ("WW", f"{iso.week:02d}"),
        ):
            out = out.replace(token, value)
        if "WW" in clause["format"]:
            out = out.replace(f"{when.year % 100:02d}", f"{iso.year % 100:02d}", 1)
        return out + "".join(rng.choices(string.digits, k=4))
    return anything


def typed(word: str, start: int = 2) -> list[str]:
    """Every prefix a clerk's keystrokes produce, from ``start`` characters on."""
    return [word[:i] for i in range(start, len(word) + 1)]


Call = tuple[str, str, Callable[[], Any]]
"""(kind, what was typed, the call)"""


def model_prefix_calls(catalog: Catalog, m: Material, n: int) -> list[Call]:
    calls: list[Call] = []
    while len(calls) < n:
        for prefix in typed(m.model()):
            calls.append(("model prefix", prefix, lambda p=prefix: catalog.search(p, limit=100)))
    return calls[:n]


def name_calls(catalog: Catalog, m: Material, n: int) -> list[Call]:
    calls: list[Call] = []
    while len(calls) < n:
        for prefix in typed(m.phrase()):
            calls.append(("name words", prefix, lambda p=prefix: catalog.search(p, limit=100)))
    return calls[:n]


CHECK_MIX = [
    ("exact model", 25),
    ("base model", 10),
    ("model + serial", 20),
    ("UPC/EAN", 5),
    ("unknown: typo", 15),
    ("unknown: invented", 10),
    ("free text", 15),
]


def check_calls(catalog: Catalog, m: Material, n: int) -> list[Call]:
    rng = m.rng
    calls: list[Call] = []
    kinds = [k for k, _ in CHECK_MIX]
    weights = [w for _, w in CHECK_MIX]
    for _ in range(n):
        kind = rng.choices(kinds, weights)[0]
        if kind == "exact model":
            q = m.model()
            q = f"Model: {q}" if rng.random() < 0.15 else q
            calls.append((kind, q, lambda q=q: catalog.check(q)))
        elif kind == "base model":
            base, _ = rng.choice(m.bases)
            calls.append((kind, base, lambda q=base: catalog.check(q)))
        elif kind == "model + serial":
            model, serial, answers = m.serial_case()
            label = f"{model} --serial {serial}" + "".join(f" --answer {k}={v}" for k, v in answers.items())
            calls.append(
                (kind, label, lambda q=model, s=serial, a=answers: catalog.check(q, serial=s, answers=a))
            )
        elif kind == "UPC/EAN":
            g = rng.choice(m.gtins).lstrip("0")
            g = g.zfill(12) if len(g) <= 12 else g
            calls.append((kind, g, lambda q=g: catalog.check(q)))
        else:
            q = (
                m.typo()
                if kind == "unknown: typo"
                else m.invented()
                if kind == "unknown: invented"
                else m.phrase()
            )
            calls.append((kind, q, lambda q=q: catalog.check(q)))
    return calls


# --- measuring --------------------------------------------------------------------------------------


def pct(sorted_ns: list[int], p: float) -> float:
    """Nearest-rank percentile, in milliseconds."""
    if not sorted_ns:
        return float("nan")
    k = max(0, math.ceil(p / 100 * len(sorted_ns)) - 1)
    return sorted_ns[k] / 1e6


def summary(ns: list[int]) -> dict[str, float]:
    s = sorted(ns)
    return {
        "n": len(s),
        "mean_ms": sum(s) / len(s) / 1e6,
        "p50_ms": pct(s, 50),
        "p90_ms": pct(s, 90),
        "p99_ms": pct(s, 99),
        "max_ms": s[-1] / 1e6,
    }


class GcPauses:
    """Collector pauses during a run, by generation (they land inside the timed calls)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, int]] = []
        self._start = 0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter_ns()
        else:
            self.pauses.append((info["generation"], time.perf_counter_ns() - self._start))

    def summary(self) -> dict[str, dict[str, float]]:
        out = {}
        for gen in (0, 1, 2):
            ps = [p for g, p in self.pauses if g == gen]
            out[f"gen{gen}"] = {"n": len(ps), "total_ms": sum(ps) / 1e6, "max_ms": max(ps, default=0) / 1e6}
        return out


def run(
    calls: list[Call], slowest: list[tuple[int, str, str]] | None = None
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Wall time and this thread's CPU time of every call, by kind, in nanoseconds.

    Wall time is what the clerk waits.  CPU time leaves out the time the process sat
    preempted, so it stays comparable when something else shares the machine.
    """
    wall: dict[str, list[int]] = {}
    cpu: dict[str, list[int]] = {}
    clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for kind, label, fn in calls:
        c0 = cpu_clock()
        t0 = clock()
        fn()
        t1 = clock()
        c1 = cpu_clock()
        wall.setdefault(kind, []).append(t1 - t0)
        cpu.setdefault(kind, []).append(c1 - c0)
        if slowest is not None:
            slowest.append((t1 - t0, kind, label))
    return wall, cpu


def profile(name: str, calls: list[Call], top: int) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for _, _, fn in calls:
        fn()
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    print(f"\n--- cProfile, {name}: top {top} by own time ---")
    print("\n".join(line for line in buf.getvalue().splitlines() if line.strip())[:6000])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--samples", type=int, default=5000, help="timed calls per group (default 5000)")
    ap.add_argument("--warmup", type=int, default=500, help="untimed calls per group first (default 500)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--profile", action="store_true", help="then run each group again under cProfile")
    ap.add_argument(
        "--no-freeze", action="store_true", help="leave the harness's own objects to the collector"
    )
    ap.add_argument(
        "--no-preload", action="store_true", help="do not read the file once first (cold OS page cache)"
    )
    args = ap.parse_args(argv)
    if not args.db.exists():
        ap.error(f"{args.db} does not exist: run benchmarks/generate_catalog.py first")

    if not args.no_preload:  # a counter PC has its catalog in the OS cache after the first minutes
        with open(args.db, "rb") as f:
            while f.read(1 << 24):
                pass
    catalog = Catalog(open_engine(args.db))
    info = catalog.info()
    print(
        f"catalog {info.version}: {info.recalls:,} recalls, {info.products:,} products, "
        f"{info.models:,} model numbers ({args.db.stat().st_size / 1e6:.0f} MB)"
    )
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    material = Material(catalog, rng)
    groups = {
        "(a) keystroke search: model prefix": model_prefix_calls(catalog, material, args.samples),
        "(b) keystroke search: name words": name_calls(catalog, material, args.samples),
        "(c) full check": check_calls(catalog, material, args.samples),
    }
    warm = random.Random(args.seed + 1)
    warmup = [c for g in groups.values() for c in warm.sample(g, min(args.warmup, len(g)))]
    print(f"query mix built in {time.perf_counter() - t0:.1f} s; warming up ({len(warmup)} calls)")
    run(warmup)
    if not args.no_freeze:
        # The harness holds ~300k objects (every model number of the catalog, the prepared calls);
        # left in the collector's generations, one full collection of them costs ~100 ms and lands
        # in some unlucky timed call.  Freeze them: what is measured is the program's own garbage.
        gc.collect()
        gc.freeze()

    results: dict[str, Any] = {}
    lines = []
    slow_lines = []
    gc_pauses = GcPauses()
    gc.callbacks.append(gc_pauses)
    load_before = os.getloadavg()
    for name, calls in groups.items():
        t0 = time.perf_counter()
        slowest: list[tuple[int, str, str]] = []
        by_kind, cpu_by_kind = run(calls, slowest)
        elapsed = time.perf_counter() - t0
        total = summary([t for ts in by_kind.values() for t in ts])
        cpu_total = summary([t for ts in cpu_by_kind.values() for t in ts])
        results[name] = {
            "all": total,
            "cpu_all": cpu_total,
            "elapsed_s": elapsed,
            "kinds": {k: summary(v) for k, v in by_kind.items()},
            "cpu_kinds": {k: summary(v) for k, v in cpu_by_kind.items()},
        }
        verdict = "met" if total["p99_ms"] <= GOAL_MS else f"MISSED by {total['p99_ms'] - GOAL_MS:.1f} ms"
        lines.append(_row(name, total, cpu_total) + f"  {verdict}")
        if len(by_kind) > 1:
            for kind in sorted(by_kind):
                lines.append(_row(f"    {kind}", summary(by_kind[kind]), summary(cpu_by_kind[kind])))
        slowest.sort(reverse=True)
        results[name]["slowest"] = [{"ms": t / 1e6, "kind": k, "query": q} for t, k, q in slowest[:10]]
        slow_lines.append(f"  {name}: " + "; ".join(f"{q!r} {t / 1e6:.1f}" for t, _, q in slowest[:5]))
    gc.callbacks.remove(gc_pauses)
    load_after = os.getloadavg()
    print("\nlatency in milliseconds: wall time (perf_counter_ns) around each call; cpu = thread CPU time")
    print(
        f"{'':40} {'n':>5} {'mean':>6} {'p50':>6} {'p90':>6} {'p99':>6} {'max':>7} {'cpu p50':>8} "
        f"{'cpu p99':>8}  goal: p99 <= {GOAL_MS:g}"
    )
    print("\n".join(lines))
    print("\nslowest calls (ms):")
    print("\n".join(slow_lines))
    pauses = gc_pauses.summary()
    print(
        "garbage collector pauses inside the timed calls: "
        + ", ".join(f"{g} {v['n']} (max {v['max_ms']:.1f} ms)" for g, v in pauses.items())
        + ("" if not args.no_freeze else " (harness objects not frozen)")
    )

    machine = {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "platform": platform.platform(),
        "date": date.today().isoformat(),
        "loadavg_1min_before_after": [round(load_before[0], 2), round(load_after[0], 2)],
    }
    print(f"machine: {machine}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "machine": machine,
            "catalog": {"recalls": info.recalls, "products": info.products, "models": info.models},
            "goal_p99_ms": GOAL_MS,
            "samples_per_group": args.samples,
            "seed": args.seed,
            "gc_frozen": not args.no_freeze,
            "gc_pauses": pauses,
            "results": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    if args.profile:
        gc.collect()
        for name, calls in groups.items():
            profile(name, calls, 25)
    catalog.close()
    return 0


def _row(label: str, s: dict[str, float], cpu: dict[str, float]) -> str:
    return (
        f"{label:40} {s['n']:>5} {s['mean_ms']:>6.2f} {s['p50_ms']:>6.2f} {s['p90_ms']:>6.2f} "
        f"{s['p99_ms']:>6.2f} {s['max_ms']:>7.2f} {cpu['p50_ms']:>8.2f} {cpu['p99_ms']:>8.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
