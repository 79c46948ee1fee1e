"""Signed catalog bundles: head office builds and signs one file; every counter checks and takes it."""

from __future__ import annotations

import json
import sqlite3
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from recall_desk.catalog import bundle
from recall_desk.catalog.importers import ImportRefused
from recall_desk.catalog.imports import import_file, save_edit
from recall_desk.catalog.load import read_document, replace_catalog
from recall_desk.catalog.picture_store import pictures_folder as pictures_dir
from recall_desk.catalog.service import Catalog
from recall_desk.cli import main
from recall_desk.core.model import Recall
from recall_desk.resources import resource


def png(width: int = 4, height: int = 3) -> bytes:
    """A real PNG file, made without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + b"\xff\x80\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def snapshot(db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as con:
        return {
            t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
            for t in ("recall", "product", "model_number", "catalog_meta", "check_log")
        }


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for who in ("office", "other"):
        private, public = bundle.generate_keypair()
        (tmp_path / f"{who}.pem").write_bytes(private)
        (tmp_path / f"{who}.pub").write_bytes(public)
        out[who] = tmp_path / f"{who}.pem"
        out[who + "_pub"] = tmp_path / f"{who}.pub"
    return out


def office_bundle(
    tmp_path: Path, key: Path | None, *, published: str = "2026-12-01", version: str = "hq.2"
) -> Path:
    """Head office: the seed plus a store photo on the BPD005, exported (and signed)."""
    office_db = tmp_path / "office" / "catalog.sqlite3"
    office = Catalog.open(office_db)
    folder = pictures_dir(office.engine) / "store"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bpd005-photo.png").write_bytes(png())
    doc = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    belkin = next(r for r in doc["recalls"] if "bpd005" in r["key"])
    belkin["products"][0].setdefault("pictures", []).append(
        {"view": "photo", "file": "store/bpd005-photo.png", "hotspots": []}
    )
    from recall_desk.catalog.load import parse_document

    replace_catalog(office.engine, parse_document(doc))
    out = tmp_path / f"catalog-{version}.rdbundle"
    argv = [
        "catalog",
        "export",
        "--out",
        str(out),
        "--db",
        str(office_db),
        "--version",
        version,
        "--published",
        published,
    ]
    if key is not None:
        argv += ["--key", str(key)]
    assert main(argv) == 0
    office.close()
    return out


def test_a_signed_bundle_round_trip_through_the_command_line(
    catalog: Catalog, db_path: Path, tmp_path: Path, keys: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    catalog.close()
    out = office_bundle(tmp_path, keys["office"])
    capsys.readouterr()
    assert main(["catalog", "trust", str(keys["office_pub"]), "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["trusted_key_id"]
    assert main(["import", str(out), "--db", str(db_path), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["format"] == "bundle" and summary["catalog"]["version"] == "hq.2"
    counter = Catalog.open(db_path)
    assert counter.info().version == "hq.2" and counter.info().published == "2026-12-01"
    assert "signed by" in counter.source()
    match = counter.check("BPD005").matches[0]
    assert [p.file for p in match.product.pictures if p.file.startswith("store/")] == [
        "store/bpd005-photo.png"
    ]
    assert (pictures_dir(counter.engine) / "store" / "bpd005-photo.png").read_bytes() == png()
    # The same bundle again changes nothing.
    again = import_file(counter.engine, out)
    assert not again.new and not again.updated and len(again.unchanged) == 9
    counter.close()


@pytest.mark.parametrize("case", ["unsigned", "other_key", "tampered_file", "tampered_manifest", "rollback"])
def test_a_trusting_station_refuses_and_says_which(
    catalog: Catalog, db_path: Path, tmp_path: Path, keys: dict[str, Path], case: str
) -> None:
    bundle.trust(catalog.engine, bundle.load_public_key(keys["office_pub"].read_bytes(), "office.pub"))
    if case == "rollback":
        import_file(catalog.engine, office_bundle(tmp_path, keys["office"], published="2026-12-01"))
        path = office_bundle(tmp_path, keys["office"], published="2026-11-01", version="hq.1")
        expected = "older than the installed catalog (a rollback)"
    elif case == "unsigned":
        path, expected = office_bundle(tmp_path, None), "unsigned"
    elif case == "other_key":
        path, expected = office_bundle(tmp_path, keys["other"]), "signed by another key"
    else:
        path = office_bundle(tmp_path, keys["office"])
        members = {i.filename: zipfile.ZipFile(path).read(i) for i in zipfile.ZipFile(path).infolist()}
        catalog_doc = json.loads(members["catalog.json"])
        catalog_doc["recalls"][0]["hazard"] = "Nothing to worry about."
        members["catalog.json"] = json.dumps(catalog_doc).encode()
        if case == "tampered_manifest":  # the manifest made to match: then its signature does not
            manifest = json.loads(members["manifest.json"])
            manifest["files"]["catalog.json"] = bundle._digest(members["catalog.json"])
            members["manifest.json"] = json.dumps(manifest, indent=1, sort_keys=True).encode()
            expected = "the signature does not match the manifest"
        else:
            expected = "catalog.json does not match the manifest"
        bundle._write_zip(path, list(members.items()))
    before = snapshot(db_path)
    with pytest.raises(ImportRefused) as info:
        import_file(catalog.engine, path)
    assert expected in str(info.value) and str(path) in str(info.value)
    assert snapshot(db_path) == before


def evil_zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            z.writestr(info, data)
    return path


def link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ([("../../etc/cron.d/evil", b"x")], "climbs out"),
        ([("/etc/passwd", b"x")], "climbs out"),
        ([("pictures/store/..\\..\\x.png", b"x")], "climbs out"),
        ([(link("pictures/store/a.png"), b"/etc/passwd")], "a link"),
        ([("notes.txt", b"x")], "not a file a catalog bundle holds"),
        ([("catalog.json", b"{}")], "no manifest.json"),
    ],
)
def test_hostile_bundles_are_refused(
    catalog: Catalog, db_path: Path, tmp_path: Path, members: list[Any], expected: str
) -> None:
    path = evil_zip(tmp_path / "evil.rdbundle", members)
    before = snapshot(db_path)
    with pytest.raises(ImportRefused, match=expected):
        import_file(catalog.engine, path)
    assert snapshot(db_path) == before
    assert not (tmp_path.parent / "etc").exists()


def test_a_picture_that_is_not_a_picture_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    path = office_bundle(tmp_path, None)
    members = {i.filename: zipfile.ZipFile(path).read(i) for i in zipfile.ZipFile(path).infolist()}
    members["pictures/store/bpd005-photo.png"] = b"MZ\x90\x00 this is a program, not a picture"
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["pictures/store/bpd005-photo.png"] = bundle._digest(
        members["pictures/store/bpd005-photo.png"]
    )
    members["manifest.json"] = json.dumps(manifest).encode()
    bundle._write_zip(path, list(members.items()))
    with pytest.raises(ImportRefused, match="not a picture"):
        import_file(catalog.engine, path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "bomb.rdbundle"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", b"{}")
        with z.open("pictures/store/big.png", "w", force_zip64=True) as f:
            block = b"\0" * (1 << 20)
            for _ in range(21):  # 21 MB of zeros: a few KB packed
                f.write(block)
    assert path.stat().st_size < 200_000
    with pytest.raises(ImportRefused, match="more than"):
        import_file(catalog.engine, path)


def test_a_managers_edit_survives_a_bundle(catalog: Catalog, tmp_path: Path) -> None:
    stored = catalog.check("BPD005").matches[0].recall
    doc = stored.to_dict()
    doc["hazard"] = "Store note: overheats."
    save_edit(catalog.engine, Recall.from_dict("edit", doc))
    summary = import_file(catalog.engine, office_bundle(tmp_path, None))
    assert summary.kept_edits == [stored.key]
    assert catalog.check("BPD005").matches[0].recall.hazard == "Store note: overheats."


def test_an_unconfigured_station_takes_an_unsigned_bundle(catalog: Catalog, tmp_path: Path) -> None:
    summary = import_file(catalog.engine, office_bundle(tmp_path, None))
    assert summary.version == "hq.2"


def test_signing_later_and_keys_that_are_not_keys(
    tmp_path: Path, keys: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = office_bundle(tmp_path, None)
    assert main(["catalog", "sign", str(path), "--key", str(keys["office"])]) == 0
    assert "signature.json" in zipfile.ZipFile(path).namelist()
    assert main(["catalog", "sign", str(path), "--key", str(keys["office_pub"])]) == 2
    assert "not an unencrypted PEM private key" in capsys.readouterr().err
    assert (
        main(["catalog", "keygen", "--private", str(keys["office"]), "--public", str(tmp_path / "x.pub")])
        == 2
    )
    assert "not overwriting a key" in capsys.readouterr().err


def test_the_seed_document_exports_as_it_reads(catalog: Catalog, tmp_path: Path) -> None:
    out = tmp_path / "seed.rdbundle"
    info = bundle.export_bundle(catalog.engine, out)
    assert info.recalls == 9
    data = json.loads(zipfile.ZipFile(out).read("catalog.json"))
    seed = read_document(resource("catalog", "seed.json"))
    assert [r["key"] for r in data["recalls"]] == [r.key for r in seed.recalls]
