"""The check log: every check a counter makes, kept beside the catalog.

Its table is never part of a catalog load (``CATALOG_TABLES``), so importing a
new catalog leaves it exactly as it was.  Rows are only ever added.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine

from ..core.verdict import CheckResult
from .tables import LOG_T


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


_C = LOG_T.c


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
        when = (when or datetime.now(UTC)).astimezone(UTC)
        row = {
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
        with self.engine.begin() as conn:
            new_id = conn.execute(insert(LOG_T).returning(_C.id), row).scalar_one()
        return int(new_id)

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
        return [
            LogEntry(
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
            )
            for r in rows
        ]
