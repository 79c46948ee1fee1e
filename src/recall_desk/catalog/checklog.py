"""The check log: every check a counter makes, kept beside the catalog.

Its table is never part of a catalog load (``CATALOG_TABLES``), so importing a
new catalog leaves it exactly as it was.  Rows are only ever added; the one later
change to a row is the case number of the slip made from it, and what was printed.

The case number comes from the row id the database assigns, so it stays unique
when several counters share one database.  A database made before slips existed
gets the two columns added when it is opened (:func:`ensure_columns`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, inspect, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

from ..core.slip import case_number
from ..core.verdict import CheckResult
from .tables import LOG_T

SLIP_COLUMNS = ("case_number", "slip")
"""Columns added to the check log for slips; older databases get them on opening."""


@dataclass(frozen=True)
class LogEntry:
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


_C = LOG_T.c


def ensure_columns(engine: Engine) -> list[str]:
    """Add the slip columns (and the case number's unique index) to a check log made before them.

    Existing rows are kept as they are (no case number, nothing printed).  Safe to run at every
    open and from two processes at once.  Returns the columns it added."""
    with engine.connect() as conn:
        have = {c["name"] for c in inspect(conn).get_columns(LOG_T.name)}
    added = []
    for name in SLIP_COLUMNS:
        if name in have:
            continue
        column = LOG_T.c[name]
        kind = column.type.compile(dialect=engine.dialect)
        default = " NOT NULL DEFAULT ''" if name == "slip" else ""
        ddl = f"ALTER TABLE {LOG_T.name} ADD COLUMN {name} {kind}{default}"
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(ddl)
            added.append(name)
        except (OperationalError, ProgrammingError, DatabaseError):
            with engine.connect() as conn:  # another process added it meanwhile?
                if name not in {c["name"] for c in inspect(conn).get_columns(LOG_T.name)}:
                    raise
    with engine.begin() as conn:
        for index in LOG_T.indexes:
            if any(c.name in SLIP_COLUMNS for c in index.columns):
                index.create(conn, checkfirst=True)
    return added


def _recall_names(result: CheckResult) -> str:
    names = []
    for m in result.matches:
        if m.outcome != result.outcome:
            continue
        r = m.recall
        names.append(f"{r.agency} {r.number}" if r.number else f"{r.agency} ({r.date or 'undated'})")
    return "; ".join(dict.fromkeys(names))


class CheckLog:
    """Append and read the log of checks."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(
        self,
        result: CheckResult,
        *,
        serial: str | None = None,
        answers: dict[str, str] | None = None,
        station: str = "",
        clerk: str = "",
        when: datetime | None = None,
    ) -> int:
        """Add one check; returns its row id.  Checks with no verdict (empty entries) are not logged."""
        row = self._row(result, serial, answers, station, clerk, when)
        with self.engine.begin() as conn:
            new_id = conn.execute(insert(LOG_T).returning(_C.id), row).scalar_one()
        return int(new_id)

    def record_slip(
        self,
        result: CheckResult,
        *,
        serial: str | None = None,
        answers: dict[str, str] | None = None,
        station: str = "",
        clerk: str = "",
        when: datetime | None = None,
    ) -> tuple[int, str]:
        """Add one check with a case number for its slip, in one transaction; returns (row id, case)."""
        when = when or datetime.now(UTC)
        row = self._row(result, serial, answers, station, clerk, when)
        with self.engine.begin() as conn:
            new_id = int(conn.execute(insert(LOG_T).returning(_C.id), row).scalar_one())
            case = self._set_case(conn, new_id, when)
        return new_id, case

    def assign_case(self, row_id: int, when: datetime | None = None) -> str:
        """The case number of row ``row_id``: the one it has, or a new one made from its id."""
        with self.engine.begin() as conn:
            found = conn.execute(select(_C.case_number, _C.time_utc).where(_C.id == row_id)).first()
            if found is None:
                raise KeyError(f"no check log row {row_id}")
            if found.case_number:
                return str(found.case_number)
            return self._set_case(conn, row_id, when or datetime.fromisoformat(found.time_utc))

    def add_slip_output(self, row_id: int, output: str) -> str:
        """Note that the slip of row ``row_id`` was made as ``output`` ("pdf:a4", "print:letter",
        "escpos:80mm"); returns the row's list of outputs."""
        with self.engine.begin() as conn:
            current = conn.execute(select(_C.slip).where(_C.id == row_id)).scalar_one_or_none()
            if current is None:
                raise KeyError(f"no check log row {row_id}")
            outputs = [x for x in str(current).split(",") if x]
            if output not in outputs:
                outputs.append(output)
            value = ",".join(outputs)[:200]
            conn.execute(update(LOG_T).where(_C.id == row_id).values(slip=value))
        return value

    def by_case(self, case: str) -> LogEntry | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(LOG_T).where(_C.case_number == case)).first()
        return _entry(row) if row is not None else None

    @staticmethod
    def _set_case(conn: Connection, row_id: int, when: datetime) -> str:
        local_day = when.astimezone().date() if when.tzinfo else when.date()
        case = case_number(row_id, local_day)
        conn.execute(update(LOG_T).where(_C.id == row_id).values(case_number=case))
        return case

    @staticmethod
    def _row(
        result: CheckResult,
        serial: str | None,
        answers: dict[str, str] | None,
        station: str,
        clerk: str,
        when: datetime | None,
    ) -> dict[str, Any]:
        when = (when or datetime.now(UTC)).astimezone(UTC)
        return {
            "time_utc": when.isoformat(timespec="seconds"),
            "time_local": when.astimezone().isoformat(timespec="seconds"),
            "station": station[:100],
            "clerk": clerk[:100],
            "query": result.query.display[:200],
            "query_kind": result.query.kind.value,
            "serial": (serial or "")[:100],
            "answers": {k[:40]: v[:100] for k, v in (answers or {}).items()},
            "outcome": result.outcome.value if result.outcome else "none",
            "recalls": _recall_names(result)[:500],
            "models": ", ".join(dict.fromkeys(m.model for m in result.matches))[:500],
            "catalog_version": result.catalog.version[:60],
        }

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(LOG_T)).scalar_one())

    def entries(self, *, limit: int | None = None, newest_first: bool = True) -> list[LogEntry]:
        order = _C.id.desc() if newest_first else _C.id.asc()
        stmt = select(LOG_T).order_by(order)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            rows: Sequence[Any] = conn.execute(stmt).all()
        return [_entry(r) for r in rows]


def _entry(r: Any) -> LogEntry:
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
        case_number=r.case_number,
        slip=r.slip or "",
    )
