"""The ``recall-desk`` command: the same services the window uses, for scripts and tests.

Exit status: 0 for any verdict; 2 for an entry or a database that cannot be used
(with a one-line message naming the problem, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__

if TYPE_CHECKING:
    from .core.verdict import CheckResult

# The catalog layer (SQLAlchemy, sqlmodel) is imported by the commands that use it, so that
# `recall-desk` with no arguments puts the window on screen first.

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one plain line, the argparse way
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _answer(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE (e.g. colour=black)")
    return key.strip().lower(), value.strip()


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,  # keep a --db given before the command
        help="catalog database: a file path or an SQLAlchemy URL (default: $RECALL_DESK_DB, "
        "else a file in your user data folder)",
    )
    common.add_argument("--json", action="store_true", help="print JSON instead of text")

    parser = _Parser(
        prog="recall-desk",
        description="Is it under a safety recall? Checks a model number, UPC or serial "
        "against the local recall catalog.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="catalog database for the window (as for the commands)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the catalog, run a check, build the window offscreen, and exit (for packaging)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser(
        "check", parents=[common], help="check one device", description="Check one device."
    )
    check.add_argument(
        "query", metavar="QUERY", help="model number, UPC/EAN, serial or words of the product name"
    )
    serial = check.add_mutually_exclusive_group()
    serial.add_argument("--serial", metavar="S", help="the serial number (or code) printed on the unit")
    serial.add_argument("--no-serial", action="store_true", help="the unit has no serial number printed")
    check.add_argument(
        "--answer",
        metavar="KEY=VALUE",
        action="append",
        type=_answer,
        default=[],
        help="answer a question the check asked (e.g. colour=black, model=A3102016); repeatable",
    )

    catalog = sub.add_parser("catalog", help="the recall catalog", description="The recall catalog.")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", parser_class=_Parser)
    catalog_sub.required = True
    catalog_sub.add_parser("info", parents=[common], help="version, publish date and counts")
    return parser


def _print_json(data: Any, out: TextIO) -> None:
    import json

    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _wrap(text: str, indent: str = "  ") -> str:
    import textwrap

    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def format_check(result: CheckResult) -> str:
    from .core.model import UNKNOWN

    lines = [result.headline]
    if result.problem:
        lines.append(_wrap(result.problem))
        return "\n".join(lines)
    lines.append(_wrap(result.reason))
    for m in result.matches:
        r = m.recall
        lines.append("")
        number = r.number or "(no recall number published)"
        lines.append(f"- {m.product.brand} {m.product.name}, model {m.model}")
        lines.append(
            f"  {r.agency} {number}, {r.date or 'date ' + UNKNOWN}: {m.outcome.value.replace('_', ' ')}"
        )
        lines.append(_wrap(m.reason, "    "))
        for q in m.questions:
            lines.append(f"    Question ({q.key}): {q.text} [{', '.join(c.value for c in q.choices)}]")
        if m.serial_hint:
            lines.append(_wrap(f"Serial: {m.serial_hint}", "    "))
        if m.product.model_label:
            label = m.product.model_label
            printed = f' ("{label.text}")' if label.text else ""
            lines.append(_wrap(f"Model label: {label.where}{printed}", "    "))
        lines.extend(_wrap(n, "    ") for n in m.notes)
    if result.questions and not result.matches:
        for q in result.questions:
            lines.append(f"Question ({q.key}): {q.text}")
    if result.suggestions:
        lines.append("Did you mean: " + ", ".join(result.suggestions))
    for w in result.warnings:
        lines.append(_wrap(f"Note: {w}", ""))
    lines.append(f"Catalog {result.catalog.version}, published {result.catalog.published}")
    return "\n".join(lines)


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .catalog.service import Catalog

    catalog = Catalog.open(args.db)
    try:
        result = catalog.check(
            args.query, serial=args.serial, no_serial=args.no_serial, answers=dict(args.answer)
        )
    finally:
        catalog.close()
    if args.json:
        _print_json(result.to_json(), out)
    else:
        print(format_check(result), file=out)
    if result.problem:
        if args.json:
            print(f"recall-desk: error: {result.problem}", file=err)
        return EXIT_USAGE
    return EXIT_OK


def _cmd_catalog_info(args: argparse.Namespace, out: TextIO) -> int:
    from .catalog.service import Catalog

    catalog = Catalog.open(args.db)
    try:
        info, source = catalog.info(), catalog.source()
        url = catalog.engine.url.render_as_string(hide_password=True)
    finally:
        catalog.close()
    data = {
        "version": info.version,
        "published": info.published,
        "recalls": info.recalls,
        "products": info.products,
        "models": info.models,
        "source": source,
        "database": url,
    }
    if args.json:
        _print_json(data, out)
    else:
        print(
            f"Catalog {info.version}, published {info.published} ({source or 'source unknown'})",
            file=out,
        )
        print(
            f"{info.recalls} recalls, {info.products} products, {info.models} model numbers",
            file=out,
        )
        print(f"Database: {url}", file=out)
    return EXIT_OK


def _window(args: argparse.Namespace) -> int:
    from .ui import app  # Qt is loaded only for the window

    return app.smoke_test(args.db) if args.smoke_test else app.run_window(args.db)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    if argv is None and len(sys.argv) == 1:
        from .ui import app  # no arguments: the window, without building the command parser

        return app.run_window(None)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _window(args)
    from sqlalchemy.exc import SQLAlchemyError

    from .catalog.db import CatalogOpenError
    from .catalog.load import CatalogLoadError

    args.db = getattr(args, "db", None)
    try:
        if args.command == "check":
            return _cmd_check(args, out, err)
        if args.command == "catalog":
            return _cmd_catalog_info(args, out)
    except (CatalogOpenError, CatalogLoadError) as exc:
        print(f"recall-desk: error: {exc}", file=err)
        return EXIT_USAGE
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc
        print(f"recall-desk: error: the catalog database failed: {detail}", file=err)
        return EXIT_USAGE
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover - argparse rejects first
    return EXIT_USAGE  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
