"""The ``recall-desk`` commands: the same services the window uses, for scripts and tests.

:func:`recall_desk.cli.main` (the console entry) comes here whenever it has arguments; with none it
opens the counter window without importing this module (start-up is measured against a bare window).

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


def _workers(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = -1
    if not 0 <= value <= 64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (0 to 64)")
    return value


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
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="open the customers' self-service kiosk (fullscreen; leaving needs the manager's exit PIN)",
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

    slip = sub.add_parser(
        "slip",
        parents=[common],
        help="check a device and make the customer's slip (PDF, receipt printer)",
        description="Check one device, record the check with a case number, and write its slip: the "
        "recall slip for an affected device, a short receipt for one that is not under recall.",
    )
    slip.add_argument("query", metavar="QUERY", help="model number, UPC/EAN, serial or words of the name")
    slip_serial = slip.add_mutually_exclusive_group()
    slip_serial.add_argument("--serial", metavar="S", help="the serial number (or code) printed on the unit")
    slip_serial.add_argument("--no-serial", action="store_true", help="the unit has no serial number printed")
    slip.add_argument(
        "--answer",
        metavar="KEY=VALUE",
        action="append",
        type=_answer,
        default=[],
        help="answer a question the check asked (e.g. colour=black); repeatable",
    )
    slip.add_argument("--out", metavar="FILE.pdf", help="write the slip as a PDF file")
    slip.add_argument(
        "--paper",
        choices=("letter", "a4", "80mm", "58mm"),
        type=str.lower,
        help="paper of the PDF (default: the settings' slip paper, else letter)",
    )
    slip.add_argument(
        "--lang",
        choices=("en", "fr", "es"),
        type=str.lower,
        help="the customer's language (default: the settings' slip language, else en)",
    )
    slip.add_argument(
        "--escpos",
        metavar="FILE.bin",
        help="also write the ESC/POS bytes for a receipt printer to this file (80mm unless --paper 58mm)",
    )
    slip.add_argument(
        "--profile", metavar="NAME", help="receipt printer profile for --escpos (default: the settings')"
    )
    slip.add_argument(
        "--station", metavar="NAME", help="station printed on the slip (default: the settings')"
    )

    imp = sub.add_parser(
        "import",
        parents=[common],
        help="bring official recall data into the catalog",
        description="Merge a CPSC Recalls API file (the bare JSON array saved from the API) or Health "
        "Canada's open data file (HCRSAMOpenData.json or .csv) into the catalog, in one transaction. "
        "A file with bad records is refused whole unless --skip-bad; the check log is never touched.",
    )
    imp.add_argument("file", metavar="FILE", help="the file to import")
    imp.add_argument(
        "--format",
        choices=("cpsc", "healthcanada", "bundle"),
        help="the file's format (default: recognised from its content)",
    )
    imp.add_argument("--skip-bad", action="store_true", help="import the good records and list the bad ones")
    imp.add_argument(
        "--workers",
        type=_workers,
        metavar="N",
        help="processes that read a big file's records (default: one per processor; 0: none, for a "
        "machine busy with other work)",
    )

    catalog = sub.add_parser("catalog", help="the recall catalog", description="The recall catalog.")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", parser_class=_Parser)
    catalog_sub.required = True
    catalog_sub.add_parser("info", parents=[common], help="version, publish date and counts")
    export = catalog_sub.add_parser(
        "export",
        parents=[common],
        help="write the catalog (and its store pictures) as one bundle file for the counters",
    )
    export.add_argument("--out", required=True, metavar="FILE", help="the bundle to write (.rdbundle)")
    export.add_argument("--key", metavar="PRIVATE_KEY", help="sign it with this Ed25519 private key (PEM)")
    export.add_argument(
        "--version", dest="bundle_version", metavar="V", help="the catalog version to give it"
    )
    export.add_argument("--published", metavar="YYYY-MM-DD", help="the publish date to give it")
    keygen = catalog_sub.add_parser(
        "keygen",
        parents=[common],
        help="make a key pair for signing bundles (head office keeps the private key)",
    )
    keygen.add_argument("--private", required=True, metavar="FILE", help="where to write the private key")
    keygen.add_argument("--public", required=True, metavar="FILE", help="where to write the public key")
    sign = catalog_sub.add_parser("sign", parents=[common], help="sign a bundle with a private key")
    sign.add_argument("bundle", metavar="BUNDLE")
    sign.add_argument("--key", required=True, metavar="PRIVATE_KEY")
    trust = catalog_sub.add_parser(
        "trust", parents=[common], help="take bundles only when signed by this public key"
    )
    trust.add_argument("public_key", metavar="PUBLIC_KEY")
    _add_log_and_clerk_parsers(sub, common)
    _add_sweep_parser(sub, common)
    return parser


def _add_sweep_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    sweep = sub.add_parser(
        "sweep",
        parents=[common],
        help="check a stock list (CSV) against the catalog: what to pull off the shelves",
        description="Check every row of a stock list (CSV: UPC/GTIN, model, SKU, description, quantity, "
        "location columns, found by their headers; comma, semicolon or tab; UTF-8 or Windows-1252) "
        "against the catalog. Prints a summary; --out writes one row per hit. Exit 0 when the sweep "
        "ran, hits or not; 2 when the file cannot be read.",
    )
    sweep.add_argument("inventory", metavar="INVENTORY.csv", help="the stock list")
    sweep.add_argument("--out", metavar="HITS.csv", help="write the hits here (CSV, UTF-8 with BOM)")


def _day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _outcome(text: str) -> str:
    from .core.serials import Outcome

    value = text.strip().lower().replace("-", "_").replace(" ", "_")
    names = [o.value for o in Outcome]
    if value not in names:
        raise argparse.ArgumentTypeError(f"{text!r} is not an outcome: {', '.join(names)}")
    return value


def _add_log_and_clerk_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    log = sub.add_parser(
        "log",
        help="the check log: verify its hash chain, export it, summarise it by day",
        description="The check log: every check and slip, in a hash chain.",
    )
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", parser_class=_Parser)
    log_sub.required = True
    log_sub.add_parser(
        "verify",
        parents=[common],
        help="walk the hash chain; exit 1 naming the first row edited, removed or reordered",
    )
    dates = _Parser(add_help=False)
    dates.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="from this local date (included)")
    dates.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="to this local date (included)")
    export = log_sub.add_parser(
        "export",
        parents=[common, dates],
        help="write the checks as CSV (UTF-8 with BOM, for Excel)",
        description="Write the checks as CSV: a header, then every field of each check and what was "
        "made of its slip.",
    )
    export.add_argument("--out", required=True, metavar="FILE.csv", help="the CSV file to write")
    export.add_argument(
        "--outcome",
        type=_outcome,
        nargs="+",
        action="extend",
        default=[],
        metavar="OUTCOME",
        help="only these outcomes (affected, not_affected, check_with_manufacturer, need_serial, "
        "need_answer, no_recall_found)",
    )
    export.add_argument(
        "--station", nargs="+", action="extend", default=[], metavar="NAME", help="only these stations"
    )
    log_sub.add_parser(
        "summary",
        parents=[common, dates],
        help="per day: checks, affected, check with manufacturer, slips printed",
    )

    clerk = sub.add_parser(
        "clerk",
        help="who signs in at the counters (clerks and managers)",
        description="Clerks sign in at a counter with their id and PIN; managers may also edit the "
        "catalog, export the log and change the settings.",
    )
    clerk_sub = clerk.add_subparsers(dest="clerk_command", metavar="ACTION", parser_class=_Parser)
    clerk_sub.required = True
    add = clerk_sub.add_parser("add", parents=[common], help="add a clerk or a manager")
    add.add_argument("clerk_id", metavar="ID", help="what they type to sign in (e.g. their badge number)")
    add.add_argument("--name", default="", help="their name, as the window shows it")
    add.add_argument("--role", choices=("clerk", "manager"), default="clerk", type=str.lower)
    pin = add.add_mutually_exclusive_group()
    pin.add_argument("--pin", action="store_true", help="ask for a PIN (typed twice, not shown)")
    pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    clerk_sub.add_parser("list", parents=[common], help="list the clerks")
    kiosk = sub.add_parser(
        "kiosk",
        help="the customers' self-service kiosk",
        description="The self-service kiosk (recall-desk --kiosk). A manager leaves it with the exit PIN.",
    )
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", parser_class=_Parser)
    kiosk_sub.required = True
    set_pin = kiosk_sub.add_parser(
        "set-pin", help="set the manager's PIN that leaves the kiosk (kept as a salted scrypt hash)"
    )
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    for action, text in (
        ("disable", "stop a clerk signing in"),
        ("enable", "let a disabled clerk sign in"),
        ("unlock", "let a clerk locked out after wrong PINs sign in again now"),
    ):
        p = clerk_sub.add_parser(action, parents=[common], help=text)
        p.add_argument("clerk_id", metavar="ID")


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


def _cmd_slip(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check, record with a case number, write the slip; exit 2 when nothing could be made."""

    def fail(message: str) -> int:
        print(f"recall-desk: error: {message}", file=err)
        return EXIT_USAGE

    if not args.out and not args.escpos:
        return fail("say where the slip goes: --out FILE.pdf and/or --escpos FILE.bin")
    from pathlib import Path

    from .ui.slip_render import output_problem

    for target in (args.out, args.escpos):
        if target and (problem := output_problem(target)):
            return fail(problem)
    if args.out and args.escpos and Path(args.out).resolve() == Path(args.escpos).resolve():
        return fail("--out and --escpos name the same file")

    from datetime import UTC, datetime

    from .catalog.checklog import CheckLog
    from .catalog.service import Catalog
    from .core.slip import SlipError, StoreInfo, make_slip, unprintable_reason
    from .ui.i18n import engine_translate
    from .ui.settings import AppSettings

    settings = AppSettings()
    paper_key = args.paper or settings.slip_paper
    lang = args.lang or settings.slip_language
    station = args.station if args.station is not None else settings.station
    answers = dict(args.answer)
    catalog = Catalog.open(args.db)
    try:
        result = catalog.check(args.query, serial=args.serial, no_serial=args.no_serial, answers=answers)
        reason = unprintable_reason(result)
        if reason is not None:
            return fail(reason)
        when = datetime.now(UTC)
        row_id, case = CheckLog(catalog.engine).record_slip(
            result,
            serial=args.serial if not args.no_serial else "(none printed)",
            answers=answers,
            station=station,
            when=when,
        )
        try:
            slip = make_slip(
                result,
                case=case,
                when=when.astimezone(),
                lang=lang,
                store=StoreInfo(settings.store_name, settings.store_address, settings.store_phone),
                station=station,
                serial=args.serial,
                no_serial=args.no_serial,
                answers=answers,
                translate=engine_translate(lang),
            )
        except SlipError as exc:
            return fail(str(exc))
        return _write_slip(args, slip, paper_key, settings.printer_profile, catalog, row_id, result, out, err)
    finally:
        catalog.close()


def _write_slip(
    args: argparse.Namespace,
    slip: Any,
    paper_key: str,
    default_profile: str,
    catalog: Any,
    row_id: int,
    result: CheckResult,
    out: TextIO,
    err: TextIO,
) -> int:
    from .catalog.checklog import CheckLog
    from .ui.slip_render import PAPERS, SlipRenderError, ensure_gui_application, write_pdf

    log = CheckLog(catalog.engine)
    ensure_gui_application()
    made: dict[str, Any] = {}
    try:
        if args.out:
            info = write_pdf(slip, PAPERS[paper_key], args.out)
            log.add_slip_output(row_id, f"pdf:{paper_key}")
            made["out"] = str(args.out)
            made["pages"] = info.pages
        if args.escpos:
            from .ui.escpos_out import EscposError, write_escpos_file

            receipt_paper = PAPERS[paper_key if PAPERS[paper_key].thermal else "80mm"]
            try:
                report = write_escpos_file(slip, receipt_paper, args.escpos, args.profile or default_profile)
            except EscposError as exc:
                raise SlipRenderError(str(exc)) from None
            log.add_slip_output(row_id, f"escpos:{receipt_paper.key}")
            made["escpos"] = {
                "file": str(args.escpos),
                "paper": receipt_paper.key,
                "profile": report.profile,
                "mode": report.mode,
                "native": report.native,
            }
    except SlipRenderError as exc:
        print(f"recall-desk: error: {exc} (case {slip.case_number} is in the check log)", file=err)
        return EXIT_USAGE
    match = next((m for m in result.matches if m.recall.key == slip.recall_key), None)
    data = {
        "case_number": slip.case_number,
        "slip": slip.kind.value,
        "outcome": slip.outcome.value,
        "check_outcome": result.outcome.value if result.outcome else None,
        "stop_using": result.stop_using,
        "recall": match.recall.number if match else None,
        "agency": match.recall.agency if match else None,
        "claim_url": slip.claim_url,
        "qr": slip.link,
        "paper": paper_key,
        "lang": slip.lang,
        "log_id": row_id,
        **made,
    }
    if args.json:
        _print_json(data, out)
    else:
        what = "recall slip" if slip.kind.value == "recall" else "short receipt (not under recall)"
        where = " and ".join(
            x
            for x in (made.get("out"), made.get("escpos", {}).get("file") if made.get("escpos") else None)
            if x
        )
        print(
            f"{slip.case_number}: {what}, {slip.outcome.value.replace('_', ' ')}, written to {where}",
            file=out,
        )
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


def _cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from .catalog.importers import ImportRefused
    from .catalog.imports import import_file
    from .catalog.service import Catalog

    catalog = Catalog.open(args.db)
    try:
        summary = import_file(
            catalog.engine, Path(args.file), args.format, skip_bad=args.skip_bad, workers=args.workers
        )
    except ImportRefused as exc:
        if args.json:
            _print_json({"refused": True, "source": exc.source, "problems": exc.problems}, out)
        print(f"recall-desk: error: {exc}", file=err)
        return EXIT_USAGE
    finally:
        catalog.close()
    if args.json:
        _print_json(summary.to_json(), out)
        return EXIT_OK
    print(f"Imported {summary.source} ({summary.format})", file=out)
    print(
        f"  {len(summary.new)} new, {len(summary.updated)} updated, {len(summary.unchanged)} unchanged, "
        f"{len(summary.kept_edits)} kept as edited (newer record set aside), "
        f"{summary.needs_review} findings to review",
        file=out,
    )
    if summary.ignored:
        print(f"  {len(summary.ignored)} records ignored (not consumer products)", file=out)
    if summary.skipped:
        print(f"  {len(summary.skipped)} bad records skipped:", file=out)
        for label, problem in summary.skipped:
            print(f"    {problem if problem.startswith(label) else f'{label}: {problem}'}", file=out)
    print(f"Catalog {summary.version}, published {summary.published}", file=out)
    return EXIT_OK


def _cmd_catalog_bundle(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """catalog export / keygen / sign / trust."""
    from pathlib import Path

    from .catalog import bundle
    from .catalog.importers import ImportRefused

    def read(path: str) -> bytes:
        try:
            return Path(path).read_bytes()
        except OSError as exc:
            raise bundle.KeyError_(f"{path}: {exc.strerror}") from None

    try:
        if args.catalog_command == "keygen":
            private, public = bundle.generate_keypair()
            for path, data, mode in ((args.private, private, 0o600), (args.public, public, 0o644)):
                target = Path(path)
                if target.exists():
                    print(f"recall-desk: error: {target} exists: not overwriting a key", file=err)
                    return EXIT_USAGE
                target.write_bytes(data)
                target.chmod(mode)
            key = bundle.load_public_key(public, args.public)
            result: dict[str, Any] = {
                "private": args.private,
                "public": args.public,
                "key_id": bundle.key_id(key),
            }
            text = (
                f"Key {result['key_id']}: private key {args.private} (keep it secret), "
                f"public key {args.public}"
            )
        elif args.catalog_command == "sign":
            key_id = bundle.sign_bundle(Path(args.bundle), bundle.load_private_key(read(args.key), args.key))
            result = {"bundle": args.bundle, "key_id": key_id}
            text = f"Signed {args.bundle} with key {key_id}"
        else:
            from .catalog.service import Catalog

            catalog = Catalog.open(args.db)
            try:
                if args.catalog_command == "trust":
                    key = bundle.load_public_key(read(args.public_key), args.public_key)
                    key_id = bundle.trust(catalog.engine, key)
                    result = {"trusted_key_id": key_id}
                    text = f"This station now takes only bundles signed by key {key_id}"
                else:
                    signer = bundle.load_private_key(read(args.key), args.key) if args.key else None
                    info = bundle.export_bundle(
                        catalog.engine,
                        Path(args.out),
                        version=args.bundle_version,
                        published=args.published,
                        key=signer,
                    )
                    result = {
                        "bundle": str(info.path),
                        "version": info.version,
                        "published": info.published,
                        "recalls": info.recalls,
                        "pictures": info.pictures,
                        "key_id": info.key_id,
                    }
                    signed = f", signed by key {info.key_id}" if info.key_id else ", unsigned"
                    text = (
                        f"Wrote {info.path}: catalog {info.version} published {info.published}, "
                        f"{info.recalls} recalls, {info.pictures} pictures{signed}"
                    )
            finally:
                catalog.close()
    except (bundle.KeyError_, ImportRefused) as exc:
        print(f"recall-desk: error: {exc}", file=err)
        return EXIT_USAGE
    if args.json:
        _print_json(result, out)
    else:
        print(text, file=out)
    return EXIT_OK


EXIT_BROKEN = 1
"""``log verify``: the chain is broken."""


def _cmd_log(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .catalog.checklog import CheckLog, daily_summary, write_csv
    from .catalog.service import Catalog

    if args.log_command != "verify" and args.since and args.until and args.since > args.until:
        print(f"recall-desk: error: --since {args.since} is after --until {args.until}", file=err)
        return EXIT_USAGE
    catalog = Catalog.open(args.db)
    try:
        log = CheckLog(catalog.engine)
        if args.log_command == "verify":
            report = log.verify()
            if args.json:
                _print_json(report.to_json(), out)
            elif report.problem is None:
                print(f"Check log OK: {report.rows} rows, chain head {report.head_hash}", file=out)
            else:
                p = report.problem
                where = f"row {p.row_id}" if p.row_id is not None else "the log head"
                print(f"Check log BROKEN at {where} ({p.how}): {p.detail}", file=out)
            return EXIT_OK if report.ok else EXIT_BROKEN
        if args.log_command == "summary":
            days = daily_summary(log.entries(newest_first=False, since=args.since, until=args.until))
            if args.json:
                _print_json([d.to_json() for d in days], out)
                return EXIT_OK
            print(
                f"{'Day':<10}  {'Checks':>6}  {'Affected':>8}  {'Check w/ maker':>14}  {'Slips':>5}", file=out
            )
            for d in days:
                print(
                    f"{d.day:<10}  {d.checks:>6}  {d.affected:>8}  {d.check_with_manufacturer:>14}  "
                    f"{d.slips_printed:>5}",
                    file=out,
                )
            total = (sum(d.checks for d in days), sum(d.affected for d in days))
            print(f"{len(days)} days, {total[0]} checks, {total[1]} affected", file=out)
            return EXIT_OK
        entries = log.entries(
            newest_first=False,
            since=args.since,
            until=args.until,
            outcomes=args.outcome,
            stations=args.station,
        )
        try:
            written = write_csv(entries, args.out)
        except OSError as exc:
            print(f"recall-desk: error: cannot write {args.out}: {exc.strerror or exc}", file=err)
            return EXIT_USAGE
    finally:
        catalog.close()
    if args.json:
        _print_json({"out": str(args.out), "checks": written}, out)
    else:
        print(f"Wrote {written} checks to {args.out}", file=out)
    return EXIT_OK


def format_sweep(report: Any, out_path: str | None, written: int | None) -> str:
    from pathlib import Path

    from .catalog.sweep import DELIMITERS

    s = report.summary_json()
    lines = [
        f"Swept {Path(report.source).name} ({report.encoding}, "
        f"{DELIMITERS.get(report.delimiter, report.delimiter)}-separated, "
        f"header on row {report.header_row}): {s['rows_read']:,} rows read",
        f"  Catalog {report.catalog.version}, published {report.catalog.published}",
        "  Columns: " + "; ".join(f"{field} = {header!r}" for field, header in report.columns.items()),
        f"  {s['hits']:,} hits in {s['rows_with_hits']:,} rows: {s['units_to_pull']:,} units to pull"
        + (
            f" (and {s['hit_rows_without_quantity']:,} rows with no quantity)"
            if s["hit_rows_without_quantity"]
            else ""
        ),
    ]
    for total in report.by_recall():
        lines.append(
            f"    {total.recall}: {total.rows:,} rows, {total.units:,} units "
            f"({total.outcome.replace('_', ' ')})"
        )
    lines.append(
        f"  {s['possible_hits']:,} possible hits (description words only: a person checks them)"
        + (f", {s['units_to_check']:,} units" if s["possible_hits"] else "")
    )
    if report.problems:
        lines.append(
            f"  {len(report.problems):,} rows with problems ({len(report.unreadable):,} not checked by "
            "UPC or model):"
        )
        lines.extend(f"    row {p.row}: {p.reason}" for p in report.problems)
    else:
        lines.append("  Every row could be read")
    if out_path is not None:
        lines.append(f"Wrote {written:,} hits to {out_path}")
    return "\n".join(lines)


def _cmd_sweep(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .catalog.service import Catalog
    from .catalog.sweep import SweepRefused, sweep_file, write_hits_csv

    catalog = Catalog.open(args.db)
    try:
        report = sweep_file(catalog, args.inventory)
    except SweepRefused as exc:
        print(f"recall-desk: error: {exc}", file=err)
        return EXIT_USAGE
    finally:
        catalog.close()
    written = None
    if args.out:
        try:
            written = write_hits_csv(report.hits, args.out)
        except OSError as exc:
            print(f"recall-desk: error: cannot write {args.out}: {exc.strerror or exc}", file=err)
            return EXIT_USAGE
    if args.json:
        _print_json({**report.to_json(), "out": args.out}, out)
    else:
        print(format_sweep(report, args.out, written), file=out)
    return EXIT_OK


def _read_pin(args: argparse.Namespace) -> str | None:
    from .catalog.clerks import ClerkError

    if args.pin_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise ClerkError("--pin-stdin: no PIN on the first line of stdin")
        return line
    if args.pin:
        import getpass

        first = getpass.getpass("PIN: ")
        if getpass.getpass("PIN again: ") != first:
            raise ClerkError("the two PINs differ")
        return first
    return None


def _cmd_clerk(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .catalog.clerks import ClerkError, Clerks
    from .catalog.service import Catalog

    catalog = Catalog.open(args.db)
    try:
        clerks = Clerks(catalog.engine)
        if args.clerk_command == "list":
            found = clerks.list()
            if args.json:
                _print_json([c.to_json() for c in found], out)
                return EXIT_OK
            if not found:
                print("No clerks: this station needs no sign-in and every function is open", file=out)
            for c in found:
                state = ("" if c.active else ", disabled") + (
                    f", locked until {c.locked_until}" if c.locked_until else ""
                )
                pin = "PIN" if c.has_pin else "no PIN"
                print(f"{c.id}\t{c.name}\t{c.role}, {pin}{state}", file=out)
            return EXIT_OK
        if args.clerk_command == "add":
            clerk = clerks.add(args.clerk_id, name=args.name, role=args.role, pin=_read_pin(args))
            text = f"Added {clerk.role} {clerk.label}" + ("" if clerk.has_pin else " (no PIN)")
        elif args.clerk_command == "unlock":
            clerk = clerks.unlock(args.clerk_id)
            text = f"{clerk.label} can sign in again"
        else:
            clerk = clerks.set_active(args.clerk_id, args.clerk_command == "enable")
            text = f"{clerk.label} is {'enabled' if clerk.active else 'disabled'}"
    except ClerkError as exc:
        print(f"recall-desk: error: {exc}", file=err)
        return EXIT_USAGE
    finally:
        catalog.close()
    if args.json:
        _print_json(clerk.to_json(), out)
    else:
        print(text, file=out)
    return EXIT_OK


def _cmd_kiosk(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """kiosk set-pin: the exit PIN's salted scrypt hash into the settings (kiosk/exit_pin_hash)."""
    from .catalog.clerks import PIN_MAX, PIN_MIN, ClerkError, hash_pin

    args.pin = not args.pin_stdin
    try:
        pin = _read_pin(args) or ""
    except ClerkError as exc:
        print(f"recall-desk: error: {exc}", file=err)
        return EXIT_USAGE
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isdigit()):
        print(f"recall-desk: error: the exit PIN must be {PIN_MIN} to {PIN_MAX} digits", file=err)
        return EXIT_USAGE
    from .ui.settings import AppSettings  # Qt's settings file, without a display

    settings = AppSettings()
    settings.kiosk_exit_pin_hash = hash_pin(pin)
    print(f"Kiosk exit PIN set in {settings.path}", file=out)
    return EXIT_OK


def _window(args: argparse.Namespace) -> int:
    from .ui import app  # Qt is loaded only for the window

    if args.smoke_test:
        return app.smoke_test(args.db)
    return app.run_kiosk(args.db) if args.kiosk else app.run_window(args.db)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Parse ``argv`` (default: the command line) and run its command, or open the window."""
    out = out or sys.stdout
    err = err or sys.stderr
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
        if args.command == "slip":
            return _cmd_slip(args, out, err)
        if args.command == "import":
            return _cmd_import(args, out, err)
        if args.command == "log":
            return _cmd_log(args, out, err)
        if args.command == "clerk":
            return _cmd_clerk(args, out, err)
        if args.command == "sweep":
            return _cmd_sweep(args, out, err)
        if args.command == "kiosk":
            return _cmd_kiosk(args, out, err)
        if args.command == "catalog":
            if args.catalog_command == "info":
                return _cmd_catalog_info(args, out)
            return _cmd_catalog_bundle(args, out, err)
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
