"""The passphrase, the recovery key and the key SQLCipher really uses.

Design (one key opens the database, two secrets lead to it):

* The database, its WAL and every backup are encrypted by SQLCipher with a
  random 256-bit **data key**, given as a raw key (`x'…'`, no key derivation
  inside SQLCipher), always through `set_key` or a bound parameter — never in
  SQL text.
* The **recovery key** is that data key written for people: 52 base32
  letters and digits in groups of four. Printed on paper, it opens the
  database on its own, even if the key file below is lost.
* The **passphrase** unlocks the data key from the **key file**
  (`ippo-key.json` beside the database): scrypt (N=2^15, r=8, p=1, random
  16-byte salt) stretches the passphrase to 64 bytes; the first 32 are XORed
  with the data key (a one-time pad, as each salt is used once), the last 32
  are an HMAC-SHA256 key over the data key, so a wrong passphrase is known at
  once, before the database is touched.
* Changing the passphrase rewrites only the key file, with one atomic rename:
  after a crash at any moment exactly one of the two passphrases works, and
  the data and backups are never rewritten. Setting or removing a passphrase
  rewrites the database (see `app/privacy/passphrase.py`).
* Limits, said plainly in the app: without the passphrase and the recovery key
  the data cannot be recovered by anyone. Changing the passphrase does not
  change the data key, so an old copy of the key file plus the old passphrase
  still open old backups.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from pathlib import Path
from typing import Any

from app.paths import DataPaths
from app.privacy.files import write_private
from app.storefile import StoreProblem

KEYFILE_NAME = "ippo-key.json"
KEYFILE_FORMAT = 1
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_RAW_KEY = re.compile(r"^x'[0-9a-f]{64}'$")


def keyfile(paths: DataPaths) -> Path:
    return paths.root / KEYFILE_NAME


def new_data_key() -> bytes:
    return os.urandom(32)


def sqlcipher_key(data_key: bytes) -> str:
    """The raw-key form SQLCipher takes without running its own KDF."""
    return f"x'{data_key.hex()}'"


def is_raw_key(secret: str) -> bool:
    return bool(_RAW_KEY.match(secret))


def recovery_key(data_key: bytes) -> str:
    """The data key for paper: 52 characters in groups of four."""
    text = base64.b32encode(data_key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The data key from a typed recovery key (spaces, dashes and case ignored)."""
    compact = re.sub(r"[\s\-]", "", text).upper()
    if len(compact) != 52 or not re.fullmatch(r"[A-Z2-7]+", compact):
        return None
    try:
        raw = base64.b32decode(compact + "====")
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=128 * 1024 * 1024, dklen=64)


def wrap(data_key: bytes, passphrase: str) -> dict[str, Any]:
    salt = os.urandom(16)
    stretched = _stretch(passphrase, salt, **SCRYPT)
    wrapped = bytes(a ^ b for a, b in zip(data_key, stretched[:32], strict=True))
    check = hmac.new(stretched[32:], data_key, hashlib.sha256).hexdigest()
    return {"format": KEYFILE_FORMAT, "kdf": "scrypt", **SCRYPT, "salt": salt.hex(),
            "wrapped": wrapped.hex(), "check": check}


def unwrap(record: dict[str, Any], passphrase: str) -> bytes | None:
    """The data key, or None when the passphrase is not the right one."""
    try:
        salt = bytes.fromhex(record["salt"])
        wrapped = bytes.fromhex(record["wrapped"])
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
        stretched = _stretch(passphrase, salt, n, r, p)
    except (KeyError, TypeError, ValueError, OverflowError, MemoryError):
        return None
    if len(wrapped) != 32:
        return None
    data_key = bytes(a ^ b for a, b in zip(wrapped, stretched[:32], strict=True))
    check = hmac.new(stretched[32:], data_key, hashlib.sha256).hexdigest()
    return data_key if hmac.compare_digest(check, str(record.get("check", ""))) else None


def read_keyfile(paths: DataPaths) -> dict[str, Any] | None:
    try:
        record = json.loads(keyfile(paths).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def write_keyfile(paths: DataPaths, data_key: bytes, passphrase: str) -> None:
    """Replace the key file atomically (the one step of a passphrase change)."""
    body = json.dumps(wrap(data_key, passphrase), indent=2).encode("utf-8")
    write_private(keyfile(paths), body)


def data_key_for(paths: DataPaths, secret: str) -> bytes | None:
    """The data key that `secret` (passphrase or recovery key) leads to, if any."""
    record = read_keyfile(paths)
    if record is not None:
        found = unwrap(record, secret)
        if found is not None:
            return found
    return parse_recovery_key(secret)


def database_key(paths: DataPaths, secret: str) -> str:
    """What to give SQLCipher for `secret`.

    A raw key passes through (a store reopening itself); a passphrase is
    unwrapped with the key file; a recovery key is decoded. Without a key
    file the text is used as a plain SQLCipher passphrase (older folders).
    Raises StoreProblem(WRONG_PASSPHRASE) without reading the database when
    a key file exists and `secret` matches neither.
    """
    if is_raw_key(secret):
        return secret
    found = data_key_for(paths, secret)
    if found is not None:
        return sqlcipher_key(found)
    if read_keyfile(paths) is not None:
        raise StoreProblem(StoreProblem.WRONG_PASSPHRASE, paths.database)
    return secret
