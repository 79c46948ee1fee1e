"""Clerks: PINs kept as salted scrypt hashes, signing in, and the `recall-desk clerk` commands."""

from __future__ import annotations

import base64
import getpass
import hashlib
import io
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from recall_desk.catalog.clerks import (
    LOCK_MINUTES,
    MAX_FAILED_PINS,
    ClerkError,
    Clerks,
    SignInError,
    hash_pin,
    verify_pin,
)
from recall_desk.catalog.service import Catalog
from recall_desk.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_pin_is_stored_as_salted_scrypt() -> None:
    stored = hash_pin("4711")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    salt_bytes, key_bytes = base64.b64decode(salt), base64.b64decode(key)
    assert len(salt_bytes) == 16 and len(key_bytes) == 32
    assert key_bytes == hashlib.scrypt(b"4711", salt=salt_bytes, n=2**14, r=8, p=1, dklen=32)
    assert "4711" not in stored
    assert hash_pin("4711") != stored  # a new salt each time
    assert verify_pin(stored, "4711")
    assert not verify_pin(stored, "4712") and not verify_pin(stored, "")
    for broken in ("", "4711", "scrypt$16384$8$1$!!$!!", "bcrypt$x$y$z$a$b", stored.replace("16384", "3")):
        assert not verify_pin(broken, "4711")


def test_sign_in_with_id_and_pin(catalog: Catalog) -> None:
    clerks = Clerks(catalog.engine)
    assert not clerks.exist()
    clerks.add("m.lee", name="Mia Lee", role="manager", pin="2468")
    clerks.add("0042", name="Sam")  # no PIN: the id alone signs in
    assert clerks.exist()
    mia = clerks.sign_in("m.lee", "2468")
    assert mia.is_manager and mia.label == "Mia Lee (m.lee)" and mia.has_pin
    with pytest.raises(SignInError, match="wrong PIN"):
        clerks.sign_in("m.lee", "2469")
    with pytest.raises(SignInError, match="no clerk has the id 'nobody'"):
        clerks.sign_in("nobody", "2468")
    sam = clerks.sign_in(" 0042 ")
    assert sam.role == "clerk" and not sam.is_manager and not sam.has_pin
    clerks.set_active("0042", False)
    with pytest.raises(SignInError, match="0042 is disabled"):
        clerks.sign_in("0042")
    with pytest.raises(ClerkError, match=r"already a clerk with the id 'm\.lee'"):
        clerks.add("m.lee")
    with pytest.raises(ClerkError, match="not a clerk id"):
        clerks.add("has space")
    with pytest.raises(ClerkError, match="4 to 64 characters"):
        clerks.add("short", pin="12")
    with pytest.raises(ClerkError, match="not a role"):
        clerks.add("x1", role="owner")
    with pytest.raises(ClerkError, match="last active manager"):
        clerks.set_active("m.lee", False)
    assert [c.id for c in clerks.list()] == ["0042", "m.lee"]


def test_clerk_commands(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = ("--db", str(db_path))
    code, out, _ = run("clerk", "list", *db)
    assert code == 0 and out.startswith("No clerks: this station needs no sign-in")
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    code, out, err = run(
        "clerk", "add", "boss", "--name", "Pat Boss", "--role", "manager", "--pin-stdin", *db
    )
    assert code == 0, err
    assert out == "Added manager Pat Boss (boss)\n"
    pins = iter(["1357", "1357"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(pins))
    code, out, err = run("clerk", "add", "c7", "--name", "Kim", "--pin", "--json", *db)
    assert code == 0, err
    assert json.loads(out) | {"created": ""} == {
        "id": "c7",
        "name": "Kim",
        "role": "clerk",
        "pin": True,
        "created": "",
        "active": True,
        "locked_until": None,
    }
    pins = iter(["1357", "1358"])
    code, _, err = run("clerk", "add", "c8", "--pin", *db)
    assert code == 2 and err == "recall-desk: error: the two PINs differ\n"
    code, _, err = run("clerk", "add", "c7", *db)
    assert code == 2 and "already a clerk with the id 'c7'" in err
    code, out, _ = run("clerk", "list", *db)
    assert out.splitlines() == ["boss\tPat Boss\tmanager, PIN", "c7\tKim\tclerk, PIN"]
    code, out, _ = run("clerk", "disable", "c7", *db)
    assert code == 0 and out == "Kim (c7) is disabled\n"
    code, _, err = run("clerk", "disable", "boss", *db)
    assert code == 2 and "boss is the last active manager" in err
    code, _, err = run("clerk", "disable", "ghost", *db)
    assert code == 2 and "no clerk has the id 'ghost'" in err
    code, out, _ = run("clerk", "list", "--json", *db)
    assert [(c["id"], c["active"]) for c in json.loads(out)] == [("boss", True), ("c7", False)]
    code, out, _ = run("clerk", "enable", "c7", *db)
    assert code == 0 and out == "Kim (c7) is enabled\n"
    with sqlite3.connect(db_path) as conn:  # only the hash is stored
        stored = dict(conn.execute("SELECT id, pin_hash FROM clerk").fetchall())
    assert stored["boss"].startswith("scrypt$16384$8$1$") and "9753" not in stored["boss"]
    catalog = Catalog.open(db_path)
    try:
        assert Clerks(catalog.engine).sign_in("boss", "9753").is_manager
    finally:
        catalog.close()


def test_wrong_pins_lock_a_clerk_out_for_a_while(catalog: Catalog) -> None:
    clerks = Clerks(catalog.engine)
    clerks.add("m.lee", role="manager", pin="2468")
    clerks.add("c1", pin="1111")
    t0 = datetime.now(UTC).replace(microsecond=0)
    for i in range(1, MAX_FAILED_PINS):
        left = MAX_FAILED_PINS - i
        with pytest.raises(SignInError, match=rf"wrong PIN \({left} more tr(y|ies) before c1 is locked\)"):
            clerks.sign_in("c1", "0000", now=t0)
    with pytest.raises(SignInError, match=f"wrong PIN: c1 is now locked for {LOCK_MINUTES} minutes"):
        clerks.sign_in("c1", "0000", now=t0)
    # Locked: even the right PIN is refused, and it says for how long.
    with pytest.raises(
        SignInError, match=f"c1 is locked after {MAX_FAILED_PINS} wrong PINs: try again in 3 minutes"
    ):
        clerks.sign_in("c1", "1111", now=t0 + timedelta(minutes=2, seconds=1))
    assert clerks.get("c1").locked_until is not None  # type: ignore[union-attr]
    # Other clerks are not locked by c1's mistakes.
    assert clerks.sign_in("m.lee", "2468", now=t0).is_manager
    # Once the lock has run out the right PIN signs in, and the count starts again from nothing.
    later = t0 + timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert clerks.sign_in("c1", "1111", now=later).id == "c1"
    with pytest.raises(SignInError, match=rf"\({MAX_FAILED_PINS - 1} more tries"):
        clerks.sign_in("c1", "0000", now=later)
    # A good PIN clears the count too.
    assert clerks.sign_in("c1", "1111", now=later)
    with pytest.raises(SignInError, match=rf"\({MAX_FAILED_PINS - 1} more tries"):
        clerks.sign_in("c1", "0000", now=later)


def test_a_manager_unlocks_a_clerk(db_path: Path) -> None:
    catalog = Catalog.open(db_path)
    try:
        clerks = Clerks(catalog.engine)
        clerks.add("c1", pin="1111")
        for _ in range(MAX_FAILED_PINS):
            with pytest.raises(SignInError):
                clerks.sign_in("c1", "0000")
        with pytest.raises(SignInError, match="is locked"):
            clerks.sign_in("c1", "1111")
    finally:
        catalog.close()
    db = ("--db", str(db_path))
    code, out, _ = run("clerk", "list", *db)
    assert code == 0 and ", locked until 20" in out
    code, out, err = run("clerk", "unlock", "c1", *db)
    assert code == 0 and out == "c1 can sign in again\n", err
    code, _, err = run("clerk", "unlock", "ghost", *db)
    assert code == 2 and "no clerk has the id 'ghost'" in err
    catalog = Catalog.open(db_path)
    try:
        assert Clerks(catalog.engine).sign_in("c1", "1111").locked_until is None
    finally:
        catalog.close()


def test_a_clerk_table_from_before_the_lockout_is_migrated(db_path: Path) -> None:
    """A catalog at revision 0002 (no lockout columns) gets them, keeping its clerks and PINs."""
    catalog = Catalog.open(db_path)
    Clerks(catalog.engine).add("c1", pin="1111")
    catalog.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("ALTER TABLE clerk DROP COLUMN failed_pins")
        conn.execute("ALTER TABLE clerk DROP COLUMN locked_until")
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    catalog = Catalog.open(db_path)
    try:
        clerks = Clerks(catalog.engine)
        assert clerks.sign_in("c1", "1111").id == "c1"
        with pytest.raises(SignInError, match="more tries"):
            clerks.sign_in("c1", "0000")
    finally:
        catalog.close()
    with sqlite3.connect(db_path) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(clerk)")}
        assert {"failed_pins", "locked_until"} <= columns
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    assert sorted(db_path.parent.glob("catalog.sqlite3.bak-*"))  # backed up before the change
