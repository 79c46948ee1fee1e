"""The check log: every check a counter makes, and every slip made from one, in a hash chain.

Its table is never part of a catalog load (``CATALOG_TABLES``), so importing a new catalog leaves
it exactly as it was.

Rows are only ever appended
---------------------------
Each row has a ``kind``:

- ``check``: one check (time UTC and local, station, clerk, query, serial, answers, outcome, the
  recalls behind it, catalog version).  A check made with its slip at once (``recall-desk slip``)
  carries its case number in the row itself: it is known when the row is written.
- ``case``: a case number given later to an earlier check (the window's Print slip…); ``ref_id``
  names the check, ``case_number`` holds the number.
- ``slip``: a slip made for a check (``ref_id``), ``slip`` saying how: ``pdf:a4``, ``print:letter``,
  ``escpos:80mm``.  A reprint is another row.

A slip printed after its check is an event of its own, with its own time, station and clerk, so
it is appended as its own row rather than written into the check's row: changing a check row
afterwards is exactly what the chain exists to expose.  :meth:`CheckLog.entries` folds the events
into each check (its case number, whether a slip was printed and how).

The case number comes from the check's row id ("RD-YYYYMMDD-<id>"), which the database assigns, so
it stays unique when several counters share one database (and ``case_number`` has a unique index).

The hash chain
--------------
Rows have a chain position ``seq`` (1, 2, 3, … without gaps, in id order), the ``prev_hash`` of the
row before (64 zeros for the first) and their own ``row_hash``:

    row_hash = SHA-256( canonical(row) ), as 64 lowercase hex digits

``canonical(row)`` is the UTF-8 encoding of a JSON object, written with keys sorted, separators
``,`` and ``:`` (no spaces), non-ASCII characters as themselves (``ensure_ascii=False``), holding
exactly these keys with the row's stored values:

    "v": 1 (the form's version), "id", "seq" (integers), "ref_id" (integer or null),
    "case_number" (string or null), "answers" (an object of strings; its keys sorted too),
    "kind", "time_utc", "time_local", "station", "clerk", "query", "query_kind", "serial",
    "outcome", "recalls", "models", "catalog_version", "slip", "prev_hash" (strings).

So a row's hash covers every field, its id and position, and the hash of the row before it: editing
a field, removing a row (a gap in ``seq``, a broken link), or swapping rows' ids (positions out of id
order) all show in :meth:`CheckLog.verify`, which names the first row affected and how it was found.

Appending takes the chain head and writes the new row in one write transaction.  The head is the
one row of the ``log_head`` table (last position, its row id, its hash); it is read with
``SELECT … FOR UPDATE``, which holds it on PostgreSQL until commit, and on SQLite the transaction
starts with ``BEGIN IMMEDIATE`` (the database's write lock), so concurrent writers, in threads or in
processes sharing the file, take turns.  The head also lets :meth:`~CheckLog.verify` notice rows
removed from the end.

Whoever can write the database file can still rebuild the whole chain after the edit they made; the
chain proves the log was not changed *behind Recall Desk's back* since a head hash noted elsewhere
(``recall-desk log verify`` prints it).

Older databases
---------------
A log made before slips gets the slip columns, and one made before the chain gets the chain columns
and is sealed in id order, as it stands, when it is opened (:func:`ensure_columns`).
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Text, func, insert, select, type_coerce, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from ..core.slip import case_number
from ..core.verdict import CheckResult
from .tables import LOG_HEAD_T, LOG_T

KIND_CHECK = "check"
KIND_CASE = "case"
KIND_SLIP = "slip"
GENESIS = "0" * 64
"""The ``prev_hash`` of the first row."""
HASH_FORM_VERSION = 1
HASHED_FIELDS = (
    "id",
    "seq",
    "kind",
    "ref_id",
    "time_utc",
    "time_local",
    "station",
    "clerk",
    "query",
    "query_kind",
    "serial",
    "answers",
    "outcome",
    "recalls",
    "models",
    "catalog_version",
    "case_number",
    "slip",
    "prev_hash",
)
_INT_FIELDS = ("id", "seq", "ref_id")

T = TypeVar("T")
_C = LOG_T.c
_H = LOG_HEAD_T.c


def canonical(values: Mapping[str, Any]) -> bytes:
    """The bytes a row's hash is taken over (the module docstring defines them)."""
    doc: dict[str, Any] = {"v": HASH_FORM_VERSION}
    for name in HASHED_FIELDS:
        value = values.get(name)
        if name in _INT_FIELDS:
            doc[name] = int(value) if value is not None else None
        elif name == "case_number":
            doc[name] = str(value) if value is not None else None
        elif name == "answers":
            doc[name] = {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else value
        else:
            doc[name] = "" if value is None else str(value)
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def row_hash(values: Mapping[str, Any]) -> str:
    """SHA-256 of :func:`canonical`, as 64 lowercase hex digits."""
    return hashlib.sha256(canonical(values)).hexdigest()


@dataclass(frozen=True)
class LogEntry:
    """One check, with what was later made of it (its case number, its slips)."""

    id: int
    time_utc: datetime
    time_local: str
    station: str
    clerk: str
    query: str
    query_kind: str
    serial: str
    answers: dict[str, str]
    outcome: str
    recalls: str
    models: str
    catalog_version: str
    case_number: str | None = None
    slip: str = ""
    """What was made of its slip, as "pdf:letter,escpos:80mm"; empty when nothing was printed."""
    row_hash: str = ""

    @property
    def slip_printed(self) -> bool:
        return bool(self.slip)

    @property
    def local_day(self) -> str:
        """The station's date of the check, YYYY-MM-DD."""
        return self.time_local[:10]


@dataclass(frozen=True)
class ChainProblem:
    """Where the chain first breaks: ``how`` is "edited", "hash changed", "link changed",
    "removed", "reordered", "not chained" or "head changed"."""

    how: str
    row_id: int | None
    seq: int | None
    detail: str


@dataclass(frozen=True)
class ChainReport:
    rows: int
    """Rows read (checks and slip events)."""
    head_hash: str
    problem: ChainProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def to_json(self) -> dict[str, Any]:
        p = self.problem
        return {
            "ok": self.ok,
            "rows": self.rows,
            "head_hash": self.head_hash,
            "problem": None
            if p is None
            else {"how": p.how, "row_id": p.row_id, "seq": p.seq, "detail": p.detail},
        }


@dataclass(frozen=True)
class DaySummary:
    day: str
    """The station's local date, YYYY-MM-DD."""
    checks: int = 0
    affected: int = 0
    check_with_manufacturer: int = 0
    slips_printed: int = 0
    """Checks of that day whose slip was printed (on paper, as a PDF or on a receipt printer)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "checks": self.checks,
            "affected": self.affected,
            "check_with_manufacturer": self.check_with_manufacturer,
            "slips_printed": self.slips_printed,
        }


def ensure_columns(engine: Engine) -> list[str]:
    """Bring a check log made by an earlier version up to date: add the slip and chain columns
    (and their indexes; existing rows keep their values), make the chain head, and seal rows that
    have no hash yet.  Safe at every open and from two processes at once.  Returns the columns added."""
    from .db import add_missing_columns  # db imports this module to call it

    added = add_missing_columns(engine, LOG_T)
    ensure_chain(engine)
    return added


def ensure_chain(engine: Engine) -> int:
    """Make the chain head if there is none.  A log that has no chain yet (made before it) is
    sealed: its rows are chained in id order, as they stand.  Once the chain exists nothing is ever
    sealed again: a row added without a hash afterwards is for :meth:`CheckLog.verify` to report.
    Returns the number of rows sealed."""
    with engine.connect() as conn:
        if conn.execute(select(_H.id).where(_H.id == 1)).first() is not None:
            return 0
    log = CheckLog(engine)

    def seal(conn: Connection) -> int:
        chained = conn.execute(select(_C.id).where(_C.seq.is_not(None)).limit(1)).first()
        state = log._head(conn)  # made from the chain's last row when there is one
        if chained is not None:
            return 0
        rows = conn.execute(select(LOG_T).order_by(_C.id)).all()
        for r in rows:
            values = _values(r)
            values["seq"] = state.seq + 1
            values["prev_hash"] = state.hash
            values["row_hash"] = row_hash(values)
            conn.execute(
                update(LOG_T)
                .where(_C.id == r.id)
                .values(seq=values["seq"], prev_hash=values["prev_hash"], row_hash=values["row_hash"])
            )
            state = _Head(values["seq"], r.id, values["row_hash"])
        log._move_head(conn, state)
        return len(rows)

    try:
        return log._in_chain(seal)
    except IntegrityError:  # another process made the head at the same moment (PostgreSQL)
        return 0


def _recall_names(result: CheckResult) -> str:
    names = []
    for m in result.matches:
        if m.outcome != result.outcome:
            continue
        r = m.recall
        names.append(f"{r.agency} {r.number}" if r.number else f"{r.agency} ({r.date or 'undated'})")
    return "; ".join(dict.fromkeys(names))


@dataclass(frozen=True)
class _Head:
    seq: int
    last_id: int
    hash: str


def _stamp(when: datetime | None) -> tuple[datetime, str, str]:
    when = (when or datetime.now(UTC)).astimezone(UTC)
    return when, when.isoformat(timespec="seconds"), when.astimezone().isoformat(timespec="seconds")


def _case_day(when: datetime) -> date:
    return when.astimezone().date() if when.tzinfo else when.date()


class CheckLog:
    """Append to and read the check log.

    ``station`` and ``clerk`` are who is at the counter: the values a row takes when a call does
    not name them (the window sets ``clerk`` when someone signs in)."""

    SQLITE_LOCK_RETRIES = 5

    def __init__(self, engine: Engine, *, station: str = "", clerk: str = "") -> None:
        self.engine = engine
        self.station = station
        self.clerk = clerk

    # -- appending --

    def record(
        self,
        result: CheckResult,
        *,
        serial: str | None = None,
        answers: dict[str, str] | None = None,
        station: str | None = None,
        clerk: str | None = None,
        when: datetime | None = None,
    ) -> int:
        """Append one check; returns its row id."""
        row = self._row(result, serial, answers, station, clerk, when)
        return self._in_chain(lambda conn: self._append(conn, row))

    def record_slip(
        self,
        result: CheckResult,
        *,
        serial: str | None = None,
        answers: dict[str, str] | None = None,
        station: str | None = None,
        clerk: str | None = None,
        when: datetime | None = None,
    ) -> tuple[int, str]:
        """Append one check with the case number of its slip in the same row; returns (row id, case)."""
        when = when or datetime.now(UTC)
        row = self._row(result, serial, answers, station, clerk, when)
        day = _case_day(when)

        def append(conn: Connection) -> tuple[int, str]:
            new_id = self._append(conn, row, case_of=lambda row_id: case_number(row_id, day))
            return new_id, case_number(new_id, day)

        return self._in_chain(append)

    def assign_case(
        self,
        row_id: int,
        when: datetime | None = None,
        *,
        station: str | None = None,
        clerk: str | None = None,
    ) -> str:
        """The case number of check ``row_id``: the one it has, or a new one made from its id (and
        appended as a "case" row)."""

        def assign(conn: Connection) -> str:
            check = self._check_row(conn, row_id)
            if check.case_number:
                return str(check.case_number)
            given = conn.execute(
                select(_C.case_number).where(_C.kind == KIND_CASE, _C.ref_id == row_id).order_by(_C.id)
            ).first()
            if given is not None and given.case_number:
                return str(given.case_number)
            day = _case_day(when or datetime.fromisoformat(check.time_utc))
            case = case_number(row_id, day)
            self._append(conn, self._event(KIND_CASE, row_id, station, clerk, case_number=case))
            return case

        return self._in_chain(assign)

    def add_slip_output(
        self, row_id: int, output: str, *, station: str | None = None, clerk: str | None = None
    ) -> str:
        """Append that the slip of check ``row_id`` was made as ``output`` ("pdf:a4", "print:letter",
        "escpos:80mm"); returns all the check's outputs so far, as "pdf:a4,escpos:80mm"."""

        def add(conn: Connection) -> str:
            check = self._check_row(conn, row_id)
            self._append(conn, self._event(KIND_SLIP, row_id, station, clerk, slip=output[:200]))
            events = conn.execute(
                select(_C.slip).where(_C.kind == KIND_SLIP, _C.ref_id == row_id).order_by(_C.id)
            ).all()
            return ",".join(_outputs(check.slip, (e.slip for e in events)))

        return self._in_chain(add)

    # -- the chain's write transaction --

    def _in_chain(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one write transaction that holds the chain head (retrying a few times
        when SQLite's busy timeout runs out under heavy contention)."""
        for attempt in range(self.SQLITE_LOCK_RETRIES):
            try:
                with self._write() as conn:
                    return work(conn)
            except OperationalError as exc:
                locked = "locked" in str(exc.orig) or "busy" in str(exc.orig)
                if not locked or attempt == self.SQLITE_LOCK_RETRIES - 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")  # the file's write lock, before reading the head
            yield conn
            conn.commit()

    def _head(self, conn: Connection) -> _Head:
        """The chain head, locked until the transaction ends; made from the chain if missing."""
        row = conn.execute(select(_H.seq, _H.last_id, _H.hash).where(_H.id == 1).with_for_update()).first()
        if row is not None:
            return _Head(int(row.seq), int(row.last_id), str(row.hash))
        tail = conn.execute(
            select(_C.seq, _C.id, _C.row_hash).where(_C.seq.is_not(None)).order_by(_C.seq.desc()).limit(1)
        ).first()
        head = _Head(int(tail.seq), int(tail.id), str(tail.row_hash)) if tail else _Head(0, 0, GENESIS)
        conn.execute(
            insert(LOG_HEAD_T).values(
                id=1, seq=head.seq, last_id=head.last_id, hash=head.hash, updated=_stamp(None)[1]
            )
        )
        return head

    @staticmethod
    def _move_head(conn: Connection, head: _Head) -> None:
        conn.execute(
            update(LOG_HEAD_T)
            .where(_H.id == 1)
            .values(seq=head.seq, last_id=head.last_id, hash=head.hash, updated=_stamp(None)[1])
        )

    def _append(
        self, conn: Connection, row: dict[str, Any], case_of: Callable[[int], str] | None = None
    ) -> int:
        """Append ``row`` at the head of the chain (the caller holds the write transaction)."""
        head = self._head(conn)
        values = {**row, "seq": head.seq + 1, "prev_hash": head.hash, "row_hash": ""}
        new_id = int(conn.execute(insert(LOG_T).returning(_C.id), values).scalar_one())
        values["id"] = new_id
        if case_of is not None:
            values["case_number"] = case_of(new_id)
        values["row_hash"] = row_hash(values)
        conn.execute(
            update(LOG_T)
            .where(_C.id == new_id)
            .values(row_hash=values["row_hash"], case_number=values.get("case_number"))
        )
        self._move_head(conn, _Head(values["seq"], new_id, values["row_hash"]))
        return new_id

    @staticmethod
    def _check_row(conn: Connection, row_id: int) -> Any:
        found = conn.execute(
            select(_C.id, _C.case_number, _C.time_utc, _C.slip).where(_C.id == row_id, _C.kind == KIND_CHECK)
        ).first()
        if found is None:
            raise KeyError(f"no check in the check log with row id {row_id}")
        return found

    def _event(
        self,
        kind: str,
        ref_id: int,
        station: str | None,
        clerk: str | None,
        *,
        case_number: str | None = None,
        slip: str = "",
    ) -> dict[str, Any]:
        _, utc, local = _stamp(None)
        return {
            "kind": kind,
            "ref_id": ref_id,
            "time_utc": utc,
            "time_local": local,
            "station": (self.station if station is None else station)[:100],
            "clerk": (self.clerk if clerk is None else clerk)[:100],
            "query": "",
            "query_kind": "",
            "serial": "",
            "answers": {},
            "outcome": "",
            "recalls": "",
            "models": "",
            "catalog_version": "",
            "case_number": case_number,
            "slip": slip,
        }

    def _row(
        self,
        result: CheckResult,
        serial: str | None,
        answers: dict[str, str] | None,
        station: str | None,
        clerk: str | None,
        when: datetime | None,
    ) -> dict[str, Any]:
        _, utc, local = _stamp(when)
        return {
            "kind": KIND_CHECK,
            "ref_id": None,
            "time_utc": utc,
            "time_local": local,
            "station": (self.station if station is None else station)[:100],
            "clerk": (self.clerk if clerk is None else clerk)[:100],
            "query": result.query.display[:200],
            "query_kind": result.query.kind.value,
            "serial": (serial or "")[:100],
            "answers": {k[:40]: v[:100] for k, v in (answers or {}).items()},
            "outcome": result.outcome.value if result.outcome else "none",
            "recalls": _recall_names(result)[:500],
            "models": ", ".join(dict.fromkeys(m.model for m in result.matches))[:500],
            "catalog_version": result.catalog.version[:60],
            "case_number": None,
            "slip": "",
        }

    # -- reading --

    def count(self) -> int:
        """The number of checks (slip events not counted)."""
        with self.engine.connect() as conn:
            stmt = select(func.count()).select_from(LOG_T).where(_C.kind == KIND_CHECK)
            return int(conn.execute(stmt).scalar_one())

    def entries(
        self,
        *,
        limit: int | None = None,
        newest_first: bool = True,
        since: date | None = None,
        until: date | None = None,
        outcomes: Collection[str] = (),
        stations: Collection[str] = (),
    ) -> list[LogEntry]:
        """Checks, with their case numbers and slips.  ``since`` and ``until`` are the station's
        local dates, both included; ``outcomes`` and ``stations`` keep only those (empty: all)."""
        stmt = select(LOG_T).where(_C.kind == KIND_CHECK)
        if since is not None:
            stmt = stmt.where(_C.time_local >= since.isoformat())
        if until is not None:
            stmt = stmt.where(_C.time_local < (until + timedelta(days=1)).isoformat())
        if outcomes:
            stmt = stmt.where(_C.outcome.in_(list(outcomes)))
        if stations:
            stmt = stmt.where(_C.station.in_(list(stations)))
        stmt = stmt.order_by(_C.id.desc() if newest_first else _C.id.asc())
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            rows: Sequence[Any] = conn.execute(stmt).all()
            events = _events_for(conn, [r.id for r in rows])
        return [_entry(r, events.get(r.id, ())) for r in rows]

    def by_case(self, case: str) -> LogEntry | None:
        """The check that case number ``case`` was given to."""
        with self.engine.connect() as conn:
            row = conn.execute(select(LOG_T).where(_C.case_number == case)).first()
            if row is not None and row.kind == KIND_CASE:
                row = conn.execute(select(LOG_T).where(_C.id == row.ref_id)).first()
            if row is None:
                return None
            events = _events_for(conn, [row.id])
        return _entry(row, events.get(row.id, ()))

    def head_hash(self) -> str:
        with self.engine.connect() as conn:
            found = conn.execute(select(_H.hash).where(_H.id == 1)).scalar_one_or_none()
        return str(found) if found else GENESIS

    # -- verifying --

    def verify(self) -> ChainReport:
        """Walk the chain in id order and report the first row edited, removed or reordered."""
        with self.engine.connect() as conn:
            # The head first: rows appended while this reads are then simply more of the chain.
            head = conn.execute(select(_H.seq, _H.last_id, _H.hash).where(_H.id == 1)).first()
            columns = [c for c in LOG_T.columns if c.name != "answers"]
            answers = type_coerce(_C.answers, Text).label("answers")
            rows = conn.execute(select(*columns, answers).order_by(_C.id)).all()
        return _walk(rows, head)


def _walk(rows: Sequence[Any], head: Any) -> ChainReport:
    seqs = {r.seq for r in rows if r.seq is not None}
    expected, prev_hash, prev_id = 1, GENESIS, None
    head_hash = str(head.hash) if head is not None else GENESIS

    def broken(how: str, row_id: int | None, seq: int | None, detail: str) -> ChainReport:
        return ChainReport(len(rows), head_hash, ChainProblem(how, row_id, seq, detail))

    for i, r in enumerate(rows):
        if r.seq is None or not r.row_hash:
            return broken(
                "not chained",
                r.id,
                r.seq,
                f"row {r.id} has no place in the chain (no position or no hash): it was added outside "
                "Recall Desk",
            )
        if r.seq != expected:
            if r.seq > expected and expected not in seqs:
                missing = r.seq - expected
                return broken(
                    "removed",
                    r.id,
                    r.seq,
                    f"chain position {expected}{f' to {r.seq - 1}' if missing > 1 else ''} is missing "
                    f"before row {r.id}: {missing} row{'s' if missing > 1 else ''} removed "
                    "(a gap in the chain positions)",
                )
            return broken(
                "reordered",
                r.id,
                r.seq,
                f"row {r.id} holds chain position {r.seq} where position {expected} was expected: rows "
                "were reordered (their ids changed)",
            )
        try:
            values = _values(r)
        except ValueError:
            return broken("edited", r.id, r.seq, f"row {r.id} was edited: its answers are not valid JSON")
        computed = row_hash(values)
        if r.prev_hash != prev_hash:
            if computed != r.row_hash:
                return broken(
                    "link changed",
                    r.id,
                    r.seq,
                    f"row {r.id}: its link to the row before (prev_hash) was changed",
                )
            return broken(
                "edited",
                prev_id,
                r.seq - 1,
                f"row {prev_id} was edited and given a new hash: row {r.id} links to its old hash",
            )
        if computed != r.row_hash:
            if i + 1 < len(rows):
                follower = rows[i + 1].prev_hash
            else:
                follower = head.hash if head is not None and head.seq == r.seq else None
            if follower == computed:
                return broken(
                    "hash changed",
                    r.id,
                    r.seq,
                    f"row {r.id}: its stored hash was changed (its fields still give the hash the next "
                    "link holds)",
                )
            return broken(
                "edited",
                r.id,
                r.seq,
                f"row {r.id} was edited: its fields no longer give its hash {r.row_hash[:12]}…",
            )
        prev_hash, prev_id, expected = r.row_hash, r.id, expected + 1
    last = expected - 1
    if head is None:
        if rows:
            return broken("head changed", None, None, "the log head is missing")
        return ChainReport(0, GENESIS)
    if head.seq > last:
        gone = head.seq - last
        return broken(
            "removed",
            int(head.last_id),
            int(head.seq),
            f"the last {gone} row{'s were' if gone > 1 else ' was'} removed: the log head records "
            f"position {head.seq} (row {head.last_id}) but the chain ends at position {last}",
        )
    at_head = next((r for r in rows if r.seq == head.seq), None)
    if head.seq > 0 and (at_head is None or at_head.row_hash != head.hash):
        return broken(
            "head changed",
            int(head.last_id),
            int(head.seq),
            f"the log head's hash does not match row {head.last_id} at position {head.seq}",
        )
    return ChainReport(len(rows), head_hash)


def _values(r: Any) -> dict[str, Any]:
    """The hashed fields of a row as read from the database."""
    values = {name: getattr(r, name) for name in HASHED_FIELDS}
    answers = values["answers"]
    if isinstance(answers, str | bytes):
        try:
            values["answers"] = json.loads(answers or "{}")
        except json.JSONDecodeError as exc:
            raise ValueError("answers are not JSON") from exc
    return values


def _events_for(conn: Connection, ids: Sequence[int]) -> dict[int, list[Any]]:
    """The case and slip rows about the checks ``ids``, by check id, oldest first."""
    if not ids:
        return {}
    rows = conn.execute(
        select(_C.ref_id, _C.kind, _C.case_number, _C.slip)
        .where(_C.kind != KIND_CHECK, _C.ref_id >= min(ids), _C.ref_id <= max(ids))
        .order_by(_C.id)
    ).all()
    wanted = set(ids)
    by_check: dict[int, list[Any]] = defaultdict(list)
    for e in rows:
        if e.ref_id in wanted:
            by_check[e.ref_id].append(e)
    return by_check


def _outputs(inline: str | None, later: Iterable[str]) -> list[str]:
    found = [x for x in (inline or "").split(",") if x]
    found.extend(x for x in later if x)
    return list(dict.fromkeys(found))


def _entry(r: Any, events: Iterable[Any] = ()) -> LogEntry:
    events = list(events)
    case = r.case_number or next((e.case_number for e in events if e.kind == KIND_CASE), None)
    slips = _outputs(r.slip, (e.slip for e in events if e.kind == KIND_SLIP))
    return LogEntry(
        id=r.id,
        time_utc=datetime.fromisoformat(r.time_utc),
        time_local=r.time_local,
        station=r.station,
        clerk=r.clerk,
        query=r.query,
        query_kind=r.query_kind,
        serial=r.serial,
        answers=r.answers if isinstance(r.answers, dict) else json.loads(r.answers or "{}"),
        outcome=r.outcome,
        recalls=r.recalls,
        models=r.models,
        catalog_version=r.catalog_version,
        case_number=case,
        slip=",".join(slips),
        row_hash=r.row_hash or "",
    )


# -- export and summary ---------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "id",
    "time_utc",
    "time_local",
    "station",
    "clerk",
    "query",
    "query_kind",
    "serial",
    "answers",
    "outcome",
    "recalls",
    "models",
    "catalog_version",
    "case_number",
    "slip_printed",
    "slip",
    "row_hash",
)
"""The CSV's header: every field of a check, and what was made of its slip."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FREE_TEXT = frozenset({"station", "clerk", "query", "serial", "recalls", "models"})


def _cell(name: str, value: str) -> str:
    # Text typed or scanned at the counter could start a spreadsheet formula: Excel would run it.
    # Such a cell is written with a leading apostrophe, as OWASP advises for CSV files.
    if name in _FREE_TEXT and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_row(e: LogEntry) -> list[str]:
    values = {
        "id": str(e.id),
        "time_utc": e.time_utc.isoformat(),
        "time_local": e.time_local,
        "station": e.station,
        "clerk": e.clerk,
        "query": e.query,
        "query_kind": e.query_kind,
        "serial": e.serial,
        "answers": json.dumps(e.answers, sort_keys=True, ensure_ascii=False) if e.answers else "",
        "outcome": e.outcome,
        "recalls": e.recalls,
        "models": e.models,
        "catalog_version": e.catalog_version,
        "case_number": e.case_number or "",
        "slip_printed": "yes" if e.slip_printed else "no",
        "slip": e.slip,
        "row_hash": e.row_hash,
    }
    return [_cell(name, values[name]) for name in EXPORT_COLUMNS]


def write_csv(entries: Iterable[LogEntry], path: str | Path) -> int:
    """Write ``entries`` as CSV with a header, UTF-8 with a byte order mark (Excel reads it as
    UTF-8); returns the number of checks written.  Raises OSError when the file cannot be written."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(EXPORT_COLUMNS)
        for e in entries:
            writer.writerow(export_row(e))
            count += 1
    return count


def daily_summary(entries: Iterable[LogEntry]) -> list[DaySummary]:
    """Per local day, oldest first: checks, affected, check with the manufacturer, slips printed."""
    days: dict[str, list[int]] = {}
    for e in entries:
        counts = days.setdefault(e.local_day, [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += e.outcome == "affected"
        counts[2] += e.outcome == "check_with_manufacturer"
        counts[3] += e.slip_printed
    return [DaySummary(day, *counts) for day, counts in sorted(days.items())]
