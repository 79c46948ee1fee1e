"""Signed catalog bundles: one file from head office, taken by every counter.

A bundle is a zip file holding ``manifest.json`` (format, version, publish date,
and the SHA-256 and size of every other file), ``catalog.json`` (a Recall Desk
catalog document), the store pictures it names (``pictures/store/...``) and,
once signed, ``signature.json``: an Ed25519 signature of the manifest's exact
bytes, with the id of the key that made it.

A station set up with head office's public key (``recall-desk catalog trust
KEY.pub``) refuses a bundle that is unsigned, signed by another key, tampered
with (a file that does not match the manifest, or a manifest that does not match
its signature) or older than the catalog it has (a rollback), and says which.
Every bundle is also checked as untrusted input: only the names above, no path
that could climb out, no links, bounded sizes, pictures that are pictures.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from ..core.model import Recall
from .importers import ImportRefused
from .imports import ImportSummary
from .load import (
    CatalogDocument,
    CatalogLoadError,
    RecallState,
    delete_recalls,
    insert_recalls,
    parse_document,
    set_meta,
)
from .picture_store import MAX_PICTURE_BYTES, is_store_name, picture_kind
from .picture_store import pictures_folder as pictures_dir
from .tables import META_T, PRODUCT_T, RECALL_T

BUNDLE_FORMAT = "recall-desk-bundle"
BUNDLE_VERSION = 1
MANIFEST, CATALOG, SIGNATURE = "manifest.json", "catalog.json", "signature.json"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_CATALOG_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 20_000
TRUSTED_KEY_META = "trusted_bundle_key"

_R = RECALL_T.c


class KeyError_(ValueError):
    """A key file that is not the kind of key asked for; the message names the file."""


# --- keys ---------------------------------------------------------------------------------------


def generate_keypair() -> tuple[bytes, bytes]:
    """(private key PEM, public key PEM) for signing bundles."""
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return private_pem, public_pem(private.public_key())


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def key_id(key: Ed25519PublicKey) -> str:
    """A short, stable name for a public key: the first 16 hex digits of its SHA-256."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def load_private_key(data: bytes, source: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyError_(f"{source}: not an unencrypted PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyError_(f"{source}: a private key, but not Ed25519")
    return key


def load_public_key(data: bytes, source: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise KeyError_(f"{source}: not a PEM public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyError_(f"{source}: a public key, but not Ed25519")
    return key


def trust(engine: Engine, key: Ed25519PublicKey) -> str:
    """Set the public key this station accepts bundles from; returns its id."""
    with engine.begin() as conn:
        set_meta(conn, {TRUSTED_KEY_META: public_pem(key).decode("ascii")})
    return key_id(key)


def trusted_key(engine: Engine) -> Ed25519PublicKey | None:
    with engine.connect() as conn:
        row = conn.execute(select(META_T.c.value).where(META_T.c.key == TRUSTED_KEY_META)).first()
    return load_public_key(row[0].encode("ascii"), "the trusted key") if row and row[0] else None


# --- writing ------------------------------------------------------------------------------------


def _digest(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def catalog_document(engine: Engine) -> dict[str, Any]:
    """The stored catalog as a Recall Desk catalog document."""
    with engine.connect() as conn:
        meta = {k: v for k, v in conn.execute(select(META_T.c.key, META_T.c.value))}
        recalls = conn.execute(select(_R.id, _R.doc).order_by(_R.id)).all()
        products: dict[int, list[Any]] = {}
        for row in conn.execute(
            select(PRODUCT_T.c.recall_id, PRODUCT_T.c.doc).order_by(
                PRODUCT_T.c.recall_id, PRODUCT_T.c.position
            )
        ):
            products.setdefault(row.recall_id, []).append(row.doc)
    return {
        "format": "recall-desk-catalog",
        "format_version": 1,
        "version": meta.get("version") or "unversioned",
        "published": meta.get("published") or datetime.now(UTC).date().isoformat(),
        "recalls": [{**doc, "products": products.get(rid, [])} for rid, doc in recalls],
    }


def _store_pictures(document: Mapping[str, Any]) -> list[str]:
    names = []
    for recall in document.get("recalls", []):
        for product in recall.get("products", []):
            for picture in product.get("pictures", []) or []:
                name = picture.get("file", "") if isinstance(picture, Mapping) else ""
                if isinstance(name, str) and name.startswith("store/") and name not in names:
                    names.append(name)
    return names


def _write_zip(out: Path, members: list[tuple[str, bytes]]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".bundle-", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                z.writestr(info, data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _signature(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    data = {
        "algorithm": "ed25519",
        "key_id": key_id(key.public_key()),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return json.dumps(data, indent=1).encode("utf-8")


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    version: str
    published: str
    recalls: int
    pictures: int
    key_id: str | None


def export_bundle(
    engine: Engine,
    out: Path,
    *,
    version: str | None = None,
    published: str | None = None,
    key: Ed25519PrivateKey | None = None,
) -> BundleInfo:
    """Write the stored catalog (and its store pictures) as a bundle; signed when ``key`` is given."""
    document = catalog_document(engine)
    if version:
        document["version"] = version
    if published:
        document["published"] = published
    parse_document(document, "the catalog to export")  # never ship what a counter would refuse
    catalog_bytes = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    members: list[tuple[str, bytes]] = [(CATALOG, catalog_bytes)]
    folder = pictures_dir(engine)
    for name in _store_pictures(document):
        path = folder / name
        try:
            members.append((f"pictures/{name}", path.read_bytes()))
        except OSError as exc:
            raise ImportRefused(str(out), [f"picture {name} ({path}): {exc.strerror}"]) from None
    manifest = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_VERSION,
        "version": document["version"],
        "published": document["published"],
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": {name: _digest(data) for name, data in members},
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
    all_members = [(MANIFEST, manifest_bytes), *members]
    if key is not None:
        all_members.append((SIGNATURE, _signature(manifest_bytes, key)))
    _write_zip(out, all_members)
    return BundleInfo(
        out,
        document["version"],
        document["published"],
        len(document["recalls"]),
        len(members) - 1,
        key_id(key.public_key()) if key else None,
    )


def sign_bundle(path: Path, key: Ed25519PrivateKey) -> str:
    """Sign (or re-sign) a bundle in place after checking it is whole; returns the key id."""
    members = _read_members(path)
    _check_manifest(path, members)
    kept = [(n, d) for n, d in members.items() if n != SIGNATURE]
    kept.append((SIGNATURE, _signature(members[MANIFEST], key)))
    _write_zip(path, kept)
    return key_id(key.public_key())


# --- reading ------------------------------------------------------------------------------------


def _read_members(path: Path) -> dict[str, bytes]:
    """Every member of the zip, checked as untrusted input."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(source, [f"cannot read the file: {exc.strerror}"]) from None
    if size > MAX_BUNDLE_BYTES:
        raise ImportRefused(source, [f"{size:,} bytes, more than a bundle can be ({MAX_BUNDLE_BYTES:,})"])
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportRefused(source, [f"not a catalog bundle: not a readable zip file ({exc})"]) from None
    members: dict[str, bytes] = {}
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportRefused(source, [f"{len(infos):,} files in the bundle, more than {MAX_MEMBERS:,}"])
        total = 0
        for info in infos:
            name = info.filename
            problem = _bad_name(name, info)
            if problem:
                raise ImportRefused(source, [f"{name!r}: {problem}"])
            if name in members:
                raise ImportRefused(source, [f"{name!r}: in the bundle twice"])
            limit = MAX_CATALOG_BYTES if name == CATALOG else MAX_PICTURE_BYTES
            if info.file_size > limit:
                raise ImportRefused(source, [f"{name}: {info.file_size:,} bytes, more than {limit:,}"])
            total += info.file_size
            if total > MAX_BUNDLE_BYTES * 2:
                raise ImportRefused(source, ["the bundle unpacks to more than 1 GB"])
            try:
                with archive.open(info) as f:
                    data = f.read(limit + 1)
            except (zipfile.BadZipFile, OSError, EOFError, zlib_error()) as exc:
                raise ImportRefused(source, [f"{name}: cannot be unpacked ({exc})"]) from None
            if len(data) > limit:
                raise ImportRefused(source, [f"{name}: unpacks to more than {limit:,} bytes"])
            members[name] = data
    return members


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _bad_name(name: str, info: zipfile.ZipInfo) -> str | None:
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a link: bundles hold plain files only"
    if info.is_dir():
        return None if name in ("pictures/", "pictures/store/") else "an unexpected folder"
    if name.startswith(("/", "\\")) or "\\" in name or ":" in name or ".." in name.split("/"):
        return "a path that climbs out of the bundle"
    if name in (MANIFEST, CATALOG, SIGNATURE):
        return None
    if name.startswith("pictures/") and is_store_name(name[len("pictures/") :]):
        return None
    return "not a file a catalog bundle holds (manifest.json, catalog.json, signature.json, pictures/store/…)"


def _check_manifest(path: Path, members: Mapping[str, bytes]) -> dict[str, Any]:
    source = str(path)
    if MANIFEST not in members:
        raise ImportRefused(source, ["not a catalog bundle: no manifest.json"])
    try:
        manifest = json.loads(members[MANIFEST])
    except (ValueError, RecursionError):
        raise ImportRefused(source, ["tampered or damaged: manifest.json is not JSON"]) from None
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise ImportRefused(source, [f"not a catalog bundle: manifest format is not {BUNDLE_FORMAT!r}"])
    if manifest.get("format_version") != BUNDLE_VERSION:
        raise ImportRefused(
            source, [f"bundle format version {manifest.get('format_version')!r}; this program reads 1"]
        )
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise ImportRefused(source, ["tampered or damaged: the manifest lists no files"])
    problems = []
    for name, data in members.items():
        if name in (MANIFEST, SIGNATURE) or name.endswith("/"):
            continue
        expected = files.get(name)
        if not isinstance(expected, dict) or expected != _digest(data):
            problems.append(f"tampered: {name} does not match the manifest")
    for name in files:
        if name not in members:
            problems.append(f"tampered or incomplete: {name} is in the manifest but not in the bundle")
    if problems:
        raise ImportRefused(source, problems)
    return manifest


@dataclass(frozen=True)
class OpenedBundle:
    path: Path
    document: CatalogDocument
    pictures: dict[str, bytes]
    """store/... name -> bytes."""
    key_id: str | None


def _installed(engine: Engine) -> tuple[str, str] | None:
    with engine.connect() as conn:
        meta = {k: v for k, v in conn.execute(select(META_T.c.key, META_T.c.value))}
    if meta.get("bundle_published") and meta.get("bundle_version"):
        return meta["bundle_published"], meta["bundle_version"]
    return None


def open_bundle(path: Path, engine: Engine) -> OpenedBundle:
    """Read and check a bundle against this station's trusted key and installed catalog.
    Raises ImportRefused saying what is wrong; nothing is changed."""
    source = str(path)
    members = _read_members(path)
    manifest = _check_manifest(path, members)
    trusted = trusted_key(engine)
    signed_by: str | None = None
    if SIGNATURE in members:
        try:
            sig = json.loads(members[SIGNATURE])
            signature = base64.b64decode(sig["signature"], validate=True)
            signed_by = str(sig["key_id"])
        except (ValueError, KeyError, TypeError):
            raise ImportRefused(source, ["tampered or damaged: signature.json cannot be read"]) from None
        if trusted is not None:
            if signed_by != key_id(trusted):
                problem = f"signed by another key ({signed_by}), not the one this station trusts"
                raise ImportRefused(source, [f"{problem} ({key_id(trusted)})"])
            try:
                trusted.verify(signature, members[MANIFEST])
            except InvalidSignature:
                raise ImportRefused(source, ["tampered: the signature does not match the manifest"]) from None
    elif trusted is not None:
        raise ImportRefused(
            source, [f"unsigned: this station takes only bundles signed by key {key_id(trusted)}"]
        )
    installed = _installed(engine)
    incoming = (str(manifest.get("published", "")), str(manifest.get("version", "")))
    if installed is not None and incoming < installed:
        raise ImportRefused(
            source,
            [
                f"older than the installed catalog (a rollback): this bundle is version {incoming[1]} "
                f"published {incoming[0]}; installed is version {installed[1]} published {installed[0]}"
            ],
        )
    if CATALOG not in members:
        raise ImportRefused(source, ["no catalog.json in the bundle"])
    try:
        data = json.loads(members[CATALOG].decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ImportRefused(source, [f"catalog.json: not JSON ({exc})"]) from None
    try:
        document = parse_document(data, f"{source}: catalog.json")
    except CatalogLoadError as exc:
        raise ImportRefused(source, exc.problems) from None
    if (document.published, document.version) != incoming:
        raise ImportRefused(source, ["tampered: catalog.json's version differs from the manifest's"])
    pictures: dict[str, bytes] = {}
    for name, blob in members.items():
        if name.startswith("pictures/") and not name.endswith("/"):
            if picture_kind(blob) is None:
                raise ImportRefused(source, [f"{name}: not a picture (PNG or JPEG)"])
            pictures[name[len("pictures/") :]] = blob
    for recall in document.recalls:
        for product in recall.products:
            for picture in product.pictures:
                if picture.file.startswith("store/") and picture.file not in pictures:
                    raise ImportRefused(
                        source, [f"recall {recall.key}: picture {picture.file} is not in the bundle"]
                    )
    return OpenedBundle(path, document, pictures, signed_by)


def apply_bundle(engine: Engine, opened: OpenedBundle) -> ImportSummary:
    """Put the bundle's catalog in place, in one transaction.  Recalls a manager edited at this
    store are kept (the bundle's version set aside for comparison); the check log is untouched."""
    folder = pictures_dir(engine)
    for name, blob in opened.pictures.items():  # content-named files: writing them twice is harmless
        target = folder / name
        if target.exists() and target.read_bytes() == blob:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".pic-", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, target)
    summary = ImportSummary(str(opened.path), "bundle")
    with engine.begin() as conn:
        stored = {r.key: r for r in conn.execute(select(_R.key, _R.edited, _R.doc))}
        incoming = {r.key: r for r in opened.document.recalls}
        edited = {k for k, r in stored.items() if r.edited}
        replace = [k for k in stored if k not in edited]
        to_insert: list[tuple[Recall, RecallState]] = []
        for key, recall in incoming.items():
            if key in edited:
                conn.execute(update(RECALL_T).where(_R.key == key).values(upstream=recall.to_dict()))
                summary.kept_edits.append(key)
                continue
            to_insert.append((recall, RecallState(origin="bundle")))
            if key not in stored:
                summary.new.append(key)
            elif _same_recall(stored[key].doc, recall):
                summary.unchanged.append(key)
            else:
                summary.updated.append(key)
        delete_recalls(conn, replace)
        insert_recalls(conn, to_insert)
        doc = opened.document
        meta = {
            "version": doc.version,
            "published": doc.published,
            "source": f"bundle {opened.path.name}" + (f" signed by {opened.key_id}" if opened.key_id else ""),
            "description": doc.description or "",
            "bundle_version": doc.version,
            "bundle_published": doc.published,
        }
        set_meta(conn, meta)
        summary.version, summary.published = doc.version, doc.published
    return summary


def _same_recall(stored_doc: Any, recall: Recall) -> bool:
    incoming = recall.to_dict()
    incoming.pop("products", None)
    return bool(stored_doc == incoming)


def import_bundle(engine: Engine, path: Path) -> ImportSummary:
    return apply_bundle(engine, open_bundle(path, engine))


__all__ = [
    "BundleInfo",
    "KeyError_",
    "OpenedBundle",
    "apply_bundle",
    "export_bundle",
    "generate_keypair",
    "import_bundle",
    "key_id",
    "load_private_key",
    "load_public_key",
    "open_bundle",
    "sign_bundle",
    "trust",
    "trusted_key",
]
