"""Clerks and managers who sign in at a counter.

A clerk signs in with an id and, if one was set, a PIN.  A PIN is kept only as a salted scrypt
hash (``hashlib.scrypt`` with n=2**14, r=8, p=1, a 16-byte random salt, a 32-byte key), written as

    scrypt$16384$8$1$<salt, base64>$<key, base64>

and compared in constant time (``hmac.compare_digest``).

A manager may edit the catalog, import and review recall data, export the check log and change the
settings; a clerk checks devices and makes slips.  While no clerk exists at all (a fresh install)
nobody needs to sign in and every function is open: :meth:`Clerks.exist` tells which.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from .tables import CLERK_T

ROLES = ("clerk", "manager")
MANAGER = "manager"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
PIN_MIN, PIN_MAX = 4, 64
MAX_FAILED_PINS = 5
"""Wrong PINs in a row before a clerk is locked out."""
LOCK_MINUTES = 5
"""How long the lock lasts (a manager can lift it sooner: ``recall-desk clerk unlock ID``)."""
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_C = CLERK_T.c


class ClerkError(ValueError):
    """A clerk cannot be added, changed or signed in; the message says why in one line."""


class SignInError(ClerkError):
    """The id or the PIN was not right, or the clerk is disabled."""


@dataclass(frozen=True)
class Clerk:
    id: str
    name: str
    role: str
    has_pin: bool
    created: str
    active: bool = True
    locked_until: str | None = None
    """Set while the clerk is locked out after wrong PINs (UTC ISO time)."""

    @property
    def is_manager(self) -> bool:
        return self.role == MANAGER

    @property
    def label(self) -> str:
        return f"{self.name} ({self.id})" if self.name and self.name != self.id else self.id

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "pin": self.has_pin,
            "created": self.created,
            "active": self.active,
            "locked_until": self.locked_until,
        }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 1024 * 1024
    )


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The stored form of ``pin`` (see the module docstring); a new random salt unless given."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_pin(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from (False for a malformed ``stored``)."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return False
    power_of_two = n & (n - 1) == 0
    if not (
        2 <= n <= 2**20 and power_of_two and 1 <= r <= 32 and 1 <= p <= 16 and salt and 16 <= len(key) <= 64
    ):
        return False
    try:
        derived = _derive(pin, salt, n, r, p, len(key))
    except (ValueError, MemoryError):  # parameters OpenSSL refuses
        return False
    return hmac.compare_digest(derived, key)


@functools.cache
def _dummy() -> str:
    """Hashed against for an unknown id, so that it takes as long as a wrong PIN."""
    return hash_pin("not a pin", salt=b"\0" * SALT_BYTES)


def check_id(clerk_id: str) -> str:
    clerk_id = clerk_id.strip()
    if not _ID_RE.fullmatch(clerk_id):
        raise ClerkError(
            f"{clerk_id!r} is not a clerk id: 1 to 40 letters, digits, '.', '_' or '-', starting with a "
            "letter or digit"
        )
    return clerk_id


def check_pin(pin: str) -> str:
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise ClerkError(f"a PIN has {PIN_MIN} to {PIN_MAX} characters")
    return pin


def _locked_for(locked_until: str | None, now: datetime) -> timedelta | None:
    """How long a lock set to ``locked_until`` still lasts at ``now``, or None."""
    if not locked_until:
        return None
    try:
        until = datetime.fromisoformat(locked_until)
    except ValueError:
        return None  # not a time this program wrote: no lock rather than a clerk locked for ever
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    left = until - now
    return left if left > timedelta(0) else None


def _minutes(left: timedelta) -> str:
    minutes = max(1, -(-int(left.total_seconds()) // 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _clerk(r: Any, now: datetime | None = None) -> Clerk:
    locked = r.locked_until if _locked_for(r.locked_until, now or datetime.now(UTC)) else None
    return Clerk(r.id, r.name, r.role, bool(r.pin_hash), r.created, bool(r.active), locked)


class Clerks:
    """The clerks of a database (shared by the counters that share it)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def exist(self) -> bool:
        """Whether any clerk was ever added (active or not).  While none was, the station is open."""
        with self.engine.connect() as conn:
            return bool(conn.execute(select(func.count()).select_from(CLERK_T)).scalar_one())

    def list(self) -> list[Clerk]:
        with self.engine.connect() as conn:
            return [_clerk(r) for r in conn.execute(select(CLERK_T).order_by(_C.id)).all()]

    def get(self, clerk_id: str) -> Clerk | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(CLERK_T).where(_C.id == clerk_id.strip())).first()
        return _clerk(row) if row is not None else None

    def add(self, clerk_id: str, *, name: str = "", role: str = "clerk", pin: str | None = None) -> Clerk:
        """Add a clerk; raises ClerkError for a bad id, role or PIN, or an id already taken."""
        clerk_id = check_id(clerk_id)
        if role not in ROLES:
            raise ClerkError(f"{role!r} is not a role: {' or '.join(ROLES)}")
        pin_hash = hash_pin(check_pin(pin)) if pin else ""
        created = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(CLERK_T).values(
                        id=clerk_id,
                        name=name.strip()[:100],
                        role=role,
                        pin_hash=pin_hash,
                        created=created,
                        active=True,
                    )
                )
        except IntegrityError:
            raise ClerkError(f"there is already a clerk with the id {clerk_id!r}") from None
        return Clerk(clerk_id, name.strip()[:100], role, bool(pin_hash), created)

    def set_active(self, clerk_id: str, active: bool) -> Clerk:
        """Enable or disable a clerk.  The last active manager cannot be disabled (nobody could
        then manage the station)."""
        with self.engine.begin() as conn:
            row = conn.execute(select(CLERK_T).where(_C.id == clerk_id.strip()).with_for_update()).first()
            if row is None:
                raise ClerkError(f"no clerk has the id {clerk_id!r}")
            if not active and row.role == MANAGER and row.active:
                managers = conn.execute(
                    select(func.count()).select_from(CLERK_T).where(_C.role == MANAGER, _C.active.is_(True))
                ).scalar_one()
                if managers <= 1:
                    raise ClerkError(
                        f"{row.id} is the last active manager: add another manager before disabling them"
                    )
            conn.execute(update(CLERK_T).where(_C.id == row.id).values(active=active))
        found = self.get(row.id)
        assert found is not None
        return found

    def sign_in(self, clerk_id: str, pin: str = "", *, now: datetime | None = None) -> Clerk:
        """The clerk ``clerk_id`` if ``pin`` is theirs (any PIN, or none, for a clerk without one).
        Raises SignInError saying what was wrong.

        After :data:`MAX_FAILED_PINS` wrong PINs in a row the clerk is locked for
        :data:`LOCK_MINUTES` (on every counter sharing the database): meanwhile even the right PIN
        is refused.  A good PIN clears the count; a manager can unlock at once (:meth:`unlock`)."""
        now = now or datetime.now(UTC)
        with self.engine.connect() as conn:
            row = conn.execute(select(CLERK_T).where(_C.id == clerk_id.strip())).first()
        if row is None:
            verify_pin(_dummy(), pin)
            raise SignInError(f"no clerk has the id {clerk_id.strip()!r}")
        locked = _locked_for(row.locked_until, now)
        if locked is not None:
            verify_pin(row.pin_hash or _dummy(), pin)  # the same time whatever the PIN: no oracle
            raise SignInError(
                f"{row.id} is locked after {MAX_FAILED_PINS} wrong PINs: try again in {_minutes(locked)}, "
                "or a manager can unlock them"
            )
        if row.pin_hash and not verify_pin(row.pin_hash, pin):
            raise SignInError(self._wrong_pin(row.id, now))
        if not row.active:
            raise SignInError(f"{row.id} is disabled: a manager can enable them again")
        if row.failed_pins or row.locked_until:
            with self.engine.begin() as conn:
                conn.execute(update(CLERK_T).where(_C.id == row.id).values(failed_pins=0, locked_until=None))
        return _clerk(row, now)

    def _wrong_pin(self, clerk_id: str, now: datetime) -> str:
        """Count a wrong PIN (atomically, whichever counter it came from) and say what follows."""
        with self.engine.begin() as conn:
            conn.execute(update(CLERK_T).where(_C.id == clerk_id).values(failed_pins=_C.failed_pins + 1))
            failed = conn.execute(select(_C.failed_pins).where(_C.id == clerk_id)).scalar_one()
            if failed >= MAX_FAILED_PINS:
                until = (now + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
                conn.execute(
                    update(CLERK_T).where(_C.id == clerk_id).values(failed_pins=0, locked_until=until)
                )
        if failed >= MAX_FAILED_PINS:
            return f"wrong PIN: {clerk_id} is now locked for {LOCK_MINUTES} minutes"
        left = MAX_FAILED_PINS - failed
        return f"wrong PIN ({left} more {'try' if left == 1 else 'tries'} before {clerk_id} is locked)"

    def unlock(self, clerk_id: str) -> Clerk:
        """Let a clerk locked after wrong PINs sign in again now (a manager's action)."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(CLERK_T).where(_C.id == clerk_id.strip()).values(failed_pins=0, locked_until=None)
            ).rowcount
        if not done:
            raise ClerkError(f"no clerk has the id {clerk_id.strip()!r}")
        found = self.get(clerk_id)
        assert found is not None
        return found
